package org.slakit.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.calendar.HolidaySet;
import org.slakit.config.HolidayFeedReader;
import org.slakit.config.PolicyException;
import org.threeten.extra.LocalDateRange;

/** Each rule of the feed readers, and the exact message of every feed they refuse. */
class FeedReadersTest {

    private static final String HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    private static final String TAIL = "END:VCALENDAR\r\n";

    private static String event(String... lines) {
        return "BEGIN:VEVENT\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
    }

    private static HolidaySet ics(String text) {
        return HolidaySets.fromICalendar(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "hk", "t.ics");
    }

    private static List<String> problemsOf(String text) {
        return assertThrows(PolicyException.class, () -> ics(text)).lines();
    }

    static Stream<Arguments> badCalendars() {
        return Stream.of(
            // a time of day
            Arguments.of(HEAD + event("SUMMARY:Half day", "DTSTART:20271224T130000", "DTEND:20271224T180000") + TAIL,
                    List.of("t.ics:5:1: Event 'Half day' has DTSTART 20271224T130000, a time of day: a holiday set holds whole days"
                            + " (DTSTART;VALUE=DATE:YYYYMMDD); close part of a day with closed: in the policy")),
            // a recurrence
            Arguments.of(HEAD + event("SUMMARY:Christmas Day", "DTSTART;VALUE=DATE:20271225", "RRULE:FREQ=YEARLY") + TAIL,
                    List.of("t.ics:6:1: Event 'Christmas Day' recurs (RRULE:FREQ=YEARLY), which a holiday set cannot say:"
                            + " list each year's date as its own event, as official feeds do")),
            // an end before the start
            Arguments.of(HEAD + event("SUMMARY:Oops", "DTSTART;VALUE=DATE:20270102", "DTEND;VALUE=DATE:20270102") + TAIL,
                    List.of("t.ics:6:1: Event 'Oops' ends (DTEND 20270102) on or before it starts (DTSTART 20270102):"
                            + " DTEND is the day after the last day off")),
            // not a date
            Arguments.of(HEAD + event("SUMMARY:X", "DTSTART;VALUE=DATE:20270230") + TAIL,
                    List.of("t.ics:5:1: Event 'X' has DTSTART '20270230', which is not a date YYYYMMDD")),
            // a duration of hours
            Arguments.of(HEAD + event("SUMMARY:X", "DTSTART;VALUE=DATE:20270105", "DURATION:PT4H") + TAIL,
                    List.of("t.ics:6:1: Event 'X' lasts PT4H: an all-day event lasts whole days (P1D, P3D, P1W)")),
            // no start
            Arguments.of(HEAD + event("SUMMARY:X") + TAIL, List.of("t.ics:3:1: Event 'X' has no DTSTART")),
            // a date given twice
            Arguments.of(HEAD + event("SUMMARY:A", "DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20270103")
                    + event("SUMMARY:B", "DTSTART;VALUE=DATE:20270102") + TAIL,
                    List.of("t.ics:8:1: Date 2027-01-02 is given twice: by 'B' and by 'A' at line 3")),
            // a make-up working day on a weekday
            Arguments.of(HEAD + event("SUMMARY:上班", "DTSTART;VALUE=DATE:20270104") + TAIL,
                    List.of("t.ics:3:1: '上班': Working day 2027-01-04 is a Monday: an extra working day must fall on a Saturday or Sunday")),
            // cut short
            Arguments.of(HEAD + "BEGIN:VEVENT\r\nSUMMARY:X\r\n", List.of("t.ics:4:1: The file ends inside BEGIN:VEVENT: it is cut short")),
            // not iCalendar
            Arguments.of("date,name\n2027-01-01,New Year\n", List.of("t.ics:1:1: Line 'date,name' is not an iCalendar content line NAME:value",
                    "t.ics:2:1: Line '2027-01-01,New Year' is not an iCalendar content line NAME:value",
                    "t.ics:1:1: The file holds no BEGIN:VCALENDAR: it is not an iCalendar file")),
            // an END that closes nothing open
            Arguments.of(HEAD + "END:VEVENT\r\n" + TAIL, List.of("t.ics:3:1: END:VEVENT does not close BEGIN:VCALENDAR")),
            // nothing in it
            Arguments.of(HEAD + TAIL, List.of("t.ics:1:1: The feed holds no holidays, so the years it covers are unknown:"
                    + " state them with covers: {from: …, to: …}")));
    }

