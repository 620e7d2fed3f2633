package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of one target of a ticket as of an instant, in the ticket's current cycle.
 *
 * @param name  the target's name, not null
 * @param state  the clock's state, not null
 * @param dueAt  the deadline: present for running, met and breached targets when known; absent when
 *     not started, paused or unknown, not null
 * @param elapsed  the business time counted so far in this cycle, pauses excluded, up to the end of
 *     the calendar's coverage, not null
 * @param remaining  the budget left, negative once breached; absent when not started or unknown, not null
 * @param breachedAt  the breach, for a breached target, not null
 * @param escalations  the escalations fired, in order of fraction, not null
 * @param cycles  the outcomes of earlier cycles, before reopenings, not null
 */
public record TargetStatus(String name, TargetState state, Optional<Instant> dueAt, Duration elapsed,
        Optional<Duration> remaining, Optional<Instant> breachedAt, List<Escalation> escalations, List<Cycle> cycles) {
    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public TargetStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(breachedAt, "breachedAt");
        escalations = List.copyOf(escalations);
        cycles = List.copyOf(cycles);
    }

    /**
     * The outcome of one earlier cycle of a target: the ticket was opened (or reopened) at one instant
     * and reopened again at another, which closed the cycle.
     *
     * @param openedAt  the start of the cycle: the opening or a reopening, not null
     * @param closedAt  the reopening that closed it, not null
     * @param state  the target's state when the cycle closed, not null
     * @param dueAt  the deadline, when it was known, not null
     * @param breachedAt  the breach, when there was one, not null
     */
    public record Cycle(Instant openedAt, Instant closedAt, TargetState state, Optional<Instant> dueAt, Optional<Instant> breachedAt) {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Cycle {
            Objects.requireNonNull(openedAt, "openedAt");
            Objects.requireNonNull(closedAt, "closedAt");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(breachedAt, "breachedAt");
        }
    }

    /**
     * An escalation that fired: at a fraction of a target's budget, at an instant, notifying someone
     * ({@code warning} for a target's own {@code warn-at}).
     *
     * @param fraction  the fraction of the budget, such as 0.5 for 50 %
     * @param at  the instant it fired, not null
     * @param recipient  who is notified (YAML {@code notify}), not null
     */
    public record Escalation(double fraction, Instant at, String recipient) {
        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Escalation {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(recipient, "recipient");
        }
    }
}
