package org.slakit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

class HolidaySetTest {

    private static final LocalDateRange YEAR_2026 = LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void builder_daysOffAndMakeUpDays_listedInDateOrder() {
        HolidaySet set = HolidaySet.builder("cn", "National Day 2026", YEAR_2026)
                .workingDay(date("2026-10-10"), "National Day", "国庆节", List.of(TimeWindow.parse("13:30-18:00"), TimeWindow.parse("09:00-12:00")))
                .daysOff(LocalDateRange.ofClosed(date("2026-10-01"), date("2026-10-03")), "National Day", "国庆节")
                .build();
        assertEquals("cn", set.region());
        assertEquals(Optional.of(YEAR_2026), set.coverage());
        assertEquals(List.of(date("2026-10-01"), date("2026-10-02"), date("2026-10-03"), date("2026-10-10")),
                set.days().stream().map(HolidaySet.Day::date).toList());
        // a make-up day's windows are kept sorted
        assertEquals(List.of(TimeWindow.parse("09:00-12:00"), TimeWindow.parse("13:30-18:00")), set.day(date("2026-10-10")).orElseThrow().hours());
        assertEquals(HolidaySet.Kind.OFF, set.day(date("2026-10-02")).orElseThrow().kind());
        assertEquals(Optional.empty(), set.day(date("2026-10-04")));
        assertEquals("cn 'National Day 2026' (2026-01-01 to 2026-12-31, 4 days)", set.toString());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                // a blank region
                Arguments.of((Supplier<HolidaySet>) () -> HolidaySet.builder(" ", "x", YEAR_2026).build(),
                        "region", "Region must not be blank"),
                // a coverage with no date
                Arguments.of((Supplier<HolidaySet>) () -> HolidaySet.builder("cn", "x", LocalDateRange.of(date("2026-01-01"), date("2026-01-01"))).build(),
                        "covers", "Coverage must hold at least one date, was 2026-01-01/2026-01-01"),
                // a day outside the coverage
                Arguments.of((Supplier<HolidaySet>) () -> HolidaySet.builder("cn", "x", YEAR_2026).dayOff(date("2027-01-01"), "New Year", "").build(),
                        "days-off[0]", "Date 2027-01-01 is outside the set's coverage 2026-01-01 to 2026-12-31"),
                // a range running past the coverage, to the last date there is: one problem, judged by its ends
                Arguments.of((Supplier<HolidaySet>) () -> HolidaySet.builder("cn", "x", YEAR_2026)
                        .daysOff(LocalDateRange.ofClosed(date("2026-10-01"), LocalDate.MAX), "National Day", "").build(),
                        "days-off[0]", "Days off from 2026-10-01 to +999999999-12-31 run outside the set's coverage 2026-01-01 to 2026-12-31"),
                // a range starting before it
                Arguments.of((Supplier<HolidaySet>) () -> HolidaySet.builder("cn", "x", YEAR_2026)
                        .daysOff(LocalDateRange.ofClosed(date("2025-12-31"), date("2026-01-01")), "New Year", "").build(),
                        "days-off[0]", "Days off from 2025-12-31 to 2026-01-01 run outside the set's coverage 2026-01-01 to 2026-12-31"),
                // a range of days off with no date
                Arguments.of((Supplier<HolidaySet>) () -> HolidaySet.builder("cn", "x", YEAR_2026)
                        .daysOff(LocalDateRange.of(date("2026-10-01"), date("2026-10-01")), "National Day", "").build(),
                        "days-off[0]", "Range of days off must hold at least one date, was 2026-10-01/2026-10-01"),
                // a date listed twice
                Arguments.of((Supplier<HolidaySet>) () -> HolidaySet.builder("cn", "x", YEAR_2026).dayOff(date("2026-10-01"), "a", "")
                        .workingDay(date("2026-10-03"), "b", "").dayOff(date("2026-10-03"), "c", "").build(),
                        "days-off[1]", "Date 2026-10-03 is listed twice, also at working-days[0]"),
                // a make-up day on a weekday
                Arguments.of((Supplier<HolidaySet>) () -> HolidaySet.builder("cn", "x", YEAR_2026).workingDay(date("2026-10-09"), "b", "").build(),
                        "working-days[0]", "Working day 2026-10-09 is a Friday: an extra working day must fall on a Saturday or Sunday"),
                // overlapping hours of a make-up day
                Arguments.of((Supplier<HolidaySet>) () -> HolidaySet.builder("cn", "x", YEAR_2026).workingDay(date("2026-10-10"), "b", "",
                        List.of(TimeWindow.parse("09:00-12:00"), TimeWindow.parse("11:00-13:00"))).build(),
                        "working-days[0].hours", "Working hours must not overlap on 2026-10-10, was 09:00-12:00 and 11:00-13:00"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("invalid")
    void build_invalid_throwsWithPathAndExactMessage(Supplier<HolidaySet> build, String path, String message) {
        InvalidCalendarException ex = assertThrows(InvalidCalendarException.class, build::get);
        assertEquals(List.of(new Problem(path, message)), ex.problems());
    }

    @Test
    void none_coversNothingAndConstrainsNothing() {
        HolidaySet none = HolidaySet.none();
        assertTrue(none.isNone());
        assertEquals(Optional.empty(), none.coverage());
        assertEquals(List.of(), none.days());
        assertEquals("no holidays", none.toString());
        BusinessCalendar cal = BusinessCalendar.builder("UTC").hours(DayOfWeek.MONDAY, "09:00-17:00").holidays(none).build();
        assertEquals(Optional.empty(), cal.coverage());
    }

    @Test
    void ofId_noProviderOnThePath_namesTheIdAndTheFix() {
        // sla-core's own tests run without sla-calendars
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> HolidaySet.ofId("cn"));
        assertEquals("Holiday set 'cn' is not available: add org.slakit:sla-calendars", ex.getMessage());
    }

    @Test
    void day_offWithHours_isRejected() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> new HolidaySet.Day(date("2026-10-01"),
                HolidaySet.Kind.OFF, "x", "", List.of(TimeWindow.parse("09:00-12:00"))));
        assertEquals("Day off 2026-10-01 must not have working hours, was [09:00-12:00]", ex.getMessage());
    }

    @Test
    void accessors_nameSourceAndOneDay() {
        HolidaySet set = HolidaySet.builder("hk", "Hong Kong 2026", YEAR_2026).dayOff(date("2026-12-25"), "Christmas Day", "聖誕節").build();
        assertEquals("hk", set.region());
        assertEquals("Hong Kong 2026", set.name());
        assertEquals(Optional.empty(), set.source());
        assertFalse(set.isNone());
        assertEquals("hk 'Hong Kong 2026' (2026-01-01 to 2026-12-31, 1 day)", set.toString());
        assertEquals(List.of(new HolidaySet.Day(date("2026-12-25"), HolidaySet.Kind.OFF, "Christmas Day", "聖誕節", List.of())), set.days());
        // the source is remembered, and plays no part in equality
        HolidaySet fromFile = set.withSource("hk-2026.yaml");
        assertEquals(Optional.of("hk-2026.yaml"), fromFile.source());
        assertEquals(set, fromFile);
        assertEquals(set.hashCode(), fromFile.hashCode());
        assertEquals(set.days(), fromFile.days());
        assertEquals("source", assertThrows(NullPointerException.class, () -> set.withSource(null)).getMessage());
    }

    @Test
    void equals_byRegionNameCoverageAndDays() {
        HolidaySet a = HolidaySet.builder("cn", "x", YEAR_2026).dayOff(date("2026-10-01"), "a", "").build();
        HolidaySet b = HolidaySet.builder("cn", "x", YEAR_2026).dayOff(date("2026-10-01"), "a", "").build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, HolidaySet.builder("hk", "x", YEAR_2026).dayOff(date("2026-10-01"), "a", "").build());
        assertNotEquals(a, HolidaySet.builder("cn", "x", YEAR_2026).dayOff(date("2026-10-02"), "a", "").build());
        assertNotEquals(a, HolidaySet.builder("cn", "y", YEAR_2026).dayOff(date("2026-10-01"), "a", "").build());
        assertNotEquals(a, HolidaySet.builder("cn", "x", LocalDateRange.ofClosed(date("2026-01-01"), date("2027-12-31")))
                .dayOff(date("2026-10-01"), "a", "").build());
        assertNotEquals(a.hashCode(), HolidaySet.builder("cn", "x", YEAR_2026).dayOff(date("2026-10-02"), "a", "").build().hashCode());
        assertNotEquals(a, HolidaySet.none());
        assertNotEquals(HolidaySet.none(), a);
        assertNotEquals(a, "cn");
        assertSame(HolidaySet.none(), HolidaySet.none());
    }
}
