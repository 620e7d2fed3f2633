package org.slakit.track;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;
import org.slakit.track.SlaTracker.TicketTarget;

/**
 * The parts of the tracker's queries that need no lock: a ticket's targets evaluated and matched,
 * whether a ticket is open at an instant.
 */
final class Queries {

    static final Predicate<TargetStatus> BREACHED = s -> s.state() == TargetState.BREACHED;

    private Queries() {
    }

    /** An instant plus a duration, or the last instant when the sum is beyond it. */
    static Instant plusOrMax(Instant at, Duration d) {
        try {
            return at.plus(d);
        } catch (DateTimeException | ArithmeticException e) {
            return Instant.MAX;
        }
    }

    /** The targets of the logs, evaluated at an instant, that match. */
    static List<TicketTarget> matching(SlaPolicy p, List<Ticket> logs, Instant at, Predicate<TargetStatus> matches) {
        List<TicketTarget> out = new ArrayList<>();
        for (Ticket log : logs) {
            for (TargetStatus s : p.evaluate(log, at).targets()) {
                if (matches.test(s)) {
                    out.add(new TicketTarget(log.id(), s));
                }
            }
        }
        return out;
    }

    /** Checks if a ticket is opened and not resolved as of an instant. */
    static boolean isOpenAt(Ticket log, Instant at) {
        if (log.openedAt().isAfter(at)) {
            return false;
        }
        for (int i = log.eventCount() - 1; i > 0; i--) {
            TicketEvent e = log.getEvent(i);
            if (e.at().isAfter(at) || e.type() != TicketEvent.Type.EVENT) {
                continue;
            }
            if (Ticket.RESOLVED.equals(e.name())) {
                return false;
            }
            if (Ticket.REOPENED.equals(e.name())) {
                return true;
            }
        }
        return true;
    }
}
