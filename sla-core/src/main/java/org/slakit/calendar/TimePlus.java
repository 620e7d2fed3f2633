package org.slakit.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * The instant at which a given amount of business time has passed after a start, or the latest
 * instant before an end from which it passes.
 * <p>
 * {@code plus} returns the earliest such instant, so a deadline that uses up a window ends at the
 * window's close (12:00), never at the next opening (13:30). {@code minus} returns the latest.
 * <p>
 * The chunk of the start is asked for its spans around the start, grown only as far as the amount
 * needs; the chunks crossed are asked only their totals; the spans of the last one place the result.
 */
final class TimePlus {

    /** Amounts up to this many nanoseconds are counted in a long; larger ones skip chunks first. */
    private static final Duration MAX_NANOS = Duration.ofNanos(Long.MAX_VALUE / 4);

    private TimePlus() {
    }

    static Instant plus(CalendarIndex index, Instant start, Duration amount) {
        if (amount.isNegative()) {
            return minus(index, start, amount.negated());
        }
        index.requireKnown(start);
        if (amount.isZero()) {
            return start;
        }
        long second = start.getEpochSecond();
        int nano = start.getNano();
        long id = CalendarIndex.chunkId(second);
        Chunk chunk = index.covering(id, second, second + 1);
        boolean small = amount.compareTo(MAX_NANOS) <= 0;
        long remaining = small ? amount.toNanos() : Long.MAX_VALUE;
        // the open time from the start to the end of the spans
        long rest = chunk.known - chunk.openBefore(second, nano);
        while (remaining > rest && chunk.to < chunk.endSecond) {
            chunk = index.wider(chunk, true);
            rest = chunk.known - chunk.openBefore(second, nano);
        }
        if (remaining <= rest) {
            // no span before the start's reaches past it: look from there
            long target = chunk.openBefore(second, nano) + remaining;
            return place(index, chunk, chunk.spanReachingFrom(Math.max(0, chunk.floor(second)), target), target);
        }
        // the rest of the chunk is used up: count on from the start of the next one
        long total;
        if (small) {
            remaining -= rest;
            id++;
            checkBeforeEnd(index, id);
            total = index.total(id);
        } else {
            Duration left = amount.minusNanos(rest);
            while (true) {
                id++;
                checkBeforeEnd(index, id);
                total = index.total(id);
                if (left.compareTo(MAX_NANOS) <= 0) {
                    break;
                }
                left = left.minusNanos(total);
            }
            remaining = left.toNanos();
        }
        while (remaining > total) {
            remaining -= total;
            id++;
            checkBeforeEnd(index, id);
            total = index.total(id);
        }
        long chunkStart = id << CalendarIndex.CHUNK_SHIFT;
        Chunk last = index.covering(id, chunkStart, chunkStart);
        while (remaining > last.known && last.to < last.endSecond) {
            last = index.wider(last, true);
        }
        return place(index, last, last.spanReaching(remaining, false), remaining);
    }

    /** The earliest instant at which the open time counted from the chunk's spans' start reaches target, in the span given. */
    private static Instant place(CalendarIndex index, Chunk chunk, int span, long target) {
        Instant result = chunk.instantAt(span, target);
        if (result.getEpochSecond() > index.coverEnd
                || (result.getEpochSecond() == index.coverEnd && result.getNano() > 0)) {
            throw index.beyondEnd();
        }
        return AnsweredInstants.requireAnswer(result);
    }

    static Instant minus(CalendarIndex index, Instant end, Duration amount) {
        if (amount.isNegative()) {
            return plus(index, end, amount.negated());
        }
        index.requireKnown(end);
        if (amount.isZero()) {
            return end;
        }
        long second = end.getEpochSecond();
        int nano = end.getNano();
        long id = CalendarIndex.chunkId(second);
        Chunk chunk = index.covering(id, second, second + 1);
        boolean small = amount.compareTo(MAX_NANOS) <= 0;
        long remaining = small ? amount.toNanos() : Long.MAX_VALUE;
        // the open time from the start of the spans to the end instant
        long pos = chunk.openBefore(second, nano);
        while (remaining > pos && chunk.from > chunk.startSecond) {
            chunk = index.wider(chunk, false);
            pos = chunk.openBefore(second, nano);
        }
        if (remaining <= pos) {
            return placeLatest(index, chunk, pos - remaining);
        }
        long total;
        if (small) {
            remaining -= pos;
            id--;
            checkAfterStart(index, id);
            total = index.total(id);
        } else {
            Duration left = amount.minusNanos(pos);
            while (true) {
                id--;
                checkAfterStart(index, id);
                total = index.total(id);
                if (left.compareTo(MAX_NANOS) <= 0) {
                    break;
                }
                left = left.minusNanos(total);
            }
            remaining = left.toNanos();
        }
        while (remaining > total) {
            remaining -= total;
            id--;
            checkAfterStart(index, id);
            total = index.total(id);
        }
        // counted back from the chunk's end: the spans must reach its end and hold the amount
        long chunkEnd = (id << CalendarIndex.CHUNK_SHIFT) + CalendarIndex.CHUNK_SECONDS;
        Chunk last = index.covering(id, chunkEnd, chunkEnd);
        while (remaining > last.known && last.from > last.startSecond) {
            last = index.wider(last, false);
        }
        return placeLatest(index, last, last.known - remaining);
    }

    /** The latest instant at which the open time counted from the chunk's spans' start is target. */
    private static Instant placeLatest(CalendarIndex index, Chunk chunk, long target) {
        // the first span whose end lies beyond it
        Instant result = chunk.instantAt(chunk.spanReaching(target, true), target);
        if (result.getEpochSecond() < index.coverStart) {
            throw index.beforeStart();
        }
        return AnsweredInstants.requireAnswer(result);
    }

    private static void checkBeforeEnd(CalendarIndex index, long id) {
        if (id << CalendarIndex.CHUNK_SHIFT >= index.coverEnd) {
            throw index.beyondEnd();
        }
    }

    private static void checkAfterStart(CalendarIndex index, long id) {
        if ((id << CalendarIndex.CHUNK_SHIFT) + CalendarIndex.CHUNK_SECONDS <= index.coverStart) {
            throw index.beforeStart();
        }
    }
}
