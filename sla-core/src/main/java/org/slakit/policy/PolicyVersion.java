package org.slakit.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An entry of a policy's {@code versions}: from a date on (midnight in the policy's zone), the
 * sections it names replace the policy's own, whole. Tickets are governed by the version in force
 * when they were opened.
 * <p>
 * Versions are described by a {@link Builder} given to {@link PolicyBuilder#version}, which validates them.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyVersion {

    private final LocalDate effectiveFrom;
    private final List<Target> targets;
    private final List<EscalationRule> escalations;
    private final OutOfHours outOfHours;
    private final Intake intake;

    /** Creates a version from validated parts; a null section is not replaced. */
    PolicyVersion(LocalDate effectiveFrom, List<Target> targets, List<EscalationRule> escalations, OutOfHours outOfHours,
            Intake intake) {
        this.effectiveFrom = effectiveFrom;
        this.targets = targets == null ? null : List.copyOf(targets);
        this.escalations = escalations == null ? null : List.copyOf(escalations);
        this.outOfHours = outOfHours;
        this.intake = intake;
    }

    /**
     * Gets the date from which this version is in force.
     *
     * @return the date, not null
     */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /**
     * Gets the targets this version puts in place of the policy's.
     *
     * @return the targets, empty when this version keeps them
     */
    public Optional<List<Target>> targets() {
        return Optional.ofNullable(targets);
    }

    /**
     * Gets the escalations this version puts in place of the policy's.
     *
     * @return the escalations, empty when this version keeps them
     */
    public Optional<List<EscalationRule>> escalations() {
        return Optional.ofNullable(escalations);
    }

    /**
     * Gets the out-of-hours routing this version puts in place of the policy's.
     *
     * @return the section, empty when this version keeps it
     */
    public Optional<OutOfHours> outOfHours() {
        return Optional.ofNullable(outOfHours);
    }

    /**
     * Gets the intake rules this version puts in place of the policy's.
     *
     * @return the section, empty when this version keeps it
     */
    public Optional<Intake> intake() {
        return Optional.ofNullable(intake);
    }

    /**
     * Checks if this version equals another in every part.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof PolicyVersion v && effectiveFrom.equals(v.effectiveFrom) && Objects.equals(targets, v.targets)
                && Objects.equals(escalations, v.escalations) && Objects.equals(outOfHours, v.outOfHours)
                && Objects.equals(intake, v.intake);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(effectiveFrom, targets, escalations, outOfHours, intake);
    }

    /**
     * Returns a summary such as {@code version effective from 2027-01-01}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "version effective from " + effectiveFrom;
    }

    /**
     * Describes one entry of {@code versions} for {@link PolicyBuilder#version}: the sections it
     * replaces, whole.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        final LocalDate effectiveFrom;
        final Sections sections = new Sections();

        Builder(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
        }

        /**
         * Adds a target entry to this version's targets, which replace the policy's
         * ({@code versions[v].targets[i]}).
         *
         * @param name  the target's name, not null
         * @param spec  sets the entry's parts, not null
         * @return this builder, not null
         */
        public Builder target(String name, Consumer<Target.Builder> spec) {
            sections.target(name, spec);
            return this;
        }

        /**
         * Adds an escalation to this version's escalations, which replace the policy's
         * ({@code versions[v].escalations[i]}).
         *
         * @param percent  the percentage, above 0 and at most 1000
         * @param of  the target names, not null
         * @param notify  who to notify, not null
         * @return this builder, not null
         */
        public Builder escalation(double percent, List<String> of, String notify) {
            sections.escalation(percent, of, notify);
            return this;
        }

        /**
         * Adds an escalation whose percentage is given as text, such as {@code 75%}; text that does
         * not parse is a problem at {@code versions[v].escalations[i].at}.
         *
         * @param percent  the percentage as text, not null
         * @param of  the target names, not null
         * @param notify  who to notify, not null
         * @return this builder, not null
         */
        public Builder escalation(String percent, List<String> of, String notify) {
            sections.escalation(percent, of, notify);
            return this;
        }

        /**
         * Replaces the policy's escalations with none ({@code escalations: []}).
         *
         * @return this builder, not null
         */
        public Builder noEscalations() {
            sections.noEscalations();
            return this;
        }

        /**
         * Replaces the out-of-hours routing ({@code versions[v].out-of-hours}).
         *
         * @param calendar  the routing calendar's name, not null
         * @param spec  adds the rules and sets {@code otherwise}, not null
         * @return this builder, not null
         */
        public Builder outOfHours(String calendar, Consumer<OutOfHours.Builder> spec) {
            sections.outOfHours(calendar, spec);
            return this;
        }

        /**
         * Replaces the intake rules ({@code versions[v].intake}).
         *
         * @param required  the fields every report needs, not null
         * @param requiredFor  further fields per category name, not null
         * @return this builder, not null
         */
        public Builder intake(List<String> required, Map<String, List<String>> requiredFor) {
            sections.intake(required, requiredFor);
            return this;
        }
    }
}
