package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slakit holidays}, and the coverage warning of {@code slakit validate}, through the real entry. */
class HolidaysCommandTest {

    private static final Path FEEDS = Path.of("../sla-calendars/src/test/resources/org/slakit/calendars/feeds");
    private static final String HK = "policies/hk-pos-erp.yaml";

    /** Early December 2026: the shipped data ends in 29 days. */
    private final SlakitRunner slakit = new SlakitRunner(Instant.parse("2026-12-02T01:00:00Z"));

    @Test
    void holidays_noFiles_listsTheReadySetsWithTheDaysLeftAndTheNextYearsLine() {
        assertEquals(0, slakit.run("holidays"), slakit.err());
        assertEquals(String.join("\n",
                "cn  Mainland China public holidays  2019-01-01 to 2026-12-31  29 days left",
                "    add 2027: - {holiday-cn: 2027.json}   (holiday-cn's 2027.json, https://github.com/NateScarlet/holiday-cn)",
                "hk  Hong Kong general holidays  2019-01-01 to 2026-12-31  29 days left",
                "    add 2027: - {ical: hk-2027.ics, region: hk}   (Hong Kong's 1823 feed, https://www.1823.gov.hk/common/ical/en.ics)",
                ""), slakit.out());
    }

    @Test
    void holidays_asOfEarlier_listsWithoutTheNextYearsLine() {
        assertEquals(0, slakit.run("holidays", "--as-of", "2026-06-01T00:00"), slakit.err());
        assertEquals(String.join("\n",
                "cn  Mainland China public holidays  2019-01-01 to 2026-12-31  213 days left",
                "hk  Hong Kong general holidays  2019-01-01 to 2026-12-31  213 days left", ""), slakit.out());
    }

    @Test
    void holidays_asOfAfterTheEnd_saysHowLongAgo() {
        assertEquals(0, slakit.run("holidays", "--as-of", "2027-01-05T09:00"), slakit.err());
        assertEquals("cn  Mainland China public holidays  2019-01-01 to 2026-12-31  ended 5 days ago", slakit.out().lines().findFirst().orElseThrow());
    }

    @Test
    void holidays_eachFeedForm_isCheckedAndSummed() {
        assertEquals(0, slakit.run("holidays", "--region", "hk", FEEDS.resolve("hk-1823-en.json").toString()), slakit.err());
        assertEquals(FEEDS.resolve("hk-1823-en.json") + ": ok (region hk, 'Hong Kong Public Holidays', 51 days off, 0 make-up working"
                + " days, covers 2024-01-01 to 2026-12-31, 29 days left)\n", slakit.out());
        assertEquals(0, slakit.run("holidays", FEEDS.resolve("holiday-cn-2026.json").toString()), slakit.err());
        assertEquals(FEEDS.resolve("holiday-cn-2026.json") + ": ok (region cn, 'Mainland China holidays 2026 (holiday-cn)', 33 days off,"
                + " 6 make-up working days, covers 2026-01-01 to 2026-12-31, 29 days left)\n", slakit.out());
    }

    @Test
    void holidays_icsWithoutRegion_exitsTwoSayingHow() {
        assertEquals(2, slakit.run("holidays", FEEDS.resolve("holiday-cn-2026.ics").toString()));
        assertEquals("slakit: " + FEEDS.resolve("holiday-cn-2026.ics") + " is an iCalendar feed, which does not say its region:"
                + " give it with --region, such as --region hk", slakit.err().strip());
    }

    @Test
    void holidays_brokenFeed_exitsOneWithItsLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("hk-2027.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Christmas Day\r\n"
                + "DTSTART:20271225T000000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", StandardCharsets.UTF_8);
        assertEquals(1, slakit.run("holidays", "--region", "hk", file.toString()));
        assertEquals(file + ":4:1: Event 'Christmas Day' has DTSTART 20271225T000000, a time of day: a holiday set holds whole days"
                + " (DTSTART;VALUE=DATE:YYYYMMDD); close part of a day with closed: in the policy", slakit.err().strip());
    }

    @Test
    void holidays_unknownForm_exitsTwo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("hk.csv"), "x\n");
        assertEquals(2, slakit.run("holidays", file.toString()));
        assertEquals("slakit: cannot tell the form of " + file + ": holiday files end in .yaml, feeds in .ics or .json", slakit.err().strip());
    }

    @Test
    void validate_dataEndingWithin60Days_warnsOnStandardErrorAndExitsZero() {
        assertEquals(0, slakit.run("validate", HK), slakit.err());
        assertEquals(HK + ": warning: calendar 'office': holiday data ends 2026-12-31, 29 days after --as-of 2026-12-02:"
                + " deadlines beyond it will be UNKNOWN (set 'hk', Hong Kong general holidays). Add 2027 to its holidays: list:"
                + " - {ical: hk-2027.ics, region: hk}   (Hong Kong's 1823 feed, https://www.1823.gov.hk/common/ical/en.ics)",
                slakit.err().strip());
        assertEquals(true, slakit.out().startsWith(HK + ": ok ("), slakit.out());
    }

    @Test
    void validate_dataEndingIn61Days_doesNotWarn() {
        assertEquals(0, slakit.run("validate", HK, "--as-of", "2026-10-31T12:00"), slakit.err());
        assertEquals("", slakit.err());
        assertEquals(0, slakit.run("validate", HK, "--as-of", "2026-11-01T12:00"));
        assertEquals(true, slakit.err().contains("60 days after --as-of 2026-11-01"), slakit.err());
    }

    @Test
    void validate_nextYearsFeedAdded_doesNotWarn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hk-2027.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:The first day of January\r\n"
                + "DTSTART;VALUE=DATE:20270101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", StandardCharsets.UTF_8);
        Path policy = dir.resolve("hk.yaml");
        Files.writeString(policy, Files.readString(Path.of(HK), StandardCharsets.UTF_8)
                .replace("    holidays: [hk]", "    holidays: [hk, {ical: hk-2027.ics, region: hk}]"), StandardCharsets.UTF_8);
        assertEquals(0, slakit.run("validate", policy.toString()), slakit.err());
        assertEquals("", slakit.err());
    }
}
