package org.slakit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.HolidaySet;
import org.slakit.calendar.TimeWindow;
import org.slakit.policy.SlaPolicy;
import org.threeten.extra.LocalDateRange;

/** The {@code calendars} section of a policy file, read and written. */
class CalendarYamlTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Spring Festival days off in 2025, and the Sunday worked to make up for them. */
    private static final String SPRING = String.join("\n",
            "slakit-holidays: 1",
            "region: cn",
            "name: Spring",
            "covers: {from: 2025-01-01, to: 2025-12-31}",
            "days-off:",
            "  - {from: 2025-01-28, to: 2025-02-04, name: Spring Festival}",
            "working-days:",
            "  - {date: 2025-01-26, name: Spring Festival}",
            "");

    /** A later correction: Sunday 2025-02-02 is worked after all, which only an override may say. */
    private static final String CORRECTION = String.join("\n",
            "slakit-holidays: 1",
            "region: cn",
            "name: Correction",
            "covers: {from: 2025-01-01, to: 2025-12-31}",
            "days-off: []",
            "working-days:",
            "  - {date: 2025-02-02, name: Make-up}",
            "");

    /**
     * A policy whose calendar {@code office} is given by the lines, each indented under it; the
     * first of them is line 5 of the file.
     */
    private static String policy(String... calendarLines) {
        List<String> lines = new ArrayList<>(List.of("slakit: 1", "zone: Asia/Shanghai", "calendars:", "  office:"));
        for (String line : calendarLines) {
            lines.add("    " + line);
        }
        lines.addAll(List.of("severities: [severe]", "categories: {bug: []}",
                "targets: [{name: fix, stops-on: resolved, within: 4h, calendar: office}]", ""));
        return String.join("\n", lines);
    }

    /** A policy whose calendar is open Mon-Fri 09:00-18:00 and has one more line, line 6 of the file. */
    private static String weekdays(String line) {
        return policy("hours: {Mon-Fri: 09:00-18:00}", line);
    }

    private static SlaPolicy read(String yaml, Path dir) {
        return PolicyYaml.read(new StringReader(yaml), "p.yaml", dir);
    }

    private static BusinessCalendar office(String yaml, Path dir) {
        return read(yaml, dir).calendars().get("office");
    }

    private static void writeHolidayFiles(Path dir) throws IOException {
        Files.writeString(dir.resolve("spring.yaml"), SPRING);
        Files.writeString(dir.resolve("correction.yaml"), CORRECTION);
    }

    private static List<TimeWindow> windows(String... texts) {
        List<TimeWindow> out = new ArrayList<>();
        for (String t : texts) {
            out.add(TimeWindow.parse(t));
        }
        return out;
    }

    private static String at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant().toString();
    }

    @Test
    void read_everyKeyOfACalendar_buildsTheCalendarJavaBuilds(@TempDir Path dir) throws IOException {
        writeHolidayFiles(dir);
        BusinessCalendar read = office(policy(
                "hours:",
                "  Mon-Fri: [09:00-12:00, 13:30-18:00]",
                "  Sat: 10:00-12:00",
                "holidays: [{file: spring.yaml}, {file: correction.yaml, override: true}]",
                "closed: [2025-05-01, 2025-12-24 13:30-18:00]",
                "open: [2025-05-11, {date: 2025-05-18, hours: [10:00-11:00, 14:00-15:00]}]",
                "coverage: {from: 2025-01-01, to: 2025-06-30}",
                "beyond-data: extrapolate"), dir);
        BusinessCalendar expected = BusinessCalendar.builder(SHANGHAI)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-12:00")
                .holidays(HolidayYaml.load(dir.resolve("spring.yaml")).withSource("spring.yaml"))
                .holidays(HolidayYaml.load(dir.resolve("correction.yaml")).withSource("correction.yaml"), HolidaySet.Merge.OVERRIDE)
                .holiday(LocalDate.of(2025, 5, 1))
                .closed(LocalDate.of(2025, 12, 24), "13:30-18:00")
                .workday(LocalDate.of(2025, 5, 11))
                .workday(LocalDate.of(2025, 5, 18), "10:00-11:00", "14:00-15:00")
                .coverage(LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)))
                .extrapolate()
                .build();
        assertEquals(expected, read);
        // what the calendar answers, day by day
        assertEquals(false, read.isWorkingDay(LocalDate.of(2025, 1, 28)), "Spring Festival");
        assertEquals(true, read.isWorkingDay(LocalDate.of(2025, 1, 26)), "the Sunday made up");
        assertEquals(true, read.isWorkingDay(LocalDate.of(2025, 2, 2)), "the correction overrides Spring Festival");
        assertEquals(true, read.isOverride(read.holidaySets().get(1)));
        assertEquals(false, read.isOverride(read.holidaySets().get(0)));
        assertEquals(false, read.isWorkingDay(LocalDate.of(2025, 5, 1)), "closed whole");
        assertEquals(List.of(at(LocalDate.of(2025, 12, 24), "09:00") + "/" + at(LocalDate.of(2025, 12, 24), "12:00")),
                read.openIntervals(LocalDate.of(2025, 12, 24)).stream().map(Object::toString).toList(), "closed in the afternoon");
        assertEquals(Map.of(LocalDate.of(2025, 5, 11), List.of(), LocalDate.of(2025, 5, 18), windows("10:00-11:00", "14:00-15:00")),
                read.openDates());
        assertEquals(2, read.openIntervals(LocalDate.of(2025, 5, 11)).size(), "a plain open date takes Monday's windows");
        assertEquals(LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)), read.coverageLimit().orElseThrow());
        assertEquals(true, read.isExtrapolating());
    }

    /** Without {@code override: true} (or with {@code override: false}) a set that contradicts an earlier one is a problem. */
    @Test
    void read_correctionWithoutOverride_isAProblem(@TempDir Path dir) throws IOException {
        writeHolidayFiles(dir);
        for (String override : List.of("", ", override: false")) {
            PolicyException e = assertThrows(PolicyException.class, () -> read(policy("hours: {Mon-Fri: 09:00-18:00}",
                    "holidays: [{file: spring.yaml}, {file: correction.yaml" + override + "}]"), dir));
            assertEquals(List.of("p.yaml:6:37: calendars.office.holidays[1]: Date 2025-02-02 is a day off in cn 'Spring'"
                    + " (2025-01-01 to 2025-12-31, 9 days) but a working day in cn 'Correction' (2025-01-01 to 2025-12-31, 1 day):"
                    + " add the later set as an override"), e.lines(), override);
        }
    }

    @Test
    void read_beyondDataError_isTheDefault(@TempDir Path dir) {
        BusinessCalendar plain = office(policy("hours: {Mon-Fri: 09:00-18:00}"), dir);
        BusinessCalendar error = office(weekdays("beyond-data: error"), dir);
        assertEquals(plain, error);
        assertEquals(false, error.isExtrapolating());
    }

    @Test
    void read_coverageOfOneDate_isAllowed(@TempDir Path dir) {
        BusinessCalendar one = office(weekdays("coverage: {from: 2025-03-03, to: 2025-03-03}"), dir);
        assertEquals(LocalDateRange.ofClosed(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3)), one.coverageLimit().orElseThrow());
    }

    static Stream<Arguments> badCalendars() {
        String unknownDay = ": use Mon, Tue, Wed, Thu, Fri, Sat or Sun, or a range such as Mon-Fri";
        return Stream.of(
                // the section is not a mapping of calendars
                Arguments.of(policy().replace("calendars:\n  office:\n", "calendars:\n"), List.of(
                        "p.yaml:3:11: calendars: Expected a mapping of calendar names to calendars, was nothing")),
                Arguments.of(policy().replace("calendars:\n  office:\n", "calendars: [office]\n"), List.of(
                        "p.yaml:3:12: calendars: Expected a mapping of calendar names to calendars, was a list")),
                // a calendar that is not a mapping is skipped, with the problem at it
                Arguments.of(policy().replace("  office:\n", "  office: 09:00-18:00\n"), List.of(
                        "p.yaml:4:11: calendars.office: Expected a mapping, was a single value")),
                // hours that are not a mapping of days
                Arguments.of(policy("hours: [09:00-18:00]"), List.of(
                        "p.yaml:5:12: calendars.office.hours: Expected a mapping of days to windows (Mon-Fri: 09:00-18:00), was a list")),
                Arguments.of(policy("hours:"), List.of(
                        "p.yaml:5:11: calendars.office.hours: Expected a mapping of days to windows (Mon-Fri: 09:00-18:00), was nothing")),
                // unknown days, alone or in a range
                Arguments.of(policy("hours: {Mon-Fro: 09:00-18:00, Mo: 09:00-12:00, Sun: 10:00-12:00}"), List.of(
                        "p.yaml:5:22: calendars.office.hours.Mon-Fro: Unknown day 'Mon-Fro'" + unknownDay,
                        "p.yaml:5:39: calendars.office.hours.Mo: Unknown day 'Mo'" + unknownDay)),
                Arguments.of(policy("hours: {Mon-: 09:00-18:00}"), List.of(
                        "p.yaml:5:19: calendars.office.hours.Mon-: Unknown day 'Mon-'" + unknownDay)),
                // a ready set that is not on the class path
                Arguments.of(weekdays("holidays: [cn]"), List.of(
                        "p.yaml:6:16: calendars.office.holidays[0]: Holiday set 'cn' is not available: add org.slakit:sla-calendars")),
                // a file reference without its file, with an override that is not a boolean, with an unknown key
                Arguments.of(weekdays("holidays: [{override: yes}]"), List.of(
                        "p.yaml:6:16: calendars.office.holidays[0]: Missing required key 'file' (or a feed's: ical, ical-json or holiday-cn)",
                        "p.yaml:6:27: calendars.office.holidays[0].override: override must be true or false, was 'yes'")),
                Arguments.of(weekdays("holidays: [{file: spring.yaml, overide: true}]"), List.of(
                        "p.yaml:6:36: calendars.office.holidays[0].overide: Unknown key 'overide', did you mean 'override'?")),
                // feeds: two files in one entry, a feed without its region, a holiday file given a feed's keys
                Arguments.of(weekdays("holidays: [{file: spring.yaml, ical: hk.ics}]"), List.of(
                        "p.yaml:6:16: calendars.office.holidays[0]: A holiday entry names one file, was file and ical")),
                Arguments.of(weekdays("holidays: [{ical: hk.ics}, {ical-json: en.json}]"), List.of(
                        "p.yaml:6:16: calendars.office.holidays[0]: A feed of the form 'ical' needs its region, such as region: hk:"
                                + " the file does not say which region it is for",
                        "p.yaml:6:32: calendars.office.holidays[1]: A feed of the form 'ical-json' needs its region, such as region: hk:"
                                + " the file does not say which region it is for")),
                Arguments.of(weekdays("holidays: [{file: spring.yaml, region: cn}]"), List.of(
                        "p.yaml:6:44: calendars.office.holidays[0].region: 'region' belongs to a feed (ical, ical-json, holiday-cn):"
                                + " a holiday file states its own")),
                Arguments.of(weekdays("holidays: [{holiday-cn: 2027.json, covers: {from: 2027-12-31, to: 2027-01-01}}]"), List.of(
                        "p.yaml:6:48: calendars.office.holidays[0].covers: Coverage must hold at least one date, was from 2027-12-31 to 2027-01-01")),
                // a calendar's own zone that is not one
                Arguments.of(policy("zone: Mars/Olympus", "hours: {Mon-Fri: 09:00-18:00}"), List.of(
                        "p.yaml:5:11: calendars.office.zone: Zone 'Mars/Olympus' is not a known time-zone id (such as Asia/Shanghai or UTC)")),
                // dates closed every year: not a month-day, given twice
                Arguments.of(weekdays("closed-every-year: [12-25, 02-30, 2027-01-01]"), List.of(
                        "p.yaml:6:32: calendars.office.closed-every-year[1]: '02-30' is not a month and day (MM-DD, such as 12-25)",
                        "p.yaml:6:39: calendars.office.closed-every-year[2]: '2027-01-01' is not a month and day (MM-DD, such as 12-25)")),
                Arguments.of(weekdays("closed-every-year: [12-25, 01-01, 12-25]"), List.of(
                        "p.yaml:6:39: calendars.office.closed-every-year[2]: 12-25 is closed every year twice, also at closed-every-year[0]")),
                // a closure with more than a date and a window
                Arguments.of(weekdays("closed: [2025-12-24 13:00 18:00]"), List.of(
                        "p.yaml:6:14: calendars.office.closed[0]: A closure is a date, or a date and a window (2026-12-24 13:00-18:00), "
                                + "was '2025-12-24 13:00 18:00'")),
                Arguments.of(weekdays("closed: [2025-13-01 13:00-18:00, 2025-12-31]"), List.of(
                        "p.yaml:6:14: calendars.office.closed[0]: '2025-13-01' is not a date (YYYY-MM-DD)")),
                // extra working dates: a bad date, an entry with an unknown key or without its date
                Arguments.of(weekdays("open: [2025-02-30]"), List.of(
                        "p.yaml:6:12: calendars.office.open[0]: '2025-02-30' is not a date (YYYY-MM-DD)")),
                Arguments.of(weekdays("open: [{date: 2025-05-18, hour: 10:00-12:00}, {hours: 10:00-12:00}]"), List.of(
                        "p.yaml:6:31: calendars.office.open[0].hour: Unknown key 'hour', did you mean 'hours'?",
                        "p.yaml:6:51: calendars.office.open[1]: Missing required key 'date'")),
                Arguments.of(weekdays("open: [{date: 2025-05-18, hours: 10:00-10:00}]"), List.of(
                        "p.yaml:6:12: calendars.office.open[0]: Window '10:00-10:00' ends where it starts: a window must not be empty")),
                // coverage: not a mapping, half a range, a range that ends before it starts
                Arguments.of(weekdays("coverage: [2025-01-01, 2025-12-31]"), List.of(
                        "p.yaml:6:15: calendars.office.coverage: Expected a mapping, was a list")),
                Arguments.of(weekdays("coverage: {from: 2025-01-01}"), List.of(
                        "p.yaml:6:15: calendars.office.coverage: Missing required key 'to'")),
                Arguments.of(weekdays("coverage: {to: 2025-01-01}"), List.of(
                        "p.yaml:6:15: calendars.office.coverage: Missing required key 'from'")),
                Arguments.of(weekdays("coverage: {from: 2025-12-31, to: 2025-12-30}"), List.of(
                        "p.yaml:6:15: calendars.office.coverage: Coverage must hold at least one date, was from 2025-12-31 to 2025-12-30")),
                // beyond-data names one of two modes
                Arguments.of(weekdays("beyond-data: guess"), List.of(
                        "p.yaml:6:18: calendars.office.beyond-data: beyond-data must be 'error' or 'extrapolate', was 'guess'")),
                // hours are required
                Arguments.of(policy("closed: [2025-12-24]"), List.of(
                        "p.yaml:5:5: calendars.office: Missing required key 'hours'")));
    }

    @ParameterizedTest
    @MethodSource("badCalendars")
    void read_badCalendar_namesLineColumnPathAndRule(String yaml, List<String> expected, @TempDir Path dir) throws IOException {
        writeHolidayFiles(dir);
        PolicyException e = assertThrows(PolicyException.class, () -> read(yaml, dir));
        assertEquals(expected, e.lines());
    }

    @Test
    void read_holidayFileMissingOrBroken_namesTheFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), SPRING.replace("region: cn", "region: [cn]"));
        PolicyException e = assertThrows(PolicyException.class, () -> read(policy("hours: {Mon-Fri: 09:00-18:00}",
                "holidays: [{file: absent.yaml}, {file: broken.yaml}]"), dir));
        assertEquals(List.of(
                "p.yaml:6:16: calendars.office.holidays[0]: Holiday file 'absent.yaml' cannot be read (looked for "
                        + dir.resolve("absent.yaml").toAbsolutePath().normalize() + ")",
                "p.yaml:6:37: calendars.office.holidays[1]: Holiday file 'broken.yaml' has problems: "
                        + dir.resolve("broken.yaml") + ":2:9: region: Expected a single value, was a list"), e.lines());
    }

    @Test
    void read_closedEveryYear_closesTheDatesEveryYearAndIsWrittenBack(@TempDir Path dir) {
        SlaPolicy policy = read(policy("hours: {Mon-Sun: 09:00-18:00}", "closed-every-year: [12-25, '01-01']",
                "coverage: {from: 2025-01-01, to: 2027-12-31}"), dir);
        BusinessCalendar cal = policy.calendar("office").orElseThrow();
        assertEquals(List.of(java.time.MonthDay.of(1, 1), java.time.MonthDay.of(12, 25)), cal.closedEveryYear());
        assertEquals(false, cal.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertEquals(false, cal.isWorkingDay(LocalDate.of(2026, 12, 25)));
        assertEquals(List.of("01-01", "12-25"), CalendarYaml.write(cal).get("closed-every-year"));
        assertEquals(policy, PolicyYaml.read(new StringReader(PolicyYaml.write(policy)), "p.yaml", dir));
    }

    @Test
    void read_calendarsOwnZone_isItsZoneAndWrittenBack_othersTakeThePolicys(@TempDir Path dir) {
        String yaml = policy("zone: Europe/London", "hours: {Mon-Fri: 09:00-17:00}").replace("severities:",
                "  home:\n    hours: {Mon-Fri: 09:00-18:00}\nseverities:");
        SlaPolicy policy = read(yaml, dir);
        assertEquals(ZoneId.of("Europe/London"), policy.calendar("office").orElseThrow().zone());
        assertEquals(SHANGHAI, policy.calendar("home").orElseThrow().zone());
        assertEquals("Europe/London", CalendarYaml.write(policy.calendar("office").orElseThrow(), SHANGHAI).get("zone"));
        assertEquals(null, CalendarYaml.write(policy.calendar("home").orElseThrow(), SHANGHAI).get("zone"));
        assertEquals(policy, PolicyYaml.read(new StringReader(PolicyYaml.write(policy)), "p.yaml", dir));
    }

    @Test
    void read_feedWithoutSlaCalendars_namesTheDependency(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hk.ics"), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        PolicyException e = assertThrows(PolicyException.class, () -> read(weekdays("holidays: [{ical: hk.ics, region: hk}, {ical: absent.ics, region: hk}]"), dir));
        assertEquals(List.of(
                "p.yaml:6:16: calendars.office.holidays[0]: Holiday feeds of the form 'ical' are not available: add org.slakit:sla-calendars",
                "p.yaml:6:44: calendars.office.holidays[1]: Holiday feed 'absent.ics' cannot be read (looked for "
                        + dir.resolve("absent.ics").toAbsolutePath().normalize() + ")"), e.lines());
    }

    @Test
    void write_everyKeyOfACalendar_inTheOrderOfTheFormat(@TempDir Path dir) throws IOException {
        writeHolidayFiles(dir);
        BusinessCalendar calendar = office(policy(
                "beyond-data: extrapolate",
                "coverage: {from: 2025-01-01, to: 2025-06-30}",
                "open: [2025-05-11, {date: 2025-05-18, hours: [10:00-11:00, 14:00-15:00]}]",
                "closed: [2025-12-24 13:30-18:00, 2025-05-01]",
                "holidays: [{file: spring.yaml}, {file: correction.yaml, override: true}]",
                "hours: {Mon-Fri: [09:00-12:00, 13:30-18:00], Sat: 10:00-12:00}"), dir);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("hours", Map.of("Mon-Fri", List.of("09:00-12:00", "13:30-18:00"), "Sat", "10:00-12:00"));
        expected.put("holidays", List.of(Map.of("file", "spring.yaml"), Map.of("file", "correction.yaml", "override", true)));
        expected.put("closed", List.of("2025-05-01", "2025-12-24 13:30-18:00"));
        expected.put("open", List.of("2025-05-11", Map.of("date", "2025-05-18", "hours", List.of("10:00-11:00", "14:00-15:00"))));
        expected.put("coverage", Map.of("from", "2025-01-01", "to", "2025-06-30"));
        expected.put("beyond-data", "extrapolate");
        Map<String, Object> written = CalendarYaml.write(calendar);
        assertEquals(expected, written);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(written.keySet()));
        SlaPolicy policy = read(policy("hours: {Mon-Fri: 09:00-18:00}",
                "holidays: [{file: spring.yaml}, {file: correction.yaml, override: true}]", "closed: [2025-05-01]"), dir);
        assertEquals(policy, PolicyYaml.read(new StringReader(PolicyYaml.write(policy)), "written.yaml", dir));
    }

    @Test
    void write_plainCalendar_writesOnlyItsHours(@TempDir Path dir) {
        assertEquals(Map.of("hours", Map.of("Mon-Fri", "09:00-18:00")), CalendarYaml.write(office(policy("hours: {Mon-Fri: 09:00-18:00}"), dir)));
    }

    @Test
    void write_partDayClosuresOnly_areWrittenUnderClosed(@TempDir Path dir) {
        BusinessCalendar calendar = office(weekdays("closed: [2025-12-24 13:00-18:00, 2025-12-31 09:00-10:00]"), dir);
        assertEquals(List.of("2025-12-24 13:00-18:00", "2025-12-31 09:00-10:00"), CalendarYaml.write(calendar).get("closed"));
    }

    static Stream<Arguments> weeks() {
        return Stream.of(
                // one run of the whole week
                Arguments.of("{Mon-Sun: 09:00-18:00}", Map.of("Mon-Sun", "09:00-18:00")),
                // a run at the end of the week, and single days between runs
                Arguments.of("{Mon: 09:00-18:00, Tue: 09:00-12:00, Wed: 09:00-18:00, Sat-Sun: 10:00-12:00}",
                        Map.of("Mon", "09:00-18:00", "Tue", "09:00-12:00", "Wed", "09:00-18:00", "Sat-Sun", "10:00-12:00")),
                // a single day at the start and at the end, the days given out of order
                Arguments.of("{Sun: 10:00-12:00, Tue-Fri: 09:00-18:00, Mon: 08:00-18:00}",
                        Map.of("Mon", "08:00-18:00", "Tue-Fri", "09:00-18:00", "Sun", "10:00-12:00")));
    }

    /** A run of days with the same windows is written as one range; closed days are left out. */
    @ParameterizedTest
    @MethodSource("weeks")
    void write_hours_writeEachRunOfDaysAsOneRange(String hours, Map<String, Object> expected, @TempDir Path dir) {
        assertEquals(expected, CalendarYaml.write(office(policy("hours: " + hours), dir)).get("hours"));
    }

    @Test
    void write_holidaySetBuiltInCode_isRefusedNamingIt() {
        HolidaySet set = HolidaySet.builder("cn", "Built", LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .dayOff(LocalDate.of(2025, 10, 1), "National Day", "")
                .build();
        BusinessCalendar calendar = BusinessCalendar.builder(SHANGHAI).hours(DayOfWeek.MONDAY, "09:00-18:00").holidays(set).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CalendarYaml.write(calendar));
        assertEquals("Holiday set " + set + " was built in code and has no id or file to write", e.getMessage());
    }
}
