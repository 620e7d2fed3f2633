package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Target target;
    private final String calendar;
    private final Cycle current;
    private final List<Cycle> cycles;

    /** Creates a status from the clock's findings, which are trusted. */
    TargetStatus(String name, Target target, String calendar, Cycle current, List<Cycle> cycles) {
        this.name = name;
        this.target = target;
        this.calendar = calendar;
        this.current = current;
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
     * Gets the entry of the policy that applies to the ticket under this name: its rule, events and
     * calendar, as the ticket's classification (and the policy version in force at its opening) chose it.
     *
     * @return the target entry, not null
     */
    public Target target() {
        return target;
    }

    /**
     * Gets the name of the calendar the clock counts on: the entry's own, or the policy's default.
     *
     * @return the calendar's name, such as {@code office} or {@code 24x7}, not null
     */
    public String calendar() {
        return calendar;
    }

    /**
     * Gets the clock's state.
     *
     * @return the state, not null
     */
    public TargetState state() {
        return current.state();
    }

    /**
     * Gets the deadline: present for running, met and breached targets when known.
     *
     * @return the deadline, empty when not started, paused or unknown, not null
     */
    public Optional<Instant> dueAt() {
        return current.dueAt();
    }

    /**
     * Gets the business time counted so far in this cycle, pauses excluded, up to the end of the
     * calendar's coverage.
     *
     * @return the elapsed business time, not null
     */
    public Duration elapsed() {
        return current.elapsed();
    }

    /**
     * Gets the budget left, negative once breached.
     *
     * @return the remaining business time, empty when not started or unknown, not null
     */
    public Optional<Duration> remaining() {
        return current.remaining();
    }

    /**
     * Gets the breach, for a breached target.
     *
     * @return the instant of the breach, empty unless breached, not null
     */
    public Optional<Instant> breachedAt() {
        return current.breachedAt();
    }

    /**
     * Gets the escalations fired, in order of percentage.
     *
     * @return the escalations, not null
     */
    public List<Escalation> escalations() {
        return current.escalations();
    }

    /**
     * Gets the outcomes of earlier cycles, before reopenings; {@link #current()} is the cycle in progress.
     *
     * @return the cycles, oldest first, not null
     */
    public List<Cycle> cycles() {
        return cycles;
    }

    /**
     * Gets the current cycle as a {@link Cycle}: the same state, deadline, breach, elapsed and
     * remaining time, with the start, the stop and the time paused by waiting state.
     *
     * @return the current cycle, not null
     */
    public Cycle current() {
        return current;
    }

    /**
     * Checks if this status equals another in every part.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof TargetStatus t && name.equals(t.name) && target.equals(t.target)
                && calendar.equals(t.calendar) && current.equals(t.current) && cycles.equals(t.cycles);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, target, calendar, current, cycles);
    }

    /**
     * Returns every part, such as {@code TargetStatus[name=fix, state=RUNNING, dueAt=Optional[2026-11-20T10:00:00Z], …]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "TargetStatus[name=" + name + ", state=" + current.state() + ", dueAt=" + current.dueAt() + ", elapsed="
                + current.elapsed() + ", remaining=" + current.remaining() + ", breachedAt=" + current.breachedAt()
                + ", escalations=" + current.escalations() + ", cycles=" + cycles + "]";
    }

    /**
     * One cycle of a target, as the clock judged it: the ticket was opened (or reopened) at one
     * instant, and the cycle runs until the next reopening, or is the current one. Earlier cycles are
     * judged as of the reopening that closed them; the current one as of the evaluation's instant.
     *
     * @param number  the cycle's number, 1 for the first, 2 after the first reopening, and so on
     * @param openedAt  the start of the cycle: the opening or a reopening, not null
     * @param closedAt  the reopening that closed it, empty for the current cycle, not null
     * @param state  the target's state as of the cycle's end or the evaluation's instant, not null
     * @param startedAt  when the target's clock started (after a restart, the restart), empty when not started, not null
     * @param dueAt  the deadline, empty when not started, paused or unknown, not null
     * @param stop  the event that stopped the clock, empty when none has, not null
     * @param breachedAt  the breach, empty unless breached, not null
     * @param elapsed  the business time counted, pauses excluded, up to the stop or the cycle's end, not null
     * @param remaining  the budget left, negative once breached, empty when not started or unknown, not null
     * @param paused  the business time the clock was paused, by waiting state, between its start and its stop
     *        or the cycle's end; only states that pause this target appear, not null
     * @param escalations  the escalations fired, in order of percentage, not null
     * @param unknownReason  for an unknown state, why: the dates beyond the calendar's data, not null
     */
    public record Cycle(int number, Instant openedAt, Optional<Instant> closedAt, TargetState state, Optional<Instant> startedAt,
            Optional<Instant> dueAt, Optional<Stop> stop, Optional<Instant> breachedAt, Duration elapsed,
            Optional<Duration> remaining, Map<String, Duration> paused, List<Escalation> escalations,
            Optional<String> unknownReason) {
        /**
         * Checks the components and copies the collections.
         *
         * @param number  the cycle's number, from 1
         * @param openedAt  the start of the cycle: the opening or a reopening, not null
         * @param closedAt  the reopening that closed it, empty for the current cycle, not null
         * @param state  the target's state as of the cycle's end or the evaluation's instant, not null
         * @param startedAt  when the target's clock started, empty when not started, not null
         * @param dueAt  the deadline, empty when not started, paused or unknown, not null
         * @param stop  the event that stopped the clock, empty when none has, not null
         * @param breachedAt  the breach, empty unless breached, not null
         * @param elapsed  the business time counted, pauses excluded, not null
         * @param remaining  the budget left, negative once breached, empty when not started or unknown, not null
         * @param paused  the business time paused, by waiting state, not null, copied in its order
         * @param escalations  the escalations fired, in order of percentage, not null, copied
         * @param unknownReason  for an unknown state, why, not null
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the number is below 1
         */
        public Cycle {
            if (number < 1) {
                throw new IllegalArgumentException("A cycle's number starts at 1: " + number);
            }
            Objects.requireNonNull(openedAt, "openedAt");
            Objects.requireNonNull(closedAt, "closedAt");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(stop, "stop");
            Objects.requireNonNull(breachedAt, "breachedAt");
            Objects.requireNonNull(elapsed, "elapsed");
            Objects.requireNonNull(remaining, "remaining");
            // one waiting state, as most cycles have, needs no order kept: the immutable map is taken as it is
            paused = paused.size() <= 1 ? Map.copyOf(paused) : Collections.unmodifiableMap(new LinkedHashMap<>(paused));
            escalations = List.copyOf(escalations);
            Objects.requireNonNull(unknownReason, "unknownReason");
        }

        /**
         * Gets the business time the clock was paused in every waiting state together.
         *
         * @return the sum of {@link #paused()}, not null
         */
        public Duration pausedTotal() {
            Duration total = Duration.ZERO;
            for (Duration d : paused.values()) {
                total = total.plus(d);
            }
            return total;
        }
    }

    /**
     * The event that stopped a target's clock.
     *
     * @param event  the event's name, such as {@code resolved}, not null
     * @param at  when it happened, not null
     */
    public record Stop(String event, Instant at) {
        /**
         * Checks the components.
         *
         * @param event  the event's name, such as {@code resolved}, not null
         * @param at  when it happened, not null
         * @throws NullPointerException if a component is null
         */
        public Stop {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(at, "at");
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
         * @param percent  the percentage of the budget, such as 50 for 50 %
         * @param at  the instant it fired, not null
         * @param recipient  who is notified, such as {@code warning} for a target's own {@code warn-at}, not null
         * @throws NullPointerException if a component is null
         */
        public Escalation {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(recipient, "recipient");
        }
    }
}
