package org.slakit.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;
import org.threeten.extra.Interval;

/**
 * The intervals of a cycle during which a ticket waits in one of a target's {@code paused-by}
 * states: a pause into such a state opens one, and a resume, a resolve or a switch to a state that
 * does not pause the target closes it. Consecutive pausing states make one interval.
 */
final class Pauses {

    static final Pauses NONE = new Pauses(new Instant[0], new Instant[0], 0);

    /** Starts, in time order. */
    final Instant[] starts;
    /** Ends; null for an interval still open at the end of the events read. */
    final Instant[] ends;
    final int size;

    private Pauses(Instant[] starts, Instant[] ends, int size) {
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** Calculates the pausing intervals among events [from, to) of a ticket. */
    static Pauses of(Ticket ticket, int from, int to, Target target) {
        Instant[] starts = null;
        Instant[] ends = null;
        int n = 0;
        boolean pausing = false;
        for (int i = from; i < to; i++) {
            TicketEvent e = ticket.getEvent(i);
            boolean now;
            switch (e.type()) {
                case PAUSE:
                    now = target.isPausedBy(e.waitingState().orElseThrow());
                    break;
                case RESUME:
                    now = false;
                    break;
                case EVENT:
                    if (!Ticket.RESOLVED.equals(e.name())) {
                        continue;
                    }
                    now = false;
                    break;
                default:
                    continue;
            }
            if (now && !pausing) {
                if (starts == null) {
                    starts = new Instant[4];
                    ends = new Instant[4];
                } else if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = e.at();
                n++;
            } else if (!now && pausing) {
                ends[n - 1] = e.at();
            }
            pausing = now;
        }
        return n == 0 ? NONE : new Pauses(starts, ends, n);
    }

    /** Lists the intervals, one still open ending at asOf (or at its start, if asOf is earlier). */
    List<Interval> intervals(Instant asOf) {
        List<Interval> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Instant end = ends[i] == null ? asOf : ends[i];
            out.add(Interval.of(starts[i], end.isBefore(starts[i]) ? starts[i] : end));
        }
        return out;
    }
}
