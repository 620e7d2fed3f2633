package org.slakit.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Collection;
import org.threeten.extra.LocalDateRange;

/**
 * The month-days a calendar closes every year ({@link CalendarBuilder#closedEveryYear(MonthDay)}),
 * kept as a rule rather than expanded into dates: they close in every year of a bounded calendar's
 * coverage, or of 1900 to 2199 when the calendar is unbounded or extrapolates. Immutable.
 */
final class EveryYear {

    static final EveryYear NONE = new EveryYear(new int[0], null);

    /** Month * 32 + day of each month-day, ascending. */
    private final int[] monthDays;
    /** The dates in which they close. */
    private final LocalDateRange within;

    private EveryYear(int[] monthDays, LocalDateRange within) {
        this.monthDays = monthDays;
        this.within = within;
    }

    static EveryYear of(Collection<MonthDay> days, LocalDateRange within) {
        if (days.isEmpty()) {
            return NONE;
        }
        int[] keys = days.stream().mapToInt(d -> key(d.getMonthValue(), d.getDayOfMonth())).sorted().toArray();
        return new EveryYear(keys, within);
    }

    private static int key(int month, int day) {
        return month * 32 + day;
    }

    /** Checks if the rule closes an epoch day; the 29th of February closes only in leap years. */
    boolean closes(long epochDay) {
        if (monthDays.length == 0) {
            return false;
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return within.contains(date) && Arrays.binarySearch(monthDays, key(date.getMonthValue(), date.getDayOfMonth())) >= 0;
    }

    /** Checks if the rule closes a day in [firstDay, lastDay]. */
    boolean anyWithin(long firstDay, long lastDay) {
        if (monthDays.length == 0) {
            return false;
        }
        long from = Math.max(firstDay, within.getStart().toEpochDay());
        long to = Math.min(lastDay, within.getEndInclusive().toEpochDay());
        // nine years hold every month-day, the 29th of February included (leap years are at most eight apart)
        if (to - from >= 366 * 9) {
            return true;
        }
        for (long day = from; day <= to; day++) {
            if (closes(day)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return monthDays.length == 0;
    }

    /** The first and the last date the rule may close, for a non-empty rule. */
    LocalDate first() {
        return within.getStart();
    }

    LocalDate last() {
        return within.getEndInclusive();
    }
}
