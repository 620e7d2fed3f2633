package org.slakit.jmh;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;
import org.slakit.report.Compliance;
import org.slakit.report.Dimension;
import org.slakit.report.Facts;
import org.slakit.report.ReportPeriod;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Measures a year's compliance report over a million tickets with two targets each: on one thread,
 * on every core (a parallel stream of tickets), and the baseline of the same tickets only
 * evaluated, with nothing reported, so that the report's own cost shows as a ratio. Tickets are
 * made as the stream reads them (from their number, with a seeded random), never held: the run
 * fits {@code -Xmx1g}.
 * <p>
 * Run with {@code java -jar sla-jmh/target/benchmarks.jar ReportBenchmark -f 1 -wi 1 -i 3}.
 * Goal: the parallel report in at most 3 s on this machine's 2 cores, with at most 1 GiB of heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
public class ReportBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant YEAR = LocalDateTime.parse("2026-01-01T00:00").atZone(ZONE).toInstant();
    private static final Instant AS_OF = LocalDateTime.parse("2027-01-01T00:00").atZone(ZONE).toInstant();
    private static final List<String> CUSTOMERS = IntStream.range(0, 40).mapToObj(i -> "customer-" + i).toList();
    private static final Classification SEVERE = Classification.of("software-error", "severe").withKind("function-error");
    private static final Classification GENERAL = Classification.of("software-error", "general").withKind("data-mismatch");

    @Param({"1000000"})
    int tickets;

    Facts facts;

    @Setup
    public void setUp() {
        SlaPolicy policy = TicketBenchmark.policy();
        facts = Facts.of(policy, AS_OF);
    }

    /**
     * The ticket of a number: opened somewhere in 2026, responded to within 0-3 hours, a fifth of
     * them waiting once for the customer, resolved within two days; severe one time in ten.
     */
    static Ticket ticket(int n) {
        SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        Instant opened = YEAR.plusSeconds(r.nextLong(365L * 24 * 3600));
        Ticket t = Ticket.open("T-" + n, opened, r.nextInt(10) == 0 ? SEVERE : GENERAL)
                .withField("company", CUSTOMERS.get(r.nextInt(CUSTOMERS.size())));
        Instant at = opened.plus(Duration.ofMinutes(r.nextInt(180)));
        t = t.event(at, "responded");
        if (r.nextInt(5) == 0) {
            at = at.plus(Duration.ofMinutes(r.nextInt(240)));
            t = t.pause(at, "waiting-for-customer");
            at = at.plus(Duration.ofMinutes(r.nextInt(24 * 60)));
            t = t.resume(at);
        }
        return t.resolve(at.plus(Duration.ofMinutes(r.nextInt(2 * 24 * 60))));
    }

    private Stream<Ticket> stream() {
        return IntStream.range(0, tickets).mapToObj(ReportBenchmark::ticket);
    }

    /** The baseline: every ticket made and evaluated, its states counted, nothing else. */
    @Benchmark
    public void evaluateOnly(Blackhole bh) {
        SlaPolicy policy = facts.policy();
        long met = stream().mapToLong(t -> {
            long m = 0;
            for (TargetStatus s : policy.evaluate(t, AS_OF).targets()) {
                m += s.state() == TargetState.MET ? 1 : 0;
            }
            return m;
        }).sum();
        bh.consume(met);
    }

    /** The year's compliance by target and severity, on one thread. */
    @Benchmark
    public Compliance complianceOneThread() {
        return Compliance.of(facts, stream(), ReportPeriod.ofYear(2026), List.of(Dimension.TARGET, Dimension.SEVERITY));
    }

    /** The same report, the tickets read by a parallel stream on every core. */
    @Benchmark
    public Compliance complianceParallel() {
        return Compliance.of(facts, stream().parallel(), ReportPeriod.ofYear(2026), List.of(Dimension.TARGET, Dimension.SEVERITY));
    }
}
