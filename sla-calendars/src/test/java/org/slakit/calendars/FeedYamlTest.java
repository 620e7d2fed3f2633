package org.slakit.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.HolidaySet;
import org.slakit.config.PolicyException;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.threeten.extra.LocalDateRange;

/** Feeds named in a policy's {@code holidays:} list: the same sets as the Java factories, written back as they were named. */
class FeedYamlTest {

    private static final Path FEEDS = FeedAgreementTest.feed("").toAbsolutePath();

    /** A policy whose calendar {@code office} names the holidays on line 6. */
    private static String policy(String zone, String holidays) {
        return String.join("\n", "slakit: 1", "zone: " + zone, "calendars:", "  office:",
                "    hours: {Mon-Fri: 09:00-18:00}",
                "    holidays: " + holidays,
                "severities: [severe]", "categories: {bug: []}",
                "targets: [{name: fix, stops-on: resolved, within: 4h, calendar: office}]", "");
    }

    private static BusinessCalendar office(String yaml) {
        return PolicyYaml.read(yaml, "p.yaml").calendar("office").orElseThrow();
    }

    private static SlaPolicy read(String yaml, Path dir) throws IOException {
        return PolicyYaml.read(new java.io.StringReader(yaml), "p.yaml", dir);
    }

    @Test
    void read_eachFeedForm_isTheSetOfItsJavaFactory() throws IOException {
        BusinessCalendar cal = read(policy("Asia/Hong_Kong", "[{ical-json: hk-1823-en.json, region: hk, name: HK},"
                + " {ical: holiday-cn-2026.ics, region: cn, name: CN}, {holiday-cn: holiday-cn-2025.json}]"), FEEDS)
                .calendar("office").orElseThrow();
        assertEquals(List.of(HolidaySets.fromICalendarJson(FEEDS.resolve("hk-1823-en.json"), "hk", "HK"),
                HolidaySets.fromICalendar(FEEDS.resolve("holiday-cn-2026.ics"), "cn", "CN"),
                HolidaySets.fromHolidayCn(FEEDS.resolve("holiday-cn-2025.json"))), cal.holidaySets());
        assertEquals(List.of("ical-json:hk-1823-en.json", "ical:holiday-cn-2026.ics", "holiday-cn:holiday-cn-2025.json"),
                cal.holidaySets().stream().map(s -> s.source().orElseThrow()).toList());
        // hk 2024-2026 meets cn 2025-2026 (two cn sets, one region): the calendar covers what both know
        assertEquals(Optional.of(LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))), cal.coverage());
        assertEquals(false, cal.isWorkingDay(LocalDate.of(2026, 2, 17)), "Spring Festival 2026, from the ICS");
        assertEquals(true, cal.isWorkingDay(LocalDate.of(2025, 1, 26)), "a make-up Sunday of 2025, from the JSON");
    }

    @Test
    void read_nextYearsFeedBesideTheReadySet_extendsItsCoverage(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hk-2027.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:The first day of January\r\n"
                + "DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        BusinessCalendar cal = read(policy("Asia/Hong_Kong", "[hk, {ical: hk-2027.ics, region: hk}]"), dir).calendar("office").orElseThrow();
        assertEquals(Optional.of(LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2027, 12, 31))), cal.coverage());
        assertEquals(false, cal.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertEquals("hk-2027.ics", cal.holidaySets().get(1).name(), "no X-WR-CALNAME: the set is named after its file");
    }

    /**
     * A policy saved as GBK reads its feeds as UTF-8 all the same: iCalendar and JSON are UTF-8 by
     * their specifications, and the official feeds are published so.
     */
    @Test
    void load_gbkPolicy_readsItsFeedsAsUtf8(@TempDir Path dir) throws IOException {
        Files.copy(FEEDS.resolve("holiday-cn-2026.json"), dir.resolve("2026.json"));
        Files.copy(FEEDS.resolve("holiday-cn-2026.ics"), dir.resolve("2026.ics"));
        Path file = dir.resolve("p.yaml");
        Files.write(file, policy("Asia/Shanghai", "[{holiday-cn: 2026.json}, {ical: 2026.ics, region: cn, name: 中国 2026}]")
                .replace("slakit: 1\n", "slakit: 1\nname: 供暖收费系统\n").getBytes(Charset.forName("GBK")));
        SlaPolicy policy = PolicyYaml.load(file, Charset.forName("GBK"));
        assertEquals("供暖收费系统", policy.name());
        List<HolidaySet> sets = policy.calendar("office").orElseThrow().holidaySets();
        assertEquals(HolidaySets.fromHolidayCn(dir.resolve("2026.json")).days(), sets.get(0).days());
        assertEquals("元旦", sets.get(0).days().get(0).name(), "the feed's Chinese names, read as UTF-8");
        assertEquals("中国 2026", sets.get(1).name(), "the policy's own text, read as GBK");
    }

    /** A feed that is not UTF-8 is its own problem: the policy's encoding does not apply to it, so none is suggested. */
    @Test
    void load_feedSavedAsGbk_isAProblemWithoutALikelyEncoding(@TempDir Path dir) throws IOException {
        String json = Files.readString(FEEDS.resolve("holiday-cn-2026.json"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("2026.json"), json.getBytes(Charset.forName("GBK")));
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, policy("Asia/Shanghai", "[{holiday-cn: 2026.json}]"), StandardCharsets.UTF_8);
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.load(file, Charset.forName("GBK")));
        assertEquals(true, e.getMessage().contains("Holiday feed '2026.json' has problems: "), e.getMessage());
        assertEquals(Optional.empty(), e.likelyEncoding());
    }

    @Test
    void write_feeds_readBackEqual() throws IOException {
        SlaPolicy policy = read(policy("Asia/Shanghai", "[cn, {ical: holiday-cn-2026.ics, region: cn, override: true},"
                + " {holiday-cn: holiday-cn-2025.json, covers: {from: 2025-01-01, to: 2025-12-31}, name: 2025}]"), FEEDS);
        String written = PolicyYaml.write(policy);
        assertEquals(true, written.contains("ical: holiday-cn-2026.ics"), written);
        assertEquals(policy, read(written, FEEDS));
    }

    @Test
    void read_brokenFeed_namesThePolicyLineAndTheFeedsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Christmas\r\n"
                + "DTSTART;VALUE=DATE:20271225\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        PolicyException e = assertThrows(PolicyException.class, () -> read(policy("Asia/Hong_Kong", "[{ical: bad.ics, region: hk}]"), dir));
        assertEquals(List.of("p.yaml:6:16: calendars.office.holidays[0]: Holiday feed 'bad.ics' has problems: bad.ics:5:1:"
                + " Event 'Christmas' recurs (RRULE:FREQ=YEARLY), which a holiday set cannot say: list each year's date as its own event,"
                + " as official feeds do"), e.lines());
    }

    @Test
    void read_feedCoversOutsideItsEvents_isAProblem() {
        PolicyException e = assertThrows(PolicyException.class, () -> read(policy("Asia/Shanghai",
                "[{holiday-cn: holiday-cn-2025.json, covers: {from: 2025-06-01, to: 2025-12-31}}]"), FEEDS));
        assertEquals("p.yaml:6:16: calendars.office.holidays[0]: Holiday feed 'holiday-cn-2025.json' has problems:"
                + " holiday-cn-2025.json:9:9: days[0]: '元旦': Date 2025-01-01 is outside the set's coverage 2025-06-01 to 2025-12-31",
                e.lines().get(0).split("; ")[0]);
    }

    @Test
    void hongKongCalendar_withTheFeed_answersAsWithTheReadySet() throws IOException {
        BusinessCalendar fromFeed = read(policy("Asia/Hong_Kong", "[{ical-json: hk-1823-tc.json, region: hk}]"), FEEDS)
                .calendar("office").orElseThrow();
        BusinessCalendar ready = BusinessCalendar.builder(ZoneId.of("Asia/Hong_Kong")).hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-18:00")
                .holidays(HolidaySets.hongKong()).coverage(LocalDateRange.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))).build();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
            assertEquals(ready.isWorkingDay(d), fromFeed.isWorkingDay(d), d.toString());
            assertEquals(ready.openIntervals(d), fromFeed.openIntervals(d), d.toString());
        }
        HolidaySet set = fromFeed.holidaySets().get(0);
        assertEquals("香港公眾假期", set.name(), "the feed's own x-wr-calname");
    }
}
