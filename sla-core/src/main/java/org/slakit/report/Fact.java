package org.slakit.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slakit.policy.Target;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;
import org.slakit.policy.TargetStatus.Cycle;
import org.slakit.policy.TargetStatus.Escalation;
import org.slakit.policy.TargetStatus.Stop;
import org.slakit.ticket.Classification;

/**
 * The unit of every report: one cycle of one target of one ticket, as the clock judged it as of
 * the report's instant. A ticket reopened twice with two targets makes six facts.
 * <p>
 * A fact belongs to the period in which its clock started; one that never started, to the period
 * of its cycle's opening ({@link #countedAt()}). Business times (taken, paused, overrun) are on the
 * target's own calendar.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param ticketId  the ticket's id, not null
 * @param customer  the ticket's customer field, empty when the ticket has none, not null
 * @param classification  the classification that governed the ticket as of the report's instant, not null
 * @param version  the effective date of the policy version in force at the ticket's opening, empty for the base policy, not null
 * @param target  the target's name, not null
 * @param entry  the policy's entry that applied under that name: its rule and calendar, not null
 * @param calendar  the name of the calendar the clock counted on, not null
 * @param cycle  the cycle: its number, start, deadline, stop, state and times, not null
 */
public record Fact(String ticketId, Optional<String> customer, Classification classification, Optional<LocalDate> version,
        String target, Target entry, String calendar, Cycle cycle) {

    /**
     * Checks the components.
     *
     * @param ticketId  the ticket's id, not null
     * @param customer  the ticket's customer field, empty when the ticket has none, not null
     * @param classification  the classification that governed the ticket as of the report's instant, not null
     * @param version  the effective date of the policy version in force at the ticket's opening, empty for the base
     *     policy, not null
     * @param target  the target's name, not null
     * @param entry  the policy's entry that applied under that name, not null
     * @param calendar  the name of the calendar the clock counted on, not null
     * @param cycle  the cycle, not null
     * @throws NullPointerException if a component is null
     */
    public Fact {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(cycle, "cycle");
    }

    /**
     * Creates the facts of one target's status: its earlier cycles, then the current one.
     *
     * @param ticketId  the ticket's id, not null
     * @param customer  the customer, not null
     * @param classification  the classification as of the report's instant, not null
     * @param version  the version in force, not null
     * @param status  the target's status, not null
     * @return the facts, oldest cycle first, not null
     */
    static List<Fact> of(String ticketId, Optional<String> customer, Classification classification, Optional<LocalDate> version,
            TargetStatus status) {
        List<Cycle> earlier = status.cycles();
        Fact[] facts = new Fact[earlier.size() + 1];
        for (int i = 0; i < earlier.size(); i++) {
            facts[i] = new Fact(ticketId, customer, classification, version, status.name(), status.target(), status.calendar(),
                    earlier.get(i));
        }
        facts[earlier.size()] = new Fact(ticketId, customer, classification, version, status.name(), status.target(),
                status.calendar(), status.current());
        return List.of(facts);
    }

    /**
     * Gets the instant that places this fact in a period: the clock's start, or the cycle's opening
     * when the clock never started.
     *
     * @return the instant, not null
     */
    public Instant countedAt() {
        return cycle.startedAt().orElse(cycle.openedAt());
    }

    /**
     * Gets the state of the target's clock.
     *
     * @return the state, not null
     */
    public TargetState state() {
        return cycle.state();
    }

    /**
     * Gets the business time taken: counted from the clock's start to its stop, or to the report's
     * instant while it runs, pauses excluded.
     *
     * @return the business time, not null
     */
    public Duration taken() {
        return cycle.elapsed();
    }

    /**
     * Gets the business time paused, by waiting state: time spent waiting for the customer, not ours.
     *
     * @return the paused time by waiting state, not null
     */
    public Map<String, Duration> paused() {
        return cycle.paused();
    }

    /**
     * Gets how far a breach ran past its deadline: the business time counted after the deadline, up
     * to the stop or, while the clock still runs, the report's instant (pauses excluded).
     *
     * @return the overrun, zero unless breached, not null
     */
    public Duration overrun() {
        if (cycle.state() != TargetState.BREACHED) {
            return Duration.ZERO;
        }
        return cycle.remaining().map(Duration::negated).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
    }

    /**
     * Gets the stop of the clock, when an event stopped it.
     *
     * @return the stop, not null
     */
    public Optional<Stop> stop() {
        return cycle.stop();
    }

    /**
     * Gets the escalations that fired in this cycle.
     *
     * @return the escalations, in order of percentage, not null
     */
    public List<Escalation> escalations() {
        return cycle.escalations();
    }

    /**
     * Checks if the fact is decided: met or breached.
     *
     * @return true if met or breached
     */
    public boolean isDecided() {
        return cycle.state() == TargetState.MET || cycle.state() == TargetState.BREACHED;
    }

    /**
     * Checks if the fact is open: its clock running or paused.
     *
     * @return true if running or paused
     */
    public boolean isOpen() {
        return cycle.state() == TargetState.RUNNING || cycle.state() == TargetState.PAUSED;
    }
}
