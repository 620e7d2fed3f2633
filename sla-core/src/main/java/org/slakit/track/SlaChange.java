package org.slakit.track;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slakit.policy.TargetStatus;
import org.slakit.policy.TargetStatus.Escalation;

/**
 * One change of one target of a ticket, at the instant it happened, as {@link SlaTracker} reports it:
 * a clock started, paused, resumed, met or breached, an escalation fired, a deadline moved, a breach
 * taken back, a target dropped, an outcome become unknown.
 * <p>
 * {@link #status()} is the target's status after the change: the status of that target in
 * {@code policy.evaluate(ticket, at())}, with the ticket's log as the tracker held it when it reported
 * the change. For {@link Kind#DROPPED} (and a breach withdrawn because its target was dropped), the
 * target has no status at {@code at()}: it is the last one it had, that of
 * {@code evaluate(ticket, at().minusNanos(1))}.
 * <p>
 * {@link #toJson()} writes the change as one line of JSON, the form both the in-process tracker and
 * the Flink job emit:
 * <pre>
 * {"ticket":"T-1","target":"fix","cycle":1,"kind":"ESCALATED","at":"2026-11-23T03:00:00Z",
 *  "escalation":{"percent":50,"at":"2026-11-23T03:00:00Z","notify":"warning"},
 *  "state":"RUNNING","started_at":"2026-11-23T01:00:00Z","due_at":"2026-11-23T05:00:00Z","breached_at":null,
 *  "elapsed":"PT2H","remaining":"PT2H"}
 * </pre>
 * (on one line; instants are ISO-8601 in UTC, durations ISO-8601, an absent value is {@code null}).
 *
 * @param ticketId  the ticket's id, not null
 * @param target  the target's name, such as {@code fix}, not null
 * @param cycle  the number of the target's cycle the change belongs to: 1, then one more after each
 *     reopening; for a breach of an earlier cycle (withdrawn when a reclassification re-judged it), that cycle's
 * @param kind  what changed, not null
 * @param at  when it happened, not null
 * @param escalation  the escalation that fired, present exactly for {@link Kind#ESCALATED}, not null
 * @param status  the target's status after the change, not null
 */
public record SlaChange(String ticketId, String target, int cycle, Kind kind, Instant at, Optional<Escalation> escalation,
        TargetStatus status) {

    /**
     * What changed. At one instant, one target's changes come in the order of this enum.
     */
    public enum Kind {
        /**
         * A breach reported before is no longer one: a reclassification moved the deadline past it (or
         * re-judged the cycle it belonged to), the target was dropped, or a late event showed that it did
         * not happen. The breach is that of {@link SlaChange#cycle()}.
         */
        BREACH_WITHDRAWN,
        /** The target no longer applies: a reclassification (or a new policy) chose no entry of its name. */
        DROPPED,
        /** The target's clock left {@code NOT_STARTED}: the opening, a reopening (a new cycle), a start event, or a reclassification that made it apply. */
        STARTED,
        /** The clock paused: the ticket started waiting in one of the target's waiting states. */
        PAUSED,
        /** The clock runs again after a pause; the status carries the deadline the pause moved. */
        RESUMED,
        /**
         * A running target's deadline is other than the one reported for it last: a resume after a pause
         * that moved it, a reclassification, a restart, a new policy version.
         */
        DEADLINE_MOVED,
        /** A stop event came at or before the deadline. */
        MET,
        /** The deadline passed with no stop at or before it; {@link SlaChange#at()} is the breach, {@code breachedAt}. */
        BREACHED,
        /** The outcome came to depend on dates beyond a calendar's holiday data. */
        UNKNOWN,
        /** An escalation fired; {@link SlaChange#escalation()} is the one, {@link SlaChange#at()} its instant. */
        ESCALATED
    }

    /**
     * Checks the components.
     *
     * @param ticketId  the ticket's id, not null
     * @param target  the target's name, such as {@code fix}, not null
     * @param cycle  the number of the target's cycle the change belongs to, from 1
     * @param kind  what changed, not null
     * @param at  when it happened, not null
     * @param escalation  the escalation that fired, present exactly when the kind is {@link Kind#ESCALATED}, not null
     * @param status  the target's status after the change, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the cycle is below 1, or an escalation is given for a kind
     *     other than {@code ESCALATED} or missing for it
     */
    public SlaChange {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(status, "status");
        if (cycle < 1) {
            throw new IllegalArgumentException("A change's cycle starts at 1, was " + cycle);
        }
        if (escalation.isPresent() != (kind == Kind.ESCALATED)) {
            throw new IllegalArgumentException("A change of kind " + kind + (escalation.isPresent()
                    ? " takes no escalation, was " + escalation.get() : " needs its escalation, was none"));
        }
    }

    /**
     * Writes this change as one line of JSON, without the line break.
     *
     * @return the JSON text, not null
     */
    public String toJson() {
        return ChangeJson.write(this);
    }

    /**
     * Returns a summary such as {@code SlaChange[T-1 fix#1 BREACHED at 2026-11-23T05:00:00Z]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "SlaChange[" + ticketId + " " + target + "#" + cycle + " " + kind + " at " + at
                + escalation.map(e -> " " + e.percent() + "% " + e.recipient()).orElse("") + "]";
    }
}
