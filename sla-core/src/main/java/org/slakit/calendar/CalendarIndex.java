package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/**
 * The compiled calendar: open time as sorted spans of epoch seconds, in chunks of 2^25 seconds
 * (about 388 days) with the cumulative open time inside each chunk, so that a query costs two
 * binary searches plus one step per chunk crossed, whatever the horizon.
 * <p>
 * Chunks are built on first use from the {@link Schedule}: in full, or, for a chunk a query only
 * crosses, as its total counted from the weekly hours. They are published in a table read through a
 * volatile field: a slot is filled in place (a chunk is immutable, all its fields final), and the
 * table is copied, doubled, only to grow. So a calendar extends itself lazily to any date and is safe
 * to share between threads; a read of a built chunk never locks and never allocates.
 */
final class CalendarIndex {

    static final int CHUNK_SHIFT = 25;
    static final long CHUNK_SECONDS = 1L << CHUNK_SHIFT;
    static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** A snapshot of the built chunks, ids firstId .. firstId + chunks.length - 1. */
    private static final class Table {
        final long firstId;
        final Chunk[] chunks;

        Table(long firstId, Chunk[] chunks) {
            this.firstId = firstId;
            this.chunks = chunks;
        }
    }

    final Schedule schedule;
    /** The dates whose data is known, or null when unbounded. */
    final LocalDateRange coverage;
    /**
     * Epoch seconds of the first instant the covered dates decide (the start of the first covered date, or
     * later while a window of the day before may run into it) and of the start of the day after the last.
     */
    final long coverStart;
    final long coverEnd;
    /** After this epoch second the calendar is open without end (Long.MAX_VALUE if it always closes again). */
    final long openForeverFrom;
    private volatile Table table = new Table(0, new Chunk[0]);
    /** The margin a partial chunk's spans reach either side of the instants asked: two weeks. */
    static final long STRETCH = 14 * 86_400L;
    /** The longest table that grows by doubling; beyond it, a table grows only as far as it must. */
    private static final long MAX_TABLE = 1 << 24;

    CalendarIndex(Schedule schedule, LocalDateRange coverage) {
        this.schedule = schedule;
        this.coverage = coverage;
        if (coverage == null) {
            coverStart = Long.MIN_VALUE;
            coverEnd = Long.MAX_VALUE;
        } else {
            coverStart = firstKnownSecond(schedule, coverage);
            coverEnd = LocalTimes.epochSecond(schedule.zone, coverage.getEnd(), 0);
        }
        if (schedule.weeklyAlwaysOpen) {
            openForeverFrom = schedule.lastDatedRule == null ? Long.MIN_VALUE
                    : LocalTimes.epochSecond(schedule.zone, schedule.lastDatedRule.plusDays(3), 0);
        } else {
            openForeverFrom = Long.MAX_VALUE;
        }
    }

    /**
     * The first instant whose openness the covered dates decide. The day before the coverage may be a
     * holiday or a make-up day: whatever of its windows (its weekday's, or Monday's as a make-up day)
     * runs past midnight into the first covered date is not known.
     */
    private static long firstKnownSecond(Schedule schedule, LocalDateRange coverage) {
        long first = LocalTimes.epochSecond(schedule.zone, coverage.getStart(), 0);
        if (coverage.isUnboundedStart()) {
            return first;
        }
        LocalDate before = coverage.getStart().minusDays(1);
        for (DayOfWeek day : new DayOfWeek[] {before.getDayOfWeek(), DayOfWeek.MONDAY}) {
            for (TimeWindow w : schedule.weeklyWindows(day)) {
                first = Math.max(first, LocalTimes.epochSecond(schedule.zone, before, w.endSecondOfDay()));
            }
        }
        return first;
    }

    static long chunkId(long epochSecond) {
        return epochSecond >> CHUNK_SHIFT;
    }

