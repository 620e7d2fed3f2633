package org.slakit.jmh;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import org.slakit.policy.SlaPolicy;
import org.slakit.report.Facts;
import org.slakit.report.ReportFormat;
import org.slakit.report.ReportPeriod;
import org.slakit.report.ReportWriter;
import org.slakit.report.ServiceReport;
import org.slakit.ticket.Ticket;

/**
 * Measures one customer's yearly service report as a self-contained HTML page (tables, inline SVG
 * charts, a row per service): the report made from 2,000 tickets and written, beside the same
 * report written as Markdown and the report only made, so that the page's own cost shows as a
 * ratio. The tickets are {@link ReportBenchmark}'s, all of one customer.
 * <p>
 * Run with {@code java -jar sla-jmh/target/benchmarks.jar HtmlReportBenchmark -f 1 -wi 3 -i 5}.
 * Goal: the HTML report of 2,000 tickets in at most 200 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HtmlReportBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant AS_OF = LocalDateTime.parse("2027-01-01T00:00").atZone(ZONE).toInstant();
    private static final String CUSTOMER = "customer-0";

    @Param({"2000"})
    int tickets;

    Facts facts;
    List<Ticket> year;
    ServiceReport report;

    @Setup
    public void setUp() {
        SlaPolicy policy = TicketBenchmark.policy();
        facts = Facts.of(policy, AS_OF);
        year = IntStream.range(0, tickets)
                .mapToObj(n -> ReportBenchmark.ticket(n).withField(Facts.DEFAULT_CUSTOMER_FIELD, CUSTOMER))
                .toList();
        report = made();
        System.out.println("html: " + ReportWriter.of(ReportFormat.HTML).write(report).length()
                + " characters for " + report.services().size() + " services");
    }

    /** The baseline: the report made (every ticket evaluated, the figures computed), nothing written. */
    @Benchmark
    public ServiceReport made() {
        return ServiceReport.of(facts, year, CUSTOMER, ReportPeriod.ofYear(2026));
    }

    /** The report made and written as Markdown. */
    @Benchmark
    public String markdown() {
        return ReportWriter.of(ReportFormat.MARKDOWN).write(made());
    }

    /** The report made and written as an HTML page: the goal's figure. */
    @Benchmark
    public String html() {
        return ReportWriter.of(ReportFormat.HTML).write(made());
    }

    /** Only the writing of the HTML page, the report made before. */
    @Benchmark
    public String htmlWriteOnly() {
        return ReportWriter.of(ReportFormat.HTML).write(report);
    }
}
