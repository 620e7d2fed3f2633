package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    /** The first and the last date with a dated rule or closure, or null. */
    final LocalDate firstDatedRule;
    final LocalDate lastDatedRule;

    Schedule(ZoneId zone, TimeWindow[][] weekly, Map<LocalDate, TimeWindow[]> dated,
            Map<LocalDate, List<TimeWindow>> closures) {
        this.zone = zone;
        this.weekly = weekly;
        this.dated = dated;
        this.closures = closures;
        this.weeklyAlwaysOpen = coversWholeWeek(weekly);
        LocalDate first = null;
        LocalDate last = null;
        for (Set<LocalDate> dates : List.of(dated.keySet(), closures.keySet())) {
            for (LocalDate d : dates) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        this.firstDatedRule = first;
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

    /**
     * Counts the open seconds in [start, end) of the windows of the dates [first, last] without
     * building all their spans, when no dated rule or closure lies within two days of them. A date
     * more than two days from every zone transition has its weekly windows at one offset, and weekly
     * windows never overlap (the builder refuses it, overnight ones included), so their clipped
     * lengths add up; the few dates around a transition are counted through their spans, whose union
     * cannot meet the plain dates' windows either. Returns -1 when a dated rule intervenes and the
     * spans must be built.
     */
    long weeklyOpenSeconds(LocalDate first, LocalDate last, long start, long end) {
        if (lastDatedRule != null && !lastDatedRule.isBefore(first.minusDays(2)) && !firstDatedRule.isAfter(last.plusDays(2))) {
            return -1;
        }
        long firstDay = first.toEpochDay();
        long lastDay = last.toEpochDay();
        ZoneRules rules = zone.getRules();
        // the local dates of the transitions near these dates: theirs and two either side are counted by spans
        List<Long> transitionDays = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond((firstDay - 4) * TimeWindow.SECONDS_PER_DAY));
                t != null && t.toEpochSecond() <= (lastDay + 4) * TimeWindow.SECONDS_PER_DAY;
                t = rules.nextTransition(t.getInstant())) {
            transitionDays.add(t.getDateTimeBefore().toLocalDate().toEpochDay());
        }
        long total = 0;
        Spans near = new Spans();
        int next = 0;
        // the offset holds from one transition's days to the next's
        Integer offset = null;
        for (long day = firstDay; day <= lastDay; day++) {
            while (next < transitionDays.size() && transitionDays.get(next) + 2 < day) {
                next++;
            }
            if (next < transitionDays.size() && transitionDays.get(next) - 2 <= day) {
                addWindowSpans(LocalDate.ofEpochDay(day), near);
                offset = null;
                continue;
            }
            if (offset == null) {
                offset = rules.getOffset(Instant.ofEpochSecond(day * TimeWindow.SECONDS_PER_DAY)).getTotalSeconds();
            }
            // 1970-01-01, epoch day 0, was a Thursday
            for (TimeWindow w : weekly[(int) Math.floorMod(day + 3, 7L)]) {
                long s = day * TimeWindow.SECONDS_PER_DAY + w.startSecondOfDay() - offset;
                long e = day * TimeWindow.SECONDS_PER_DAY + w.endSecondOfDay() - offset;
                total += Math.max(0, Math.min(e, end) - Math.max(s, start));
            }
        }
        Spans counted = near.union().clip(start, end);
        for (int i = 0; i < counted.size(); i++) {
            total += counted.end(i) - counted.start(i);
        }
        return total;
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
