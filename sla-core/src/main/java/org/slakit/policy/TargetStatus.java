package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of one target of a ticket as of an instant, in the ticket's current cycle: a result of
 * {@link SlaPolicy#evaluate}, read from {@link SlaStatus#targets()}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TargetStatus {

    private final String name;
    private final TargetState state;
    private final Optional<Instant> dueAt;
    private final Duration elapsed;
    private final Optional<Duration> remaining;
    private final Optional<Instant> breachedAt;
    private final List<Escalation> escalations;
    private final List<Cycle> cycles;

    /** Creates a status from the clock's findings, which are trusted. */
    TargetStatus(String name, TargetState state, Optional<Instant> dueAt, Duration elapsed, Optional<Duration> remaining,
            Optional<Instant> breachedAt, List<Escalation> escalations, List<Cycle> cycles) {
        this.name = name;
        this.state = state;
        this.dueAt = dueAt;
        this.elapsed = elapsed;
        this.remaining = remaining;
        this.breachedAt = breachedAt;
        this.escalations = List.copyOf(escalations);
        this.cycles = List.copyOf(cycles);
    }

    /**
     * Gets the target's name.
     *
     * @return the name, such as {@code fix}, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the clock's state.
     *
     * @return the state, not null
     */
    public TargetState state() {
        return state;
    }

    /**
     * Gets the deadline: present for running, met and breached targets when known.
     *
     * @return the deadline, empty when not started, paused or unknown, not null
     */
    public Optional<Instant> dueAt() {
        return dueAt;
    }

    /**
     * Gets the business time counted so far in this cycle, pauses excluded, up to the end of the
     * calendar's coverage.
     *
     * @return the elapsed business time, not null
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * Gets the budget left, negative once breached.
     *
     * @return the remaining business time, empty when not started or unknown, not null
     */
    public Optional<Duration> remaining() {
        return remaining;
    }

    /**
     * Gets the breach, for a breached target.
     *
     * @return the instant of the breach, empty unless breached, not null
     */
    public Optional<Instant> breachedAt() {
        return breachedAt;
    }

    /**
     * Gets the escalations fired, in order of percentage.
     *
     * @return the escalations, not null
     */
    public List<Escalation> escalations() {
        return escalations;
    }

    /**
     * Gets the outcomes of earlier cycles, before reopenings.
     *
     * @return the cycles, oldest first, not null
     */
    public List<Cycle> cycles() {
        return cycles;
    }

    /**
     * Checks if this status equals another in every part.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof TargetStatus t && name.equals(t.name) && state == t.state && dueAt.equals(t.dueAt)
                && elapsed.equals(t.elapsed) && remaining.equals(t.remaining) && breachedAt.equals(t.breachedAt)
                && escalations.equals(t.escalations) && cycles.equals(t.cycles);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, state, dueAt, elapsed, remaining, breachedAt, escalations, cycles);
    }

    /**
     * Returns every part, such as {@code TargetStatus[name=fix, state=RUNNING, dueAt=Optional[2026-11-20T10:00:00Z], …]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "TargetStatus[name=" + name + ", state=" + state + ", dueAt=" + dueAt + ", elapsed=" + elapsed + ", remaining="
                + remaining + ", breachedAt=" + breachedAt + ", escalations=" + escalations + ", cycles=" + cycles + "]";
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
     * An escalation that fired: at a percentage of a target's budget, at an instant, notifying someone
     * ({@code warning} for a target's own {@code warn-at}).
     *
     * @param percent  the percentage of the budget, such as 50 for 50 %
     * @param at  the instant it fired, not null
     * @param recipient  who is notified (YAML {@code notify}), not null
     */
    public record Escalation(double percent, Instant at, String recipient) {
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
