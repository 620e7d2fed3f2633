package org.slakit.calendar;

import java.time.Duration;
import java.time.Instant;

/** Business time in [from, to): the open time of whole chunks between, plus the parts of two chunks. */
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
        if (fromId == toId) {
            Chunk both = index.covering(fromId, from.getEpochSecond(), to.getEpochSecond() + 1);
            return Duration.ofNanos(both.openBefore(to.getEpochSecond(), to.getNano()) - both.openBefore(from.getEpochSecond(), from.getNano()));
        }
        // Whole chunks are summed in seconds and nanos apart, so that any horizon fits in a long.
        Chunk first = index.covering(fromId, from.getEpochSecond(), (fromId << CalendarIndex.CHUNK_SHIFT) + CalendarIndex.CHUNK_SECONDS);
        long nanos = first.known - first.openBefore(from.getEpochSecond(), from.getNano());
        long seconds = 0;
        for (long id = fromId + 1; id < toId; id++) {
            long total = index.total(id);
            seconds += total / CalendarIndex.NANOS_PER_SECOND;
            nanos += total % CalendarIndex.NANOS_PER_SECOND;
        }
        nanos += index.covering(toId, toId << CalendarIndex.CHUNK_SHIFT, to.getEpochSecond() + 1).openBefore(to.getEpochSecond(), to.getNano());
        return Duration.ofSeconds(seconds, nanos);
    }
}
