package org.slakit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.calendar.HolidaySet;
import org.slakit.calendar.TimeWindow;
import org.threeten.extra.LocalDateRange;

class HolidayYamlTest {

    private static final Charset GBK = Charset.forName("GBK");

    /** The documented example, line by line; tests replace single lines to break it. */
    private static final List<String> GOOD = List.of(
            "slakit-holidays: 1",                                                              // 1
            "region: cn",                                                                      // 2
            "name: Test holidays",                                                             // 3
            "covers: {from: 2025-01-01, to: 2025-12-31}",                                      // 4
            "days-off:",                                                                       // 5
            "  - {date: 2025-01-28, name: Spring Festival, name-zh: 春节}",                    // 6
            "  - {from: 2025-01-29, to: 2025-02-04, name: Spring Festival, name-zh: 春节}",    // 7
            "working-days:   # make-up working days",                                          // 8
            "  - {date: 2025-01-26, name: Spring Festival, name-zh: 春节}",                    // 9
            "  - {date: 2025-02-08, name: Spring Festival, hours: [10:00-12:00, 13:00-16:00]}"); // 10

    private static String with(int line, String text) {
        String[] lines = GOOD.toArray(new String[0]);
        lines[line - 1] = text;
        return String.join("\n", lines) + "\n";
    }

    private static HolidaySet read(String text) {
        return HolidayYaml.read(new StringReader(text), "t.yaml");
    }

    private static PolicyException failure(String text) {
        return assertThrows(PolicyException.class, () -> read(text));
    }

