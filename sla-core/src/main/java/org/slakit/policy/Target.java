package org.slakit.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a policy's {@code targets}: a named clock that applies {@code when} a ticket's
 * classification matches, starts on its {@code starts-on} events, may restart once on
 * {@code restarts-on}, stops on its {@code stops-on} events, pauses while the ticket waits in one of
 * its {@code paused-by} states, and is due by its {@link DeadlineRule} on its calendar. Several
 * entries may share a name: for each name, the first entry whose {@code when} matches applies.
 * <p>
 * Targets are made by {@link SlaPolicy.Builder#target}, which validates them against the policy.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Target {

    private final String name;
    private final Condition when;
    private final List<String> startsOn;
    private final List<String> restartsOn;
    private final List<String> stopsOn;
    private final List<String> pausedBy;
    private final DeadlineRule rule;
    private final String calendar;
    private final List<Double> warnAt;

    /** Creates a target from validated parts; pausedBy and calendar may be null for their defaults. */
    Target(String name, Condition when, List<String> startsOn, List<String> restartsOn, List<String> stopsOn,
            List<String> pausedBy, DeadlineRule rule, String calendar, List<Double> warnAt) {
        this.name = name;
        this.when = when;
        this.startsOn = List.copyOf(startsOn);
        this.restartsOn = List.copyOf(restartsOn);
        this.stopsOn = List.copyOf(stopsOn);
        this.pausedBy = pausedBy == null ? null : List.copyOf(pausedBy);
        this.rule = rule;
        this.calendar = calendar;
        this.warnAt = List.copyOf(warnAt);
    }

    /**
     * Gets the target's name, such as {@code fix}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the condition under which this entry applies.
     *
     * @return the condition, {@link Condition#any()} when none was given, not null
     */
    public Condition when() {
        return when;
    }

    /**
     * Gets the events that start the clock; the first of them does.
     *
     * @return the events, {@code [opened]} by default, not null
     */
    public List<String> startsOn() {
        return startsOn;
    }

    /**
     * Gets the events that restart the clock: the first of them after the start and before a stop
     * makes the target behave as if it had started then.
     *
     * @return the events, empty by default, not null
     */
    public List<String> restartsOn() {
        return restartsOn;
    }

    /**
     * Gets the events that stop the clock; the first of them does.
     *
     * @return the events, not null, not empty
     */
    public List<String> stopsOn() {
        return stopsOn;
    }

    /**
     * Gets the waiting states that pause the clock, as given.
     *
     * @return the states, empty when not given, meaning every waiting state
     */
    public Optional<List<String>> pausedBy() {
        return Optional.ofNullable(pausedBy);
    }

    /**
     * Checks if a waiting state pauses this target's clock.
     *
     * @param waitingState  the waiting state, not null
     * @return true if the state pauses the clock
     */
    public boolean isPausedBy(String waitingState) {
        Objects.requireNonNull(waitingState, "waitingState");
        return pausedBy == null || pausedBy.contains(waitingState);
    }

    /**
     * Gets the deadline rule.
     *
     * @return the rule, not null
     */
    public DeadlineRule rule() {
        return rule;
    }

    /**
     * Gets the calendar's name, as given.
     *
     * @return the calendar, empty when not given, meaning the policy's first calendar
     */
    public Optional<String> calendar() {
        return Optional.ofNullable(calendar);
    }

    /**
     * Gets the percentages of the budget at which a {@code warning} fires, such as 50 and 75.
     *
     * @return the percentages, not null
     */
    public List<Double> warnAt() {
        return warnAt;
    }

    /**
     * Checks if this entry equals another in every part.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Target t && name.equals(t.name) && when.equals(t.when) && startsOn.equals(t.startsOn)
                && restartsOn.equals(t.restartsOn) && stopsOn.equals(t.stopsOn) && Objects.equals(pausedBy, t.pausedBy)
                && rule.equals(t.rule) && Objects.equals(calendar, t.calendar) && warnAt.equals(t.warnAt);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, when, startsOn, restartsOn, stopsOn, pausedBy, rule, calendar, warnAt);
    }

    /**
     * Returns a summary such as {@code fix {severity: severe} within 4h on office}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return name + (when.isAny() ? "" : " " + when) + " " + rule + (calendar == null ? "" : " on " + calendar);
    }
}
