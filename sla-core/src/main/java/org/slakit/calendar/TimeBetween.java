package org.slakit.calendar;

import java.time.Duration;
import java.time.Instant;
import org.slakit.calendar.CalendarIndex.Chunk;

/** Business time in [from, to): the open time of whole chunks between, plus two partial chunks. */
final class TimeBetween {

    private TimeBetween() {
    }

    static Duration calculate(CalendarIndex index, Instant from, Instant to) {
        int cmp = from.compareTo(to);
        if (cmp == 0) {
            index.requireKnown(from);
            return Duration.ZERO;
        }
        if (cmp > 0) {
            return calculate(index, to, from).negated();
        }
        index.requireKnown(from);
        index.requireKnown(to);
        long fromId = CalendarIndex.chunkId(from.getEpochSecond());
        long toId = CalendarIndex.chunkId(to.getEpochSecond());
        Chunk first = index.chunk(fromId);
        long head = first.openBefore(from.getEpochSecond(), from.getNano());
        if (fromId == toId) {
            return Duration.ofNanos(first.openBefore(to.getEpochSecond(), to.getNano()) - head);
        }
        // Whole chunks are summed in seconds and nanos apart, so that any horizon fits in a long.
        long nanos = first.total - head;
        long seconds = 0;
        for (long id = fromId + 1; id < toId; id++) {
            long total = index.total(id);
            seconds += total / CalendarIndex.NANOS_PER_SECOND;
            nanos += total % CalendarIndex.NANOS_PER_SECOND;
        }
        nanos += index.chunk(toId).openBefore(to.getEpochSecond(), to.getNano());
        return Duration.ofSeconds(seconds, nanos);
    }
}
