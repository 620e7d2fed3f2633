package org.slakit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendars.HolidaySets;
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
 * The README's demo: seed 000's policy (the Hong Kong POS/ERP vendor) over a sample week of
 * tickets, as of the Monday morning after it — the status table in queue order, and the
 * explanation of one deadline — then the seed vendors' calendars, and when 2, 4 and 8 business
 * hours and 2 business days run out for a handful of report times.
 * <p>
 * Run it with {@code mvn -q -DskipTests package && java -jar examples/target/slakit.jar}. The
 * policy and tickets are the files in {@code examples/policies} and {@code examples/tickets},
 * embedded in the jar.
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

    static void run(PrintWriter out) {
        SlaPolicy policy;
        List<Ticket> tickets;
        try (Reader p = resource("policies/hk-pos-erp.yaml"); Reader t = resource("tickets/sample-week.csv")) {
            policy = PolicyYaml.read(p, "hk-pos-erp.yaml", Path.of(""));
            tickets = TicketCsv.read(t, "sample-week.csv", policy.zone(), policy.events());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant asOf = LocalDateTime.parse("2026-11-23T09:00").atZone(policy.zone()).toInstant();
        out.println("== A week of tickets under seed 000's policy (examples/policies/hk-pos-erp.yaml)");
        out.println();
        out.print(Reports.statusTable(policy, tickets, asOf));
        out.println();
        Ticket dataMismatch = tickets.stream().filter(t -> t.id().equals("T-1103")).findFirst().orElseThrow();
        out.println("== Why is T-1103 due when it is? (a data mismatch: 24 h from receipt of the customer's database)");
        out.println();
        out.print(policy.evaluate(dataMismatch, asOf).explain().toText());
        out.println();
        out.println("== Business calendars of the seed vendors");
        out.println();
        calendars(out);
        out.println();
        yearOfCompliance(out);
    }

    /** Seed 003's sample year (examples/tickets/heating-2026.csv): how well each target was kept, in 2026. */
    private static void yearOfCompliance(PrintWriter out) {
        SlaPolicy heating;
        List<Ticket> year;
        try (Reader p = resource("policies/heating-billing.yaml"); Reader t = resource("tickets/heating-2026.csv")) {
            heating = PolicyYaml.read(p, "heating-billing.yaml", Path.of(""));
            year = EventLogCsv.read(t, "heating-2026.csv", heating.zone(), heating.events());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant newYear = LocalDateTime.parse("2027-01-01T00:00").atZone(heating.zone()).toInstant();
        out.println("== A year of seed 003's heating-billing vendor: compliance in 2026, as of New Year");
        out.println("   (" + year.size() + " tickets in examples/tickets/heating-2026.csv; one customer's yearly report:");
        out.println("    java -jar examples/target/slakit.jar report service examples/policies/heating-billing.yaml --tickets examples/tickets/heating-2026.csv \\");
        out.println("      --customer 哈尔滨热力集团 --from 2026-01-01 --to 2026-12-31 --as-of 2027-01-01T00:00 --lang zh-Hans --format html)");
        out.println();
        Compliance compliance = Compliance.of(Facts.of(heating, newYear), year, ReportPeriod.ofYear(2026), List.of(Dimension.TARGET));
        String table = ReportWriter.of(ReportFormat.MARKDOWN).write(compliance);
        // the groups and the total; the month-by-month series is in the full report
        out.print(table.substring(table.indexOf("| target"), table.indexOf("## Month by month")));
    }

    private static Reader resource(String name) {
        InputStream in = Demo.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Demo resource " + name + " is missing from the examples jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static void calendars(PrintWriter out) {
        ZoneId hongKong = ZoneId.of("Asia/Hong_Kong");
        BusinessCalendar office = BusinessCalendar.builder(hongKong)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-18:00")
                .build();
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        BusinessCalendar mainland = BusinessCalendar.builder(shanghai)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00")
                .holidays(HolidaySets.chinaMainland())
                .build();

        section(out, "Hong Kong POS/ERP vendor (seed 000): Mon-Fri 09:00-18:00, Sat 10:00-18:00", office, List.of(
                "2026-11-20T17:00", "2026-11-21T17:30", "2026-11-22T11:00", "2026-11-23T08:15", "2026-11-23T12:00"));
        section(out, "Mainland POS vendor (seed 001): 09:00-12:00 + 13:30-18:00, Sat 10:00-12:00 + 13:30-18:00, "
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
