package org.slakit.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** {@code closedEveryYear}: yearly recurring closed dates, expanded within the calendar's coverage. */
class ClosedEveryYearTest {

    private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
    private static final MonthDay CHRISTMAS = MonthDay.of(12, 25);

    private static CalendarBuilder everyDay() {
        return BusinessCalendar.builder(HONG_KONG).hours(MONDAY, SUNDAY, "09:00-18:00");
    }

    private static LocalDateRange years(int from, int to) {
        return LocalDateRange.ofClosed(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    @Test
    void closedEveryYear_boundedCalendar_closesTheDateInEveryYearOfTheCoverage() {
        BusinessCalendar cal = everyDay().closedEveryYear(CHRISTMAS).coverage(years(2025, 2027)).build();
        for (int year = 2025; year <= 2027; year++) {
            assertEquals(false, cal.isWorkingDay(LocalDate.of(year, 12, 25)), "Christmas " + year);
            assertEquals(true, cal.isWorkingDay(LocalDate.of(year, 12, 24)), "Christmas Eve " + year);
        }
        assertThrows(CalendarCoverageException.class, () -> cal.isWorkingDay(LocalDate.of(2028, 12, 25)));
        assertEquals(List.of(CHRISTMAS), cal.closedEveryYear());
    }

    @Test
    void closedEveryYear_unboundedCalendar_closesItFrom1900To2199() {
        BusinessCalendar cal = everyDay().closedEveryYear(CHRISTMAS).build();
        assertEquals(false, cal.isWorkingDay(LocalDate.of(1900, 12, 25)));
        assertEquals(false, cal.isWorkingDay(LocalDate.of(2150, 12, 25)));
        assertEquals(false, cal.isWorkingDay(LocalDate.of(2199, 12, 25)));
        assertEquals(true, cal.isWorkingDay(LocalDate.of(2200, 12, 25)), "the documented limit");
        Instant eve = LocalDate.of(2150, 12, 24).atTime(17, 0).atZone(HONG_KONG).toInstant();
        assertEquals(LocalDate.of(2150, 12, 26).atTime(10, 0).atZone(HONG_KONG).toInstant(), cal.plus(eve, Duration.ofHours(2)));
    }

    @Test
    void closedEveryYear_extrapolating_closesItBeyondTheData() {
        HolidaySet data = HolidaySet.builder("hk", "2026", years(2026, 2026)).dayOff(LocalDate.of(2026, 1, 1), "New Year", "").build();
        BusinessCalendar cal = everyDay().holidays(data).closedEveryYear(CHRISTMAS).extrapolate().build();
        assertEquals(false, cal.isWorkingDay(LocalDate.of(2030, 12, 25)));
    }

    @Test
    void closedEveryYear_leapDay_closesOnlyLeapYears() {
        BusinessCalendar cal = everyDay().closedEveryYear(MonthDay.of(2, 29)).coverage(years(2027, 2028)).build();
        assertEquals(true, cal.isWorkingDay(LocalDate.of(2027, 2, 28)));
        assertEquals(true, cal.isWorkingDay(LocalDate.of(2027, 3, 1)));
        assertEquals(false, cal.isWorkingDay(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void closedEveryYear_extraWorkingDayOnTheDate_wins() {
        BusinessCalendar cal = everyDay().closedEveryYear(CHRISTMAS).workday(LocalDate.of(2027, 12, 25), "10:00-12:00").build();
        assertEquals(true, cal.isWorkingDay(LocalDate.of(2027, 12, 25)));
        assertEquals(false, cal.isWorkingDay(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void closedEveryYear_holidaySetsMakeUpDay_losesToIt() {
        // Saturday 2027-12-25, a working day in the set, on a Mon-Fri calendar
        HolidaySet set = HolidaySet.builder("cn", "2027", years(2027, 2027)).workingDay(LocalDate.of(2027, 12, 25), "make-up", "").build();
        BusinessCalendar cal = BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00").holidays(set)
                .closedEveryYear(CHRISTMAS).build();
        assertEquals(false, cal.isWorkingDay(LocalDate.of(2027, 12, 25)));
    }

    @Test
    void closedEveryYear_givenTwice_isAProblem() {
        InvalidCalendarException e = assertThrows(InvalidCalendarException.class,
                () -> everyDay().closedEveryYear(CHRISTMAS).closedEveryYear(MonthDay.of(1, 1)).closedEveryYear(CHRISTMAS).build());
        assertEquals(List.of(new Problem("closed-every-year[2]", "12-25 is closed every year twice, also at closed-every-year[0]")), e.problems());
    }

    @Test
    void closedEveryYear_null_isRejected() {
        assertThrows(NullPointerException.class, () -> everyDay().closedEveryYear(null));
    }

    @Test
    void equals_sameMonthDaysInAnotherOrder_equal_otherwiseNot() {
        BusinessCalendar a = everyDay().closedEveryYear(CHRISTMAS).closedEveryYear(MonthDay.of(1, 1)).build();
        BusinessCalendar b = everyDay().closedEveryYear(MonthDay.of(1, 1)).closedEveryYear(CHRISTMAS).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, everyDay().closedEveryYear(CHRISTMAS).build());
        assertEquals(List.of(MonthDay.of(1, 1), CHRISTMAS), a.closedEveryYear());
    }

    @Test
    void parseMonthDay_textForms() {
        assertEquals(CHRISTMAS, CalendarText.parseMonthDay("12-25"));
        assertEquals(MonthDay.of(2, 29), CalendarText.parseMonthDay("02-29"));
        assertEquals("01-01", CalendarText.monthDay(CalendarText.parseMonthDay("01-01")));
        for (String bad : List.of("02-30", "13-01", "1-1", "12/25", "2027-12-25", "")) {
            DateTimeException e = assertThrows(DateTimeException.class, () -> CalendarText.parseMonthDay(bad), bad);
            assertEquals("'" + bad + "' is not a month and day (MM-DD, such as 12-25)", e.getMessage());
        }
    }
}
