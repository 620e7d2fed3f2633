package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The readable model of a calendar: which local windows each date has, and the open time they give
 * on the time line once mapped through the zone and cut by part-day closures.
 * <p>
 * Everything else (the compiled index, {@code openIntervals}, explanations) is derived from
 * {@link #openSpans(LocalDate)} and {@link #closedSpans(LocalDate)}. Immutable.
 */
final class Schedule {

    private static final TimeWindow[] NONE = new TimeWindow[0];

    final ZoneId zone;
    /** Windows per day of week, index {@code DayOfWeek.ordinal()}, sorted, merged. */
    private final TimeWindow[][] weekly;
    /** Dates whose windows replace the weekly ones: an empty array closes the date. */
    private final Map<LocalDate, TimeWindow[]> dated;
    /** Part-day closures by date, in local time of that date. */
    private final Map<LocalDate, List<TimeWindow>> closures;
    /** True when the weekly windows leave no second of the week closed. */
    final boolean weeklyAlwaysOpen;
    /** The last date with a dated rule or closure, or null. */
    final LocalDate lastDatedRule;

    Schedule(ZoneId zone, TimeWindow[][] weekly, Map<LocalDate, TimeWindow[]> dated,
            Map<LocalDate, List<TimeWindow>> closures) {
        this.zone = zone;
        this.weekly = weekly;
        this.dated = dated;
        this.closures = closures;
        this.weeklyAlwaysOpen = coversWholeWeek(weekly);
        LocalDate last = null;
        for (LocalDate d : dated.keySet()) {
            last = last == null || d.isAfter(last) ? d : last;
        }
        for (LocalDate d : closures.keySet()) {
            last = last == null || d.isAfter(last) ? d : last;
        }
        this.lastDatedRule = last;
    }

    /** Gets the local windows of a date after dated rules, before closures. */
    TimeWindow[] windowsOn(LocalDate date) {
        TimeWindow[] own = dated.get(date);
        return own != null ? own : weekly[date.getDayOfWeek().ordinal()];
    }

    TimeWindow[] weeklyWindows(DayOfWeek day) {
        return weekly[day.ordinal()].clone();
    }

    boolean isDated(LocalDate date) {
        return dated.containsKey(date);
    }

    List<TimeWindow> closuresOn(LocalDate date) {
        return closures.getOrDefault(date, List.of());
    }

    /** Adds the date's windows, mapped to epoch seconds, to the spans (empty or inverted ones dropped). */
    void addWindowSpans(LocalDate date, Spans out) {
        for (TimeWindow w : windowsOn(date)) {
            out.add(LocalTimes.epochSecond(zone, date, w.startSecondOfDay()),
                    LocalTimes.epochSecond(zone, date, w.endSecondOfDay()));
        }
    }

    /** Adds the date's part-day closures, mapped to epoch seconds, to the spans. */
    void addClosureSpans(LocalDate date, Spans out) {
        List<TimeWindow> list = closures.get(date);
        if (list != null) {
            for (TimeWindow w : list) {
                out.add(LocalTimes.epochSecond(zone, date, w.startSecondOfDay()),
                        LocalTimes.epochSecond(zone, date, w.endSecondOfDay()));
            }
        }
    }

    /** The closures that can touch the windows of a date: those of the day before, the day and the day after. */
    Spans closedSpans(LocalDate date) {
        Spans cut = new Spans();
        addClosureSpans(date.minusDays(1), cut);
        addClosureSpans(date, cut);
        addClosureSpans(date.plusDays(1), cut);
        return cut.union();
    }

    /** The date's own open time on the time line: its windows, after closures, merged. Unclipped. */
    Spans openSpans(LocalDate date) {
        Spans own = new Spans();
        addWindowSpans(date, own);
        if (own.isEmpty()) {
            return own;
        }
        return own.union().minus(closedSpans(date));
    }

    /** The open time of every date in [first, last], after closures, as one union. */
    Spans openSpans(LocalDate first, LocalDate last) {
        Spans all = new Spans();
        Spans cut = new Spans();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            addWindowSpans(d, all);
        }
        for (LocalDate d = first.minusDays(1); !d.isAfter(last.plusDays(1)); d = d.plusDays(1)) {
            addClosureSpans(d, cut);
        }
        return all.union().minus(cut.union());
    }

    private static boolean coversWholeWeek(TimeWindow[][] weekly) {
        // Local seconds of a week, Monday 00:00 = 0; an overnight Sunday window wraps to Monday.
        int week = 7 * TimeWindow.SECONDS_PER_DAY;
        Spans spans = new Spans();
        for (int day = 0; day < 7; day++) {
            for (TimeWindow w : weekly[day]) {
                long s = (long) day * TimeWindow.SECONDS_PER_DAY + w.startSecondOfDay();
                long e = (long) day * TimeWindow.SECONDS_PER_DAY + w.endSecondOfDay();
                spans.add(s, Math.min(e, week));
                if (e > week) {
                    spans.add(0, e - week);
                }
            }
        }
        Spans u = spans.union();
        return u.size() == 1 && u.start(0) == 0 && u.end(0) == week;
    }

    static TimeWindow[] none() {
        return NONE;
    }
}
