package org.slakit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Ticket;

/**
 * How well a promise was kept over a period: the facts in the period grouped (by default by target
 * and severity), each group's {@link ComplianceRow}, the total, and the same month by month.
 * <p>
 * A fact belongs to the period in which its clock started (or, never started, its cycle opened):
 * a ticket reported on 31 March and breached on 2 April counts in March. Every fact in the period
 * is counted exactly once in each grouping, the total and the months.
 * <p>
 * A report is a function of its inputs alone: the policy, the tickets, the period and the instant
 * as of which they are judged. This class is immutable and thread-safe.
 */
public final class Compliance {

    /** The grouping unless told otherwise. */
    public static final List<Dimension> DEFAULT_GROUPING = List.of(Dimension.TARGET, Dimension.SEVERITY);

    private final String policyName;
    private final ZoneId zone;
    private final Instant asOf;
    private final ReportPeriod period;
    private final List<Dimension> by;
    private final List<ComplianceRow> rows;
    private final ComplianceRow total;
    private final List<YearMonth> months;
    private final List<ComplianceRow> monthly;
    private final List<String> severities;

    private Compliance(Facts facts, ReportPeriod period, List<Dimension> by, Groups groups) {
        this.policyName = facts.policy().name();
        this.zone = facts.policy().zone();
        this.asOf = facts.asOf();
        this.period = period;
        this.by = by;
        Map<List<String>, Tally> merged = new TreeMap<>(Groups.KEY_ORDER);
        Map<YearMonth, Map<List<String>, Tally>> byMonth = new TreeMap<>();
        Tally all = new Tally();
        groups.tallies.forEach((key, tally) -> {
            List<String> group = key.subList(0, key.size() - 1);
            YearMonth month = YearMonth.parse(key.get(key.size() - 1));
            byMonth.computeIfAbsent(month, m -> new TreeMap<>(Groups.KEY_ORDER)).put(group, tally);
            merged.computeIfAbsent(group, g -> new Tally()).merge(tally);
            all.merge(tally);
        });
        List<ComplianceRow> out = new ArrayList<>(merged.size());
        merged.forEach((group, tally) -> out.add(new ComplianceRow(named(by, group), tally)));
        List<Dimension> withMonth = new ArrayList<>(by);
        withMonth.add(Dimension.MONTH);
        List<ComplianceRow> series = new ArrayList<>();
        byMonth.forEach((month, tallies) -> tallies.forEach((group, tally) -> {
            List<String> key = new ArrayList<>(group);
            key.add(month.toString());
            series.add(new ComplianceRow(named(withMonth, key), tally));
        }));
        this.rows = List.copyOf(out);
        this.total = all.cycles == 0 ? null : new ComplianceRow(Map.of(), all);
        this.months = months(period, byMonth.keySet());
        this.monthly = List.copyOf(series);
        this.severities = facts.policy().severities();
    }

