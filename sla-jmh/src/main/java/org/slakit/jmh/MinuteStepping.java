package org.slakit.jmh;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slakit.calendar.BusinessCalendar;
import org.threeten.extra.Interval;

/**
 * Baseline: advance one minute at a time, asking whether that minute is open by reading the local
 * time against the date's windows (and the day before's window crossing midnight), as hour- or
 * minute-stepping help desks do. Exact for calendars whose windows and inputs lie on whole minutes
 * and that have no part-day closures, which is what the benchmark uses.
 */
public final class MinuteStepping {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private MinuteStepping() {
    }

    /**
     * Calculates the deadline by stepping minutes.
     *
     * @param cal  the calendar, not null
     * @param start  the start, on a whole minute, not null
     * @param amount  the business time, whole minutes, not null
     * @return the deadline, not null
     */
    public static Instant plus(BusinessCalendar cal, Instant start, Duration amount) {
        long minutes = amount.toMinutes();
        Instant t = start;
        while (minutes > 0) {
            if (isOpen(cal, t)) {
                minutes--;
            }
            t = t.plus(MINUTE);
        }
        return t;
    }

    /**
     * Calculates the business time in [from, to) by stepping minutes.
     *
     * @param cal  the calendar, not null
     * @param from  the start, on a whole minute, not null
     * @param to  the end, on a whole minute, not null
     * @return the business time, not null
     */
    public static Duration between(BusinessCalendar cal, Instant from, Instant to) {
        long open = 0;
        for (Instant t = from; t.isBefore(to); t = t.plus(MINUTE)) {
            if (isOpen(cal, t)) {
                open++;
            }
        }
        return Duration.ofMinutes(open);
    }

    static boolean isOpen(BusinessCalendar cal, Instant t) {
        ZoneId zone = cal.zone();
        LocalDate date = LocalDate.ofInstant(t, zone);
        return opensAt(cal, date, t, zone) || opensAt(cal, date.minusDays(1), t, zone);
    }

    private static boolean opensAt(BusinessCalendar cal, LocalDate date, Instant t, ZoneId zone) {
        List<Interval> windows = cal.openIntervals(date);
        for (Interval w : windows) {
            Instant s = w.getStart();
            Instant e = w.getEnd();
            if (!t.isBefore(s) && t.isBefore(e)) {
                return true;
            }
        }
        return false;
    }
}
