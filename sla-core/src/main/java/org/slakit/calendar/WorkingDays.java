package org.slakit.calendar;

import java.time.LocalDate;

/** Steps over working days, not counting the start date. */
final class WorkingDays {

    private WorkingDays() {
    }

    static LocalDate plus(BusinessCalendar calendar, LocalDate date, int days) {
        int step = days >= 0 ? 1 : -1;
        long left = Math.abs((long) days);
        LocalDate d = date;
        while (left > 0) {
            d = d.plusDays(step);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