    @ParameterizedTest
    @MethodSource("badCalendars")
    void fromICalendar_badFeed_namesLineAndRule(String text, List<String> expected) {
        assertEquals(expected, problemsOf(text));
    }

    @Test
    void fromICalendar_notUtf8_isAProblem() {
        byte[] gbk = {'B', 'E', 'G', 'I', 'N', ':', (byte) 0xC9, (byte) 0xCF};
        PolicyException e = assertThrows(PolicyException.class,
                () -> HolidaySets.fromICalendar(new ByteArrayInputStream(gbk), "cn", "t.ics"));
        assertEquals(List.of("t.ics:1:1: The feed is not UTF-8 text: save it as UTF-8 and read it again"), e.lines());
    }

    @Test
    void fromICalendar_foldedLinesEscapesAndSkippedParts_readAsTheStandardSays() {
        HolidaySet set = ics(HEAD + "X-WR-CALNAME:ignored\r\nBEGIN:VTIMEZONE\r\nTZID:Asia/Hong_Kong\r\nBEGIN:STANDARD\r\n"
                + "DTSTART:19700101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                + event("SUMMARY:The day following\r\n  Christmas Day\\, observed", "DTSTART;VALUE=DATE:20271227",
                        "BEGIN:VALARM", "TRIGGER:-PT15M", "END:VALARM")
                + event("SUMMARY:Cancelled", "STATUS:CANCELLED", "DTSTART;VALUE=DATE:20271228")
                + event("SUMMARY;LANGUAGE=\"en:x\":Three days", "DTSTART;VALUE=DATE:20270210", "DURATION:P3D")
                + event("SUMMARY:上班(补春节假期)", "DTSTART;VALUE=DATE:20270206") + TAIL);
        assertEquals("The day following Christmas Day, observed", set.day(LocalDate.of(2027, 12, 27)).orElseThrow().name());
        assertEquals(Optional.empty(), set.day(LocalDate.of(2027, 12, 28)), "a cancelled event is not a holiday");
        assertEquals(List.of("2027-02-06 WORKING", "2027-02-10 OFF", "2027-02-11 OFF", "2027-02-12 OFF", "2027-12-27 OFF"),
                set.days().stream().map(d -> d.date() + " " + d.kind()).toList());
        assertEquals("t.ics", set.name());
        assertEquals(Optional.of(LocalDateRange.ofClosed(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))), set.coverage());
    }

    @Test
    void fromICalendar_eventsOverTwoYears_coverBothWholeYears() {
        HolidaySet set = ics(HEAD + event("SUMMARY:A", "DTSTART;VALUE=DATE:20271231", "DTEND;VALUE=DATE:20280102") + TAIL);
        assertEquals(Optional.of(LocalDateRange.ofClosed(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31))), set.coverage());
    }

    @Test
    void read_declaredCoverage_isKeptAndEnforced() {
        byte[] text = (HEAD + event("SUMMARY:A", "DTSTART;VALUE=DATE:20270105") + TAIL).getBytes(StandardCharsets.UTF_8);
        LocalDateRange jan = LocalDateRange.ofClosed(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));
        HolidaySet set = FeedReaders.read("ical", text, "t.ics", new HolidayFeedReader.Options(Optional.of("hk"), Optional.empty(), Optional.of(jan)));
        assertEquals(Optional.of(jan), set.coverage());
        LocalDateRange feb = LocalDateRange.ofClosed(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28));
        PolicyException e = assertThrows(PolicyException.class, () -> FeedReaders.read("ical", text, "t.ics",
                new HolidayFeedReader.Options(Optional.of("hk"), Optional.empty(), Optional.of(feb))));
        assertEquals(List.of("t.ics:3:1: 'A': Date 2027-01-05 is outside the set's coverage 2027-02-01 to 2027-02-28"), e.lines());
    }

    static Stream<Arguments> badJson() {
        return Stream.of(
            Arguments.of("holiday-cn", "{\"year\": 2027, \"days\": [{\"name\": \"元旦\", \"date\": \"2027-01-32\", \"isOffDay\": true}]}",
                    List.of("t.json:1:48: days[0].date: date must be a date YYYY-MM-DD, was '2027-01-32'")),
            Arguments.of("holiday-cn", "{\"year\": 2027, \"days\": [\n {\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": \"yes\"}]}",
                    List.of("t.json:2:51: days[0].isOffDay: isOffDay must be true (a day off) or false (a make-up working day), was 'yes'")),
            Arguments.of("holiday-cn", "{\"days\": []}", List.of("t.json:1:1: Missing required key 'year'")),
            Arguments.of("holiday-cn", "{\"year\": 2027, \"year\": 2028, \"days\": []}",
                    List.of("t.json:1:22: The file is not valid JSON: Duplicate field 'year'")),
            Arguments.of("holiday-cn", "[1, 2]", List.of("t.json:1:1: A holiday-cn file is a JSON object {year, days}, was an array")),
            Arguments.of("ical-json", "{\"vcalendar\": [{\"vevent\": [{\"summary\": \"X\", \"dtstart\": [\"20270101T090000\", {\"value\": \"DATE-TIME\"}]}]}]}",
                    List.of("t.json:1:56: vcalendar[0].vevent[0].dtstart: Event 'X' has vcalendar[0].vevent[0].dtstart of value DATE-TIME:"
                            + " a holiday set holds whole days (value DATE)")),
            Arguments.of("ical-json", "{\"vcalendar\": [{\"vevent\": [{\"summary\": \"X\", \"dtstart\": \"20270101\", \"rrule\": {\"freq\": \"YEARLY\"}}]}]}",
                    List.of("t.json:1:77: vcalendar[0].vevent[0].rrule: Event 'X' recurs (rrule), which a holiday set cannot say:"
                            + " list each year's date as its own event, as official feeds do")),
            Arguments.of("ical-json", "{\"vcalendar\": []}", List.of("t.json:1:1: vcalendar: vcalendar must hold one calendar, held 0")));
    }

    @ParameterizedTest
    @MethodSource("badJson")
    void read_badJsonFeed_namesLineAndRule(String format, String text, List<String> expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> FeedReaders.read(format, text.getBytes(StandardCharsets.UTF_8),
                "t.json", new HolidayFeedReader.Options(Optional.of("cn"), Optional.empty(), Optional.empty())));
        assertEquals(expected, e.lines());
    }

    @Test
    void read_iCalendarWithoutRegion_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedReaders.read("ical", new byte[0], "t.ics",
                HolidayFeedReader.Options.NONE));
        assertEquals("A feed of the form 'ical' needs a region, such as region: hk: the file does not say which region it is for", e.getMessage());
    }

    @Test
    void fromHolidayCn_makeUpDay_takesMondaysWindows(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("2027.json"), "{\"year\": 2027, \"days\": [{\"name\": \"春节\", \"date\": \"2027-02-07\", \"isOffDay\": false}]}");
        HolidaySet.Day day = HolidaySets.fromHolidayCn(file).day(LocalDate.of(2027, 2, 7)).orElseThrow();
        assertEquals(new HolidaySet.Day(LocalDate.of(2027, 2, 7), HolidaySet.Kind.WORKING, "春节", "", List.of()), day);
        assertEquals(Optional.of("holiday-cn:" + file), HolidaySets.fromHolidayCn(file).source());
    }

    @Test
    void fromICalendar_nulls_areRejected() {
        Path p = Path.of("x.ics");
        assertThrows(NullPointerException.class, () -> HolidaySets.fromICalendar((Path) null, "hk", "n"));
        assertThrows(NullPointerException.class, () -> HolidaySets.fromICalendar(p, null, "n"));
        assertThrows(NullPointerException.class, () -> HolidaySets.fromICalendar(p, "hk", null));
        assertThrows(NullPointerException.class, () -> HolidaySets.fromICalendarJson(null, "hk", "n"));
        assertThrows(NullPointerException.class, () -> HolidaySets.fromHolidayCn(null));
    }
}
