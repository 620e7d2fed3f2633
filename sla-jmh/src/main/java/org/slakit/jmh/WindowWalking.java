package org.slakit.jmh;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slakit.calendar.BusinessCalendar;
import org.threeten.extra.Interval;

/**
 * Baseline: what every peer library does — consume the open windows day by day from the start.
 * Each day's windows come from {@link BusinessCalendar#openIntervals(LocalDate)}, so the baseline
 * counts exactly the same open time as the index; only the algorithm differs.
 */
public final class WindowWalking {

    private WindowWalking() {
    }

    /**
     * Calculates the earliest instant at which the amount has passed, walking window by window.
     *
     * @param cal  the calendar, not null
     * @param start  the start, not null
     * @param amount  the business time, not negative, not null
     * @return the deadline, not null
     */
    public static Instant plus(BusinessCalendar cal, Instant start, Duration amount) {
        if (amount.isZero()) {
            return start;
        }
        ZoneId zone = cal.zone();
        Duration left = amount;
        // the day before may hold a window that crosses midnight into the start's date
        for (LocalDate date = LocalDate.ofInstant(start, zone).minusDays(1); ; date = date.plusDays(1)) {
            for (Interval window : cal.openIntervals(date)) {
                if (!window.getEnd().isAfter(start)) {
                    continue;
                }
                Instant from = window.getStart().isBefore(start) ? start : window.getStart();
                Duration available = Duration.between(from, window.getEnd());
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
    }

    /**
     * Calculates the business time in [from, to), walking window by window.
     *
     * @param cal  the calendar, not null
     * @param from  the start, not null
     * @param to  the end, not before from, not null
     * @return the business time, not null
     */
    public static Duration between(BusinessCalendar cal, Instant from, Instant to) {
        ZoneId zone = cal.zone();
        Duration sum = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate date = LocalDate.ofInstant(from, zone).minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            for (Interval window : cal.openIntervals(date)) {
                Instant s = window.getStart().isBefore(from) ? from : window.getStart();
                Instant e = window.getEnd().isAfter(to) ? to : window.getEnd();
                if (s.isBefore(e)) {
                    sum = sum.plus(Duration.between(s, e));
                }
            }
        }
        return sum;
    }
}
