package org.slakit.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slakit.policy.SlaPolicy;
import org.slakit.report.Comparison;
import org.slakit.report.Compliance;
import org.slakit.report.Dimension;
import org.slakit.report.Facts;
import org.slakit.report.FollowUps;
import org.slakit.report.ReportFormat;
import org.slakit.report.ReportLanguage;
import org.slakit.report.ReportPeriod;
import org.slakit.report.ReportWriter;
import org.slakit.report.ServiceReport;
import org.slakit.ticket.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code slakit report}: compliance, a customer's service report, the follow-up list and a
 * comparison of two policies, over a ticket file, in Markdown, CSV, JSON or HTML.
 */
@Command(name = "report", description = "Reports over many tickets: compliance, service, follow-ups, compare.",
        subcommands = {ReportCommand.ComplianceReport.class, ReportCommand.Service.class, ReportCommand.FollowUpList.class,
            ReportCommand.Compare.class})
final class ReportCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    private ReportCommand() {
    }

    /** What every report shares: the policy, the tickets, the period, the format and where it goes. */
    abstract static class Common extends Subcommand.Timed {
        @Parameters(index = "0", paramLabel = "POLICY", description = "The policy file.")
        Path file;
        @Option(names = "--tickets", required = true, paramLabel = "FILE",
                description = "The tickets: CSV of one row each, or an event log of one row per change.")
        Path ticketsFile;
        @Option(names = "--from", paramLabel = "DATE", description = "The period's first date (default: no bound). "
                + "A cycle counts in the period in which its clock started.")
        String from;
        @Option(names = "--to", paramLabel = "DATE", description = "The period's last date, included (default: no bound).")
        String to;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md, csv, json or html (default: md).")
        String format;
        @Option(names = "--out", paramLabel = "FILE", description = "Write to a file instead of standard output.")
        Path outFile;
        @Option(names = "--bom", description = "Start CSV with a UTF-8 byte order mark, for Excel.")
        boolean bom;
        @Option(names = "--customer-field", paramLabel = "FIELD", defaultValue = Facts.DEFAULT_CUSTOMER_FIELD,
                description = "The ticket field naming the customer (default: company).")
        String customerField;

        ReportPeriod period() {
            return usage("--from/--to", () -> new ReportPeriod(date(from), date(to)));
        }

        private static Optional<LocalDate> date(String text) {
            return text == null ? Optional.empty() : Optional.of(LocalDate.parse(text));
        }

        ReportWriter writer() {
            return usage("--format", () -> ReportWriter.of(ReportFormat.ofKey(format))).withByteOrderMark(bom);
        }

        Facts facts(SlaPolicy policy, Instant asOf) {
            return usage("--customer-field", () -> Facts.of(policy, asOf).withCustomerField(customerField));
        }

        /** Runs a parse of the command line's text; a wrong value ends with exit code 2 and its message. */
        <T> T usage(String option, java.util.function.Supplier<T> parse) {
            try {
                return parse.get();
            } catch (IllegalArgumentException | DateTimeException e) {
                err().println("slakit: " + option + ": " + e.getMessage());
                throw new Exit(Slakit.USAGE);
            }
        }

        int emit(String text) {
            if (outFile == null) {
                out().print(text);
                out().flush();
                return 0;
            }
            try {
                Files.writeString(outFile, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err().println("slakit: cannot write " + outFile + ": " + e.getMessage());
                return Slakit.USAGE;
            }
            return 0;
        }
    }

    /** A report grouped by dimensions. */
    abstract static class Grouped extends Common {
        @Option(names = "--by", split = ",", paramLabel = "FIELD",
                description = "Group by target, severity, category, kind, tier or customer (default: target,severity).")
        List<String> by;

        List<Dimension> by() {
            if (by == null) {
                return Compliance.DEFAULT_GROUPING;
            }
            List<Dimension> out = new ArrayList<>();
            for (String key : by) {
                out.add(usage("--by", () -> Dimension.ofKey(key)));
            }
            return usage("--by", () -> {
                if (out.contains(Dimension.MONTH)) {
                    throw new IllegalArgumentException("month is not a grouping: every report has the month-by-month series");
                }
                if (out.stream().distinct().count() != out.size()) {
                    throw new IllegalArgumentException("a field is given twice: " + String.join(",", by));
                }
                return out;
            });
        }
    }

    @Command(name = "compliance", description = "How well the promise was kept: per target and severity (or --by), month by month.")
    static final class ComplianceReport extends Grouped {
        @Override
        int run() {
            SlaPolicy policy = policy(file);
            Instant at = asOf(policy);
            ReportPeriod period = period();
            List<Dimension> grouping = by();
            ReportWriter writer = writer();
            List<Ticket> tickets = tickets(ticketsFile, policy, at);
            return emit(writer.write(Compliance.of(facts(policy, at), tickets, period, grouping)));
        }
    }

    @Command(name = "service", description = "A customer's service report: every service of the period and how it was handled.")
    static final class Service extends Common {
        @Option(names = "--customer", required = true, paramLabel = "NAME", description = "The customer, as in the customer field.")
        String customer;
        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "en, zh-Hans or zh-Hant (default: en).")
        String lang;

        @Override
        int run() {
            SlaPolicy policy = policy(file);
            Instant at = asOf(policy);
            ReportPeriod period = period();
            ReportWriter writer = writer().withLanguage(usage("--lang", () -> ReportLanguage.ofTag(lang)));
            List<Ticket> tickets = tickets(ticketsFile, policy, at);
            return emit(writer.write(ServiceReport.of(facts(policy, at), tickets, customer, period)));
        }
    }

    @Command(name = "follow-ups", description = "The tickets to confirm with customers at --as-of: resolved, not confirmed, "
            + "resolved before this follow-up period began.")
    static final class FollowUpList extends Common {
        @Option(names = "--fields", split = ",", paramLabel = "FIELD", description = "The contact fields shown "
                + "(default: company,contact,phone).")
        List<String> fields;

        @Override
        int run() {
            SlaPolicy policy = policy(file);
            Instant at = asOf(policy);
            if (policy.followUp().isEmpty()) {
                err().println(file + ": the policy has no follow-up section (follow-up: {unconfirmed: {every: Mon 10:00, calendar: …}})");
                return Slakit.PROBLEMS;
            }
            FollowUps followUps = FollowUps.of(policy);
            ReportWriter writer = writer();
            List<Ticket> tickets = tickets(ticketsFile, policy, at);
            return emit(writer.write(followUps.listAt(tickets, at, fields == null ? FollowUps.DEFAULT_CONTACT_FIELDS : fields)));
        }
    }

    @Command(name = "compare", description = "The same tickets under two policies: outcomes side by side, and what changed.")
    static final class Compare extends Grouped {
        @Option(names = "--policy-b", required = true, paramLabel = "FILE", description = "The other policy file.")
        Path fileB;

        @Override
        int run() {
            SlaPolicy a = policy(file);
            SlaPolicy b = policy(fileB);
            Instant at = asOf(a);
            ReportPeriod period = period();
            List<Dimension> grouping = by();
            ReportWriter writer = writer();
            List<Ticket> tickets = tickets(ticketsFile, a, at, b);
            return emit(writer.write(Comparison.of(facts(a, at), facts(b, at), tickets, period, grouping)));
        }
    }
}
