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

    /** The open time of one chunk of the time line, [startSecond, endSecond). */
    static final class Chunk {
        final long startSecond;
        final long endSecond;
        /** Sorted, disjoint, non-touching spans of open time, clipped to the chunk. */
        final long[] starts;
        final long[] ends;
        /** Open nanoseconds in the chunk up to the end of span i. */
        final long[] cumEnd;
        final long total;

        Chunk(long startSecond, long endSecond, Spans spans) {
            this.startSecond = startSecond;
            this.endSecond = endSecond;
            int n = spans.size();
            starts = new long[n];
            ends = new long[n];
            cumEnd = new long[n];
            long sum = 0;
            for (int i = 0; i < n; i++) {
                starts[i] = spans.start(i);
                ends[i] = spans.end(i);
                sum += (ends[i] - starts[i]) * NANOS_PER_SECOND;
                cumEnd[i] = sum;
            }
            total = sum;
        }

        /** A chunk counted from the weekly hours alone: its total, without spans ({@link #hasSpans()} false). */
        Chunk(long startSecond, long endSecond, long total) {
            this.startSecond = startSecond;
            this.endSecond = endSecond;
            this.starts = null;
            this.ends = null;
            this.cumEnd = null;
            this.total = total;
        }

        boolean hasSpans() {
            return starts != null;
        }

        int size() {
            return starts.length;
        }

        /** The largest i with starts[i] <= second, or -1. */
        int floor(long second) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= second) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return hi;
        }

        long cumBefore(int i) {
            return i == 0 ? 0 : cumEnd[i - 1];
        }

        /** Open nanoseconds in [startSecond, t). */
        long openBefore(long second, int nano) {
            int i = floor(second);
            if (i < 0) {
                return 0;
            }
            if (second < ends[i]) {
                return cumBefore(i) + (second - starts[i]) * NANOS_PER_SECOND + nano;
            }
            return cumEnd[i];
        }

        /** The first i with cumEnd[i] >= target (strict: > target). */
        int spanReaching(long target, boolean strict) {
            int lo = 0;
            int hi = cumEnd.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                boolean reaches = strict ? cumEnd[mid] > target : cumEnd[mid] >= target;
                if (reaches) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** The instant at which the open time counted from the chunk's start reaches target. */
        Instant instantAt(int span, long target) {
            return Instant.ofEpochSecond(starts[span], target - cumBefore(span));
        }
    }

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

    Chunk chunkOf(long epochSecond) {
        return chunk(epochSecond >> CHUNK_SHIFT);
    }

    Chunk chunk(long id) {
        Table t = table;
        long i = id - t.firstId;
        if (i >= 0 && i < t.chunks.length) {
            Chunk c = t.chunks[(int) i];
            if (c != null && c.hasSpans()) {
                return c;
            }
        }
        return build(id);
    }

    /**
     * Gets the open nanoseconds of a chunk, for a query that only crosses it. A chunk not yet built
     * whose dates follow the weekly hours alone is counted without its spans, about a hundred times
     * faster, and kept so; a query that needs its spans builds it in full then.
     */
    long total(long id) {
        Table t = table;
        long i = id - t.firstId;
        if (i >= 0 && i < t.chunks.length) {
            Chunk c = t.chunks[(int) i];
            if (c != null) {
                return c.total;
            }
        }
        return count(id);
    }

    private synchronized long count(long id) {
        Table t = table;
        long i = id - t.firstId;
        if (i >= 0 && i < t.chunks.length && t.chunks[(int) i] != null) {
            return t.chunks[(int) i].total;
        }
        requireAnswered(id);
        long start = id << CHUNK_SHIFT;
        long end = start + CHUNK_SECONDS;
        long seconds = schedule.weeklyOpenSeconds(LocalDate.ofEpochDay(Math.floorDiv(start, 86_400L) - 2),
                LocalDate.ofEpochDay(Math.floorDiv(end, 86_400L) + 2), start, end);
        if (seconds < 0) {
            return build(id).total;
        }
        Chunk counted = new Chunk(start, end, seconds * NANOS_PER_SECOND);
        publish(t, id, counted);
        return counted.total;
    }

    /**
     * Builds the chunk of an id and publishes it. A slot inside the table is filled in place: a chunk
     * is immutable, so a reader that sees it sees it whole, and one that sees null comes here. A chunk
     * outside the table grows it to at least twice its length in that direction, so that extending
     * the calendar one chunk at a time costs amortised constant time, not a copy of the table.
     */
    private synchronized Chunk build(long id) {
        Table t = table;
        long i = id - t.firstId;
        if (i >= 0 && i < t.chunks.length && t.chunks[(int) i] != null && t.chunks[(int) i].hasSpans()) {
            return t.chunks[(int) i];
        }
        requireAnswered(id);
        Chunk chunk = compile(id);
        publish(t, id, chunk);
        return chunk;
    }

    /** Puts a chunk in its slot, in place when the table holds it, else in a table grown towards it. */
    private void publish(Table t, long id, Chunk chunk) {
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

    private Chunk compile(long id) {
        long start = id << CHUNK_SHIFT;
        long end = start + CHUNK_SECONDS;
        // Offsets are within +-18 h, so two days either side reach every window that can touch the chunk.
        LocalDate first = LocalDate.ofEpochDay(Math.floorDiv(start, 86_400L) - 2);
        LocalDate last = LocalDate.ofEpochDay(Math.floorDiv(end, 86_400L) + 2);
        return new Chunk(start, end, schedule.openSpans(first, last).clip(start, end));
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
