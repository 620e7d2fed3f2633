package org.slakit.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slakit.policy.TargetStatus.Escalation;

/**
 * The compliance of one group of facts: how many cycles there were and how they stand, how long
 * the decided ones took in business time, and how far the breaches overran.
 * <p>
 * Every count is of facts (cycles), except {@link #ticketsWithBreach()}. Percentiles are exact,
 * by nearest rank: the p-th percentile of n values is the value at rank ⌈p·n/100⌉ in ascending order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ComplianceRow {

    private final Map<Dimension, String> group;
    private final int cycles;
    private final int notStarted;
    private final int running;
    private final int paused;
    private final int met;
    private final int breached;
    private final int unknown;
    private final int breachedOpen;
    private final int escalations;
    private final SortedMap<String, Integer> escalationsByLevel;
    private final int ticketsWithBreach;
    private final Optional<Duration> p50Taken;
    private final Optional<Duration> p90Taken;
    private final Optional<Duration> medianOverrun;

    ComplianceRow(Map<Dimension, String> group, Tally t) {
        this.group = Collections.unmodifiableMap(new LinkedHashMap<>(group));
        this.cycles = t.cycles;
        this.notStarted = t.notStarted;
        this.running = t.running;
        this.paused = t.paused;
        this.met = t.met;
        this.breached = t.breached;
        this.unknown = t.unknown;
        this.breachedOpen = t.breachedOpen;
        this.escalations = t.escalations;
        this.escalationsByLevel = Collections.unmodifiableSortedMap(sorted(t.levels));
        this.ticketsWithBreach = t.ticketsWithBreach();
        long[] taken = Arrays.copyOf(t.taken, t.takenSize);
        long[] overruns = Arrays.copyOf(t.overruns, t.overrunSize);
        Arrays.sort(taken);
        Arrays.sort(overruns);
        this.p50Taken = percentile(taken, 50);
        this.p90Taken = percentile(taken, 90);
        this.medianOverrun = percentile(overruns, 50);
    }

    /** The nearest-rank percentile of sorted values, empty when there are none. */
    static Optional<Duration> percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Optional.empty();
        }
        int rank = (int) ((p * (long) sorted.length + 99) / 100);
        return Optional.of(Duration.ofNanos(sorted[Math.max(rank, 1) - 1]));
    }

    private static TreeMap<String, Integer> sorted(Map<String, Integer> levels) {
        TreeMap<String, Integer> out = new TreeMap<>(LEVEL_ORDER);
        out.putAll(levels);
        return out;
    }

    /** Levels in order of their percentage, then recipient. */
    static final Comparator<String> LEVEL_ORDER = Comparator.<String>comparingDouble(
            l -> Double.parseDouble(l.substring(0, l.indexOf('%')))).thenComparing(Comparator.naturalOrder());

    /** The level an escalation counts under: its percentage and recipient, such as {@code 100% complaints-desk}. */
    static String level(Escalation e) {
        double p = e.percent();
        String percent = p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
        return percent + "% " + e.recipient();
    }

    /**
     * Gets the group's values, one per dimension the report groups by, in that order.
     *
     * @return the values by dimension, empty for the total, not null
     */
    public Map<Dimension, String> group() {
        return group;
    }

    /**
     * Gets the group's value of one dimension.
     *
     * @param dimension  the dimension, not null
     * @return the value, empty when the report does not group by it, not null
     */
    public Optional<String> value(Dimension dimension) {
        return Optional.ofNullable(group.get(Objects.requireNonNull(dimension, "dimension")));
    }

    /**
     * Gets the number of facts (ticket × target × cycle) in the group.
     *
     * @return the count; 0 only for a side of a {@link Comparison} that has none of the group
     */
    public int cycles() {
        return cycles;
    }

    /**
     * Gets the number of cycles whose clock had not started.
     *
     * @return the count
     */
    public int notStarted() {
        return notStarted;
    }

    /**
     * Gets the number of open cycles: running or paused.
     *
     * @return the count
     */
    public int open() {
        return running + paused;
    }

    /**
     * Gets the number of running cycles.
     *
     * @return the count
     */
    public int running() {
        return running;
    }

    /**
     * Gets the number of paused cycles.
     *
     * @return the count
     */
    public int paused() {
        return paused;
    }

    /**
     * Gets the number of met cycles.
     *
     * @return the count
     */
    public int met() {
        return met;
    }

    /**
     * Gets the number of breached cycles, stopped or not.
     *
     * @return the count
     */
    public int breached() {
        return breached;
    }

    /**
     * Gets the number of cycles whose outcome needs dates beyond the calendars' data.
     *
     * @return the count, never part of met or breached
     */
    public int unknown() {
        return unknown;
    }

    /**
     * Gets the number of decided cycles: met plus breached.
     *
     * @return the count
     */
    public int decided() {
        return met + breached;
    }

    /**
     * Gets the share of decided cycles that were met.
     *
     * @return the percentage, from 0 to 100, empty when none is decided
     */
    public Optional<Double> metPercent() {
        return decided() == 0 ? Optional.empty() : Optional.of(met * 100.0 / decided());
    }

    /**
     * Gets the number of breached cycles not yet stopped: overdue and still open.
     *
     * @return the count
     */
    public int breachedOpen() {
        return breachedOpen;
    }

    /**
     * Gets the median business time taken by the decided cycles.
     *
     * @return the 50th percentile, empty when none is decided, not null
     */
    public Optional<Duration> p50Taken() {
        return p50Taken;
    }

    /**
     * Gets the 90th percentile of the business time taken by the decided cycles.
     *
     * @return the percentile, empty when none is decided, not null
     */
    public Optional<Duration> p90Taken() {
        return p90Taken;
    }

    /**
     * Gets the median business time by which the breached cycles overran their deadlines.
     *
     * @return the median, empty when none is breached, not null
     */
    public Optional<Duration> medianOverrun() {
        return medianOverrun;
    }

    /**
     * Gets the number of escalations fired, warnings included.
     *
     * @return the count
     */
    public int escalations() {
        return escalations;
    }

    /**
     * Gets the escalations fired by level: percentage and recipient, such as {@code 75% team-lead}.
     *
     * @return the counts by level, in order of percentage, not null
     */
    public SortedMap<String, Integer> escalationsByLevel() {
        return escalationsByLevel;
    }

    /**
     * Gets the number of distinct tickets with at least one breached cycle in the group.
     *
     * @return the count, at most {@link #breached()}
     */
    public int ticketsWithBreach() {
        return ticketsWithBreach;
    }

    /**
     * Returns the group and its counts, such as {@code ComplianceRow[{TARGET=fix}, cycles=4, met=3, breached=1, …]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ComplianceRow[" + group + ", cycles=" + cycles + ", notStarted=" + notStarted + ", open=" + open() + ", met=" + met
                + ", breached=" + breached + ", unknown=" + unknown + ", breachedOpen=" + breachedOpen + ", p50Taken="
                + p50Taken.orElse(null) + ", p90Taken=" + p90Taken.orElse(null) + ", medianOverrun=" + medianOverrun.orElse(null)
                + ", escalations=" + escalations + ", ticketsWithBreach=" + ticketsWithBreach + "]";
    }
}
