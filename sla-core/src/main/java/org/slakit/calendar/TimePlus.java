package org.slakit.calendar;

import java.time.Duration;
import java.time.Instant;
import org.slakit.calendar.CalendarIndex.Chunk;

/**
 * The instant at which a given amount of business time has passed after a start, or the latest
 * instant before an end from which it passes.
 * <p>
 * {@code plus} returns the earliest such instant, so a deadline that uses up a window ends at the
 * window's close (12:00), never at the next opening (13:30). {@code minus} returns the latest.
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
        long id = CalendarIndex.chunkId(start.getEpochSecond());
        Chunk chunk = index.chunk(id);
        long pos = chunk.openBefore(start.getEpochSecond(), start.getNano());
        long total = chunk.total;
        long remaining;
        // the chunks crossed are asked only their totals; the spans of the last one place the result
        if (amount.compareTo(MAX_NANOS) <= 0) {
            remaining = amount.toNanos();
        } else {
            Duration left = amount.minusNanos(total - pos);
            while (true) {
                id++;
                checkBeforeEnd(index, id);
                total = index.total(id);
                if (left.compareTo(MAX_NANOS) <= 0) {
                    break;
                }
                left = left.minusNanos(total);
            }
            pos = 0;
            remaining = left.toNanos();
        }
        while (remaining > total - pos) {
            remaining -= total - pos;
            id++;
            checkBeforeEnd(index, id);
            total = index.total(id);
            pos = 0;
        }
        if (chunk.startSecond != id << CalendarIndex.CHUNK_SHIFT) {
            chunk = index.chunk(id);
        }
        long target = pos + remaining;
        Instant result = chunk.instantAt(chunk.spanReaching(target, false), target);
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
        long id = CalendarIndex.chunkId(end.getEpochSecond());
        Chunk chunk = index.chunk(id);
        long pos = chunk.openBefore(end.getEpochSecond(), end.getNano());
        long remaining;
        if (amount.compareTo(MAX_NANOS) <= 0) {
            remaining = amount.toNanos();
        } else {
            Duration left = amount.minusNanos(pos);
            while (true) {
                id--;
                checkAfterStart(index, id);
                pos = index.total(id);
                if (left.compareTo(MAX_NANOS) <= 0) {
                    break;
                }
                left = left.minusNanos(pos);
            }
            remaining = left.toNanos();
        }
        while (remaining > pos) {
            remaining -= pos;
            id--;
            checkAfterStart(index, id);
            pos = index.total(id);
        }
        if (chunk.startSecond != id << CalendarIndex.CHUNK_SHIFT) {
            chunk = index.chunk(id);
        }
        long target = pos - remaining;
        // the latest instant at that count: the first span whose end lies beyond it
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
