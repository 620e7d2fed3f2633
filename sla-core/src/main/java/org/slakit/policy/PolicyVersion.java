package org.slakit.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry of a policy's {@code versions}: from a date on (midnight in the policy's zone), the
 * sections it names replace the policy's own, whole. Tickets are governed by the version in force
 * when they were opened.
 * <p>
 * Versions are made by {@link SlaPolicy.Builder#version}, which validates them.
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
}
