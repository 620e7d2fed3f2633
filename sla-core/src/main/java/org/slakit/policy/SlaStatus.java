package org.slakit.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slakit.ticket.Ticket;

/**
 * The result of {@link SlaPolicy#evaluate}: the status of every target that applies to a ticket as
 * of an instant, and the next instant at which that would change if no further event came.
 * <p>
 * {@link #nextChangeAt()} is what a scheduler needs: until that instant, or until the ticket's next
 * event, nothing about the status changes (no state, no deadline, no escalation), so there is no
 * need to look at the ticket every minute. Wake up then, evaluate again, act on what changed
 * (notify, show a breach), and schedule the next wake-up; when the ticket gets an event, evaluate
 * it at once and reschedule. With the policy of {@link SlaPolicy}'s example (fix a severe error
 * within 4 business hours, warn at 50 %), a ticket opened on Monday at 10:00 in Hong Kong changes
 * twice without an event: the warning at 12:00 and the breach at 14:00.
 * <pre>{@code
 * Instant at = Instant.parse("2026-11-23T02:00:00Z");                                    // Mon 10:00 in Hong Kong
 * Ticket severe = Ticket.open("T-2", at, Classification.of("software-error", "severe").withKind("exception"));
 * SlaStatus s = policy.evaluate(severe, at);
 * while (s.nextChangeAt().isPresent()) {                     // empty: nothing changes until the next event
 *     at = s.nextChangeAt().get();                           // a real scheduler sleeps until then
 *     s = policy.evaluate(severe, at);
 *     TargetStatus fix = s.target("fix").orElseThrow();
 *     System.out.println(at + " " + fix.state() + ", escalations " + fix.escalations().size());
 * }
 * // 2026-11-23T04:00:00Z RUNNING, escalations 1       Mon 12:00: the warning at 50 %
 * // 2026-11-23T06:00:00Z BREACHED, escalations 1      Mon 14:00: 4 business hours, no fix
 * }</pre>
 * {@code SlaTracker}, in {@code org.slakit.track}, keeps many tickets in a queue by this instant and
 * reports each change once.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SlaStatus {

    private final SlaPolicy policy;
    private final Ticket ticket;
    private final Instant asOf;
    private final List<TargetStatus> targets;
    private final Instant nextChangeAt;

    SlaStatus(SlaPolicy policy, Ticket ticket, Instant asOf, List<TargetStatus> targets, Instant nextChangeAt) {
        this.policy = policy;
        this.ticket = ticket;
        this.asOf = asOf;
        this.targets = List.copyOf(targets);
        this.nextChangeAt = nextChangeAt;
    }

    /**
     * Gets the ticket's id.
     *
     * @return the id, not null
     */
    public String ticketId() {
        return ticket.id();
    }

    /**
     * Gets the instant of the evaluation.
     *
     * @return the instant, not null
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * Gets the status of every target that applies, in the order the policy first names them.
     *
     * @return the statuses, not null
     */
    public List<TargetStatus> targets() {
        return targets;
    }

    /**
     * Gets the status of the target of a name.
     *
     * @param name  the target's name, not null
     * @return the status, empty when no entry of that name applies
     */
    public Optional<TargetStatus> target(String name) {
        Objects.requireNonNull(name, "name");
        for (TargetStatus t : targets) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Gets the next instant after {@link #asOf()} at which a state, a deadline or the set of fired
     * escalations would change if no further event came; strictly before it, none of those change.
     *
     * @return the instant, empty when nothing would change without an event
     */
    public Optional<Instant> nextChangeAt() {
        return Optional.ofNullable(nextChangeAt);
    }

    /**
     * Calculates the trace of this evaluation: the version and rules applied, budgets, windows
     * counted, holidays, closures and pauses skipped, and the boundary rule that fixed each deadline.
     * Built on demand, by evaluating again with tracing on.
     *
     * @return the explanation, not null
     */
    public Explanation explain() {
        return TicketClock.explain(policy, ticket, asOf);
    }

    /**
     * Checks if this status equals another: same ticket id, instant, targets and next change.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof SlaStatus s && ticket.id().equals(s.ticket.id()) && asOf.equals(s.asOf)
                && targets.equals(s.targets) && Objects.equals(nextChangeAt, s.nextChangeAt);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(ticket.id(), asOf, targets, nextChangeAt);
    }

    /**
     * Returns a summary such as {@code SlaStatus[T-1 as of 2026-11-20T06:00:00Z: fix RUNNING due 2026-11-20T10:00:00Z]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("SlaStatus[").append(ticket.id()).append(" as of ").append(asOf).append(':');
        for (TargetStatus t : targets) {
            sb.append(' ').append(t.name()).append(' ').append(t.state());
            t.dueAt().ifPresent(d -> sb.append(" due ").append(d));
            sb.append(';');
        }
        return sb.append(']').toString();
    }
}
