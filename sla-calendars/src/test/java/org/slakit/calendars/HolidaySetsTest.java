package org.slakit.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;
import org.slakit.calendar.CalendarCoverageException;
import org.slakit.calendar.HolidaySet;
import org.slakit.calendar.InvalidCalendarException;
import org.slakit.config.PolicyException;
import org.threeten.extra.LocalDateRange;

class HolidaySetsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDateRange SHIPPED = LocalDateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31));

    private static CalendarBuilder everyDay() {
        return BusinessCalendar.builder(SHANGHAI).hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, "09:00-18:00");
    }

    private static CalendarBuilder mondayToSaturday() {
        return BusinessCalendar.builder(SHANGHAI)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00");
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static Path write(Path dir, String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void chinaMainland_makeUpDays_areWeekendDaysAndWorkingDaysOfACalendar() {
        BusinessCalendar mondayToFriday = BusinessCalendar.builder(SHANGHAI)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-18:00").holidays(HolidaySets.chinaMainland()).build();
        List<HolidaySet.Day> working = HolidaySets.chinaMainland().days().stream().filter(d -> d.kind() == HolidaySet.Kind.WORKING).toList();
        assertEquals(52, working.size());
        for (HolidaySet.Day day : working) {
            DayOfWeek dow = day.date().getDayOfWeek();
            assertTrue(dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY, day.toString());
            assertTrue(mondayToFriday.isWorkingDay(day.date()), day.toString());
        }
    }

    @Test
    void shippedSets_offDays_areNotWorkingDaysEvenOnAnEveryDayCalendar() {
        for (HolidaySet set : List.of(HolidaySets.chinaMainland(), HolidaySets.hongKong())) {
            BusinessCalendar cal = everyDay().holidays(set).build();
            set.days().stream().filter(d -> d.kind() == HolidaySet.Kind.OFF)
                    .forEach(d -> assertFalse(cal.isWorkingDay(d.date()), set.region() + " " + d));
        }
    }

    @Test
    void chinaMainland_countsPerYear_matchTheSources() {
        // year -> {rows, off, work}, from SOURCES.md
        Map<Integer, List<Long>> expected = Map.of(
                2019, List.of(28L, 22L, 6L), 2020, List.of(36L, 30L, 6L), 2021, List.of(38L, 31L, 7L),
                2022, List.of(39L, 32L, 7L), 2023, List.of(33L, 26L, 7L), 2024, List.of(36L, 28L, 8L),
                2025, List.of(33L, 28L, 5L), 2026, List.of(39L, 33L, 6L));
        Map<Integer, List<HolidaySet.Day>> byYear = HolidaySets.chinaMainland().days().stream()
                .collect(Collectors.groupingBy(d -> d.date().getYear()));
        assertEquals(expected.keySet(), byYear.keySet());
        for (int year = 2019; year <= 2026; year++) {
            List<HolidaySet.Day> days = byYear.get(year);
            long off = days.stream().filter(d -> d.kind() == HolidaySet.Kind.OFF).count();
            assertEquals(expected.get(year), List.of((long) days.size(), off, days.size() - off), "year " + year);
        }
        assertEquals(282, HolidaySets.chinaMainland().days().size());
    }

    @Test
    void hongKong_countsPerYear_seventeenEachAndNoSunday() {
        Map<Integer, Long> byYear = HolidaySets.hongKong().days().stream()
                .collect(Collectors.groupingBy(d -> d.date().getYear(), Collectors.counting()));
        for (int year = 2019; year <= 2026; year++) {
            assertEquals(17L, byYear.get(year), "year " + year);
        }
        assertEquals(136, HolidaySets.hongKong().days().size());
        HolidaySets.hongKong().days().forEach(d -> {
            assertEquals(HolidaySet.Kind.OFF, d.kind(), d.toString());
            assertFalse(d.date().getDayOfWeek() == DayOfWeek.SUNDAY, d.toString());
        });
    }

    /** Checks a whole period by name: every day off from first to last, and the make-up days. */
    private static void assertPeriod(String first, String last, List<String> workingDays, String name, String nameZh) {
        HolidaySet cn = HolidaySets.chinaMainland();
        for (LocalDate d = date(first); !d.isAfter(date(last)); d = d.plusDays(1)) {
            HolidaySet.Day day = cn.day(d).orElseThrow();
            assertEquals(List.of(HolidaySet.Kind.OFF, name, nameZh), List.of(day.kind(), day.name(), day.nameZh()), d.toString());
        }
        for (String work : workingDays) {
            HolidaySet.Day day = cn.day(date(work)).orElseThrow();
            assertEquals(List.of(HolidaySet.Kind.WORKING, name, nameZh), List.of(day.kind(), day.name(), day.nameZh()), work);
        }
        assertTrue(cn.day(date(first).minusDays(1)).filter(d -> d.kind() == HolidaySet.Kind.OFF).isEmpty(), "the day before " + first);
        assertTrue(cn.day(date(last).plusDays(1)).filter(d -> d.kind() == HolidaySet.Kind.OFF).isEmpty(), "the day after " + last);
    }

    @Test
    void chinaMainland_springFestival2025_byName() {
        assertPeriod("2025-01-28", "2025-02-04", List.of("2025-01-26", "2025-02-08"), "Spring Festival", "春节");
        assertTrue(HolidaySets.chinaMainland().day(date("2025-01-27")).isEmpty());
    }

    @Test
    void chinaMainland_nationalDay2024_byName() {
        assertPeriod("2024-10-01", "2024-10-07", List.of("2024-09-29", "2024-10-12"), "National Day", "国庆节");
    }

    @Test
    void chinaMainland_calendarOpenSaturdays_weekendNextToHolidayStaysOpenWeekendInsidePeriodIsOff() {
        BusinessCalendar cal = mondayToSaturday().holidays(HolidaySets.chinaMainland()).build();
        assertTrue(cal.isWorkingDay(date("2024-06-08")));      // Saturday before Dragon Boat Monday 2024-06-10
        assertFalse(cal.isWorkingDay(date("2024-06-10")));
        assertFalse(cal.isWorkingDay(date("2026-10-03")));     // Saturday inside National Day 2026
        assertTrue(cal.isWorkingDay(date("2026-10-10")));      // make-up Saturday
        assertTrue(cal.isWorkingDay(date("2026-09-20")));      // make-up Sunday
    }

    @Test
    void hongKong_2026_everyGeneralHolidayIncludingBoxingDaySaturday() {
        List<LocalDate> expected = List.of("2026-01-01", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-03", "2026-04-04",
                "2026-04-06", "2026-04-07", "2026-05-01", "2026-05-25", "2026-06-19", "2026-07-01", "2026-09-26", "2026-10-01",
                "2026-10-19", "2026-12-25", "2026-12-26").stream().map(LocalDate::parse).toList();
        assertEquals(expected, HolidaySets.hongKong().days().stream().map(HolidaySet.Day::date).filter(d -> d.getYear() == 2026).toList());
        HolidaySet.Day boxing = HolidaySets.hongKong().day(date("2026-12-26")).orElseThrow();
        assertEquals("The first weekday after Christmas Day", boxing.name());
        assertEquals("聖誕節後第一個周日", boxing.nameZh());
        BusinessCalendar hk = mondayToSaturday().holidays(HolidaySets.hongKong()).build();
        assertFalse(hk.isWorkingDay(date("2026-12-26")));
        assertTrue(hk.isWorkingDay(date("2026-12-19")));
    }

    @Test
    void shippedSets_coverage_2019To2026() {
        assertEquals(SHIPPED, HolidaySets.chinaMainland().coverage().orElseThrow());
        assertEquals(SHIPPED, HolidaySets.hongKong().coverage().orElseThrow());
        assertEquals("cn", HolidaySets.chinaMainland().region());
        assertEquals("hk", HolidaySets.hongKong().region());
    }

    @Test
    void chinaMainland_dateIn2027_throwsCalendarCoverageException() {
        BusinessCalendar cal = mondayToSaturday().holidays(HolidaySets.chinaMainland()).build();
        CalendarCoverageException e = assertThrows(CalendarCoverageException.class, () -> cal.isWorkingDay(date("2027-01-04")));
        assertEquals(date("2027-01-04"), e.date());
        assertEquals(SHIPPED, e.coverage());
        assertTrue(mondayToSaturday().holidays(HolidaySets.chinaMainland()).extrapolate().build().isWorkingDay(date("2027-01-04")));
    }

    private static final String[] CN_2027 = {
        "slakit-holidays: 1",
        "region: cn",
        "name: Mainland China 2027 (test data)",
        "covers: {from: 2027-01-01, to: 2027-12-31}",
        "days-off:",
        "  - {from: 2027-01-01, to: 2027-01-03, name: New Year's Day, name-zh: 元旦}",
        "working-days:",
        "  - {date: 2027-01-09, name: New Year's Day, name-zh: 元旦}"};

    @Test
    void load_userFileFor2027_extendsTheCoverageBesideTheShippedSet(@TempDir Path dir) throws Exception {
        HolidaySet y2027 = HolidaySets.load(write(dir, "cn-2027.yaml", CN_2027));
        BusinessCalendar cal = mondayToSaturday().holidays(HolidaySets.chinaMainland()).holidays(y2027).build();
        assertEquals(LocalDateRange.ofClosed(date("2019-01-01"), date("2027-12-31")), cal.coverage().orElseThrow());
        assertFalse(cal.isWorkingDay(date("2027-01-01")));
        assertTrue(cal.isWorkingDay(date("2027-01-04")));
        assertFalse(cal.isWorkingDay(date("2026-10-01")));
        assertThrows(CalendarCoverageException.class, () -> cal.isWorkingDay(date("2028-01-03")));
    }

    /** A file saved as GBK, as Windows Notepad does, read in that encoding: the same set as its UTF-8 copy. */
    @Test
    void load_gbkFile_inItsEncoding_isTheSetOfItsUtf8Copy(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("cn-2027-gbk.yaml");
        java.nio.charset.Charset charset = java.nio.charset.Charset.forName("GBK");
        Files.write(gbk, (String.join("\n", CN_2027) + "\n").getBytes(charset));
        HolidaySet utf8 = HolidaySets.load(write(dir, "cn-2027.yaml", CN_2027));
        assertEquals(utf8.days(), HolidaySets.load(gbk, charset).days());
        assertEquals("元旦", HolidaySets.load(gbk, charset).days().get(0).nameZh());
        assertThrows(PolicyException.class, () -> HolidaySets.load(gbk));
        assertThrows(NullPointerException.class, () -> HolidaySets.load(null, charset));
        assertThrows(NullPointerException.class, () -> HolidaySets.load(gbk, null));
    }

    @Test
    void holidays_cnAndHk_coverOnlyWhatBothCover(@TempDir Path dir) throws Exception {
        BusinessCalendar both = mondayToSaturday().holidays(HolidaySets.chinaMainland()).holidays(HolidaySets.hongKong()).build();
        assertEquals(SHIPPED, both.coverage().orElseThrow());
        assertFalse(both.isWorkingDay(date("2026-12-26")));    // hk
        assertFalse(both.isWorkingDay(date("2026-10-03")));    // cn
        BusinessCalendar extended = mondayToSaturday().holidays(HolidaySets.chinaMainland())
                .holidays(HolidaySets.load(write(dir, "cn-2027.yaml", CN_2027))).holidays(HolidaySets.hongKong()).build();
        assertEquals(SHIPPED, extended.coverage().orElseThrow());
        assertThrows(CalendarCoverageException.class, () -> extended.isWorkingDay(date("2027-01-04")));
    }

    @Test
    void holidays_conflictingUserFile_isAnErrorUnlessAddedAsOverride(@TempDir Path dir) throws Exception {
        HolidaySet mine = HolidaySets.load(write(dir, "cn-fix.yaml",
                "slakit-holidays: 1", "region: cn", "name: our office", "covers: {from: 2026-10-01, to: 2026-10-31}",
                "working-days:", "  - {date: 2026-10-03, name: Stocktaking, hours: 10:00-16:00}"));
        InvalidCalendarException e = assertThrows(InvalidCalendarException.class,
                () -> mondayToSaturday().holidays(HolidaySets.chinaMainland()).holidays(mine).build());
        assertEquals("holidays[1]: Date 2026-10-03 is a day off in " + HolidaySets.chinaMainland()
                + " but a working day in " + mine + ": add the later set as an override", e.getMessage());
        BusinessCalendar cal = mondayToSaturday().holidays(HolidaySets.chinaMainland()).holidays(mine, HolidaySet.Merge.OVERRIDE).build();
        assertTrue(cal.isWorkingDay(date("2026-10-03")));
        assertFalse(cal.isWorkingDay(date("2026-10-02")));
        assertEquals(SHIPPED, cal.coverage().orElseThrow());
    }

    @Test
    void ofId_cn_isFoundThroughServiceLoader() {
        assertSame(HolidaySets.chinaMainland(), HolidaySet.ofId("cn"));
        assertSame(HolidaySets.hongKong(), HolidaySet.ofId("hk"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HolidaySet.ofId("us"));
        assertEquals("Holiday set 'us' is not available: the ready sets are [cn, hk]", e.getMessage());
    }

    @Test
    void of_id_returnsTheSharedSet() {
        assertSame(HolidaySets.chinaMainland(), HolidaySets.of("cn"));
        assertSame(HolidaySets.hongKong(), HolidaySets.of("hk"));
        assertEquals("Holiday set 'CN' is not a ready set: the ready sets are [cn, hk]",
                assertThrows(IllegalArgumentException.class, () -> HolidaySets.of("CN")).getMessage());
        assertThrows(NullPointerException.class, () -> HolidaySets.of(null));
        assertThrows(NullPointerException.class, () -> HolidaySets.load(null));
        assertThrows(NullPointerException.class, () -> new ReadyHolidaySets().find(null));
        assertEquals(java.util.Set.of("cn", "hk"), new ReadyHolidaySets().ids());
    }

    @Test
    void load_brokenFile_namesFileLineAndReason(@TempDir Path dir) throws Exception {
        Path file = write(dir, "cn-2027.yaml", CN_2027[0], CN_2027[1], CN_2027[2], CN_2027[3], "days-off:",
                "  - {date: 2027-01-04, name: Somewhere}", "working-days:", "  - {date: 2027-01-08, name: New Year's Day}");
        PolicyException e = assertThrows(PolicyException.class, () -> HolidaySets.load(file));
        assertEquals(file + ":8:5: working-days[0]: Working day 2027-01-08 is a Friday: an extra working day must fall on a Saturday or Sunday",
                e.getMessage());
    }

    @Test
    void load_fictitiousExampleFile_readsAndDoesNotMeetTheShippedData() {
        HolidaySet example = HolidaySets.load(Path.of("..", "examples", "holidays", "cn-2031-fictitious.yaml"));
        assertEquals(LocalDateRange.ofClosed(date("2031-01-01"), date("2031-12-31")), example.coverage().orElseThrow());
        assertEquals(1 + 7 + 7 + 3, example.days().size());
        BusinessCalendar alone = mondayToSaturday().holidays(example).build();
        assertFalse(alone.isWorkingDay(date("2031-01-24")));
        assertTrue(alone.isWorkingDay(date("2031-01-19")));
        // 2027 to 2030 are missing: the sets of one region must meet
        assertThrows(InvalidCalendarException.class, () -> mondayToSaturday().holidays(HolidaySets.chinaMainland()).holidays(example).build());
    }
}
