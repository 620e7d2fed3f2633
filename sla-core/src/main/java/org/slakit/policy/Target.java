package org.slakit.policy;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slakit.calendar.Problem;

/**
 * One entry of a policy's {@code targets}: a named clock that applies {@code when} a ticket's
 * classification matches, starts on its {@code starts-on} events, may restart once on
 * {@code restarts-on}, stops on its {@code stops-on} events, pauses while the ticket waits in one of
 * its {@code paused-by} states, and is due by its {@link DeadlineRule} on its calendar. Several
 * entries may share a name: for each name, the first entry whose {@code when} matches applies.
 * <p>
 * Targets are described by a {@link Builder} given to {@link PolicyBuilder#target}, which validates them against
 * the policy.
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

    /** Checks if a waiting state pauses this target's clock: every state does when paused-by is not given. */
    boolean isPausedBy(String waitingState) {
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
     * Gets the percentages at which a {@code warning} fires in their YAML text form, such as
     * {@code [50%, 75%]}.
     *
     * @return the texts, in order, not null
     */
    public List<String> warnAtText() {
        return warnAt.stream().map(Percentages::format).toList();
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

    /**
     * Describes one target entry for {@link PolicyBuilder#target} or {@link PolicyVersion.Builder#target}.
     * Problems are reported when the policy is built, under the entry's path, such as
     * {@code targets[2].within}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        final String name;
        Condition when = Condition.any();
        List<String> startsOn = List.of(org.slakit.ticket.Ticket.OPENED);
        List<String> restartsOn = List.of();
        List<String> stopsOn = List.of();
        List<String> pausedBy;
        /** The deadline rules given, in order, each with its YAML key; a rule that failed to parse is null. */
        final List<Map.Entry<String, DeadlineRule>> rules = new ArrayList<>();
        String calendar;
        /** The percentages given; null where the text did not parse, so that later entries keep their YAML index. */
        List<Double> warnAt = List.of();
        final List<Problem> problems = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        /**
         * Sets the condition under which this entry applies ({@code when}).
         *
         * @param when  the condition, not null
         * @return this builder, not null
         */
        public Builder when(Condition when) {
            this.when = Objects.requireNonNull(when, "when");
            return this;
        }

        /**
         * Sets the events that start the clock ({@code starts-on}); by default {@code opened}.
         *
         * @param events  the events, not null
         * @return this builder, not null
         */
        public Builder startsOn(String... events) {
            this.startsOn = names(events);
            return this;
        }

        /**
         * Sets the events that restart the clock once ({@code restarts-on}).
         *
         * @param events  the events, not null
         * @return this builder, not null
         */
        public Builder restartsOn(String... events) {
            this.restartsOn = names(events);
            return this;
        }

        /**
         * Sets the events that stop the clock ({@code stops-on}).
         *
         * @param events  the events, not null
         * @return this builder, not null
         */
        public Builder stopsOn(String... events) {
            this.stopsOn = names(events);
            return this;
        }

        /**
         * Sets the waiting states that pause the clock ({@code paused-by}); by default every one, and
         * none pause it when given none.
         *
         * @param states  the waiting states, not null
         * @return this builder, not null
         */
        public Builder pausedBy(String... states) {
            this.pausedBy = names(states);
            return this;
        }

        private static List<String> names(String... values) {
            Objects.requireNonNull(values, "values");
            for (String v : values) {
                Objects.requireNonNull(v, "value");
            }
            return List.of(values);
        }

        /**
         * Sets the deadline rule to a duration of business time ({@code within}).
         *
         * @param duration  the budget, not null
         * @return this builder, not null
         */
        public Builder within(Duration duration) {
            return add("within", DeadlineRule.within(Objects.requireNonNull(duration, "duration")));
        }

        /**
         * Sets the deadline rule to a duration given as text, such as {@code 4h} or {@code 1h30m}
         * ({@code within}); text that does not parse is a problem at {@code within}.
         *
         * @param duration  the budget as text, not null
         * @return this builder, not null
         */
        public Builder within(String duration) {
            Duration d = parse("within", duration);
            return add("within", d == null ? null : DeadlineRule.within(d));
        }

        /**
         * Sets the deadline rule to the end of the working day with a cutoff
         * ({@code end-of-business-day: {cutoff: 30m}}).
         *
         * @param cutoff  the business time that must be left of the day, not null
         * @return this builder, not null
         */
        public Builder endOfWorkingDay(Duration cutoff) {
            return add("end-of-business-day", DeadlineRule.endOfWorkingDay(Objects.requireNonNull(cutoff, "cutoff")));
        }

        /**
         * Sets the deadline rule to the end of the working day with a cutoff given as text; text
         * that does not parse is a problem at {@code end-of-business-day.cutoff}.
         *
         * @param cutoff  the cutoff as text, such as {@code 30m}, not null
         * @return this builder, not null
         */
        public Builder endOfWorkingDay(String cutoff) {
            Duration d = parse("end-of-business-day.cutoff", cutoff);
            return add("end-of-business-day", d == null ? null : DeadlineRule.endOfWorkingDay(d));
        }

        /**
         * Sets the deadline rule to a number of working days ({@code business-days}).
         *
         * @param days  the working days after the start's working day
         * @return this builder, not null
         */
        public Builder workingDays(int days) {
            return add("business-days", DeadlineRule.workingDays(days));
        }

        /**
         * Sets the deadline rule to a number of working days, ending at the start's time of day
         * ({@code business-days: {days: N, at: same-time}}), see {@link DeadlineRule#workingDaysAtSameTime(int)}.
         *
         * @param days  the working days after the start's working day
         * @return this builder, not null
         */
        public Builder workingDaysAtSameTime(int days) {
            return add("business-days", DeadlineRule.workingDaysAtSameTime(days));
        }

        /**
         * Sets the deadline rule.
         *
         * @param rule  the rule, not null
         * @return this builder, not null
         */
        public Builder rule(DeadlineRule rule) {
            Objects.requireNonNull(rule, "rule");
            return add(rule.key(), rule);
        }

        /** Adds a rule under its YAML key; null for one whose text did not parse, already a problem. */
        private Builder add(String key, DeadlineRule rule) {
            rules.add(new AbstractMap.SimpleImmutableEntry<>(key, rule));
            return this;
        }

        private Duration parse(String path, String text) {
            Objects.requireNonNull(text, "text");
            try {
                return Durations.parse(text);
            } catch (DateTimeException ex) {
                problems.add(new Problem(path, ex.getMessage()));
                return null;
            }
        }

        /**
         * Sets the calendar by name ({@code calendar}); by default the policy's first calendar.
         *
         * @param calendar  the calendar's name, such as {@code office} or {@code 24x7}, not null
         * @return this builder, not null
         */
        public Builder calendar(String calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Sets the percentages of the budget at which a {@code warning} fires ({@code warn-at[i]}).
         *
         * @param percents  the percentages, such as 50 and 75, not null
         * @return this builder, not null
         */
        public Builder warnAt(double... percents) {
            this.warnAt = Arrays.stream(Objects.requireNonNull(percents, "percents")).boxed().toList();
            return this;
        }

        /**
         * Sets the percentages at which a {@code warning} fires, given as text such as {@code 50%}
         * ({@code warn-at[i]}); text that does not parse is a problem at {@code warn-at[i]}.
         *
         * @param percents  the percentages as text, not null
         * @return this builder, not null
         */
        public Builder warnAt(String... percents) {
            Objects.requireNonNull(percents, "percents");
            List<Double> list = new ArrayList<>();
            for (int i = 0; i < percents.length; i++) {
                try {
                    list.add(Percentages.parse(Objects.requireNonNull(percents[i], "percent")));
                } catch (IllegalArgumentException ex) {
                    problems.add(new Problem("warn-at[" + i + "]", ex.getMessage()));
                    list.add(null);
                }
            }
            this.warnAt = Collections.unmodifiableList(list);
            return this;
        }
    }
}
