package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.Instant;

/** Whether an instant is open, where the next opening is, and where the open stretch ends. */
final class OpenStretch {

    private OpenStretch() {
    }

    static boolean isOpen(CalendarIndex index, Instant t) {
        index.requireKnownOpenness(t);
        long second = t.getEpochSecond();
        Chunk chunk = index.covering(CalendarIndex.chunkId(second), second, second + 1);
        int i = chunk.floor(second);
        return i >= 0 && second < chunk.ends[i];
    }

    static Instant nextOpen(CalendarIndex index, Instant t) {
        index.requireKnownOpenness(t);
        long second = t.getEpochSecond();
        long id = CalendarIndex.chunkId(second);
        Chunk chunk = index.covering(id, second, second + 1);
        int i = chunk.floor(second);
        if (i >= 0 && second < chunk.ends[i]) {
            return t;
        }
        int next = i + 1;
        // no opening in the spans after the instant: look further in the chunk, then in the next ones
        while (next >= chunk.size()) {
            if (chunk.to < chunk.endSecond) {
                chunk = index.wider(chunk, true);
                next = chunk.floor(second) + 1;
                continue;
            }
            id++;
            long start = id << CalendarIndex.CHUNK_SHIFT;
            if (start >= index.coverEnd) {
                throw index.beyondEnd();
            }
            chunk = index.covering(id, start, start + 1);
            next = 0;
        }
        long open = chunk.starts[next];
        if (open >= index.coverEnd) {
            throw index.beyondEnd();
        }
        return AnsweredInstants.requireAnswer(Instant.ofEpochSecond(open));
    }

    static Instant nextClose(CalendarIndex index, Instant t) {
        Instant open = nextOpen(index, t);
        long second = open.getEpochSecond();
        long id = CalendarIndex.chunkId(second);
        Chunk chunk = index.covering(id, second, second + 1);
        int i = chunk.floor(second);
        while (chunk.ends[i] == chunk.to && chunk.to < chunk.endSecond) {
            // the stretch reaches the end of the spans, not of the chunk: see further
            chunk = index.wider(chunk, true);
            i = chunk.floor(second);
        }
        long end = chunk.ends[i];
        // A stretch that reaches the chunk's end may go on in the next chunk.
        while (end == chunk.endSecond) {
            if (end >= index.coverEnd) {
                throw index.beyondEnd();
            }
            if (end > index.openForeverFrom) {
                throw new DateTimeException("Calendar never closes after " + open + ": it is open at every hour from "
                        + LocalTimes.dateOf(index.schedule.zone, Math.max(index.openForeverFrom, second)) + " on");
            }
            id++;
            chunk = index.covering(id, end, end + 1);
            if (chunk.size() == 0 || chunk.starts[0] != end) {
                break;
            }
            while (chunk.ends[0] == chunk.to && chunk.to < chunk.endSecond) {
                chunk = index.wider(chunk, true);
            }
            end = chunk.ends[0];
        }
        if (end >= index.coverEnd) {
            // whether the stretch goes on past the covered dates is not known
            throw index.beyondEnd();
        }
        return AnsweredInstants.requireAnswer(Instant.ofEpochSecond(end));
    }
}
