package org.slakit.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    /** Seed 000: Mon-Fri 09:00-18:00, Sat 10:00-18:00. */
    private static final BusinessCalendar HK_OFFICE = BusinessCalendar.builder(HONG_KONG)
            .hours(MONDAY, FRIDAY, "09:00-18:00")
            .hours(SATURDAY, "10:00-18:00")
            .build();

    /** Seed 001: split hours with a lunch break. */
    private static final CalendarDefinition SPLIT_DEF = CalendarDefinition.of(SHANGHAI, Map.of(
            MONDAY, List.of("09:00-12:00", "13:30-18:00"), DayOfWeek.TUESDAY, List.of("09:00-12:00", "13:30-18:00"),
            DayOfWeek.WEDNESDAY, List.of("09:00-12:00", "13:30-18:00"), DayOfWeek.THURSDAY, List.of("09:00-12:00", "13:30-18:00"),
            FRIDAY, List.of("09:00-12:00", "13:30-18:00"), SATURDAY, List.of("10:00-12:00", "13:30-18:00")));
    private static final BusinessCalendar SPLIT = SPLIT_DEF.toCalendar();

    /** The split calendar with National Day week 2026-10-01..07 off and Saturday 2026-10-10 a make-up day. */
    private static final CalendarDefinition NATIONAL_DAY_DEF = nationalDay(SPLIT_DEF).withWorkday(LocalDate.parse("2026-10-10"));
    private static final BusinessCalendar NATIONAL_DAY = NATIONAL_DAY_DEF.toCalendar();

    /** Mon-Fri 22:00-02:00, the night shift, with Wednesday 2026-11-25 a holiday. */
    private static final BusinessCalendar NIGHT = BusinessCalendar.builder(SHANGHAI)
            .hours(MONDAY, FRIDAY, "22:00-02:00")
            .holiday(LocalDate.parse("2026-11-25"))
            .build();

    private static CalendarDefinition nationalDay(CalendarDefinition def) {
        CalendarDefinition out = def;
        for (int i = 0; i < 7; i++) {
            out = out.withHoliday(LocalDate.parse("2026-10-01").plusDays(i));
        }
        return out;
    }

    private static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static Instant sh(String local) {
        return at(SHANGHAI, local);
    }

    // ----- plus: the cases of issue 2 and the peers' bugs -----

    static Stream<Arguments> plusCases() {
        return Stream.of(
                // seed 000: Fri 17:00 + 4 h = 1 h Friday + 3 h Saturday from 10:00
                Arguments.of("hk office", HK_OFFICE, at(HONG_KONG, "2026-11-20T17:00"), Duration.ofHours(4), at(HONG_KONG, "2026-11-21T13:00")),
                // seed 001: Fri 17:00 + 4 h = 1 h Friday + 2 h Saturday morning + 1 h after lunch
                Arguments.of("split", SPLIT, sh("2026-11-20T17:00"), Duration.ofHours(4), sh("2026-11-21T14:30")),
                // a deadline that uses up the morning ends at 12:00, not 13:30
                Arguments.of("split", SPLIT, sh("2026-11-23T09:00"), Duration.ofHours(3), sh("2026-11-23T12:00")),
                // one second more goes past lunch
                Arguments.of("split", SPLIT, sh("2026-11-23T09:00"), Duration.ofSeconds(3 * 3600 + 1), sh("2026-11-23T13:30:01")),
                // peers push a deadline landing on closing time to the next opening: Fri 11:00 + 60 min = 12:00
                Arguments.of("split", SPLIT, sh("2026-11-20T11:00"), Duration.ofMinutes(60), sh("2026-11-20T12:00")),
                // a start with seconds gains no time: 11:59:30 + 1 min = 13:30:30
                Arguments.of("split", SPLIT, sh("2026-11-23T11:59:30"), Duration.ofMinutes(1), sh("2026-11-23T13:30:30")),
                // minute precision: 13:30 is not rounded to an hour
                Arguments.of("split", SPLIT, sh("2026-11-23T13:30"), Duration.ofMinutes(30), sh("2026-11-23T14:00")),
                // nanoseconds are kept
                Arguments.of("split", SPLIT, sh("2026-11-23T11:59:59.999999999"), Duration.ofNanos(2), sh("2026-11-23T13:30:00.000000001")),
                // adding zero returns the start, open or closed
                Arguments.of("split", SPLIT, sh("2026-11-20T18:30"), Duration.ZERO, sh("2026-11-20T18:30")),
                Arguments.of("split", SPLIT, sh("2026-11-23T12:30"), Duration.ZERO, sh("2026-11-23T12:30")),
                Arguments.of("split", SPLIT, sh("2026-11-23T10:00"), Duration.ZERO, sh("2026-11-23T10:00")),
                // a start at a closed time counts from the next opening: Sun 10:00 + 1 h = Mon 10:00
                Arguments.of("split", SPLIT, sh("2026-11-22T10:00"), Duration.ofHours(1), sh("2026-11-23T10:00")),
                // PT40H is 40 business hours, not 40/9 days: Mon..Thu 36 h + Fri 4 h
                Arguments.of("hk office", HK_OFFICE, at(HONG_KONG, "2026-11-23T09:00"), Duration.parse("PT40H"), at(HONG_KONG, "2026-11-27T13:00")),
                // National Day: Fri 17:00 + 4 h = 1 h Friday + 3 h on the make-up Saturday with Monday's hours
                Arguments.of("national day", NATIONAL_DAY, sh("2026-10-09T17:00"), Duration.ofHours(4), sh("2026-10-10T12:00")),
                // Wed 17:00 + 2 h = 1 h Wednesday + 1 h on Thursday after the holidays
                Arguments.of("national day", NATIONAL_DAY, sh("2026-09-30T17:00"), Duration.ofHours(2), sh("2026-10-08T10:00")),
                // a start on a holiday loses nothing: 3 h morning + 1 h after lunch
                Arguments.of("national day", NATIONAL_DAY, sh("2026-10-01T10:00"), Duration.ofHours(4), sh("2026-10-08T14:30")),
                // night shift: Tue 23:00 + 4 h = 3 h to Wed 02:00 (the holiday leaves it open) + Thu 22:00-23:00
                Arguments.of("night", NIGHT, sh("2026-11-24T23:00"), Duration.ofHours(4), sh("2026-11-26T23:00")),
                // night shift: a start on the holiday evening counts from Thursday 22:00
                Arguments.of("night", NIGHT, sh("2026-11-25T21:00"), Duration.ofHours(5), sh("2026-11-27T23:00")),
                // negative amounts go back: split Mon 10:00 - 2 h = Sat 17:00
                Arguments.of("split", SPLIT, sh("2026-11-23T10:00"), Duration.ofHours(-2), sh("2026-11-21T17:00")));
    }

    @ParameterizedTest(name = "{0}: {2} + {3} = {4}")
    @MethodSource("plusCases")
    void plus_table(String name, BusinessCalendar cal, Instant start, Duration amount, Instant expected) {
        assertEquals(expected, cal.plus(start, amount));
        assertEquals(amount, cal.between(start, expected));
    }

    static Stream<Arguments> minusCases() {
        return Stream.of(
                // the latest start: Mon 13:30 - 1 h = 11:00
                Arguments.of(SPLIT, sh("2026-11-23T13:30"), Duration.ofHours(1), sh("2026-11-23T11:00")),
                // an end at lunch: latest start from which 30 min pass by 13:00 is 11:30
                Arguments.of(SPLIT, sh("2026-11-23T13:00"), Duration.ofMinutes(30), sh("2026-11-23T11:30")),
                // using up a whole window backwards gives its opening, the latest such instant
                Arguments.of(SPLIT, sh("2026-11-23T12:00"), Duration.ofHours(3), sh("2026-11-23T09:00")),
                // one second more reaches back into Saturday
                Arguments.of(SPLIT, sh("2026-11-23T12:00"), Duration.ofSeconds(3 * 3600 + 1), sh("2026-11-21T17:59:59")),
                // over the National Day holidays: Thu 10:00 - 2 h = Wed 17:00
                Arguments.of(NATIONAL_DAY, sh("2026-10-08T10:00"), Duration.ofHours(2), sh("2026-09-30T17:00")));
    }

    @ParameterizedTest(name = "{1} - {2} = {3}")
    @MethodSource("minusCases")
    void minus_table(BusinessCalendar cal, Instant end, Duration amount, Instant expected) {
        assertEquals(expected, cal.minus(end, amount));
        assertEquals(expected, cal.plus(end, amount.negated()));
    }

    @Test
    void plus_farAway_agreesWithReferenceAndBetween() {
        ReferenceCalendar ref = NATIONAL_DAY_DEF.toReference();
        Instant start = sh("2026-09-28T09:00");
        for (long hours : new long[] {4_000, 20_000}) {
            Duration d = Duration.ofHours(hours);
            Instant due = NATIONAL_DAY.plus(start, d);
            assertEquals(ref.plus(start, d), due, "+" + hours + " h");
            assertEquals(d, NATIONAL_DAY.between(start, due), "+" + hours + " h");
            assertEquals(start, NATIONAL_DAY.minus(due, d), "+" + hours + " h");
        }
    }

    @Test
    void plus_decadesOnAnAlwaysOpenCalendar_isElapsedTime() {
        // beyond Long.MAX_VALUE / 4 nanoseconds (73 years) the amount is counted chunk by chunk
        BusinessCalendar always = BusinessCalendar.alwaysOpen(ZoneId.of("UTC"));
        Instant start = Instant.parse("2026-01-01T00:00:00.5Z");
        Duration d = Duration.ofDays(100 * 365 + 7).plusNanos(3);
        assertEquals(start.plus(d), always.plus(start, d));
        assertEquals(start, always.minus(start.plus(d), d));
        assertEquals(d, always.between(start, start.plus(d)));
    }

    // ----- between -----

    @Test
    void between_anHourOfOpenTime_countsHalfOpen() {
        // [09:00, 10:00) is 3,600 s, not 3,601
        assertEquals(Duration.ofSeconds(3600), SPLIT.between(sh("2026-11-23T09:00"), sh("2026-11-23T10:00")));
        assertEquals(Duration.ofSeconds(-3600), SPLIT.between(sh("2026-11-23T10:00"), sh("2026-11-23T09:00")));
        assertEquals(Duration.ZERO, SPLIT.between(sh("2026-11-23T12:00"), sh("2026-11-23T13:30")));
    }

    @Test
    void between_wholeWeeksWithHolidaysAndMakeUpDays_countsEachWorkingDay() {
        BusinessCalendar office = nationalDay(CalendarDefinition.of(SHANGHAI, Map.of(MONDAY, List.of("09:00-18:00"),
                DayOfWeek.TUESDAY, List.of("09:00-18:00"), DayOfWeek.WEDNESDAY, List.of("09:00-18:00"),
                DayOfWeek.THURSDAY, List.of("09:00-18:00"), FRIDAY, List.of("09:00-18:00"))))
                .withWorkday(LocalDate.parse("2026-09-27")).withWorkday(LocalDate.parse("2026-10-10")).toCalendar();
        // four weeks: 20 weekdays - 5 weekday holidays + 2 make-up days = 17 days of 9 h
        assertEquals(Duration.ofHours(153), office.between(sh("2026-09-21T00:00"), sh("2026-10-19T00:00")));
        assertEquals(LocalDate.parse("2026-09-27"), office.plusWorkingDays(LocalDate.parse("2026-09-25"), 1));
        assertEquals(LocalDate.parse("2026-10-10"), office.plusWorkingDays(LocalDate.parse("2026-10-09"), 1));
        assertEquals(LocalDate.parse("2026-10-13"), office.plusWorkingDays(LocalDate.parse("2026-09-30"), 5));
        assertEquals(LocalDate.parse("2026-09-30"), office.plusWorkingDays(LocalDate.parse("2026-10-08"), -1));
    }

    // ----- the night window, 24:00 and always open -----

    @Test
    void isOpen_nightWindowAroundAHoliday_keepsTheAfterMidnightPartOfTheEveningBefore() {
        assertTrue(NIGHT.isOpen(sh("2026-11-25T01:00")), "Tuesday's window runs into the holiday");
        assertFalse(NIGHT.isOpen(sh("2026-11-25T23:00")), "the holiday's own window is closed");
        assertFalse(NIGHT.isOpen(sh("2026-11-26T01:00")), "so is its after-midnight part");
        assertTrue(NIGHT.isOpen(sh("2026-11-26T22:00")));
        assertFalse(NIGHT.isWorkingDay(LocalDate.parse("2026-11-25")));
        assertEquals(List.of(Interval.of(sh("2026-11-24T22:00"), sh("2026-11-25T02:00"))),
                NIGHT.openIntervals(LocalDate.parse("2026-11-24")));
    }

    @Test
    void isOpen_nightWindowWithHolidayTheDayBefore_opensItsOwnEvening() {
        BusinessCalendar night = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "22:00-02:00")
                .holiday(LocalDate.parse("2026-11-24")).build();
        assertTrue(night.isOpen(sh("2026-11-24T01:00")), "Monday's window runs into the holiday Tuesday");
        assertFalse(night.isOpen(sh("2026-11-24T22:00")));
        assertTrue(night.isOpen(sh("2026-11-25T22:00")));
        assertEquals(Duration.ofHours(4 + 4), night.between(sh("2026-11-23T00:00"), sh("2026-11-26T12:00")));
    }

    @Test
    void plus_closingAtMidnight_readsBoth2400And0000() {
        // Zammad/biz looped on `09:00 => 00:00`
        BusinessCalendar a = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-00:00").build();
        BusinessCalendar b = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-24:00").build();
        assertEquals(a, b);
        assertEquals(List.of(TimeWindow.parse("09:00-24:00")), a.hours(MONDAY));
        assertEquals(sh("2026-11-24T10:00"), a.plus(sh("2026-11-23T23:00"), Duration.ofHours(2)));
        assertEquals(sh("2026-11-24T00:00"), a.plus(sh("2026-11-23T23:00"), Duration.ofHours(1)));
        assertEquals(sh("2026-11-24T00:00"), a.nextClose(sh("2026-11-23T23:00")));
        assertFalse(a.isOpen(sh("2026-11-24T00:00")));
    }

    @Test
    void nextClose_alwaysOpen_throwsNeverCloses() {
        BusinessCalendar always = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, SUNDAY, "00:00-24:00").build();
        DateTimeException ex = assertThrows(DateTimeException.class, () -> always.nextClose(sh("2026-11-23T09:00")));
        assertEquals("Calendar never closes after 2026-11-23T01:00:00Z: it is open at every hour from 2026-11-23 on", ex.getMessage());
        assertEquals(sh("2026-11-24T09:00"), always.plus(sh("2026-11-23T09:00"), Duration.ofHours(24)));
        assertEquals(sh("2026-11-23T09:00"), always.nextOpen(sh("2026-11-23T09:00")));
    }

    @Test
    void nextClose_alwaysOpenExceptAHoliday_closesAtTheHoliday() {
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, SUNDAY, "00:00-24:00")
                .holiday(LocalDate.parse("2026-12-25")).build();
        assertEquals(sh("2026-12-25T00:00"), cal.nextClose(sh("2026-11-23T09:00")));
        assertEquals(sh("2026-12-26T00:00"), cal.nextOpen(sh("2026-12-25T09:00")));
        assertThrows(DateTimeException.class, () -> cal.nextClose(sh("2026-12-25T09:00")));
    }

    @Test
    void alwaysOpen_dstDayInLondon_is23Hours() {
        BusinessCalendar always = BusinessCalendar.alwaysOpen(LONDON);
        assertEquals(Duration.ofHours(23), always.between(at(LONDON, "2026-03-29T00:00"), at(LONDON, "2026-03-30T00:00")));
        assertEquals(Duration.ofHours(25), always.between(at(LONDON, "2026-10-25T00:00"), at(LONDON, "2026-10-26T00:00")));
    }

    @Test
    void between_holidayOnADstDay_removesThatDaysRealLength() {
        // a holiday is the date's open time, not 24 h: 2026-03-29 lasts 23 h in London
        BusinessCalendar cal = BusinessCalendar.builder(LONDON).hours(MONDAY, SUNDAY, "00:00-24:00")
                .holiday(LocalDate.parse("2026-03-29")).build();
        assertEquals(Duration.ofHours(48), cal.between(at(LONDON, "2026-03-28T00:00"), at(LONDON, "2026-03-31T00:00")));
        assertEquals(at(LONDON, "2026-03-30T01:00"), cal.plus(at(LONDON, "2026-03-28T23:00"), Duration.ofHours(2)));
        // an office day is exactly its hours: no extra minute for an inclusive end
        assertEquals(Duration.ofHours(9), HK_OFFICE.between(at(HONG_KONG, "2026-11-23T00:00"), at(HONG_KONG, "2026-11-24T00:00")));
    }

    // ----- daylight saving time -----

    static Stream<Arguments> dstDays() {
        return Stream.of(
                // London spring forward 01:00 -> 02:00: 00:00-03:00 is 2 h
                Arguments.of(LONDON, "00:00-03:00", "2026-03-29", Duration.ofHours(2)),
                // London fall back 02:00 -> 01:00: 00:00-03:00 is 4 h
                Arguments.of(LONDON, "00:00-03:00", "2026-10-25", Duration.ofHours(4)),
                // London: a window starting in the gap moves forward by the gap: 01:30-03:00 is 02:30-03:00
                Arguments.of(LONDON, "01:30-03:00", "2026-03-29", Duration.ofMinutes(30)),
                // London: a window wholly inside the gap is empty and dropped
                Arguments.of(LONDON, "01:00-02:00", "2026-03-29", Duration.ZERO),
                // New York spring forward 02:00 -> 03:00: 01:00-04:00 is 2 h
                Arguments.of(NEW_YORK, "01:00-04:00", "2026-03-08", Duration.ofHours(2)),
                // New York fall back 02:00 -> 01:00: 01:00 takes the earlier offset, 01:00-04:00 is 4 h
                Arguments.of(NEW_YORK, "01:00-04:00", "2026-11-01", Duration.ofHours(4)),
                // Lord Howe falls back half an hour, 02:00 -> 01:30: 01:00-03:00 is 2 h 30 min
                Arguments.of(LORD_HOWE, "01:00-03:00", "2026-04-05", Duration.ofMinutes(150)),
                // Lord Howe springs forward half an hour, 02:00 -> 02:30: 01:00-03:00 is 1 h 30 min
                Arguments.of(LORD_HOWE, "01:00-03:00", "2026-10-04", Duration.ofMinutes(90)),
                // Berlin 02:00 -> 03:00: 00:00-02:30 becomes 00:00-03:30 and overlaps 03:00-05:00: counted once, 4 h
                Arguments.of(BERLIN, "00:00-02:30,03:00-05:00", "2026-03-29", Duration.ofHours(4)));
    }

    @ParameterizedTest(name = "{0} {1} on {2} = {3}")
    @MethodSource("dstDays")
    void between_windowOnDstDay_isRealElapsedTime(ZoneId zone, String windows, String date, Duration expected) {
        LocalDate d = LocalDate.parse(date);
        CalendarDefinition def = CalendarDefinition.of(zone, Map.of(d.getDayOfWeek(), List.of(windows.split(","))));
        BusinessCalendar cal = def.toCalendar();
        Instant from = d.atStartOfDay(zone).toInstant();
        Instant to = d.plusDays(1).atStartOfDay(zone).toInstant();
        assertEquals(expected, cal.between(from, to));
        assertEquals(expected.isZero(), !cal.isWorkingDay(d));
        assertEquals(def.toReference().openIntervals(d).stream().map(s -> Interval.of(s.start(), s.end())).toList(), cal.openIntervals(d));
        if (!expected.isZero()) {
            Instant open = cal.nextOpen(from);
            assertEquals(cal.nextClose(from), cal.plus(open, expected));
        }
    }

    @Test
    void openIntervals_berlinWindowsOverlappingOnceMapped_areMergedIntoOne() {
        BusinessCalendar cal = BusinessCalendar.builder(BERLIN).hours(SUNDAY, "00:00-02:30", "03:00-05:00").build();
        assertEquals(List.of(Interval.of(Instant.parse("2026-03-28T23:00:00Z"), Instant.parse("2026-03-29T03:00:00Z"))),
                cal.openIntervals(LocalDate.parse("2026-03-29")));
        assertEquals(Instant.parse("2026-03-29T03:00:00Z"), cal.nextClose(Instant.parse("2026-03-29T00:00:00Z")));
        assertEquals(Instant.parse("2026-03-29T02:00:00Z"), cal.plus(Instant.parse("2026-03-28T23:00:00Z"), Duration.ofHours(3)));
    }

    @Test
    void plus_holidayReadInCalendarZone_notInJvmDefaultZone() {
        // jBPM read holidays in the JVM's zone: wrong for most starts when the JVM ran in Los Angeles
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            BusinessCalendar cal = nationalDay(SPLIT_DEF).toCalendar();
            assertFalse(cal.isOpen(sh("2026-10-01T10:00")));
            assertTrue(cal.isOpen(sh("2026-09-30T10:00")));
            assertFalse(cal.isWorkingDay(LocalDate.parse("2026-10-01")));
            assertEquals(sh("2026-10-08T10:00"), cal.plus(sh("2026-09-30T17:00"), Duration.ofHours(2)));
            assertEquals(List.of(Interval.of(sh("2026-09-30T09:00"), sh("2026-09-30T12:00")),
                    Interval.of(sh("2026-09-30T13:30"), sh("2026-09-30T18:00"))), cal.openIntervals(LocalDate.parse("2026-09-30")));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    // ----- working days -----

    static Stream<Arguments> workingDayCases() {
        return Stream.of(
                // Sat + 1 = Mon: the start date is not counted
                Arguments.of("2026-11-21", 1, "2026-11-23"),
                // Fri + 1 = Mon
                Arguments.of("2026-11-20", 1, "2026-11-23"),
                // Mon - 1 = Fri
                Arguments.of("2026-11-23", -1, "2026-11-20"),
                // Sun - 1 = Fri
                Arguments.of("2026-11-22", -1, "2026-11-20"),
                // + 0 = the date itself, working or not
                Arguments.of("2026-11-23", 0, "2026-11-23"),
                Arguments.of("2026-11-21", 0, "2026-11-21"),
                // a whole week and a day
                Arguments.of("2026-11-23", 6, "2026-12-01"));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @MethodSource("workingDayCases")
    void plusWorkingDays_monToFri(String date, int days, String expected) {
        BusinessCalendar office = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00").build();
        assertEquals(LocalDate.parse(expected), office.plusWorkingDays(LocalDate.parse(date), days));
    }

    // ----- end of business day -----

    static Stream<Arguments> endOfBusinessDayCases() {
        return Stream.of(
                // before the first window of a working day: that day's end
                Arguments.of(SPLIT, sh("2026-11-23T08:00"), sh("2026-11-23T18:00")),
                // inside a window, and at lunch
                Arguments.of(SPLIT, sh("2026-11-23T10:00"), sh("2026-11-23T18:00")),
                Arguments.of(SPLIT, sh("2026-11-23T12:30"), sh("2026-11-23T18:00")),
                // at the close, and after it: the next working day's end
                Arguments.of(SPLIT, sh("2026-11-23T18:00"), sh("2026-11-24T18:00")),
                Arguments.of(SPLIT, sh("2026-11-23T19:00"), sh("2026-11-24T18:00")),
                // Saturday has its own hours; Sunday is closed: Monday's end
                Arguments.of(SPLIT, sh("2026-11-21T11:00"), sh("2026-11-21T18:00")),
                Arguments.of(SPLIT, sh("2026-11-22T10:00"), sh("2026-11-23T18:00")),
                // on a holiday: the next working day's end
                Arguments.of(NATIONAL_DAY, sh("2026-10-02T10:00"), sh("2026-10-08T18:00")),
                // the make-up Saturday has Monday's hours
                Arguments.of(NATIONAL_DAY, sh("2026-10-10T08:00"), sh("2026-10-10T18:00")),
                // an overnight window ends on the next date
                Arguments.of(NIGHT, sh("2026-11-23T20:00"), sh("2026-11-24T02:00")),
                Arguments.of(NIGHT, sh("2026-11-24T01:00"), sh("2026-11-24T02:00")),
                Arguments.of(NIGHT, sh("2026-11-24T03:00"), sh("2026-11-25T02:00")),
                // the holiday Wednesday: after Tuesday's window ends, Thursday's window
                Arguments.of(NIGHT, sh("2026-11-25T03:00"), sh("2026-11-27T02:00")));
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @MethodSource("endOfBusinessDayCases")
    void endOfBusinessDay_table(BusinessCalendar cal, Instant t, Instant expected) {
        assertEquals(expected, cal.endOfBusinessDay(t));
    }

    @Test
    void endOfBusinessDay_partDayClosure_endsAtTheClosure() {
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00")
                .closed(LocalDate.parse("2026-12-24"), "13:00-18:00").build();
        assertEquals(sh("2026-12-24T12:00"), cal.endOfBusinessDay(sh("2026-12-24T08:00")));
        assertEquals(sh("2026-12-25T18:00"), cal.endOfBusinessDay(sh("2026-12-24T12:00")));
    }

    @Test
    void workingDayOf_closedOrAfterHours_isTheDateOfTheNextOpening() {
        // a report on Saturday night with a Mon-Fri calendar has Monday as its working day
        BusinessCalendar office = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00").build();
        assertEquals(LocalDate.parse("2026-11-23"), office.workingDayOf(sh("2026-11-21T22:00")));
        assertEquals(LocalDate.parse("2026-11-23"), office.workingDayOf(sh("2026-11-23T17:59:59.999999999")));
        assertEquals(LocalDate.parse("2026-11-24"), office.workingDayOf(sh("2026-11-23T18:00")));
        // after midnight inside Monday's night window: Monday
        assertEquals(LocalDate.parse("2026-11-23"), NIGHT.workingDayOf(sh("2026-11-24T01:59")));
    }

    @Test
    void endOfWorkingDay_closedDate_throwsNamingTheDate() {
        assertEquals(sh("2026-11-23T18:00"), SPLIT.endOfWorkingDay(LocalDate.parse("2026-11-23")));
        DateTimeException ex = assertThrows(DateTimeException.class, () -> SPLIT.endOfWorkingDay(LocalDate.parse("2026-11-22")));
        assertEquals("Date 2026-11-22 is not a working day of this calendar", ex.getMessage());
    }

    @Test
    void windowsOn_datedRules_replaceTheWeeklyHoursBeforeClosures() {
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00")
                .holiday(LocalDate.parse("2026-10-01")).workday(LocalDate.parse("2026-10-10"))
                .closed(LocalDate.parse("2026-12-24"), "13:00-18:00").build();
        assertEquals(List.of(), windowsOn(cal, LocalDate.parse("2026-10-01")));
        assertEquals(List.of(TimeWindow.parse("09:00-12:00"), TimeWindow.parse("13:30-18:00")), windowsOn(cal, LocalDate.parse("2026-10-10")));
        assertEquals(List.of(TimeWindow.parse("09:00-12:00"), TimeWindow.parse("13:30-18:00")), windowsOn(cal, LocalDate.parse("2026-12-24")));
        assertEquals(List.of(TimeWindow.parse("13:00-18:00")), cal.index.schedule.closuresOn(LocalDate.parse("2026-12-24")));
        assertEquals(List.of(), cal.index.schedule.closuresOn(LocalDate.parse("2026-12-23")));
        assertEquals(Optional.empty(), cal.holidayOn(LocalDate.parse("2026-10-01")), "only holiday sets name their days");
    }

    // ----- open intervals -----

    @Test
    void openIntervals_partDayClosure_cutsTheWindows() {
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00")
                .closed(LocalDate.parse("2026-11-23"), "11:00-14:00")
                .closed(LocalDate.parse("2026-11-24"), "13:00-18:00")
                .build();
        assertEquals(List.of(Interval.of(sh("2026-11-23T09:00"), sh("2026-11-23T11:00")),
                Interval.of(sh("2026-11-23T14:00"), sh("2026-11-23T18:00"))), cal.openIntervals(LocalDate.parse("2026-11-23")));
        assertEquals(List.of(Interval.of(sh("2026-11-24T09:00"), sh("2026-11-24T12:00"))), cal.openIntervals(LocalDate.parse("2026-11-24")));
        assertEquals(Duration.ofMinutes(30), cal.between(sh("2026-11-23T10:30"), sh("2026-11-23T14:00")));
    }

    @Test
    void openIntervals_abuttingWindows_areMerged() {
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, "08:00-12:00", "12:00-13:00", "22:00-02:00").build();
        assertEquals(List.of(TimeWindow.parse("08:00-13:00"), TimeWindow.parse("22:00-02:00")), cal.hours(MONDAY));
        assertEquals(List.of(Interval.of(sh("2026-11-23T08:00"), sh("2026-11-23T13:00")),
                Interval.of(sh("2026-11-23T22:00"), sh("2026-11-24T02:00"))), cal.openIntervals(LocalDate.parse("2026-11-23")));
        assertEquals(List.of(), cal.openIntervals(LocalDate.parse("2026-11-24")));
    }

    @Test
    void openIntervals_closureOnTheNextDate_cutsTheAfterMidnightPart() {
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "22:00-02:00")
                .closed(LocalDate.parse("2026-11-24"), "01:00-03:00").build();
        assertEquals(List.of(Interval.of(sh("2026-11-23T22:00"), sh("2026-11-24T01:00"))), cal.openIntervals(LocalDate.parse("2026-11-23")));
        assertEquals(List.of(Interval.of(sh("2026-11-24T22:00"), sh("2026-11-25T02:00"))), cal.openIntervals(LocalDate.parse("2026-11-24")));
    }

    @Test
    void hours_dayWindowAbuttingANightWindow_makesAFullDayNotAnEmptyWindow() {
        // 04:00-23:00 + 23:00-04:00 abut: 24 h of open time, not a window 04:00-04:00
        BusinessCalendar c = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, "04:00-23:00", "23:00-04:00").build();
        assertEquals(Duration.ofHours(24), c.between(sh("2026-11-23T00:00"), sh("2026-11-25T00:00")));
        // 06:00-23:00 + 23:00-07:00 (Tuesday closed) is 25 h, not 1 h
        BusinessCalendar d = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, "06:00-23:00", "23:00-07:00").build();
        assertEquals(Duration.ofHours(25), d.between(sh("2026-11-23T00:00"), sh("2026-11-25T00:00")));
    }

    // ----- coverage -----

    private static final LocalDateRange YEAR_2026 = LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));

    private static CalendarBuilder coveredSplit() {
        return BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00").coverage(YEAR_2026);
    }

    static Stream<Arguments> beyondCoverage() {
        return Stream.<Arguments>of(
                // a deadline running past the last covered date
                Arguments.of("plus", (Function<BusinessCalendar, Object>) c -> c.plus(sh("2026-12-31T17:00"), Duration.ofHours(2)), "2027-01-01"),
                // a start before the first covered date
                Arguments.of("plus before", (Function<BusinessCalendar, Object>) c -> c.plus(sh("2025-12-31T17:00"), Duration.ofHours(2)), "2025-12-31"),
                // minus reaching back before it
                Arguments.of("minus", (Function<BusinessCalendar, Object>) c -> c.minus(sh("2026-01-02T10:00"), Duration.ofHours(10)), "2025-12-31"),
                // between ending beyond it
                Arguments.of("between", (Function<BusinessCalendar, Object>) c -> c.between(sh("2026-12-31T10:00"), sh("2027-01-04T10:00")), "2027-01-04"),
                Arguments.of("isOpen", (Function<BusinessCalendar, Object>) c -> c.isOpen(sh("2027-01-04T10:00")), "2027-01-04"),
                Arguments.of("isOpen before", (Function<BusinessCalendar, Object>) c -> c.isOpen(sh("2025-12-31T10:00")), "2025-12-31"),
                // the next opening after New Year's Eve is not known
                Arguments.of("nextOpen", (Function<BusinessCalendar, Object>) c -> c.nextOpen(sh("2026-12-31T19:00")), "2027-01-01"),
                Arguments.of("endOfBusinessDay", (Function<BusinessCalendar, Object>) c -> c.endOfBusinessDay(sh("2026-12-31T19:00")), "2027-01-01"),
                Arguments.of("plusWorkingDays", (Function<BusinessCalendar, Object>) c -> c.plusWorkingDays(LocalDate.parse("2026-12-31"), 1), "2027-01-01"),
                Arguments.of("isWorkingDay", (Function<BusinessCalendar, Object>) c -> c.isWorkingDay(LocalDate.parse("2027-01-04")), "2027-01-04"),
                Arguments.of("openIntervals", (Function<BusinessCalendar, Object>) c -> c.openIntervals(LocalDate.parse("2025-12-01")), "2025-12-01"),
                // amounts of a century, counted chunk by chunk, stop at the coverage too
                Arguments.of("plus a century", (Function<BusinessCalendar, Object>) c -> c.plus(sh("2026-06-01T10:00"), Duration.ofDays(36_500 * 3)), "2027-01-01"),
                Arguments.of("minus a century", (Function<BusinessCalendar, Object>) c -> c.minus(sh("2026-06-01T10:00"), Duration.ofDays(36_500 * 3)), "2025-12-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beyondCoverage")
    void answer_beyondCoverage_throwsNamingDateAndRange(String name, Function<BusinessCalendar, Object> answer, String date) {
        BusinessCalendar covered = coveredSplit().build();
        CalendarCoverageException ex = assertThrows(CalendarCoverageException.class, () -> answer.apply(covered));
        assertEquals(LocalDate.parse(date), ex.date());
        assertEquals(YEAR_2026, ex.coverage());
        assertEquals("Date " + date + " is outside the calendar's holiday data, which covers 2026-01-01 to 2026-12-31:"
                + " add holiday data for that year, or build the calendar with extrapolate()", ex.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beyondCoverage")
    void answer_extrapolatingOrUnbounded_doesNotThrow(String name, Function<BusinessCalendar, Object> answer, String date) {
        BusinessCalendar extrapolating = coveredSplit().extrapolate().build();
        BusinessCalendar unbounded = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00").build();
        assertTrue(extrapolating.isExtrapolating());
        assertEquals(answer.apply(unbounded), answer.apply(extrapolating));
    }

    @Test
    void answer_insideCoverage_isGiven() {
        BusinessCalendar covered = coveredSplit().build();
        assertEquals(Optional.of(YEAR_2026), covered.coverage());
        assertEquals(sh("2026-12-31T18:00"), covered.plus(sh("2026-12-31T17:00"), Duration.ofHours(1)));
        assertEquals(sh("2026-12-31T18:00"), covered.nextClose(sh("2026-12-31T17:00")));
        assertEquals(Duration.ofMinutes(7 * 60 + 30), covered.between(sh("2026-12-31T00:00"), sh("2027-01-01T00:00")));
        assertEquals(sh("2026-01-01T09:00"), covered.minus(sh("2026-01-01T10:00"), Duration.ofHours(1)));
    }

    @Test
    void answer_exactlyAtTheEndsOfCoverage() {
        // open until 24:00 every day: the covered time ends at 2027-01-01T00:00 Shanghai time
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, SUNDAY, "12:00-24:00").coverage(YEAR_2026).build();
        Instant end = sh("2027-01-01T00:00");
        Instant lastHour = sh("2026-12-31T23:00");
        // a deadline exactly at the end is known; a nanosecond more is not
        assertEquals(end, cal.plus(lastHour, Duration.ofHours(1)));
        assertEquals(LocalDate.parse("2027-01-01"),
                assertThrows(CalendarCoverageException.class, () -> cal.plus(lastHour, Duration.ofHours(1).plusNanos(1))).date());
        assertEquals(Duration.ofHours(1), cal.between(lastHour, end));
        assertEquals(lastHour, cal.minus(end, Duration.ofHours(1)));
        assertEquals(LocalDate.parse("2027-01-01"), assertThrows(CalendarCoverageException.class, () -> cal.between(lastHour, end.plusNanos(1))).date());
        assertEquals(LocalDate.parse("2027-01-01"), assertThrows(CalendarCoverageException.class, () -> cal.plus(end, Duration.ofNanos(1))).date());
        // openness at the end itself depends on the next date; the nanosecond before does not
        assertTrue(cal.isOpen(end.minusNanos(1)));
        assertEquals(LocalDate.parse("2027-01-01"), assertThrows(CalendarCoverageException.class, () -> cal.isOpen(end)).date());
        // whether the stretch ending at the end goes on is not known
        assertEquals(LocalDate.parse("2027-01-01"), assertThrows(CalendarCoverageException.class, () -> cal.nextClose(lastHour)).date());
        assertEquals(sh("2026-12-31T00:00"), cal.nextClose(sh("2026-12-30T23:00")));
        // at the start: the window of 2025-12-31 ends at the first covered midnight, so nothing before it is asked
        Instant start = sh("2026-01-01T00:00");
        assertEquals(sh("2026-01-01T12:00"), cal.nextOpen(start));
        assertFalse(cal.isOpen(start));
        assertEquals(Duration.ofHours(1), cal.between(start, sh("2026-01-01T13:00")));
        assertEquals(sh("2026-01-01T12:00"), cal.minus(sh("2026-01-01T13:00"), Duration.ofHours(1)));
        assertEquals(LocalDate.parse("2025-12-31"),
                assertThrows(CalendarCoverageException.class, () -> cal.minus(sh("2026-01-01T13:00"), Duration.ofHours(1).plusNanos(1))).date());
        assertEquals(LocalDate.parse("2025-12-31"), assertThrows(CalendarCoverageException.class, () -> cal.isOpen(start.minusNanos(1))).date());
    }

    @Test
    void answer_unboundedCalendar_reachesAnyYear() {
        assertEquals(Duration.ofMinutes(7 * 60 + 30), SPLIT.between(sh("2300-01-01T00:00"), sh("2300-01-02T00:00")));
        assertTrue(SPLIT.isOpen(sh("1900-01-01T10:00")));
        assertEquals(Optional.empty(), SPLIT.coverage());
    }

    // ----- exhaustive small domains -----

    @Test
    void isOpenAndPlus_everyMinuteOfNationalDayWeek_agreeWithReference() {
        ReferenceCalendar ref = NATIONAL_DAY_DEF.toReference();
        Instant first = sh("2026-09-28T00:00");
        for (int minute = 0; minute < 7 * 1440; minute++) {
            Instant t = first.plusSeconds(minute * 60L);
            assertEquals(ref.isOpen(t), NATIONAL_DAY.isOpen(t), "isOpen at minute " + minute + ", " + t);
            assertEquals(ref.plus(t, Duration.ofMinutes(90)), NATIONAL_DAY.plus(t, Duration.ofMinutes(90)), "plus at minute " + minute + ", " + t);
        }
    }

    @Test
    void openIntervals_everyDayOfALeapYearInLondon_agreeWithReference() {
        CalendarDefinition def = CalendarDefinition.of(LONDON, Map.of(MONDAY, List.of("09:00-12:00", "13:30-18:00"),
                SATURDAY, List.of("22:00-01:30"), SUNDAY, List.of("02:00-04:00", "05:00-06:00")))
                .withHoliday(LocalDate.parse("2024-12-25")).withClosure(LocalDate.parse("2024-03-31"), "02:00-04:00")
                .withWorkday(LocalDate.parse("2024-10-26"), "01:00-03:00");
        BusinessCalendar cal = def.toCalendar();
        ReferenceCalendar ref = def.toReference();
        for (LocalDate d = LocalDate.parse("2024-01-01"); d.getYear() == 2024; d = d.plusDays(1)) {
            List<Interval> expected = new ArrayList<>();
            ref.openIntervals(d).forEach(s -> expected.add(Interval.of(s.start(), s.end())));
            assertEquals(expected, cal.openIntervals(d), "openIntervals on " + d);
            assertEquals(ref.isWorkingDay(d), cal.isWorkingDay(d), "isWorkingDay on " + d);
        }
    }

    // ----- thread safety -----

    @Test
    void plusAndBetween_manyThreadsOnFarApartDates_agreeWithOneThread() throws Exception {
        // each calendar builds its index lazily, chunk by chunk: one is shared by the threads, one is not
        BusinessCalendar shared = nationalDay(SPLIT_DEF).toCalendar();
        BusinessCalendar alone = nationalDay(SPLIT_DEF).toCalendar();
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            starts.add(Instant.parse("1950-01-01T00:00:00Z").plus(Duration.ofDays(i * 331L + i % 7)).plusSeconds(i * 4099L));
        }
        List<Object> expected = new ArrayList<>();
        for (Instant s : starts) {
            expected.add(List.of(alone.plus(s, Duration.ofHours(100)), alone.between(s, s.plus(Duration.ofDays(900)))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int offset = thread * 97;
                futures.add(pool.submit(() -> {
                    Object[] answers = new Object[starts.size()];
                    for (int k = 0; k < starts.size(); k++) {
                        int i = (k + offset) % starts.size();
                        Instant s = starts.get(i);
                        answers[i] = List.of(shared.plus(s, Duration.ofHours(100)), shared.between(s, s.plus(Duration.ofDays(900))));
                    }
                    return List.of(answers);
                }));
            }
            for (int thread = 0; thread < 4; thread++) {
                assertEquals(expected, futures.get(thread).get(), "thread " + thread);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ----- holiday sets -----

    private static HolidaySet nationalDaySet(String name, LocalDateRange covers) {
        return HolidaySet.builder("cn", name, covers)
                .daysOff(LocalDateRange.ofClosed(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-07")), "National Day", "国庆节")
                .workingDay(LocalDate.parse("2026-10-10"), "National Day", "国庆节")
                .build();
    }

    @Test
    void holidays_setWithMakeUpDay_answersLikeTheBuildersOwnDates() {
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(SATURDAY, "10:00-12:00", "13:30-18:00").holidays(nationalDaySet("2026", YEAR_2026)).build();
        assertEquals(Optional.of(YEAR_2026), cal.coverage());
        assertEquals(sh("2026-10-10T12:00"), cal.plus(sh("2026-10-09T17:00"), Duration.ofHours(4)));
        assertEquals(sh("2026-10-08T10:00"), cal.plus(sh("2026-09-30T17:00"), Duration.ofHours(2)));
        assertEquals("National Day", cal.holidayOn(LocalDate.parse("2026-10-03")).orElseThrow().name());
        assertThrows(CalendarCoverageException.class, () -> cal.plus(sh("2026-12-31T17:00"), Duration.ofHours(2)));
    }

    @Test
    void holidays_buildersOwnDates_winOverTheSet() {
        // a vendor that works on a public holiday says so; one that takes the make-up Saturday off likewise
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00")
                .holidays(nationalDaySet("2026", YEAR_2026))
                .workday(LocalDate.parse("2026-10-02"), "10:00-12:00")
                .holiday(LocalDate.parse("2026-10-10"))
                .build();
        assertEquals(List.of(Interval.of(sh("2026-10-02T10:00"), sh("2026-10-02T12:00"))), cal.openIntervals(LocalDate.parse("2026-10-02")));
        assertFalse(cal.isWorkingDay(LocalDate.parse("2026-10-01")));
        assertFalse(cal.isWorkingDay(LocalDate.parse("2026-10-10")));
        assertEquals(LocalDate.parse("2026-10-12"), cal.plusWorkingDays(LocalDate.parse("2026-10-09"), 1));
    }

    @Test
    void coverage_builderRange_narrowsTheSetsRange() {
        LocalDateRange wider = LocalDateRange.ofClosed(LocalDate.parse("2026-06-01"), LocalDate.parse("2027-06-30"));
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00")
                .holidays(nationalDaySet("2026", YEAR_2026)).coverage(wider).build();
        assertEquals(Optional.of(LocalDateRange.ofClosed(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-12-31"))), cal.coverage());
        CalendarCoverageException ex = assertThrows(CalendarCoverageException.class, () -> cal.isWorkingDay(LocalDate.parse("2026-05-29")));
        assertEquals(LocalDate.parse("2026-05-29"), ex.date());
    }

    @Test
    void holidays_twoSetsOfOneRegionDisagreeing_isAProblemUnlessOverride() {
        HolidaySet first = nationalDaySet("2026", YEAR_2026);
        HolidaySet second = HolidaySet.builder("cn", "2026 revised", YEAR_2026)
                .dayOff(LocalDate.parse("2026-10-10"), "National Day", "").build();
        InvalidCalendarException ex = assertThrows(InvalidCalendarException.class, () -> BusinessCalendar.builder(SHANGHAI)
                .hours(MONDAY, FRIDAY, "09:00-18:00").holidays(first).holidays(second).build());
        assertEquals(List.of(new Problem("holidays[1]", "Date 2026-10-10 is a working day in cn '2026' (2026-01-01 to 2026-12-31, 8 days)"
                + " but a day off in cn '2026 revised' (2026-01-01 to 2026-12-31, 1 day): add the later set as an override")), ex.problems());
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00")
                .holidays(first).holidays(second, HolidaySet.Merge.OVERRIDE).build();
        assertFalse(cal.isWorkingDay(LocalDate.parse("2026-10-10")));
        assertFalse(cal.isWorkingDay(LocalDate.parse("2026-10-01")));
    }

    @Test
    void isOverride_setsAddedEachWay_tellsWhichWereOverrides() {
        HolidaySet first = nationalDaySet("2026", YEAR_2026);
        HolidaySet second = HolidaySet.builder("cn", "2026 revised", YEAR_2026)
                .dayOff(LocalDate.parse("2026-10-10"), "National Day", "").build();
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00")
                .holidays(first).holidays(second, HolidaySet.Merge.OVERRIDE).build();
        assertFalse(cal.isOverride(first));
        assertTrue(cal.isOverride(second));
        assertFalse(cal.isOverride(nationalDaySet("other", YEAR_2026)), "not one of the calendar's sets");
        // a set added twice is an override if either addition was
        BusinessCalendar twice = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00")
                .holidays(first).holidays(second, HolidaySet.Merge.OVERRIDE).holidays(first, HolidaySet.Merge.OVERRIDE).build();
        assertTrue(twice.isOverride(first));
        assertThrows(NullPointerException.class, () -> cal.isOverride(null));
    }

    @Test
    void accessors_giveBackWhatTheBuilderWasGiven() {
        HolidaySet set = nationalDaySet("2026", YEAR_2026);
        LocalDateRange limit = LocalDateRange.ofClosed(LocalDate.parse("2026-06-01"), LocalDate.parse("2027-06-30"));
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00")
                .holiday(LocalDate.parse("2026-12-25"))
                .workday(LocalDate.parse("2026-12-26"))
                .workday(LocalDate.parse("2026-12-27"), "10:00-12:00")
                .closed(LocalDate.parse("2026-12-24"), "13:30-18:00")
                .holidays(set, HolidaySet.Merge.OVERRIDE)
                .coverage(limit)
                .build();
        assertEquals(SHANGHAI, cal.zone());
        assertEquals(List.of(TimeWindow.parse("09:00-12:00"), TimeWindow.parse("13:30-18:00")), cal.hours(DayOfWeek.TUESDAY));
        assertEquals(List.of(), cal.hours(SUNDAY));
        assertEquals(List.of(set), cal.holidaySets());
        assertTrue(cal.isOverride(set));
        assertEquals(Set.of(LocalDate.parse("2026-12-25")), cal.holidayDates());
        assertEquals(Map.of(LocalDate.parse("2026-12-26"), List.of(), LocalDate.parse("2026-12-27"), List.of(TimeWindow.parse("10:00-12:00"))),
                cal.openDates());
        assertEquals(Map.of(LocalDate.parse("2026-12-24"), List.of(TimeWindow.parse("13:30-18:00"))), cal.closedDates());
        assertEquals(Optional.of(limit), cal.coverageLimit());
        assertEquals(Optional.of(LocalDateRange.ofClosed(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-12-31"))), cal.coverage());
        assertFalse(cal.isExtrapolating());
        assertEquals(HolidaySet.Kind.WORKING, cal.holidayOn(LocalDate.parse("2026-10-10")).orElseThrow().kind());
        assertEquals(Optional.empty(), cal.holidayOn(LocalDate.parse("2026-10-09")));
        assertEquals("BusinessCalendar[Asia/Shanghai, Mon 09:00-12:00 13:30-18:00, Tue 09:00-12:00 13:30-18:00,"
                + " Wed 09:00-12:00 13:30-18:00, Thu 09:00-12:00 13:30-18:00, Fri 09:00-12:00 13:30-18:00,"
                + " covers 2026-06-01 to 2026-12-31]", cal.toString());
        // an unbounded calendar was given none of these
        assertEquals(List.of(), SPLIT.holidaySets());
        assertEquals(Optional.empty(), SPLIT.coverageLimit());
        assertEquals(Set.of(), SPLIT.holidayDates());
        assertEquals(Map.of(), SPLIT.openDates());
        assertEquals(Map.of(), SPLIT.closedDates());
    }

    @Test
    void isOpen_afterMidnightOfTheDayBeforeCoverage_throwsNamingThatDay() {
        // 2025-12-31 might be a holiday (closing its 22:00-02:00 window) or not: the set does not say
        HolidaySet set = nationalDaySet("2026", YEAR_2026);
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, SUNDAY, "22:00-02:00").holidays(set).build();
        for (Function<BusinessCalendar, Object> answer : List.<Function<BusinessCalendar, Object>>of(
                c -> c.isOpen(sh("2026-01-01T01:00")),
                c -> c.nextOpen(sh("2026-01-01T00:00")),
                c -> c.between(sh("2026-01-01T01:59"), sh("2026-01-01T23:00")),
                c -> c.plus(sh("2026-01-01T00:30"), Duration.ofHours(1)),
                c -> c.minus(sh("2026-01-01T23:00"), Duration.ofHours(2)))) {
            CalendarCoverageException ex = assertThrows(CalendarCoverageException.class, () -> answer.apply(cal));
            assertEquals(LocalDate.parse("2025-12-31"), ex.date());
        }
        assertFalse(cal.isOpen(sh("2026-01-01T02:00")));
        assertEquals(Duration.ofHours(1), cal.between(sh("2026-01-01T02:00"), sh("2026-01-01T23:00")));
        assertEquals(sh("2026-01-01T23:00"), cal.plus(sh("2026-01-01T02:00"), Duration.ofHours(1)));
        BusinessCalendar extrapolating = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, SUNDAY, "22:00-02:00").holidays(set).extrapolate().build();
        assertTrue(extrapolating.isOpen(sh("2026-01-01T01:00")));
    }

    /** The local windows of a date after holidays and extra working days, before closures. */
    private static List<TimeWindow> windowsOn(BusinessCalendar cal, LocalDate date) {
        cal.index.requireKnown(date);
        return List.of(cal.index.schedule.windowsOn(date));
    }
}
