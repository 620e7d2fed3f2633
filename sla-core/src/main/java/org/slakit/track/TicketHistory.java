package org.slakit.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.ticket.Ticket;

/**
 * One ticket's changes, as an {@link SlaTracker} holding only that ticket reports them, for callers
 * that keep the ticket's log themselves (a stream processor's keyed state, a database row) and
 * rebuild nothing else: what a tracker remembers of a ticket is its log, the prefix of it whose
 * changes are reported, and the instant they are reported to; from those three the tracker's answers
 * follow.
 * <pre>{@code
 * TicketHistory.Advance a = TicketHistory.advance(policy, null, null, log, to);   // everything up to to
 * // later, with the log grown to log2:
 * TicketHistory.Advance b = TicketHistory.advance(policy, log, to, log2, to2);
 * }</pre>
 * {@code b.changes()} are those a tracker that applied {@code log}, advanced to {@code to}, applied
 * {@code log2} and advanced to {@code to2} reports for the ticket in the second advance (late entries
 * included), and {@code b.next()} is the instant at or after which the ticket must next be advanced.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TicketHistory {

    private TicketHistory() {
    }

    /**
     * The changes of one advance and the instant of the ticket's next possible change.
     *
     * @param changes  the changes, in the tracker's order (time, then the order found), not null
     * @param next  the next instant at which the ticket can change without a new entry, or that of a
     *     late entry not yet reported; empty when nothing can change without a new entry
     */
    public record Advance(List<SlaChange> changes, Optional<Instant> next) {
        /**
         * Checks and copies the components.
         *
         * @param changes  the changes, in the tracker's order, not null, copied
         * @param next  the next instant at which the ticket can change without a new entry, or that of a late entry
         *     not yet reported; empty when nothing can, not null
         * @throws NullPointerException if a component is null
         */
        public Advance {
            changes = List.copyOf(changes);
            Objects.requireNonNull(next, "next");
        }
    }

    /**
     * Advances one ticket as {@link SlaTracker#advanceTo} does: from the changes of {@code reported}
     * reported up to {@code reportedTo}, to those of {@code log} up to {@code to}.
     *
     * @param policy  the policy, not null
     * @param reported  the log whose changes are reported, null when none are
     * @param reportedTo  the instant they are reported to, null when none are
     * @param log  the log as it now stands, extending {@code reported}, not null
     * @param to  the instant to advance to, not before {@code reportedTo}, not null
     * @return the changes and the next instant, not null
     * @throws IllegalArgumentException if {@code to} is before {@code reportedTo}, or only one of
     *     {@code reported} and {@code reportedTo} is null
     */
    public static Advance advance(SlaPolicy policy, Ticket reported, Instant reportedTo, Ticket log, Instant to) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(to, "to");
        if ((reported == null) != (reportedTo == null)) {
            throw new IllegalArgumentException("TicketHistory: reported and reportedTo are null together, were " + reported + " and "
                    + reportedTo);
        }
        if (reportedTo != null && to.isBefore(reportedTo)) {
            throw new IllegalArgumentException("TicketHistory: time must not go back, was advance to " + to + " after " + reportedTo);
        }
        List<SlaChange> out = new ArrayList<>();
        Walk walk;
        if (reported == null) {
            walk = Walk.start();
            walk.run(policy, log, to, out);
        } else {
            walk = Walk.silently(policy, reported, reportedTo);
            boolean late = reported.eventCount() < log.eventCount() && walk.at() != null
                    && !log.getEvent(reported.eventCount()).at().isAfter(walk.at());
            if (late) {
                walk = LateEntries.rewalk(policy, reported, reportedTo, log, to, out);
            } else {
                walk.run(policy, log, to, out);
            }
        }
        out.sort(SlaTracker.ORDER);
        return new Advance(out, Optional.ofNullable(walk.next(log)));
    }

    /**
     * Replaces the policy for one ticket as {@link SlaTracker#withPolicy} does, at the instant its
     * changes are reported to: the changes the new policy makes then, in time order. A ticket the
     * new policy governs as the old one did (only versions changed, none of them the ticket's) has
     * none. From then on, {@link #advance} the ticket under the new policy.
     *
     * @param old  the policy the changes were reported under, not null
     * @param policy  the new policy, not null
     * @param reported  the log whose changes are reported, not null
     * @param reportedTo  the instant they are reported to, not null
     * @return the changes, not null, unmodifiable
     * @throws IllegalArgumentException if the log uses a value the new policy does not define
     */
    public static List<SlaChange> withPolicy(SlaPolicy old, SlaPolicy policy, Ticket reported, Instant reportedTo) {
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(reportedTo, "reportedTo");
        if (PolicyChange.sameBase(old, policy) && Objects.equals(PolicyChange.governing(old, reported.openedAt()),
                PolicyChange.governing(policy, reported.openedAt()))) {
            return List.of();
        }
        policy.evaluate(reported, reported.getEvent(reported.eventCount() - 1).at());
        Walk walk = Walk.silently(old, reported, reportedTo);
        SlaStatus before = old.evaluate(reported, reportedTo);
        SlaStatus after = policy.evaluate(reported, reportedTo);
        List<SlaChange> out = new ArrayList<>();
        StatusDiff.diff(policy, reported, before, after, reportedTo, walk.lastDue(), name -> before.target(name).orElseThrow(), out);
        out.sort(SlaTracker.ORDER);
        return List.copyOf(out);
    }
}