    /** Gets the chunk of an id with its spans over all of it. */
    Chunk chunk(long id) {
        Chunk c = slot(id);
        if (c != null && c.isFull()) {
            return c;
        }
        long start = id << CHUNK_SHIFT;
        return build(id, start, start + CHUNK_SECONDS);
    }

    /**
     * Gets a chunk of an id whose spans cover [a, b], epoch seconds inside it ({@code b} at most its
     * end). A chunk with no spans yet compiles about a month around them, not the whole chunk; a
     * chunk whose spans reach only part of the way grows to hold them and more.
     */
    Chunk covering(long id, long a, long b) {
        Chunk c = slot(id);
        return c != null && c.covers(a, b) ? c : build(id, a, b);
    }

    /** Gets a chunk like c whose spans reach at least twice as far towards later or earlier times, or over all of it. */
    Chunk wider(Chunk c, boolean later) {
        long id = chunkId(c.startSecond);
        long width = Math.max(c.to - c.from, STRETCH);
        return later ? covering(id, c.from, Math.min(c.endSecond, c.to + width))
                : covering(id, Math.max(c.startSecond, c.from - width), c.to);
    }

    /** Gets what the index holds for a chunk, built or not, without building anything; null if nothing. */
    Chunk peek(long id) {
        return slot(id);
    }

    private Chunk slot(long id) {
        Table t = table;
        long i = id - t.firstId;
        return i >= 0 && i < t.chunks.length ? t.chunks[(int) i] : null;
    }

    /**
     * Gets the open nanoseconds of a chunk, for a query that only crosses it. A chunk not yet built
     * whose dates follow the weekly hours alone is counted without its spans, about a hundred times
     * faster, and kept so; a query that needs its spans builds them then.
     */
    long total(long id) {
        Chunk c = slot(id);
        return c != null && c.total >= 0 ? c.total : count(id);
    }

    private synchronized long count(long id) {
        Chunk c = slot(id);
        if (c != null && c.total >= 0) {
            return c.total;
        }
        requireAnswered(id);
        long start = id << CHUNK_SHIFT;
        long end = start + CHUNK_SECONDS;
        long seconds = schedule.weeklyOpenSeconds(LocalDate.ofEpochDay(Math.floorDiv(start, 86_400L) - 2),
                LocalDate.ofEpochDay(Math.floorDiv(end, 86_400L) + 2), start, end);
        if (seconds < 0) {
            return build(id, start, end).total;
        }
        Chunk counted = c != null && c.hasSpans() ? c.withTotal(seconds * NANOS_PER_SECOND)
                : new Chunk(start, end, seconds * NANOS_PER_SECOND);
        publish(id, counted);
        return counted.total;
    }

