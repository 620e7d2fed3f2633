package org.slakit.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.ticket.Ticket;

/**
 * One ticket's walk through time: the instants at which its status can change are its own entries
 * and the {@code nextChangeAt} of each status; the walk evaluates the ticket at each, in order, and
 * compares with the status before. Strictly between two such instants nothing changes, so a walk
 * that stops at an instant and goes on later finds the changes one walk would: the history of a
 * log under a policy is a function of the two.
 */
final class Walk {

    /** The last instant evaluated; null before the opening. */
    private Instant at;
    /** The status at {@link #at}; null before the opening. */
    private SlaStatus status;
    /** The deadline last reported for each target and cycle. */
    private final Map<String, Instant> lastDue = new HashMap<>();

    private Walk() {
    }

    static Walk start() {
        return new Walk();
    }

    /** Walks a log from its opening to an instant, reporting nothing. */
    static Walk silently(SlaPolicy policy, Ticket log, Instant to) {
        Walk w = new Walk();
        w.run(policy, log, to, new ArrayList<>());
        return w;
    }

    Instant at() {
        return at;
    }

    SlaStatus status() {
        return status;
    }

    Map<String, Instant> lastDue() {
        return lastDue;
    }

    /** The next instant at which the log's status can change: its next entry or the status's next change. */
    Instant next(Ticket log) {
        Instant entry = firstEntryAfter(log, at);
        Instant change = status == null ? null : status.nextChangeAt().orElse(null);
        if (change != null && at != null && !change.isAfter(at)) {
            // nextChangeAt is after asOf by contract; never loop on one instant
            change = null;
        }
        return entry == null ? change : change == null || entry.isBefore(change) ? entry : change;
    }

    /** Walks on through every instant up to and including to, adding the changes to out. */
    void run(SlaPolicy policy, Ticket log, Instant to, List<SlaChange> out) {
        for (Instant t = next(log); t != null && !t.isAfter(to); t = next(log)) {
            SlaStatus after = policy.evaluate(log, t);
            SlaStatus before = status;
            Instant justBefore = t.minusNanos(1);
            StatusDiff.diff(policy, log, before, after, t, lastDue,
                    name -> policy.evaluate(log, justBefore).target(name).orElseGet(() -> before.target(name).orElseThrow()), out);
            status = after;
            at = t;
        }
    }

    /** The instant of the first entry strictly after an instant (any entry when it is null), or null. */
    static Instant firstEntryAfter(Ticket log, Instant after) {
        if (after == null) {
            return log.openedAt();
        }
        int lo = 0;
        int hi = log.eventCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (log.getEvent(mid).at().isAfter(after)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo < log.eventCount() ? log.getEvent(lo).at() : null;
    }
}
