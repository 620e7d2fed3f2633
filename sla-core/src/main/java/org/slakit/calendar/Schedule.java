package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
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
    private final ZoneRules rules;
    /** Windows per day of week, index {@code DayOfWeek.ordinal()}, sorted, merged. */
    private final TimeWindow[][] weekly;
    /** The builder's own dated rules, which win over everything else: extra working days, and holidays (closed). */
    private final DatedDays own;
    /** The month-days closed every year, which win over the holiday sets. */
    private final EveryYear everyYear;
    /** The holiday sets' days, combined; shared with the set when there is one. */
    private final DatedDays sets;
    /** Part-day closures by date, in local time of that date. */
    private final Map<LocalDate, List<TimeWindow>> closures;
    /** True when the weekly windows leave no second of the week closed. */
    final boolean weeklyAlwaysOpen;
    /** The first and the last date with a dated rule or closure, or null. */
    final LocalDate firstDatedRule;
    final LocalDate lastDatedRule;

    Schedule(ZoneId zone, TimeWindow[][] weekly, DatedDays own, EveryYear everyYear, DatedDays sets,
            Map<LocalDate, List<TimeWindow>> closures) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.weekly = weekly;
        this.own = own;
        this.everyYear = everyYear;
        this.sets = sets;
        this.closures = closures;
        this.weeklyAlwaysOpen = coversWholeWeek(weekly);
        LocalDate first = null;
        LocalDate last = null;
        for (DatedDays layer : new DatedDays[] {own, sets}) {
            if (!layer.isEmpty()) {
                first = earlier(first, LocalDate.ofEpochDay(layer.firstDay()));
                last = later(last, LocalDate.ofEpochDay(layer.lastDay()));
            }
        }
        if (!everyYear.isEmpty()) {
            first = earlier(first, everyYear.first());
            last = later(last, everyYear.last());
        }
        for (LocalDate d : closures.keySet()) {
            first = earlier(first, d);
            last = later(last, d);
        }
        this.firstDatedRule = first;
        this.lastDatedRule = last;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    /** Gets the local windows of a date after dated rules, before closures. */
    TimeWindow[] windowsOn(LocalDate date) {
        return windowsOn(date.toEpochDay());
    }

    /** Gets the local windows of an epoch day after dated rules, before closures. */
    TimeWindow[] windowsOn(long epochDay) {
        TimeWindow[] w = own.get(epochDay);
        if (w != null) {
            return w;
        }
        if (everyYear.closes(epochDay)) {
            return NONE;
        }
        w = sets.get(epochDay);
        if (w == DatedDays.MONDAY) {
            return weekly[DayOfWeek.MONDAY.ordinal()];
        }
        // 1970-01-01, epoch day 0, was a Thursday
        return w != null ? w : weekly[(int) Math.floorMod(epochDay + 3, 7L)];
    }

    /** Checks if a day in [firstDay, lastDay] has a dated rule or a part-day closure. */
    private boolean anyDatedWithin(long firstDay, long lastDay) {
        if (own.anyWithin(firstDay, lastDay) || sets.anyWithin(firstDay, lastDay) || everyYear.anyWithin(firstDay, lastDay)) {
            return true;
        }
        for (LocalDate d : closures.keySet()) {
            if (d.toEpochDay() >= firstDay && d.toEpochDay() <= lastDay) {
                return true;
            }
        }
        return false;
    }

    TimeWindow[] weeklyWindows(DayOfWeek day) {
        return weekly[day.ordinal()].clone();
    }

    List<TimeWindow> closuresOn(LocalDate date) {
        return closures.getOrDefault(date, List.of());
    }

    /** Adds the date's windows, mapped to epoch seconds, to the spans (empty or inverted ones dropped). */
    void addWindowSpans(LocalDate date, Spans out) {
        addWindowSpans(date, windowsOn(date), out);
    }

    /** Adds windows of a date, mapped to epoch seconds through the zone's rules, to the spans. */
    private void addWindowSpans(LocalDate date, TimeWindow[] windows, Spans out) {
        for (TimeWindow w : windows) {
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

    /**
     * The open time of every date in [first, last], after closures, as one union. A date more than two
     * days from every zone transition has all its windows at one offset, so they are placed by adding
     * seconds; the dates around a transition go through the zone's rules.
     */
    Spans openSpans(LocalDate first, LocalDate last) {
        long firstDay = first.toEpochDay();
        long lastDay = last.toEpochDay();
        Midnights midnights = new Midnights(firstDay, lastDay);
        Spans all = new Spans((int) (lastDay - firstDay + 1) * 2);
        for (long day = firstDay; day <= lastDay; day++) {
            TimeWindow[] windows = windowsOn(day);
            long midnight = midnights.of(day);
            if (midnight == Midnights.NEAR_TRANSITION) {
                addWindowSpans(LocalDate.ofEpochDay(day), windows, all);
                continue;
            }
            for (TimeWindow w : windows) {
                all.add(midnight + w.startSecondOfDay(), midnight + w.endSecondOfDay());
            }
        }
        if (closures.isEmpty()) {
            return all.union();
        }
        Spans cut = new Spans();
        for (LocalDate d = first.minusDays(1); !d.isAfter(last.plusDays(1)); d = d.plusDays(1)) {
            addClosureSpans(d, cut);
        }
        return all.union().minus(cut.union());
    }

    /**
     * The epoch second of local midnight on consecutive days, asked in increasing order, for a day
     * more than two days from every zone transition: all its windows (overnight ones run into the
     * next day) then lie at one offset, the one held at the day's start. A day nearer a transition
     * is {@link #NEAR_TRANSITION}, for the zone's rules to place.
     */
    private final class Midnights {
        static final long NEAR_TRANSITION = Long.MIN_VALUE;
        /** The local dates (epoch days, before the change) of the zone's transitions near the days. */
        private final long[] transitions;
        private int next;
        private long offset = NEAR_TRANSITION;

        Midnights(long firstDay, long lastDay) {
            long[] days = new long[0];
            if (!rules.isFixedOffset()) {
                for (ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond((firstDay - 4) * TimeWindow.SECONDS_PER_DAY));
                        t != null && t.toEpochSecond() <= (lastDay + 4) * TimeWindow.SECONDS_PER_DAY;
                        t = rules.nextTransition(t.getInstant())) {
                    days = Arrays.copyOf(days, days.length + 1);
                    days[days.length - 1] = t.getDateTimeBefore().toLocalDate().toEpochDay();
                }
            }
            transitions = days;
        }

        long of(long day) {
            while (next < transitions.length && transitions[next] + 2 < day) {
                next++;
                offset = NEAR_TRANSITION;
            }
            if (next < transitions.length && transitions[next] - 2 <= day) {
                return NEAR_TRANSITION;
            }
            if (offset == NEAR_TRANSITION) {
                offset = rules.getOffset(Instant.ofEpochSecond(day * TimeWindow.SECONDS_PER_DAY)).getTotalSeconds();
            }
            return day * TimeWindow.SECONDS_PER_DAY - offset;
        }
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
        long firstDay = first.toEpochDay();
        long lastDay = last.toEpochDay();
        if (firstDatedRule != null && anyDatedWithin(firstDay - 2, lastDay + 2)) {
            return -1;
        }
        Midnights midnights = new Midnights(firstDay, lastDay);
        long total = 0;
        Spans near = new Spans();
        for (long day = firstDay; day <= lastDay; day++) {
            TimeWindow[] windows = weekly[(int) Math.floorMod(day + 3, 7L)];
            long midnight = midnights.of(day);
            if (midnight == Midnights.NEAR_TRANSITION) {
                addWindowSpans(LocalDate.ofEpochDay(day), windows, near);
                continue;
            }
            for (TimeWindow w : windows) {
                total += Math.max(0, Math.min(midnight + w.endSecondOfDay(), end) - Math.max(midnight + w.startSecondOfDay(), start));
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
