package org.slakit.jmh;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slakit.calendar.BusinessCalendar;

/** The calendars the benchmarks run on. */
public final class CalendarShapes {

    /** The mainland vendors' zone. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private CalendarShapes() {
    }

    /**
     * Gets a builder for the mainland split-hours calendar of seed 001: Mon-Fri 09:00-12:00 and
     * 13:30-18:00, Sat 10:00-12:00 and 13:30-18:00.
     *
     * @return a new builder, not null
     */
    public static BusinessCalendar.Builder mainlandSplitHours() {
        return BusinessCalendar.builder(SHANGHAI)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00");
    }

    /**
     * Adds about 30 days off a year, in the pattern of mainland China's holidays, for 2015 to 2035.
     *
     * @param builder  the builder, not null
     * @return the builder, not null
     */
    public static BusinessCalendar.Builder withSyntheticHolidays(BusinessCalendar.Builder builder) {
        for (int year = 2015; year <= 2035; year++) {
            offDays(builder, LocalDate.of(year, 1, 1), 3);
            offDays(builder, LocalDate.of(year, 2, 1).plusDays(year % 19), 8);
            offDays(builder, LocalDate.of(year, 4, 4), 3);
            offDays(builder, LocalDate.of(year, 5, 1), 5);
            offDays(builder, LocalDate.of(year, 6, 1).plusDays(year % 23), 3);
            offDays(builder, LocalDate.of(year, 10, 1), 7);
        }
        return builder;
    }

    private static void offDays(BusinessCalendar.Builder builder, LocalDate first, int days) {
        for (int i = 0; i < days; i++) {
            builder.holiday(first.plusDays(i));
        }
    }
}