    @Test
    void read_documentedFormat_buildsTheSameSetAsJava() {
        HolidaySet expected = HolidaySet.builder("cn", "Test holidays", LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .dayOff(LocalDate.of(2025, 1, 28), "Spring Festival", "春节")
                .daysOff(LocalDateRange.ofClosed(LocalDate.of(2025, 1, 29), LocalDate.of(2025, 2, 4)), "Spring Festival", "春节")
                .workingDay(LocalDate.of(2025, 1, 26), "Spring Festival", "春节")
                .workingDay(LocalDate.of(2025, 2, 8), "Spring Festival", "",
                        List.of(TimeWindow.of(LocalTime.of(10, 0), LocalTime.of(12, 0)), TimeWindow.of(LocalTime.of(13, 0), LocalTime.of(16, 0))))
                .build();
        HolidaySet read = read(String.join("\n", GOOD));
        assertEquals(expected, read);
        assertEquals(10, read.days().size());
    }

    @Test
    void read_noWorkingDaysAndSingleHoursText_accepted() {
        String text = "slakit-holidays: 1\nregion: hk\nname: HK\ncovers: {from: 2026-01-01, to: 2026-12-31}\n"
                + "days-off:\n  - {date: 2026-12-26, name: The first weekday after Christmas Day}\n";
        HolidaySet set = read(text);
        assertEquals("hk", set.region());
        assertEquals("", set.day(LocalDate.of(2026, 12, 26)).orElseThrow().nameZh());
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                // a bad date: February has no 30th
                Arguments.of(with(6, "  - {date: 2025-02-30, name: Spring Festival}"),
                        "t.yaml:6:12: days-off[0].date: '2025-02-30' is not a date (YYYY-MM-DD)"),
                // a date not in ISO form
                Arguments.of(with(9, "  - {date: 26.01.2025, name: Spring Festival}"),
                        "t.yaml:9:12: working-days[0].date: '26.01.2025' is not a date (YYYY-MM-DD)"),
                // an unknown key close to a known one
                Arguments.of(with(6, "  - {date: 2025-01-28, name: Spring Festival, name_zh: 春节}"),
                        "t.yaml:6:47: days-off[0].name_zh: Unknown key 'name_zh', did you mean 'name-zh'?"),
                // an unknown key at the top, close to days-off
                Arguments.of(with(5, "day-off:"),
                        "t.yaml:5:1: day-off: Unknown key 'day-off', did you mean 'days-off'?"),
                // an unknown key with nothing close
                Arguments.of(with(9, "  - {date: 2025-01-26, name: Spring Festival, colour: red}"),
                        "t.yaml:9:47: working-days[0].colour: Unknown key 'colour', expected one of date, hours, name, name-zh"),
                // a day listed twice: the range starts on the day of the entry before
                Arguments.of(with(7, "  - {from: 2025-01-28, to: 2025-02-04, name: Spring Festival}"),
                        "t.yaml:7:5: days-off[1]: Date 2025-01-28 is listed twice, also at days-off[0]"),
                // a day both off and working
                Arguments.of(with(9, "  - {date: 2025-02-01, name: Spring Festival}"),
                        "t.yaml:9:5: working-days[0]: Date 2025-02-01 is listed twice, also at days-off[1]"),
                // a make-up day on a weekday
                Arguments.of(with(9, "  - {date: 2025-01-27, name: Spring Festival}"),
                        "t.yaml:9:5: working-days[0]: Working day 2025-01-27 is a Monday: an extra working day must fall on a Saturday or Sunday"),
                // an empty coverage: it ends before it starts
                Arguments.of(with(4, "covers: {from: 2025-12-31, to: 2025-01-01}"),
                        "t.yaml:4:9: covers: Coverage must hold at least one date, was from 2025-12-31 to 2025-01-01"),
                // an empty range of days off
                Arguments.of(with(7, "  - {from: 2025-02-04, to: 2025-01-29, name: Spring Festival}"),
                        "t.yaml:7:5: days-off[1]: Range of days off must hold at least one date, was from 2025-02-04 to 2025-01-29"),
                // a date outside the declared coverage
                Arguments.of(with(6, "  - {date: 2026-01-28, name: Spring Festival}"),
                        "t.yaml:6:5: days-off[0]: Date 2026-01-28 is outside the set's coverage 2025-01-01 to 2025-12-31"),
                // a missing required key at the top
                Arguments.of(with(2, "# no region"),
                        "t.yaml:1:1: Missing required key 'region'"),
                // a missing required key in an entry
                Arguments.of(with(6, "  - {date: 2025-01-28, name-zh: 春节}"),
                        "t.yaml:6:5: days-off[0]: Missing required key 'name'"),
                // an entry with neither date nor range
                Arguments.of(with(6, "  - {name: Spring Festival}"),
                        "t.yaml:6:5: days-off[0]: Missing required key 'date' (or 'from' and 'to')"),
                // an entry with a date and a range
                Arguments.of(with(6, "  - {date: 2025-01-28, to: 2025-01-28, name: Spring Festival}"),
                        "t.yaml:6:5: days-off[0]: Give either 'date' or 'from' and 'to', not both"),
                // half a range
                Arguments.of(with(7, "  - {from: 2025-01-29, name: Spring Festival}"),
                        "t.yaml:7:5: days-off[1]: Missing required key 'to'"),
                // a wrong format version
                Arguments.of(with(1, "slakit-holidays: 2"),
                        "t.yaml:1:18: slakit-holidays: Format version must be 1, was 2"),
                // a key with no value
                Arguments.of(with(3, "name:"),
                        "t.yaml:3:6: name: Expected a value, was none"),
                // a list where a single value belongs
                Arguments.of(with(2, "region: [cn, hk]"),
                        "t.yaml:2:9: region: Expected a single value, was a list"),
                // a blank region
                Arguments.of(with(2, "region: ' '"),
                        "t.yaml:2:9: region: Region must not be blank"),
                // bad working hours
                Arguments.of(with(10, "  - {date: 2025-02-08, name: Spring Festival, hours: 09:00-09:00}"),
                        "t.yaml:10:54: working-days[1].hours: Window '09:00-09:00' ends where it starts: a window must not be empty"),
                // a list where a mapping belongs
                Arguments.of(with(4, "covers: [2025-01-01, 2025-12-31]"),
                        "t.yaml:4:9: covers: Expected a mapping, was a list"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void read_brokenFile_namesFileLineAndReason(String text, String message) {
        assertEquals(message, failure(text).getMessage());
    }

    @Test
    void read_severalProblems_reportsEveryOneInFileOrder() {
        PolicyException e = failure(with(6, "  - {date: 2025-02-30, nmae: x}").replace("slakit-holidays: 1", "slakit-holidays: 3"));
        assertEquals(List.of(
                "t.yaml:1:18: slakit-holidays: Format version must be 1, was 3",
                "t.yaml:6:5: days-off[0]: Missing required key 'name'",
                "t.yaml:6:12: days-off[0].date: '2025-02-30' is not a date (YYYY-MM-DD)",
                "t.yaml:6:24: days-off[0].nmae: Unknown key 'nmae', did you mean 'name'?"), e.lines());
        assertEquals("t.yaml", e.file());
        assertEquals(e.lines().get(0), e.getMessage());
        assertEquals(new PolicyException.Located("days-off[0]", 6, 5, "Missing required key 'name'"), e.problems().get(1));
    }

    /** Dates outside the years 1900 to 9999 are refused where they are read, never handed to the date arithmetic. */
    @Test
    void read_datesOutsideTheYears1900To9999_areProblemsAtThem() {
        String outside = " is outside the dates slakit reads, 1900-01-01 to 9999-12-31";
        assertEquals(List.of("t.yaml:6:12: days-off[0].date: Date -999999999-01-01" + outside),
                failure(with(6, "  - {date: -999999999-01-01, name: x}")).lines());
        assertEquals(List.of("t.yaml:4:16: covers.from: Date 1899-12-31" + outside),
                failure(with(4, "covers: {from: 1899-12-31, to: 2025-12-31}")).lines());
        // the range that ran day by day into an OutOfMemoryError: one problem, at once
        PolicyException far = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> failure(with(7, "  - {from: 2025-01-29, to: +999999999-12-31, name: x}")));
        assertEquals(List.of("t.yaml:7:28: days-off[1].to: Date +999999999-12-31" + outside), far.lines());
    }

    @Test
    void read_outsideCoverageRange_reportsTheRangeOnce() {
        PolicyException e = failure(with(4, "covers: {from: 2025-01-01, to: 2025-01-31}"));
        assertEquals(List.of(
                "t.yaml:7:5: days-off[1]: Days off from 2025-01-29 to 2025-02-04 run outside the set's coverage 2025-01-01 to 2025-01-31",
                "t.yaml:10:5: working-days[1]: Date 2025-02-08 is outside the set's coverage 2025-01-01 to 2025-01-31"), e.lines());
    }

    @Test
    void load_file_namesThePathInMessages(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cn-2027.yaml");
        Files.writeString(file, with(1, "slakit-holidays: 1.0"));
        PolicyException e = assertThrows(PolicyException.class, () -> HolidayYaml.load(file));
        assertEquals(file + ":1:18: slakit-holidays: Format version must be 1, was 1.0", e.getMessage());
        Files.writeString(file, String.join("\n", GOOD));
        assertEquals(read(String.join("\n", GOOD)), HolidayYaml.load(file));
    }

    /** Saved as GBK (or Big5), as Windows Notepad does: read in that encoding, the same set; read as UTF-8, a problem naming GBK. */
    @Test
    void load_gbkFile_readsInTheEncodingGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cn-2025.yaml");
        Files.write(file, String.join("\n", GOOD).getBytes(GBK));
        assertEquals(read(String.join("\n", GOOD)), HolidayYaml.load(file, GBK));
        PolicyException e = assertThrows(PolicyException.class, () -> HolidayYaml.load(file));
        // 春 is B4 BA in GBK: B4 begins no UTF-8 sequence
        assertEquals(file + ":6:56: The file is not UTF-8 text: byte 0xB4 cannot be read as UTF-8; it reads as GBK, as Windows"
                + " Notepad and many Chinese editors save: save it as UTF-8 (in Notepad: Save As, Encoding UTF-8), or convert it"
                + " with iconv -f GBK -t UTF-8", e.getMessage());
        assertEquals(Optional.of(GBK), e.likelyEncoding());
    }

    @Test
    void load_missingFile_throwsUncheckedIOException(@TempDir Path dir) {
        assertThrows(UncheckedIOException.class, () -> HolidayYaml.load(dir.resolve("absent.yaml")));
    }

    @Test
    void load_null_throwsNullPointerException() {
        assertThrows(NullPointerException.class, () -> HolidayYaml.load(null));
        assertThrows(NullPointerException.class, () -> HolidayYaml.load(null, GBK));
        assertThrows(NullPointerException.class, () -> HolidayYaml.load(Path.of("t.yaml"), null));
        assertThrows(NullPointerException.class, () -> HolidayYaml.read(null, "t.yaml"));
        assertThrows(NullPointerException.class, () -> HolidayYaml.read(new StringReader(""), null));
    }
}
