package org.slakit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.report.Compliance;
import org.slakit.report.Dimension;
import org.slakit.report.Facts;
import org.slakit.report.ReportFormat;
import org.slakit.report.ReportPeriod;
import org.slakit.report.ReportWriter;
import org.slakit.ticket.Ticket;

/**
 * The README's demo: the Hong Kong POS/ERP vendor's policy over a sample week of tickets, as of
 * the Monday morning after it — the status table in queue order, and the explanation of one
 * deadline — then the calendars of two vendors' policies (holidays included), and when 2, 4 and 8
 * business hours and 2 business days run out for a handful of report times.
 * <p>
 * Run it with {@code mvn -q -DskipTests package && examples/target/slakit}. The policies and
 * tickets are copies of the files in {@code examples/policies} and {@code examples/tickets} built
 * into the jar, so that the demo runs from any folder; the demo says so, and prints the command
 * that runs the same week on the files themselves.
 */
public final class Demo {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private Demo() {
    }

    /**
     * Prints the demo to standard output.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        run(out);
        out.flush();
    }

    /** The command that runs the demo's week on the files themselves rather than the jar's copies. */
    static final String REPLAY = "slakit replay examples/policies/hk-pos-erp.yaml --tickets examples/tickets/sample-week.csv"
            + " --as-of 2026-11-23T09:00";

    static void run(PrintWriter out) {
        SlaPolicy policy = policy("hk-pos-erp.yaml");
        List<Ticket> tickets;
        try (Reader t = resource("tickets/sample-week.csv")) {
            tickets = TicketCsv.read(t, "sample-week.csv", policy.zone(), policy.events());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant asOf = LocalDateTime.parse("2026-11-23T09:00").atZone(policy.zone()).toInstant();
        out.println("== A week of tickets under the Hong Kong POS/ERP vendor's policy, as of Mon 2026-11-23 09:00");
        out.println("   (the copies of examples/policies/hk-pos-erp.yaml and examples/tickets/sample-week.csv built into");
        out.println("   this jar: editing the files changes nothing here. To run the same week on the files themselves:");
        out.println("    " + REPLAY + ")");
        out.println();
        out.print(Reports.statusTable(policy, tickets, asOf));
        out.println();
        Ticket dataMismatch = tickets.stream().filter(t -> t.id().equals("T-1103")).findFirst().orElseThrow();
        out.println("== Why is T-1103 due when it is? (a data mismatch: 24 h from receipt of the customer's database)");
        out.println();
        out.print(policy.evaluate(dataMismatch, asOf).explain().toText());
        out.println();
        out.println("== Business calendars of two vendors' policies, holidays included");
        out.println();
        calendars(out, policy);
        out.println();
        yearOfCompliance(out);
    }

    /** The heating-billing vendor's sample year (examples/tickets/heating-2026.csv): how well each target was kept, in 2026. */
    private static void yearOfCompliance(PrintWriter out) {
        SlaPolicy heating = policy("heating-billing.yaml");
        List<Ticket> year;
        try (Reader t = resource("tickets/heating-2026.csv")) {
            year = EventLogCsv.read(t, "heating-2026.csv", heating.zone(), heating.events());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant newYear = LocalDateTime.parse("2027-01-01T00:00").atZone(heating.zone()).toInstant();
        out.println("== A year of the district-heating billing vendor (examples/policies/heating-billing.yaml): compliance in 2026, as of New Year");
        out.println("   (" + year.size() + " tickets in examples/tickets/heating-2026.csv; one customer's yearly report:");
        out.println("    slakit report service examples/policies/heating-billing.yaml --tickets examples/tickets/heating-2026.csv \\");
        out.println("      --customer 哈尔滨热力集团 --from 2026-01-01 --to 2026-12-31 --as-of 2027-01-01T00:00 --lang zh-Hans --format html)");
        out.println();
        Compliance compliance = Compliance.of(Facts.of(heating, newYear), year, ReportPeriod.ofYear(2026), List.of(Dimension.TARGET));
        String table = ReportWriter.of(ReportFormat.MARKDOWN).write(compliance);
        // the groups and the total; the month-by-month series is in the full report
        out.print(table.substring(table.indexOf("| target"), table.indexOf("## Month by month")));
    }

    /** The jar's copy of a policy of examples/policies. */
    private static SlaPolicy policy(String file) {
        try (Reader p = resource("policies/" + file)) {
            return PolicyYaml.read(p, file, Path.of(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader resource(String name) {
        InputStream in = Demo.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Demo resource " + name + " is missing from the examples jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The policies' own office calendars, so that their holidays and closures count. */
    private static void calendars(PrintWriter out, SlaPolicy hongKong) {
        BusinessCalendar office = hongKong.calendar("office").orElseThrow();
        BusinessCalendar mainland = policy("pos-vendor.yaml").calendar("office").orElseThrow();
        section(out, "Hong Kong POS/ERP vendor (hk-pos-erp.yaml): Mon-Fri 09:00-18:00, Sat 10:00-18:00, Hong Kong's public "
                + "holidays (Christmas 2026: Fri 12-25 and Sat 12-26), closed from 13:00 on Christmas Eve", office, List.of(
                "2026-11-20T17:00", "2026-11-21T17:30", "2026-11-22T11:00", "2026-11-23T08:15", "2026-12-24T11:00"));
        section(out, "Mainland POS vendor (pos-vendor.yaml): 09:00-12:00 + 13:30-18:00, Sat 10:00-12:00 + 13:30-18:00, "
                + "mainland China's holidays (National Day 2026: 10-01..10-07 off, Sat 10-10 a make-up day)", mainland, List.of(
                "2026-09-30T17:00", "2026-10-09T17:00", "2026-11-20T17:00", "2026-11-23T09:00", "2026-11-23T11:59:30"));
    }

    private static void section(PrintWriter out, String title, BusinessCalendar cal, List<String> reports) {
        out.println(title);
        out.printf("  %-22s %-22s %-22s %-22s %-22s%n", "reported", "+2 business hours", "+4 business hours",
                "+8 business hours", "+2 business days");
        for (String report : reports) {
            Instant t = LocalDateTime.parse(report).atZone(cal.zone()).toInstant();
            LocalDate twoDays = cal.plusWorkingDays(cal.workingDayOf(t), 2);
            out.printf("  %-22s %-22s %-22s %-22s %-22s%n", show(t, cal), show(cal.plus(t, Duration.ofHours(2)), cal),
                    show(cal.plus(t, Duration.ofHours(4)), cal), show(cal.plus(t, Duration.ofHours(8)), cal),
                    show(cal.endOfWorkingDay(twoDays), cal));
        }
        out.println();
    }

    private static String show(Instant t, BusinessCalendar cal) {
        ZonedDateTime z = t.atZone(cal.zone());
        return WHEN.format(z) + (z.getSecond() != 0 ? ":" + String.format("%02d", z.getSecond()) : "");
    }
}