    /** Every month of a bounded period, or the months that have facts. */
    private static List<YearMonth> months(ReportPeriod period, Set<YearMonth> withFacts) {
        if (period.from().isEmpty() || period.to().isEmpty()) {
            return List.copyOf(withFacts);
        }
        List<YearMonth> all = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from().get()); !m.isAfter(YearMonth.from(period.to().get())); m = m.plusMonths(1)) {
            all.add(m);
        }
        return all;
    }

    private static Map<Dimension, String> named(List<Dimension> by, List<String> values) {
        Map<Dimension, String> group = new LinkedHashMap<>();
        for (int i = 0; i < by.size(); i++) {
            group.put(by.get(i), values.get(i));
        }
        return group;
    }

    /**
     * Reports the compliance of tickets over a period, grouped by target and severity.
     *
     * @param facts  the policy and the instant the tickets are judged as of, not null
     * @param tickets  the tickets, read once, not null
     * @param period  the period, not null
     * @return the report, not null
     * @throws IllegalArgumentException if a ticket uses a value the policy does not define
     */
    public static Compliance of(Facts facts, Iterable<Ticket> tickets, ReportPeriod period) {
        return of(facts, tickets, period, DEFAULT_GROUPING);
    }

    /**
     * Reports the compliance of tickets over a period, grouped by the given dimensions.
     *
     * @param facts  the policy and the instant the tickets are judged as of, not null
     * @param tickets  the tickets, read once, not null
     * @param period  the period, not null
     * @param by  the dimensions to group by, in order, none twice, without {@link Dimension#MONTH} (the monthly series has it), not null
     * @return the report, not null
     * @throws IllegalArgumentException if a dimension is given twice or is MONTH, or a ticket uses a value the policy does not define
     */
    public static Compliance of(Facts facts, Iterable<Ticket> tickets, ReportPeriod period, List<Dimension> by) {
        return facts.stream(tickets).collect(collector(facts, period, by));
    }

    /**
     * Reports the compliance of a stream of tickets, evaluated in parallel when the stream is parallel.
     *
     * @param facts  the policy and the instant the tickets are judged as of, not null
     * @param tickets  the tickets, not null
     * @param period  the period, not null
     * @param by  the dimensions to group by, as for {@link #of(Facts, Iterable, ReportPeriod, List)}, not null
     * @return the report, not null
     * @throws IllegalArgumentException if a dimension is given twice or is MONTH, or a ticket uses a value the policy does not define
     */
    public static Compliance of(Facts facts, Stream<Ticket> tickets, ReportPeriod period, List<Dimension> by) {
        return facts.stream(tickets).collect(collector(facts, period, by));
    }

    /**
     * Obtains a collector of facts into a compliance report: for facts that come from elsewhere
     * than {@link Facts#stream}, such as a store of earlier evaluations.
     *
     * @param facts  the policy and the instant the facts were judged as of, not null
     * @param period  the period, not null
     * @param by  the dimensions to group by, as for {@link #of(Facts, Iterable, ReportPeriod, List)}, not null
     * @return the collector, not null
     * @throws IllegalArgumentException if a dimension is given twice or is MONTH
     */
    public static Collector<Fact, ?, Compliance> collector(Facts facts, ReportPeriod period, List<Dimension> by) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(period, "period");
        List<Dimension> grouping = checked(by);
        SlaPolicy policy = facts.policy();
        String defaultTier = Dimension.defaultTier(policy);
        return Collector.of(() -> new Groups(grouping, policy.zone(), defaultTier, period), Groups::add, Groups::merge,
                groups -> new Compliance(facts, period, grouping, groups));
    }

    /** Checks a grouping: no dimension twice, no month. */
    static List<Dimension> checked(List<Dimension> by) {
        EnumSet<Dimension> seen = EnumSet.noneOf(Dimension.class);
        for (Dimension d : by) {
            if (d == Dimension.MONTH) {
                throw new IllegalArgumentException("Group by month through the monthly series, not the grouping: " + by);
            }
            if (!seen.add(Objects.requireNonNull(d, "dimension"))) {
                throw new IllegalArgumentException("A grouping names " + d.key() + " twice: " + by);
            }
        }
        return List.copyOf(by);
    }

    /**
     * Gets the policy's name.
     *
     * @return the name, not null
     */
    public String policyName() {
        return policyName;
    }

    /**
     * Gets the zone of the policy, in which periods and months are read.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Gets the instant the facts were judged as of.
     *
     * @return the instant, not null
     */
    public Instant asOf() {
        return asOf;
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
     * @return the dimensions, in order, not null
     */
    public List<Dimension> by() {
        return by;
    }

    /**
     * Gets one row per group that has facts, in order of the groups' values.
     *
     * @return the rows, empty when no fact is in the period, not null
     */
    public List<ComplianceRow> rows() {
        return rows;
    }

    /**
     * Gets the row of every fact in the period together.
     *
     * @return the total, empty when no fact is in the period, not null
     */
    public Optional<ComplianceRow> total() {
        return Optional.ofNullable(total);
    }

    /**
     * Gets the months of the series, in order: every month of a bounded period, facts or not;
     * for a period without both bounds, the months that have facts.
     *
     * @return the months, not null
     */
    public List<YearMonth> months() {
        return months;
    }

    /**
     * Gets the monthly series: one row per month and group, grouped by {@link #by()} and then
     * {@link Dimension#MONTH}, month by month.
     *
     * @return the rows, month by month, not null
     */
    public List<ComplianceRow> monthly() {
        return monthly;
    }

    /** The policy's severities, most urgent first: the order in which a chart stacks and colours them. */
    List<String> severities() {
        return severities;
    }

    /** The tallies of a grouping, keyed by the group's values and the month last; confined to one thread, merged across. */
    static final class Groups {
        /** Groups in order of their values, value by value. */
        static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };

        private final List<Dimension> by;
        private final ZoneId zone;
        private final String defaultTier;
        private final ReportPeriod period;
        final Map<List<String>, Tally> tallies = new HashMap<>();
        private final Map<Integer, String> months = new HashMap<>();

        Groups(List<Dimension> by, ZoneId zone, String defaultTier, ReportPeriod period) {
            this.by = by;
            this.zone = zone;
            this.defaultTier = defaultTier;
            this.period = period;
        }

        void add(Fact fact) {
            LocalDate date = LocalDate.ofInstant(fact.countedAt(), zone);
            if (!period.contains(date)) {
                return;
            }
            String[] key = new String[by.size() + 1];
            for (int i = 0; i < by.size(); i++) {
                key[i] = by.get(i) == Dimension.MONTH ? month(date) : by.get(i).valueOf(fact, zone, defaultTier);
            }
            key[by.size()] = month(date);
            tallies.computeIfAbsent(List.of(key), k -> new Tally()).add(fact);
        }

        /** The month's name, such as {@code 2026-03}, made once per month seen. */
        private String month(LocalDate date) {
            return months.computeIfAbsent(date.getYear() * 12 + date.getMonthValue() - 1,
                    m -> YearMonth.of(date.getYear(), date.getMonthValue()).toString());
        }

        Groups merge(Groups other) {
            other.tallies.forEach((k, v) -> tallies.merge(k, v, Tally::merge));
            return this;
        }
    }
}
