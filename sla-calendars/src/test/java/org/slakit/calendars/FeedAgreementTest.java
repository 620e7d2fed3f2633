package org.slakit.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slakit.calendar.HolidaySet;
import org.threeten.extra.LocalDateRange;

/**
 * The feed readers agree with the shipped sets, day by day, wherever both came from the same facts:
 * on the published files as downloaded (Hong Kong 2024-2026, mainland China 2025-2026), and on
 * every year 2019-2026 written out in the feeds' forms from the verified facts the shipped data
 * was checked against ({@code hk-general.tsv}, {@code cn-mainland.tsv}).
 */
class FeedAgreementTest {

    static Path feed(String name) {
        return Path.of("src/test/resources/org/slakit/calendars/feeds", name);
    }

    /** Compares every date of the feed's coverage: off, working or neither, the same in both sets. */
    private static void assertAgree(HolidaySet feed, HolidaySet shipped, LocalDateRange expected) {
        assertEquals(Optional.of(expected), feed.coverage(), "coverage of " + feed);
        int days = 0;
        for (LocalDate d = expected.getStart(); !d.isAfter(expected.getEndInclusive()); d = d.plusDays(1)) {
            Optional<HolidaySet.Kind> inFeed = feed.day(d).map(HolidaySet.Day::kind);
            assertEquals(shipped.day(d).map(HolidaySet.Day::kind), inFeed, d + " in " + feed.name());
            days += inFeed.isPresent() ? 1 : 0;
        }
        assertEquals(feed.days().size(), days, "every day of " + feed.name() + " lies in its coverage");
    }

    private static LocalDateRange years(int from, int to) {
        return LocalDateRange.ofClosed(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hk-1823-en.json", "hk-1823-tc.json"})
    void fromICalendarJson_1823Feed_agreesWithHongKong2024To2026(String file) {
        HolidaySet set = HolidaySets.fromICalendarJson(feed(file), "hk", "Hong Kong 1823");
        assertAgree(set, HolidaySets.hongKong(), years(2024, 2026));
        assertEquals(51, set.days().size());
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void fromHolidayCn_json_agreesWithChinaMainland(int year) {
        HolidaySet set = HolidaySets.fromHolidayCn(feed("holiday-cn-" + year + ".json"));
        assertAgree(set, HolidaySets.chinaMainland(), years(year, year));
        assertEquals("cn", set.region());
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026})
    void fromICalendar_holidayCnIcs_agreesWithChinaMainland(int year) {
        HolidaySet set = HolidaySets.fromICalendar(feed("holiday-cn-" + year + ".ics"), "cn", "holiday-cn " + year);
        assertAgree(set, HolidaySets.chinaMainland(), years(year, year));
        assertEquals(HolidaySets.fromHolidayCn(feed("holiday-cn-" + year + ".json")).days().stream().map(d -> d.date() + " " + d.kind()).toList(),
                set.days().stream().map(d -> d.date() + " " + d.kind()).toList(), "the ICS and the JSON of " + year);
    }

    @Test
    void fromICalendar_holidayCnIcs_namesDaysBySummary() {
        HolidaySet set = HolidaySets.fromICalendar(feed("holiday-cn-2026.ics"), "cn", "holiday-cn 2026");
        assertEquals("上班(补元旦假期)", set.day(LocalDate.of(2026, 1, 4)).orElseThrow().name());
        assertEquals("春节假期", set.day(LocalDate.of(2026, 2, 20)).orElseThrow().name());
    }

    @Test
    void fromICalendar_stream_readsTheSameAsTheFile() throws IOException {
        try (InputStream in = Files.newInputStream(feed("holiday-cn-2025.ics"))) {
            assertEquals(HolidaySets.fromICalendar(feed("holiday-cn-2025.ics"), "cn", "cn 2025"), HolidaySets.fromICalendar(in, "cn", "cn 2025"));
        }
    }

    // ----- every shipped year, written in the feeds' forms from the verified facts -----

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private static List<String[]> tsv(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/org/slakit/calendars", name), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("date")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    static Stream<Arguments> shippedYears() {
        return Stream.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026).map(Arguments::of);
    }

    /** Writes one year as holiday-cn's ICS does: an all-day event a day, {@code 上班…} for a make-up working day. */
    private static String icsOf(List<String[]> rows, int year, boolean cn) {
        StringBuilder out = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (String[] row : rows) {
            LocalDate date = LocalDate.parse(row[0]);
            if (date.getYear() != year) {
                continue;
            }
            boolean working = cn && row[1].equals("work");
            String name = cn ? row[3] : row[1];
            out.append("BEGIN:VEVENT\r\nSUMMARY:").append(working ? "上班(补" + name + ")" : name.replace(",", "\\,"))
                    .append("\r\nDTSTART;VALUE=DATE:").append(date.format(BASIC))
                    .append("\r\nDTEND;VALUE=DATE:").append(date.plusDays(1).format(BASIC)).append("\r\nEND:VEVENT\r\n");
        }
        return out.append("END:VCALENDAR\r\n").toString();
    }

    @ParameterizedTest
    @MethodSource("shippedYears")
    void fromICalendar_everyShippedYearOfHongKong_agrees(int year, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("hk-" + year + ".ics"), icsOf(tsv("hk-general.tsv"), year, false));
        assertAgree(HolidaySets.fromICalendar(file, "hk", "hk " + year), HolidaySets.hongKong(), years(year, year));
    }

    @ParameterizedTest
    @MethodSource("shippedYears")
    void fromICalendar_everyShippedYearOfChinaMainland_agrees(int year, @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("cn-" + year + ".ics"), icsOf(tsv("cn-mainland.tsv"), year, true));
        assertAgree(HolidaySets.fromICalendar(file, "cn", "cn " + year), HolidaySets.chinaMainland(), years(year, year));
    }

    @ParameterizedTest
    @MethodSource("shippedYears")
    void fromHolidayCn_everyShippedYearOfChinaMainland_agrees(int year, @TempDir Path dir) throws IOException {
        StringBuilder json = new StringBuilder("{\"year\": " + year + ", \"papers\": [], \"days\": [");
        String sep = "";
        for (String[] row : tsv("cn-mainland.tsv")) {
            if (LocalDate.parse(row[0]).getYear() == year) {
                json.append(sep).append("{\"name\": \"").append(row[3]).append("\", \"date\": \"").append(row[0])
                        .append("\", \"isOffDay\": ").append(row[1].equals("off")).append('}');
                sep = ",\n";
            }
        }
        Path file = Files.writeString(dir.resolve(year + ".json"), json.append("]}").toString());
        assertAgree(HolidaySets.fromHolidayCn(file), HolidaySets.chinaMainland(), years(year, year));
    }
}
