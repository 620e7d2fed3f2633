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
}
