package org.slakit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TimeWindowTest {

    static Stream<Arguments> goodText() {
        return Stream.of(
                // text, canonical form, length, crosses midnight
                Arguments.of("09:00-12:00", "09:00-12:00", Duration.ofHours(3), false),
                // one-digit hours are read, two are written
                Arguments.of("8:30-17:30", "08:30-17:30", Duration.ofHours(9), false),
                // an end before the start crosses midnight
                Arguments.of("22:00-02:00", "22:00-02:00", Duration.ofHours(4), true),
                // the whole day
                Arguments.of("00:00-24:00", "00:00-24:00", Duration.ofHours(24), false),
                Arguments.of("00:00-24:00:00", "00:00-24:00", Duration.ofHours(24), false),
                // an end of 00:00 is the end of the date, written 24:00
                Arguments.of("12:00-00:00", "12:00-24:00", Duration.ofHours(12), false),
                Arguments.of("12:00-24:00", "12:00-24:00", Duration.ofHours(12), false),
                // seconds are kept and written only when present
                Arguments.of("08:30:15-17:45:30", "08:30:15-17:45:30", Duration.ofSeconds(33_315), false),
                // the last second of a minute, and ten seconds: no extra zero is written
                Arguments.of("09:00:59-10:00:10", "09:00:59-10:00:10", Duration.ofSeconds(3_551), false),
                // surrounding blanks are ignored
                Arguments.of(" 13:30-18:00 ", "13:30-18:00", Duration.ofMinutes(270), false),
                // the shortest window, and one a minute short of a day
                Arguments.of("23:59-24:00", "23:59-24:00", Duration.ofMinutes(1), false),
                Arguments.of("00:01-00:00", "00:01-24:00", Duration.ofMinutes(1439), false),
                Arguments.of("23:00-22:59", "23:00-22:59", Duration.ofMinutes(1439), true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("goodText")
    void parse_goodText_printsCanonically(String text, String canonical, Duration length, boolean crosses) {
        TimeWindow w = TimeWindow.parse(text);
        assertEquals(canonical, w.toString());
        assertEquals(w, TimeWindow.parse(w.toString()));
        assertEquals(length, w.length());
        assertEquals(crosses, w.crossesMidnight());
    }

    static Stream<Arguments> badText() {
        return Stream.of(
                // whole hours without minutes
                Arguments.of("9-12", "Window '9-12' has the time '9', which is not HH:MM"),
                // hours out of range
                Arguments.of("25:00-26:00", "Window '25:00-26:00' has the time '25:00', which is out of range (00:00 to 23:59, or 24:00 as an end)"),
                Arguments.of("09:60-10:00", "Window '09:60-10:00' has the time '09:60', which is out of range (00:00 to 23:59, or 24:00 as an end)"),
                Arguments.of("09:00-24:01", "Window '09:00-24:01' has the time '24:01', which is out of range (00:00 to 23:59, or 24:00 as an end)"),
                // empty windows
                Arguments.of("09:00-09:00", "Window '09:00-09:00' ends where it starts: a window must not be empty"),
                Arguments.of("00:00-00:00", "Window '00:00-00:00' ends where it starts: a window must not be empty"),
                // 24:00 only ends a window
                Arguments.of("24:00-01:00", "Window '24:00-01:00' starts at 24:00, which may only end a window"),
                // no hyphen, two hyphens, an en dash
                Arguments.of("09:00", "Window '09:00' must be two times joined by a hyphen, as in 09:00-12:00"),
                Arguments.of("09:00-12:00-13:00", "Window '09:00-12:00-13:00' must be two times joined by a hyphen, as in 09:00-12:00"),
                Arguments.of("09:00\u201312:00", "Window '09:00\u201312:00' must be two times joined by a hyphen, as in 09:00-12:00"),
                // not digits, three-digit hours, one-digit minutes, bad seconds
                Arguments.of("0a:00-12:00", "Window '0a:00-12:00' has the time '0a:00', which is not HH:MM"),
                Arguments.of("009:00-12:00", "Window '009:00-12:00' has the time '009:00', which is not HH:MM"),
                Arguments.of("09:0-12:00", "Window '09:0-12:00' has the time '09:0', which is not HH:MM"),
                Arguments.of("09:00:1-12:00", "Window '09:00:1-12:00' has the time '09:00:1', which is not HH:MM:SS"),
                Arguments.of("", "Window '' must be two times joined by a hyphen, as in 09:00-12:00"),
                // a hyphen first or last leaves a time empty
                Arguments.of("-12:00", "Window '-12:00' has the time '', which is not HH:MM"),
                Arguments.of("09:00-", "Window '09:00-' has the time '', which is not HH:MM"),
                // seconds out of range
                Arguments.of("09:00:60-10:00", "Window '09:00:60-10:00' has the time '09:00:60', which is out of range (00:00 to 23:59, or 24:00 as an end)"));
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("badText")
    void parse_badText_throwsNamingTextAndRule(String text, String message) {
        DateTimeException ex = assertThrows(DateTimeException.class, () -> TimeWindow.parse(text));
        assertEquals(message, ex.getMessage());
    }

    @Test
    void parse_null_throwsNpe() {
        NullPointerException ex = assertThrows(NullPointerException.class, () -> TimeWindow.parse(null));
        assertEquals("text", ex.getMessage());
    }

    @Test
    void of_normalBoundaryAndOvernight() {
        assertEquals(TimeWindow.parse("09:00-12:00"), TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(12, 0)));
        assertEquals("12:00-24:00", TimeWindow.of(LocalTime.NOON, LocalTime.MIDNIGHT).toString());
        assertEquals("22:00-02:00", TimeWindow.of(LocalTime.of(22, 0), LocalTime.of(2, 0)).toString());
        assertEquals(LocalTime.MIDNIGHT, TimeWindow.of(LocalTime.NOON, LocalTime.MIDNIGHT).end());
        assertEquals(86_400, TimeWindow.of(LocalTime.NOON, LocalTime.MIDNIGHT).endSecondOfDay());
        assertEquals(26 * 3600, TimeWindow.of(LocalTime.of(22, 0), LocalTime.of(2, 0)).endSecondOfDay());
    }

    @Test
    void of_startEqualsEnd_throwsNamingWindow() {
        DateTimeException ex = assertThrows(DateTimeException.class, () -> TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(9, 0)));
        assertEquals("Window '09:00-09:00' ends where it starts: a window must not be empty", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        assertEquals("Window '00:00-00:00' ends where it starts: a window must not be empty", ex.getMessage());
    }

    @Test
    void of_nulls_throwNpeNamingParameter() {
        assertEquals("startInclusive", assertThrows(NullPointerException.class, () -> TimeWindow.of(null, LocalTime.NOON)).getMessage());
        assertEquals("endExclusive", assertThrows(NullPointerException.class, () -> TimeWindow.of(LocalTime.NOON, null)).getMessage());
        assertEquals("startInclusive", assertThrows(NullPointerException.class, () -> TimeWindow.toEndOfDay(null)).getMessage());
    }

    @Test
    void toEndOfDay_midnight_isAllDay() {
        assertSame(TimeWindow.ALL_DAY, TimeWindow.toEndOfDay(LocalTime.MIDNIGHT));
        assertEquals("18:00-24:00", TimeWindow.toEndOfDay(LocalTime.of(18, 0)).toString());
    }

    @Test
    void overlaps_sharedTimeOnly() {
        TimeWindow morning = TimeWindow.parse("09:00-12:00");
        assertTrue(morning.overlaps(TimeWindow.parse("11:00-13:00")));
        assertFalse(morning.overlaps(TimeWindow.parse("12:00-13:00")), "abutting windows do not overlap");
        assertFalse(TimeWindow.parse("12:00-13:00").overlaps(morning), "nor the other way round");
        assertFalse(morning.overlaps(TimeWindow.parse("13:30-18:00")));
        assertTrue(TimeWindow.parse("22:00-02:00").overlaps(TimeWindow.parse("23:00-24:00")));
    }

    @Test
    void compareTo_byStartThenEnd() {
        List<TimeWindow> sorted = Stream.of("13:30-18:00", "09:00-12:00", "09:00-10:00")
                .map(TimeWindow::parse).sorted().toList();
        assertEquals(List.of(TimeWindow.parse("09:00-10:00"), TimeWindow.parse("09:00-12:00"), TimeWindow.parse("13:30-18:00")), sorted);
    }

    @Test
    void equals_groups() {
        List<List<TimeWindow>> groups = List.of(
                List.of(TimeWindow.parse("12:00-00:00"), TimeWindow.parse("12:00-24:00"), TimeWindow.toEndOfDay(LocalTime.NOON)),
                List.of(TimeWindow.parse("8:30-17:30"), TimeWindow.parse("08:30-17:30"), TimeWindow.parse("08:30:00-17:30:00")),
                List.of(TimeWindow.parse("22:00-02:00"), TimeWindow.of(LocalTime.of(22, 0), LocalTime.of(2, 0))),
                List.of(TimeWindow.ALL_DAY, TimeWindow.parse("00:00-24:00")));
        for (int i = 0; i < groups.size(); i++) {
            for (int j = 0; j < groups.size(); j++) {
                for (TimeWindow a : groups.get(i)) {
                    for (TimeWindow b : groups.get(j)) {
                        if (i == j) {
                            assertEquals(a, b, a + " = " + b);
                            assertEquals(a.hashCode(), b.hashCode(), a + " hash " + b);
                        } else {
                            assertNotEquals(a, b, a + " != " + b);
                        }
                    }
                }
            }
        }
        assertNotEquals(TimeWindow.ALL_DAY, null);
        assertNotEquals(TimeWindow.ALL_DAY, "00:00-24:00");
    }

    @Test
    void hashCode_windowsSecondsApart_hashApart() {
        // starts 09:00:00..09:00:30 and ends 12:00:00..12:00:30: 961 windows, 961 hashes
        Set<Integer> hashes = new HashSet<>();
        for (int s = 0; s <= 30; s++) {
            for (int e = 0; e <= 30; e++) {
                TimeWindow w = TimeWindow.of(LocalTime.of(9, 0, s), LocalTime.of(12, 0, e));
                assertTrue(hashes.add(w.hashCode()), w + " hashes like another window");
            }
        }
        // a start one second later with an end 31 seconds later
        assertNotEquals(TimeWindow.parse("09:00-12:00").hashCode(), TimeWindow.parse("09:00:01-12:00:31").hashCode());
    }

    @Test
    void parse_everyWindowOnAFiveMinuteGrid_roundTrips() {
        // every start and end on a 5-minute grid of the day: 288 x 289 texts
        for (int s = 0; s < 288; s++) {
            for (int e = 0; e <= 288; e++) {
                String text = CalendarWorlds.hhmm(s * 5) + "-" + (e == 288 ? "24:00" : CalendarWorlds.hhmm(e * 5));
                if (s == e) {
                    assertThrows(DateTimeException.class, () -> TimeWindow.parse(text), text);
                    continue;
                }
                TimeWindow w = TimeWindow.parse(text);
                assertEquals(w, TimeWindow.parse(w.toString()), text);
                int minutes = e == 0 || e == 288 ? 1440 - s * 5 : e > s ? (e - s) * 5 : (e - s) * 5 + 1440;
                assertEquals(Duration.ofMinutes(minutes), w.length(), text);
                assertEquals(e != 0 && e < s, w.crossesMidnight(), text);
            }
        }
    }
}
