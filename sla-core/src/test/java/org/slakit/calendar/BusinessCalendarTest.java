package org.slakit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

    private static final BusinessCalendar HK_OFFICE = BusinessCalendar.builder(HONG_KONG)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-18:00")
            .hours(DayOfWeek.SATURDAY, "10:00-18:00")
            .build();

    private static final BusinessCalendar SPLIT = BusinessCalendar.builder(SHANGHAI)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
            .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00")
            .build();

    private static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void plus_hongKongFridayEvening_endsSaturdayAfternoon() {
        assertEquals(at(HONG_KONG, "2026-11-21T13:00"), HK_OFFICE.plus(at(HONG_KONG, "2026-11-20T17:00"), Duration.ofHours(4)));
    }

    @Test
    void plus_splitHoursFridayEvening_endsSaturdayAfterLunch() {
        assertEquals(at(SHANGHAI, "2026-11-21T14:30"), SPLIT.plus(at(SHANGHAI, "2026-11-20T17:00"), Duration.ofHours(4)));
    }

    @Test
    void plus_morningUsedUp_endsAtNoonNotAfterLunch() {
        assertEquals(at(SHANGHAI, "2026-11-23T12:00"), SPLIT.plus(at(SHANGHAI, "2026-11-23T09:00"), Duration.ofHours(3)));
        assertEquals(at(SHANGHAI, "2026-11-23T13:30:01"), SPLIT.plus(at(SHANGHAI, "2026-11-23T09:00"), Duration.ofSeconds(3 * 3600 + 1)));
    }

    @Test
    void plus_nationalDayWeekWithMakeUpSaturday() {
        LocalDate d = LocalDate.parse("2026-10-01");
        BusinessCalendar.Builder b = BusinessCalendar.builder(SHANGHAI)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00");
        for (int i = 0; i < 7; i++) {
            b.holiday(d.plusDays(i));
        }
        BusinessCalendar c = b.workday(LocalDate.parse("2026-10-10")).build();
        assertEquals(at(SHANGHAI, "2026-10-10T12:00"), c.plus(at(SHANGHAI, "2026-10-09T17:00"), Duration.ofHours(4)));
        assertEquals(at(SHANGHAI, "2026-10-08T10:00"), c.plus(at(SHANGHAI, "2026-09-30T17:00"), Duration.ofHours(2)));
    }

    @Test
    void hours_dayWindowAbuttingANightWindow_makesAFullDayNotAnEmptyWindow() {
        // 04:00-23:00 + 23:00-04:00 abut: 24 h of open time, not a window 04:00-04:00
        BusinessCalendar c = BusinessCalendar.builder(SHANGHAI).hours(DayOfWeek.MONDAY, "04:00-23:00", "23:00-04:00").build();
        assertEquals(Duration.ofHours(24), c.between(at(SHANGHAI, "2026-11-23T00:00"), at(SHANGHAI, "2026-11-25T00:00")));
        // 06:00-23:00 + 23:00-07:00 (Tuesday closed) is 25 h, not 1 h
        BusinessCalendar d = BusinessCalendar.builder(SHANGHAI).hours(DayOfWeek.MONDAY, "06:00-23:00", "23:00-07:00").build();
        assertEquals(Duration.ofHours(25), d.between(at(SHANGHAI, "2026-11-23T00:00"), at(SHANGHAI, "2026-11-25T00:00")));
    }
}
