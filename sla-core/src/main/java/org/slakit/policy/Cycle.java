package org.slakit.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

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
