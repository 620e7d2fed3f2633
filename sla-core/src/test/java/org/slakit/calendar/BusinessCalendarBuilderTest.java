package org.slakit.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/** The validation of {@link CalendarBuilder}: every problem, its path and its exact message. */
class BusinessCalendarBuilderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate OCT_1 = LocalDate.parse("2026-10-01");
    private static final LocalDate OCT_10 = LocalDate.parse("2026-10-10");

    private static final LocalDateRange YEAR_2026 = LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    private static final LocalDateRange YEAR_2027 = LocalDateRange.ofClosed(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31"));
    private static final LocalDateRange YEAR_2028 = LocalDateRange.ofClosed(LocalDate.parse("2028-01-01"), LocalDate.parse("2028-12-31"));

    private static HolidaySet.Builder set(String region, LocalDateRange covers) {
        return HolidaySet.builder(region, "x", covers);
    }

    private static CalendarBuilder office() {
        return BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00");
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                // a window that is not a window, reported at its day
                Arguments.of("bad text", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI).hours(MONDAY, "9-12"),
                        "hours.Mon", "Window '9-12' has the time '9', which is not HH:MM"),
                Arguments.of("out of range", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "25:00-26:00"),
                        "hours.Mon-Fri", "Window '25:00-26:00' has the time '25:00', which is out of range (00:00 to 23:59, or 24:00 as an end)"),
                // a window ending where it starts
                Arguments.of("empty", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI).hours(MONDAY, "09:00-09:00"),
                        "hours.Mon", "Window '09:00-09:00' ends where it starts: a window must not be empty"),
                Arguments.of("empty midnight", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI).hours(SUNDAY, "00:00-00:00"),
                        "hours.Sun", "Window '00:00-00:00' ends where it starts: a window must not be empty"),
                Arguments.of("24:00 start", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI).hours(MONDAY, "24:00-01:00"),
                        "hours.Mon", "Window '24:00-01:00' starts at 24:00, which may only end a window"),
                // overlapping windows of one day, and of a range
                Arguments.of("overlap", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI).hours(MONDAY, "09:00-12:00", "11:00-13:00"),
                        "hours.Mon", "Working hours must not overlap on Mon, was 09:00-12:00 and 11:00-13:00"),
                Arguments.of("overlap in range", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "13:00-18:00", "09:00-13:30"),
                        "hours.Mon-Fri", "Working hours must not overlap on Mon-Fri, was 09:00-13:30 and 13:00-18:00"),
                // an overnight window running into the next day's hours
                Arguments.of("overnight overlap", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI).hours(MONDAY, "22:00-03:00").hours(TUESDAY, "02:00-10:00"),
                        "hours.Mon", "Working hours must not overlap on Mon and Tue, was 22:00-03:00 and 02:00-10:00"),
                Arguments.of("overnight Sunday into Monday", (Supplier<CalendarBuilder>) () -> office().hours(SUNDAY, "20:00-09:30"),
                        "hours.Sun", "Working hours must not overlap on Sun and Mon, was 20:00-09:30 and 09:00-18:00"),
                // a day given twice
                Arguments.of("day twice", (Supplier<CalendarBuilder>) () -> office().hours(MONDAY, "10:00-12:00"),
                        "hours.Mon", "Hours for Mon are given twice, also at hours.Mon-Fri"),
                // a backward range
                Arguments.of("backward range", (Supplier<CalendarBuilder>) () -> office().hours(SATURDAY, MONDAY, "09:00-12:00"),
                        "hours.Sat-Mon", "Day range Sat-Mon must run forward within Mon..Sun"),
                // an unknown zone
                Arguments.of("unknown zone", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder("Asia/Shangai").hours(MONDAY, "09:00-18:00"),
                        "zone", "Zone 'Asia/Shangai' is not a known time-zone id (such as Asia/Shanghai or UTC)"),
                // no hours at all
                Arguments.of("no hours", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI).hours(MONDAY).holiday(OCT_1),
                        "hours", "A calendar needs at least one working window in its weekly hours, was none"),
                // a date both off and working, either way round
                Arguments.of("holiday then workday", (Supplier<CalendarBuilder>) () -> office().holiday(OCT_1).workday(OCT_1),
                        "open[0]", "Date 2026-10-01 is declared a working day and also a holiday at closed[0]"),
                Arguments.of("workday then holiday", (Supplier<CalendarBuilder>) () -> office().workday(OCT_1).holiday(OCT_1),
                        "closed[0]", "Date 2026-10-01 is declared a holiday and also a working day at open[0]"),
                // a part-day closure on a date this builder opens
                Arguments.of("closure on workday", (Supplier<CalendarBuilder>) () -> office().workday(OCT_10).closed(OCT_10, "13:00-18:00"),
                        "closed[0]", "Date 2026-10-10 has a part-day closure and is also declared a working day at open[0]: give the working day's hours instead"),
                Arguments.of("workday twice", (Supplier<CalendarBuilder>) () -> office().workday(OCT_10).workday(OCT_10, "10:00-12:00"),
                        "open[1]", "Date 2026-10-10 is declared a working day twice, also at open[0]"),
                // bad windows of dated entries carry their index
                Arguments.of("bad closure", (Supplier<CalendarBuilder>) () -> office().holiday(OCT_1).closed(OCT_10, "13:00"),
                        "closed[1]", "Window '13:00' must be two times joined by a hyphen, as in 09:00-12:00"),
                Arguments.of("overlapping workday hours", (Supplier<CalendarBuilder>) () -> office().workday(OCT_1).workday(OCT_10, "09:00-12:00", "11:00-13:00"),
                        "open[1]", "Working hours must not overlap on 2026-10-10, was 09:00-12:00 and 11:00-13:00"),
                // a make-up day with Monday's hours when Monday has none
                Arguments.of("no Monday", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI).hours(TUESDAY, "09:00-18:00").workday(OCT_10),
                        "open[0]", "Working day 2026-10-10 takes Monday's hours, but Monday has none: give its hours"),
                Arguments.of("no Monday for a set's make-up day", (Supplier<CalendarBuilder>) () -> BusinessCalendar.builder(SHANGHAI)
                        .hours(TUESDAY, "09:00-18:00").holidays(set("cn", YEAR_2026).workingDay(OCT_10, "National Day", "").build()),
                        "holidays", "Working day 2026-10-10 takes Monday's hours, but Monday has none: give Monday's hours"),
                // a closure first, then a working day on its date
                Arguments.of("workday on closure", (Supplier<CalendarBuilder>) () -> office().closed(OCT_10, "13:00-18:00").workday(OCT_10),
                        "open[0]", "Date 2026-10-10 is declared a working day and also has a part-day closure at closed[0]: give the working day's hours instead"),
                // sets of one region that do not meet, and regions with no date in common
                Arguments.of("region apart", (Supplier<CalendarBuilder>) () -> office().holidays(set("cn", YEAR_2026).build())
                        .holidays(set("cn", YEAR_2028).build()),
                        "holidays[1]", "Holiday set cn 'x' (2028-01-01 to 2028-12-31, 0 days) does not meet the other sets of region 'cn',"
                                + " which cover 2026-01-01 to 2026-12-31: the sets of one region must meet or overlap"),
                Arguments.of("regions apart", (Supplier<CalendarBuilder>) () -> office().holidays(set("cn", YEAR_2026).build())
                        .holidays(set("hk", YEAR_2028).build()),
                        "holidays", "Holiday sets cover no date in common: region 'hk' covers 2028-01-01 to 2028-12-31 and the others 2026-01-01 to 2026-12-31"),
                // the builder's coverage: empty, or apart from the sets'
                Arguments.of("empty coverage", (Supplier<CalendarBuilder>) () -> office().coverage(LocalDateRange.of(OCT_1, OCT_1)),
                        "coverage", "Coverage must hold at least one date, was 2026-10-01/2026-10-01"),
                Arguments.of("coverage apart", (Supplier<CalendarBuilder>) () -> office().holidays(set("cn", YEAR_2026).build()).coverage(YEAR_2028),
                        "coverage", "Coverage 2028-01-01 to 2028-12-31 does not meet the holiday data, which covers 2026-01-01 to 2026-12-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void build_invalid_throwsWithPathAndExactMessage(String name, Supplier<CalendarBuilder> builder, String path, String message) {
        InvalidCalendarException ex = assertThrows(InvalidCalendarException.class, () -> builder.get().build());
        assertEquals(List.of(new Problem(path, message)), ex.problems());
        assertEquals(path + ": " + message, ex.getMessage());
    }

    @Test
    void build_manyProblems_carriesThemAllInOrder() {
        CalendarBuilder b = BusinessCalendar.builder("Mars/Olympus")
                .hours(MONDAY, FRIDAY, "09:00-12:00", "11:00-13:00")
                .hours(MONDAY, "9-12")
                .holiday(OCT_1)
                .workday(OCT_1);
        InvalidCalendarException ex = assertThrows(InvalidCalendarException.class, b::build);
        assertEquals(List.of(
                new Problem("zone", "Zone 'Mars/Olympus' is not a known time-zone id (such as Asia/Shanghai or UTC)"),
                new Problem("hours.Mon-Fri", "Working hours must not overlap on Mon-Fri, was 09:00-12:00 and 11:00-13:00"),
                new Problem("hours.Mon", "Window '9-12' has the time '9', which is not HH:MM"),
                new Problem("hours.Mon", "Hours for Mon are given twice, also at hours.Mon-Fri"),
                new Problem("open[0]", "Date 2026-10-01 is declared a working day and also a holiday at closed[0]")), ex.problems());
        assertEquals("zone: Zone 'Mars/Olympus' is not a known time-zone id (such as Asia/Shanghai or UTC)", ex.getMessage());
    }

    @Test
    void problem_under_prefixesThePath() {
        assertEquals(new Problem("calendars.office.hours.Mon", "m"), new Problem("hours.Mon", "m").under("calendars.office"));
        assertEquals(new Problem("calendars.office[0]", "m"), new Problem("[0]", "m").under("calendars.office"));
        assertEquals("calendars.office: m", new Problem("", "m").under("calendars.office").toString());
        Problem p = new Problem("hours.Mon", "m");
        assertSame(p, p.under(""));
        assertEquals("m", new Problem("", "m").toString());
    }

    @Test
    void invalidCalendarException_carriesItsProblems_refusesNone() {
        List<Problem> two = List.of(new Problem("hours.Mon", "a"), new Problem("", "b"));
        InvalidCalendarException ex = new InvalidCalendarException(two);
        assertEquals(two, ex.problems());
        assertEquals("hours.Mon: a", ex.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> new InvalidCalendarException(List.of()));
        assertEquals("An InvalidCalendarException needs at least one problem", none.getMessage());
    }

    @Test
    void builder_nulls_throwNpeNamingParameter() {
        assertEquals("zone", assertThrows(NullPointerException.class, () -> BusinessCalendar.builder((ZoneId) null)).getMessage());
        assertEquals("zoneId", assertThrows(NullPointerException.class, () -> BusinessCalendar.builder((String) null)).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class, () -> office().holiday(null)).getMessage());
        assertEquals("windows", assertThrows(NullPointerException.class, () -> office().hours(SUNDAY, (String[]) null)).getMessage());
    }

    @Test
    void coverage_setsOfOneRegionThatMeet_unite_regionsIntersect() {
        BusinessCalendar abutting = office().holidays(set("cn", YEAR_2026).build()).holidays(set("cn", YEAR_2027).build()).build();
        assertEquals(Optional.of(LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"))), abutting.coverage());
        LocalDateRange fromJuly = LocalDateRange.ofClosed(LocalDate.parse("2026-07-01"), LocalDate.parse("2027-06-30"));
        BusinessCalendar regions = office().holidays(set("cn", YEAR_2026).build()).holidays(set("hk", fromJuly).build()).build();
        assertEquals(Optional.of(LocalDateRange.ofClosed(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-12-31"))), regions.coverage());
        // the empty set constrains nothing
        assertEquals(Optional.of(YEAR_2026), office().holidays(HolidaySet.none()).holidays(set("cn", YEAR_2026).build()).build().coverage());
    }

    @Test
    void holidays_setsMakeUpDayWithItsOwnHours_opensThoseHours() {
        LocalDate sat = LocalDate.parse("2026-10-10");
        BusinessCalendar cal = office().holidays(set("cn", YEAR_2026)
                .workingDay(sat, "National Day", "", List.of(TimeWindow.parse("10:00-12:00"))).build()).build();
        assertEquals(List.of(Interval.of(Instant.parse("2026-10-10T02:00:00Z"), Instant.parse("2026-10-10T04:00:00Z"))), cal.openIntervals(sat));
    }

    @Test
    void build_overnightWindowAbuttingNextDay_isValid() {
        BusinessCalendar cal = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, "22:00-09:00").hours(TUESDAY, "09:00-18:00").build();
        assertEquals(List.of(TimeWindow.parse("22:00-09:00")), cal.hours(MONDAY));
    }

    @Test
    void equals_sameDefinitionGivenDifferently() {
        BusinessCalendar a = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-12:00", "12:00-18:00").holiday(OCT_1).build();
        BusinessCalendar b = BusinessCalendar.builder("Asia/Shanghai").hours(MONDAY, FRIDAY, "09:00-18:00").holiday(OCT_1).build();
        BusinessCalendar c = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00").build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertEquals("BusinessCalendar[Asia/Shanghai, Mon 09:00-18:00, Tue 09:00-18:00, Wed 09:00-18:00, Thu 09:00-18:00, Fri 09:00-18:00]",
                c.toString());
    }

    @Test
    void equals_holidayWithAPartDayClosure_differsFromTheClosureAlone() {
        // Sunday's overnight window runs into the holiday Monday: the closure cuts it, the holiday closes Monday's own
        BusinessCalendar both = office().hours(SUNDAY, "22:00-02:00").holiday(OCT_1.plusDays(4)).closed(OCT_1.plusDays(4), "01:00-02:00").build();
        BusinessCalendar closureOnly = office().hours(SUNDAY, "22:00-02:00").closed(OCT_1.plusDays(4), "01:00-02:00").build();
        BusinessCalendar holidayOnly = office().hours(SUNDAY, "22:00-02:00").holiday(OCT_1.plusDays(4)).build();
        assertEquals(false, both.isWorkingDay(OCT_1.plusDays(4)));
        assertEquals(true, closureOnly.isWorkingDay(OCT_1.plusDays(4)));
        assertNotEquals(both, closureOnly);
        assertNotEquals(both, holidayOnly);
        assertNotEquals(holidayOnly, closureOnly);
        assertEquals(both, office().hours(SUNDAY, "22:00-02:00").closed(OCT_1.plusDays(4), "01:00-02:00").holiday(OCT_1.plusDays(4)).build());
    }

    @Test
    void equals_sameDefinitionWrittenDifferently_isEqual() {
        LocalDate d = LocalDate.parse("2026-12-24");
        // a closed day stated or left out; closures of one date given in either order
        BusinessCalendar a = office().hours(SATURDAY, SUNDAY).closed(d, "09:00-10:00").closed(d, "13:00-18:00").build();
        BusinessCalendar b = office().closed(d, "13:00-18:00").closed(d, "09:00-10:00").build();
        assertEquals(a.between(Instant.parse("2026-12-20T00:00:00Z"), Instant.parse("2026-12-27T00:00:00Z")),
                b.between(Instant.parse("2026-12-20T00:00:00Z"), Instant.parse("2026-12-27T00:00:00Z")));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }
}
