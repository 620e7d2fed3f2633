package org.slakit.jmh;

import java.time.DayOfWeek;
import java.time.ZoneId;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;

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
    public static CalendarBuilder mainlandSplitHours() {
        return BusinessCalendar.builder(SHANGHAI)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00");
    }
}
