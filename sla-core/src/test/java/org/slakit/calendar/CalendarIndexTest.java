package org.slakit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * A chunk crossed by a query is counted from the weekly hours where no dated rule is near (the days
 * around a zone transition through their spans); that count must equal, to the nanosecond, the
 * total of the chunk built in full from its spans, in zones with and without daylight saving.
 */
class CalendarIndexTest {

    private static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Hong_Kong", "UTC", "Asia/Kolkata",
            "Asia/Kathmandu", "Pacific/Chatham", "Europe/Berlin", "America/Santiago", "Australia/Lord_Howe", "+05:45");
    private static final List<String> WINDOWS = List.of("09:00-12:00", "13:30-18:00", "22:00-02:00", "00:00-24:00",
            "08:30-17:30", "23:59-24:00", "12:00-13:00", "18:00-06:00", "00:00-00:30");

    /** A random calendar: a zone, one window on some days, a second that does not overlap on others, and perhaps dated rules. */
    private static BusinessCalendar calendar(Random r) {
        CalendarBuilder b = BusinessCalendar.builder(ZoneId.of(ZONES.get(r.nextInt(ZONES.size()))));
        boolean any = false;
        for (DayOfWeek d : DayOfWeek.values()) {
            if (r.nextInt(3) > 0) {
                b.hours(d, r.nextBoolean() ? "09:00-12:00" : "10:00-13:00", r.nextBoolean() ? "13:30-18:00" : "19:00-20:30");
                any = true;
            }
        }
        if (!any || r.nextInt(4) == 0) {
            // a night shift alone, crossing midnight; Sunday's may not run into Monday's windows, so it stays alone
            b = BusinessCalendar.builder(ZoneId.of(ZONES.get(r.nextInt(ZONES.size())))).hours(DayOfWeek.MONDAY, DayOfWeek.SATURDAY,
                    WINDOWS.get(2 + r.nextInt(2) * 5));
        }
        if (r.nextInt(3) == 0) {
            b.holiday(LocalDate.of(2026, 10, 1)).closed(LocalDate.of(2026, 12, 24), "13:00-18:00");
        }
        return b.build();
    }

    @Test
    void total_chunkCountedFromTheWeeklyHours_equalsTheChunkBuiltFromItsSpans() {
        Random r = new Random(20261202);
        int counted = 0;
        int built = 0;
        for (int c = 0; c < 60; c++) {
            long seed = r.nextLong();
            BusinessCalendar fast = calendar(new Random(seed));
            BusinessCalendar full = calendar(new Random(seed));
            List<Long> ids = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                long second = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond() + (long) (r.nextDouble() * 400 * 365.25 * 86_400);
                ids.add(CalendarIndex.chunkId(second));
            }
            ids.add(CalendarIndex.chunkId(Instant.parse("2026-10-01T00:00:00Z").getEpochSecond()));
            for (long id : ids) {
                long start = id << CalendarIndex.CHUNK_SHIFT;
                long end = start + CalendarIndex.CHUNK_SECONDS;
                boolean weekly = fast.index.schedule.weeklyOpenSeconds(LocalDate.ofEpochDay(Math.floorDiv(start, 86_400L) - 2),
                        LocalDate.ofEpochDay(Math.floorDiv(end, 86_400L) + 2), start, end) >= 0;
                counted += weekly ? 1 : 0;
                built += weekly ? 0 : 1;
                assertEquals(full.index.chunk(id).total, fast.index.total(id), fast + " chunk " + id);
                // asked later for its spans, the counted chunk is built in full and keeps its total
                assertEquals(full.index.chunk(id).total, fast.index.chunk(id).total, fast + " chunk " + id);
            }
        }
        // counted: every chunk without a dated rule near it, daylight saving or not; built: those with one
        assertTrue(counted > 2000 && built > 10, "counted " + counted + ", built " + built);
    }

    @Test
    void plusAndBetween_farHorizons_agreeWithACalendarBuiltChunkByChunk() {
        Random r = new Random(7);
        for (int c = 0; c < 40; c++) {
            long seed = r.nextLong();
            BusinessCalendar fast = calendar(new Random(seed));
            BusinessCalendar full = calendar(new Random(seed));
            Instant start = Instant.parse("2026-11-23T01:00:00Z").plusSeconds(r.nextInt(86_400 * 30));
            // build every chunk of the full one first, so that it never counts from the weekly hours
            for (long id = CalendarIndex.chunkId(start.getEpochSecond()) - 40; id <= CalendarIndex.chunkId(start.getEpochSecond()) + 40; id++) {
                full.index.chunk(id);
            }
            for (long hours : new long[] {40, 4_000, 40_000, 100_000}) {
                Duration amount = Duration.ofHours(hours).plusSeconds(r.nextInt(3600));
                Instant due = full.plus(start, amount);
                assertEquals(due, fast.plus(start, amount), fast + " + " + amount);
                assertEquals(full.minus(start, amount), fast.minus(start, amount), fast + " - " + amount);
                assertEquals(full.between(start, due), fast.between(start, due), fast + " between");
            }
        }
    }

    /** Chunks are 2^25 s long: chunk 52 ends, and 53 begins, at 2025-04-16T19:07:44Z, a Wednesday. */
    private static final Instant SEAM = Instant.ofEpochSecond(52L << CalendarIndex.CHUNK_SHIFT);

    @Test
    void openStretch_acrossAChunkSeam_isOneStretch() {
        assertEquals(Instant.parse("2025-04-16T19:07:44Z"), SEAM);
        BusinessCalendar cal = BusinessCalendar.builder(ZoneOffset.UTC).hours(DayOfWeek.WEDNESDAY, "18:00-20:00").build();
        Instant open = Instant.parse("2025-04-16T18:00:00Z");
        Instant close = Instant.parse("2025-04-16T20:00:00Z");
        Duration beforeSeam = Duration.ofSeconds(67 * 60 + 44);
        assertTrue(cal.isOpen(SEAM.minusNanos(1)));
        assertTrue(cal.isOpen(SEAM));
        assertEquals(SEAM, cal.nextOpen(SEAM));
        assertEquals(close, cal.nextClose(open));
        assertEquals(close, cal.nextClose(SEAM.minusNanos(1)));
        assertEquals(close, cal.nextClose(SEAM));
        assertEquals(Duration.ofHours(2), cal.between(open, close));
        assertEquals(beforeSeam, cal.between(open, SEAM));
        assertEquals(SEAM, cal.plus(open, beforeSeam));
        assertEquals(close, cal.plus(open, Duration.ofHours(2)));
        assertEquals(Instant.parse("2025-04-23T18:00:00.000000001Z"), cal.plus(open, Duration.ofHours(2).plusNanos(1)));
        assertEquals(open, cal.minus(close, Duration.ofHours(2)));
        assertEquals(SEAM, cal.minus(close, Duration.ofHours(2).minus(beforeSeam)));
        assertEquals(Instant.parse("2025-04-09T20:00:00Z").minusNanos(1), cal.minus(close, Duration.ofHours(2).plusNanos(1)));
        assertEquals(List.of(Interval.of(open, close)), cal.openIntervals(LocalDate.parse("2025-04-16")));
        assertEquals(close, cal.endOfBusinessDay(SEAM));
        assertEquals(LocalDate.parse("2025-04-16"), cal.workingDayOf(SEAM));
    }

    @Test
    void openStretch_endingAtAChunkSeam_endsThere() {
        // the next chunk opens a week later, not where this one ends
        BusinessCalendar cal = BusinessCalendar.builder(ZoneOffset.UTC).hours(DayOfWeek.WEDNESDAY, "18:00-19:07:44").build();
        Instant open = Instant.parse("2025-04-16T18:00:00Z");
        assertEquals(SEAM, cal.nextClose(open));
        assertFalse(cal.isOpen(SEAM));
        assertEquals(Instant.parse("2025-04-23T18:00:00Z"), cal.nextOpen(SEAM));
        assertEquals(Instant.parse("2025-04-23T18:00:01Z"), cal.plus(open, Duration.ofSeconds(67 * 60 + 45)));
        assertEquals(SEAM, cal.plus(open, Duration.ofSeconds(67 * 60 + 44)));
        assertEquals(SEAM.minusSeconds(1), cal.minus(Instant.parse("2025-04-23T18:00:00Z"), Duration.ofSeconds(1)));
    }

    // ----- partial chunks: the first answers compile about a month around the instants asked -----

    /** A week-long open stretch, Mon 00:00 to Sat 00:00 UTC, so that a partial chunk's edge falls inside one. */
    private static BusinessCalendar weekdaysRoundTheClock() {
        return BusinessCalendar.builder(ZoneOffset.UTC).hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "00:00-24:00").build();
    }

    @Test
    void firstAnswer_compilesAboutAMonthAroundTheInstant_notTheWholeChunk() {
        BusinessCalendar cal = weekdaysRoundTheClock();
        Instant t = Instant.parse("2026-03-10T09:00:00Z");
        assertEquals(Instant.parse("2026-03-10T13:00:00Z"), cal.plus(t, Duration.ofHours(4)));
        Chunk c = cal.index.peek(CalendarIndex.chunkId(t.getEpochSecond()));
        assertFalse(c.isFull());
        assertTrue(c.from <= t.getEpochSecond() && t.getEpochSecond() < c.to);
        assertTrue(c.to - c.from <= 2 * CalendarIndex.STRETCH + 1, "spans over " + (c.to - c.from) + " s");
    }

    @Test
    void instantsAtAPartialChunksEdge_answerAsOnAWholeChunk() {
        BusinessCalendar cal = weekdaysRoundTheClock();
        BusinessCalendar whole = weekdaysRoundTheClock();
        Instant t = Instant.parse("2026-03-10T09:00:00Z");
        cal.isOpen(t);
        long id = CalendarIndex.chunkId(t.getEpochSecond());
        whole.index.chunk(id);
        Chunk c = cal.index.peek(id);
        assertFalse(c.isFull());
        // the edges are inside open time: 14 days and a second after a Tuesday 09:00, 14 days before it
        List<Instant> edges = List.of(Instant.ofEpochSecond(c.to), Instant.ofEpochSecond(c.to, 500_000_000),
                Instant.ofEpochSecond(c.to - 1, 999_999_999), Instant.ofEpochSecond(c.from), Instant.ofEpochSecond(c.from, 1));
        for (Instant x : edges) {
            BusinessCalendar partial = weekdaysRoundTheClock();
            partial.isOpen(t);
            assertEquals(whole.isOpen(x), partial.isOpen(x), "isOpen " + x);
            assertEquals(whole.plus(x, Duration.ofSeconds(1)), partial.plus(x, Duration.ofSeconds(1)), "plus " + x);
            assertEquals(whole.minus(x, Duration.ofSeconds(1)), partial.minus(x, Duration.ofSeconds(1)), "minus " + x);
            assertEquals(whole.between(t, x), partial.between(t, x), "between " + x);
            assertEquals(whole.between(x, x.plusSeconds(3)), partial.between(x, x.plusSeconds(3)), "between from " + x);
            assertEquals(whole.nextClose(x), partial.nextClose(x), "nextClose " + x);
            assertEquals(whole.nextOpen(x), partial.nextOpen(x), "nextOpen " + x);
        }
    }

    @Test
    void aPartialChunk_growsTowardsTheAnswer_andIsWholeOnceThatIsHalfTheChunk() {
        BusinessCalendar cal = weekdaysRoundTheClock();
        Instant t = Instant.parse("2026-03-10T09:00:00Z");
        long id = CalendarIndex.chunkId(t.getEpochSecond());
        // 30 weekdays of 24 h: six weeks on, past the first stretch
        assertEquals(Instant.parse("2026-04-21T09:00:00Z"), cal.plus(t, Duration.ofHours(30 * 24)));
        Chunk grown = cal.index.peek(id);
        assertFalse(grown.isFull());
        assertTrue(grown.to > Instant.parse("2026-04-21T09:00:00Z").getEpochSecond());
        cal.plus(t, Duration.ofHours(150 * 24));
        assertTrue(cal.index.peek(id).isFull() || cal.index.peek(id).to == cal.index.peek(id).endSecond);
        cal.minus(t, Duration.ofHours(150 * 24));
        assertTrue(cal.index.peek(id).isFull());
    }
}
