package org.slakit.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slakit.ticket.Ticket;

/**
 * What a different promise would have meant: the same tickets judged under two policies (or two
 * versions of one, written as two files), their facts paired by ticket, target and cycle, the
 * outcomes side by side per group, and the pairs whose outcome differs.
 * <p>
 * A pair belongs to the period of its fact under the first policy, or, when only the second
 * policy has it (a target the first does not apply), of that one. A pair with a fact on one side
 * only is listed as changed.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Comparison {

    private final Facts a;
    private final Facts b;
    private final ReportPeriod period;
    private final List<Dimension> by;
    private final List<Row> rows;
    private final List<Change> changes;

    private Comparison(Facts a, Facts b, ReportPeriod period, List<Dimension> by, List<Row> rows, List<Change> changes) {
        this.a = a;
        this.b = b;
        this.period = period;
        this.by = by;
        this.rows = List.copyOf(rows);
        this.changes = List.copyOf(changes);
    }

    /**
     * Compares two policies over the same tickets.
     *
     * @param a  the first policy and the instant its facts are judged as of, not null
     * @param b  the second, not null
     * @param tickets  the tickets, read once, not null
     * @param period  the period, not null
     * @param by  the dimensions to group by, as for {@link Compliance}, not null
     * @return the comparison, not null
     * @throws IllegalArgumentException if a grouping is invalid, or a ticket uses a value a policy does not define
     */
    public static Comparison of(Facts a, Facts b, Iterable<Ticket> tickets, ReportPeriod period, List<Dimension> by) {
        Objects.requireNonNull(period, "period");
        List<Dimension> grouping = Compliance.checked(by);
        ZoneId zone = a.policy().zone();
        String tierA = Dimension.defaultTier(a.policy());
        String tierB = Dimension.defaultTier(b.policy());
        Map<List<String>, Sides> tallies = new TreeMap<>(Compliance.Groups.KEY_ORDER);
        List<Change> changes = new ArrayList<>();
        for (Ticket t : tickets) {
            Map<String, Fact[]> pairs = new LinkedHashMap<>();
            for (Fact f : a.of(t)) {
                pairs.computeIfAbsent(f.target() + "#" + f.cycle().number(), k -> new Fact[2])[0] = f;
            }
            for (Fact f : b.of(t)) {
                pairs.computeIfAbsent(f.target() + "#" + f.cycle().number(), k -> new Fact[2])[1] = f;
            }
            for (Fact[] pair : pairs.values()) {
                Fact any = pair[0] != null ? pair[0] : pair[1];
                if (!period.contains(any, zone)) {
                    continue;
                }
                String tier = pair[0] != null ? tierA : tierB;
                List<String> key = new ArrayList<>(grouping.size());
                for (Dimension d : grouping) {
                    key.add(d.valueOf(any, zone, tier));
                }
                Sides sides = tallies.computeIfAbsent(key, k -> new Sides());
                if (pair[0] != null) {
                    sides.first.add(pair[0]);
                }
                if (pair[1] != null) {
                    sides.second.add(pair[1]);
                }
                if (pair[0] == null || pair[1] == null || pair[0].state() != pair[1].state()) {
                    changes.add(new Change(any.ticketId(), any.target(), any.cycle().number(), Optional.ofNullable(pair[0]),
                            Optional.ofNullable(pair[1])));
                    sides.changed++;
                }
            }
        }
        List<Row> rows = new ArrayList<>(tallies.size());
        tallies.forEach((key, sides) -> {
            Map<Dimension, String> group = new LinkedHashMap<>();
            for (int i = 0; i < grouping.size(); i++) {
                group.put(grouping.get(i), key.get(i));
            }
            rows.add(new Row(group, new ComplianceRow(group, sides.first), new ComplianceRow(group, sides.second), sides.changed));
        });
        return new Comparison(a, b, period, grouping, rows, changes);
    }

    /** A group's tallies under either policy, and how many of its pairs changed. */
    private static final class Sides {
        final Tally first = new Tally();
        final Tally second = new Tally();
        int changed;
    }

    /**
     * Gets the first policy's fact source.
     *
     * @return the source, not null
     */
    public Facts first() {
        return a;
    }

    /**
     * Gets the second policy's fact source.
     *
     * @return the source, not null
     */
    public Facts second() {
        return b;
    }

    /**
     * Gets the period.
     *
     * @return the period, not null
     */
    public ReportPeriod period() {
        return period;
    }

    /**
     * Gets the dimensions the rows are grouped by.
     *
     * @return the dimensions, not null
     */
    public List<Dimension> by() {
        return by;
    }

    /**
     * Gets the groups, each with its compliance under either policy, in order of the groups' values.
     *
     * @return the rows, not null
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Gets the pairs whose outcome differs, in the order of the input's tickets.
     *
     * @return the changes, not null
     */
    public List<Change> changes() {
        return changes;
    }

    /**
     * One group's outcomes under both policies.
     *
     * @param group  the group's values by dimension, not null
     * @param first  the compliance under the first policy, not null
     * @param second  the compliance under the second policy, not null
     * @param changed  how many of the group's pairs differ in outcome
     */
    public record Row(Map<Dimension, String> group, ComplianceRow first, ComplianceRow second, int changed) {
        /**
         * Checks the components.
         *
         * @param group  the group's values by dimension, not null, copied in its order
         * @param first  the compliance under the first policy, not null
         * @param second  the compliance under the second policy, not null
         * @param changed  how many of the group's pairs differ in outcome
         * @throws NullPointerException if a component is null
         */
        public Row {
            group = Collections.unmodifiableMap(new LinkedHashMap<>(group));
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }

    /**
     * A ticket's target and cycle whose outcome differs between the policies.
     *
     * @param ticketId  the ticket's id, not null
     * @param target  the target's name, not null
     * @param cycle  the cycle's number
     * @param first  the fact under the first policy, empty when it does not apply the target, not null
     * @param second  the fact under the second policy, empty when it does not apply the target, not null
     */
    public record Change(String ticketId, String target, int cycle, Optional<Fact> first, Optional<Fact> second) {
        /**
         * Checks the components.
         *
         * @param ticketId  the ticket's id, not null
         * @param target  the target's name, not null
         * @param cycle  the cycle's number
         * @param first  the fact under the first policy, empty when it does not apply the target, not null
         * @param second  the fact under the second policy, empty when it does not apply the target, not null
         * @throws NullPointerException if a component is null
         */
        public Change {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }
    }
}
