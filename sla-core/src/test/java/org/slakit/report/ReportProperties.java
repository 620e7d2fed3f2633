package org.slakit.report;

import static org.slakit.report.ReportFixture.POLICY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Laws of the reports, over random tickets of the fixture policy spread over two months: every
 * fact is counted once in every grouping, the counts add up, the input's order does not matter,
 * and a period split in two adds up to the whole.
 */
class ReportProperties {

    private static final Instant BASE = ReportFixture.at("2026-11-02T00:00");
    private static final Instant AS_OF = ReportFixture.at("2027-01-05T12:00");
    private static final List<Classification> CLASSES = List.of(ReportFixture.SEVERE, ReportFixture.GENERAL,
            ReportFixture.CONSULTATION);
    private static final List<String> CUSTOMERS = List.of("ACME", "BETA", "GAMMA");
    private static final List<List<Dimension>> GROUPINGS = List.of(List.of(), Compliance.DEFAULT_GROUPING,
            List.of(Dimension.CUSTOMER), List.of(Dimension.CATEGORY, Dimension.KIND, Dimension.TIER),
            List.of(Dimension.SEVERITY, Dimension.CUSTOMER, Dimension.TARGET));

    /** A day of the two months and a bit, evenly spread (jqwik's default leans towards the ends). */
    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 70).withDistribution(RandomDistribution.uniform());
    }

    @Provide
    Arbitrary<List<Ticket>> tickets() {
        return Arbitraries.longs().list().ofMinSize(1).ofMaxSize(40).map(seeds -> {
            List<Ticket> out = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                out.add(ticket("R" + i, new Random(seeds.get(i))));
            }
            return out;
        });
    }

    /** A ticket opened somewhere in November or December 2026, then a random history that its state allows. */
    static Ticket ticket(String id, Random r) {
        Instant at = BASE.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 60)));
        Ticket t = Ticket.open(id, at, CLASSES.get(r.nextInt(CLASSES.size()))).withField("company", CUSTOMERS.get(r.nextInt(3)));
        int steps = r.nextInt(8);
        for (int i = 0; i < steps; i++) {
            at = at.plus(Duration.ofMinutes(r.nextInt(3) == 0 ? r.nextInt(4000) : r.nextInt(240)));
            switch (t.state()) {
                case OPEN:
                    int k = r.nextInt(5);
                    t = k == 0 ? t.event(at, "responded") : k == 1 ? t.pause(at, "waiting-for-customer")
                            : k == 2 ? t.reclassify(at, CLASSES.get(r.nextInt(CLASSES.size()))) : t.resolve(at);
                    break;
                case WAITING:
                    t = r.nextBoolean() ? t.resume(at) : t.resolve(at);
                    break;
                case RESOLVED:
                    t = r.nextBoolean() ? t.reopen(at) : t.confirm(at);
                    break;
                default:
                    return t;
            }
        }
        return t;
    }

    private static String counts(ComplianceRow r) {
        return r.cycles() + "/" + r.notStarted() + "/" + r.open() + "/" + r.met() + "/" + r.breached() + "/" + r.unknown() + "/"
                + r.breachedOpen() + "/" + r.escalations();
    }

    @Property(tries = 200)
    boolean everyFactIsCountedOnceInEveryGrouping(@ForAll("tickets") List<Ticket> tickets) {
        Facts facts = Facts.of(POLICY, AS_OF);
        long all = facts.stream(tickets).count();
        Statistics.label("reopened").collect(tickets.stream().anyMatch(t -> t.events().stream().anyMatch(e -> "reopened".equals(e.name()))));
        Statistics.label("reopened").coverage(c -> c.check(true).percentage(p -> p > 20));
        for (List<Dimension> by : GROUPINGS) {
            Compliance c = Compliance.of(facts, tickets, ReportPeriod.all(), by);
            if (c.rows().stream().mapToLong(ComplianceRow::cycles).sum() != all
                    || c.monthly().stream().mapToLong(ComplianceRow::cycles).sum() != all
                    || c.total().map(ComplianceRow::cycles).orElse(0) != all) {
                return false;
            }
        }
        return true;
    }

    @Property(tries = 200)
    boolean theStatesOfAGroupAddUpToItsCycles(@ForAll("tickets") List<Ticket> tickets) {
        Compliance c = Compliance.of(Facts.of(POLICY, AS_OF), tickets, ReportPeriod.all(), Compliance.DEFAULT_GROUPING);
        for (ComplianceRow r : c.rows()) {
            Statistics.label("states").collect(r.open() > 0 ? "open" : "none open", r.breached() > 0 ? "breached" : "none breached");
            if (r.notStarted() + r.open() + r.met() + r.breached() + r.unknown() != r.cycles() || r.decided() != r.met() + r.breached()
                    || r.breachedOpen() > r.breached() || r.ticketsWithBreach() > r.breached()
                    || r.escalations() != r.escalationsByLevel().values().stream().mapToInt(Integer::intValue).sum()) {
                return false;
            }
        }
        Statistics.label("states").coverage(k -> {
            k.check("open", "breached").count(n -> n > 0);
            k.check("none open", "breached").count(n -> n > 0);
        });
        return true;
    }

    @Property(tries = 100)
    boolean aReportDoesNotDependOnTheOrderOfItsInput(@ForAll("tickets") List<Ticket> tickets, @ForAll long seed) {
        List<Ticket> shuffled = new ArrayList<>(tickets);
        Collections.shuffle(shuffled, new Random(seed));
        Facts facts = Facts.of(POLICY, AS_OF);
        Compliance a = Compliance.of(facts, tickets, ReportPeriod.all(), List.of(Dimension.CUSTOMER, Dimension.TARGET));
        Compliance b = Compliance.of(facts, shuffled, ReportPeriod.all(), List.of(Dimension.CUSTOMER, Dimension.TARGET));
        Compliance parallel = Compliance.of(facts, shuffled.parallelStream(), ReportPeriod.all(),
                List.of(Dimension.CUSTOMER, Dimension.TARGET));
        return a.rows().toString().equals(b.rows().toString()) && a.monthly().toString().equals(b.monthly().toString())
                && a.rows().toString().equals(parallel.rows().toString());
    }

    @Property(tries = 200)
    boolean aPeriodSplitInTwoAddsUpToTheWhole(@ForAll("tickets") List<Ticket> tickets, @ForAll("days") int day) {
        Facts facts = Facts.of(POLICY, AS_OF);
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2027, 1, 10);
        LocalDate split = from.plusDays(day);
        Compliance whole = Compliance.of(facts, tickets, ReportPeriod.of(from, to));
        Compliance first = Compliance.of(facts, tickets, ReportPeriod.of(from, split));
        Compliance second = split.equals(to) ? null : Compliance.of(facts, tickets, ReportPeriod.of(split.plusDays(1), to));
        Statistics.label("split").collect(first.total().isPresent() && second != null && second.total().isPresent() ? "both sides" : "one side");
        Statistics.label("split").coverage(k -> k.check("both sides").percentage(p -> p > 40));
        List<String> added = new ArrayList<>();
        for (ComplianceRow r : whole.rows()) {
            ComplianceRow a = find(first, r);
            ComplianceRow b = second == null ? null : find(second, r);
            added.add(sum(a, b));
        }
        return whole.rows().stream().map(ReportProperties::counts).collect(Collectors.toList()).equals(added);
    }

    private static ComplianceRow find(Compliance c, ComplianceRow like) {
        return c.rows().stream().filter(r -> r.group().equals(like.group())).findFirst().orElse(null);
    }

    private static String sum(ComplianceRow a, ComplianceRow b) {
        int[] x = a == null ? new int[8] : values(a);
        int[] y = b == null ? new int[8] : values(b);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(i == 0 ? "" : "/").append(x[i] + y[i]);
        }
        return sb.toString();
    }

    private static int[] values(ComplianceRow r) {
        return new int[] {r.cycles(), r.notStarted(), r.open(), r.met(), r.breached(), r.unknown(), r.breachedOpen(), r.escalations()};
    }
}
