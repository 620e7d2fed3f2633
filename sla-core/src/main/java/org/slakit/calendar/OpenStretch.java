package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import org.slakit.calendar.CalendarIndex.Chunk;

/** Whether an instant is open, where the next opening is, and where the open stretch ends. */
final class OpenStretch {

    private OpenStretch() {
    }

    static boolean isOpen(CalendarIndex index, Instant t) {
        index.requireKnownOpenness(t);
        long second = t.getEpochSecond();
        Chunk chunk = index.chunkOf(second);
        int i = chunk.floor(second);
        return i >= 0 && second < chunk.ends[i];
    }

    static Instant nextOpen(CalendarIndex index, Instant t) {
        index.requireKnownOpenness(t);
        long second = t.getEpochSecond();
        long id = CalendarIndex.chunkId(second);
        Chunk chunk = index.chunk(id);
        int i = chunk.floor(second);
        if (i >= 0 && second < chunk.ends[i]) {
            return t;
        }
        int next = i + 1;
        while (next >= chunk.size()) {
            id++;
            chunk = index.chunk(id);
            if (chunk.startSecond >= index.coverEnd) {
                throw index.beyondEnd();
            }
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
        Chunk chunk = index.chunk(id);
        int i = chunk.floor(second);
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
            chunk = index.chunk(id);
            if (chunk.size() == 0 || chunk.starts[0] != end) {
                break;
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