    /**
     * Builds spans of a chunk over [a, b] and a margin of {@link #STRETCH} either side, joined to
     * those it has, or over all of it once that is half of it or more, and publishes it. A slot inside
     * the table is filled in place: a chunk is immutable, so a reader that sees it sees it whole, and
     * one that sees too little comes here. A chunk outside the table grows it to at least twice its
     * length in that direction, so that extending the calendar one chunk at a time costs amortised
     * constant time, not a copy of the table.
     */
    private synchronized Chunk build(long id, long a, long b) {
        Chunk c = slot(id);
        if (c != null && c.covers(a, b)) {
            return c;
        }
        requireAnswered(id);
        long start = id << CHUNK_SHIFT;
        long end = start + CHUNK_SECONDS;
        long from = Math.max(start, a - STRETCH);
        long to = Math.min(end, b + STRETCH);
        if (c != null && c.hasSpans()) {
            from = Math.min(from, c.from);
            to = Math.max(to, c.to);
        }
        if (to - from >= CHUNK_SECONDS / 2) {
            from = start;
            to = end;
        }
        // Offsets are within +-18 h, so two days either side reach every window that can touch the stretch.
        LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(from, 86_400L) - 2);
        LocalDate last = LocalDate.ofEpochDay(Math.floorDiv(to, 86_400L) + 2);
        Chunk built = new Chunk(start, end, from, to, schedule.openSpans(first, last).clip(from, to), c == null ? -1 : c.total);
        publish(id, built);
        return built;
    }

    /** Puts a chunk in its slot, in place when the table holds it, else in a table grown towards it. */
    private void publish(long id, Chunk chunk) {
        Table t = table;
        long i = id - t.firstId;
        if (i >= 0 && i < t.chunks.length) {
            t.chunks[(int) i] = chunk;
            return;
        }
        Table grown = grow(t, id);
        grown.chunks[(int) (id - grown.firstId)] = chunk;
        table = grown;
    }

    private static void requireAnswered(long id) {
        if (id < AnsweredInstants.FIRST_CHUNK || id > AnsweredInstants.LAST_CHUNK) {
            // an answer that runs past the instants a calendar answers for, such as plus from a far start
            throw AnsweredInstants.outside(Instant.ofEpochSecond(Math.max(Instant.MIN.getEpochSecond(),
                    Math.min(Instant.MAX.getEpochSecond(), id << CHUNK_SHIFT))));
        }
    }

    /** A copy of a table with room for an id outside it: at least twice as long, towards the id. */
    private static Table grow(Table t, long id) {
        int length = t.chunks.length;
        if (length == 0) {
            return new Table(id, new Chunk[1]);
        }
        long i = id - t.firstId;
        long grown = Math.max(i < 0 ? length - i : i + 1, 2L * length);
        if (grown > MAX_TABLE) {
            grown = Math.max(i < 0 ? length - i : i + 1, length);
        }
        Chunk[] chunks = new Chunk[Math.toIntExact(grown)];
        long firstId = i < 0 ? t.firstId - (grown - length) : t.firstId;
        System.arraycopy(t.chunks, 0, chunks, (int) (t.firstId - firstId), length);
        return new Table(firstId, chunks);
    }

    /** Describes the calendar: {@code BusinessCalendar[Asia/Shanghai, Mon 09:00-12:00 13:30-18:00, …]}. */
    String summary() {
        StringBuilder sb = new StringBuilder("BusinessCalendar[").append(schedule.zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            TimeWindow[] w = schedule.weeklyWindows(day);
            if (w.length > 0) {
                sb.append(", ").append(CalendarText.dayName(day));
                for (TimeWindow window : w) {
                    sb.append(' ').append(window);
                }
            }
        }
        if (coverage != null) {
            sb.append(", covers ").append(CalendarCoverageException.describe(coverage));
        }
        return sb.append(']').toString();
    }

    // ----- coverage -----

    boolean isBounded() {
        return coverage != null;
    }

    /** Throws unless t lies in [coverStart, coverEnd] (inclusive: a boundary point needs no data beyond). */
    void requireKnown(Instant t) {
        long s = t.getEpochSecond();
        if (s < coverStart) {
            // before the first covered midnight, or after it while the day before's windows may still run
            LocalDate date = LocalTimes.dateOf(schedule.zone, t);
            LocalDate before = coverage.getStart().minusDays(1);
            throw outside(date.isBefore(before) ? date : before);
        }
        if (s > coverEnd || (s == coverEnd && t.getNano() > 0)) {
            throw outside(LocalTimes.dateOf(schedule.zone, t));
        }
    }

    /** Throws unless the instant's openness is known: t in [coverStart, coverEnd). */
    void requireKnownOpenness(Instant t) {
        if (t.getEpochSecond() >= coverEnd) {
            throw outside(LocalTimes.dateOf(schedule.zone, t));
        }
        requireKnown(t);
    }

    void requireKnown(LocalDate date) {
        if (coverage != null && !coverage.contains(date)) {
            throw outside(date);
        }
    }

    CalendarCoverageException outside(LocalDate date) {
        return new CalendarCoverageException(date, coverage);
    }

    CalendarCoverageException beyondEnd() {
        return outside(coverage.getEnd());
    }

    CalendarCoverageException beforeStart() {
        return outside(coverage.getStart().minusDays(1));
    }
}
