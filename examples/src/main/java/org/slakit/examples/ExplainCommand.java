package org.slakit.examples;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.slakit.config.PolicyException;
import org.slakit.config.TicketYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.report.ReportFormat;
import org.slakit.report.ReportWriter;
import org.slakit.report.StatusJson;
import org.slakit.ticket.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slakit explain}: one ticket's deadlines in words, as an HTML timeline, or as JSON. */
@Command(name = "explain", description = "Explains a ticket's deadlines: rules, budgets, windows, pauses, holidays.")
final class ExplainCommand extends Subcommand.Timed {
    @Parameters(index = "0", paramLabel = "FILE", description = "The policy file.")
    Path file;
    @Option(names = "--ticket", required = true, paramLabel = "TICKET.yaml", description = "The ticket file.")
    Path ticketFile;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (also called table); html: one page with the ticket's SLA timeline as a picture; or json: the explanation "
                    + "as documented in slakit-status.schema.json (default: text).")
    String format;

    @Override
    int run() {
        String shown = statusFormat(format, "html", "json");
        SlaPolicy policy = policy(file);
        requireReadable(ticketFile);
        Ticket ticket;
        try {
            ticket = TicketYaml.load(ticketFile, policy.zone(), charset());
        } catch (PolicyException e) {
            throw problems(e, "--encoding", ticketFile);
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
        try {
            Instant at = asOf(policy);
            if (at.isBefore(ticket.openedAt()) && shown.equals("text")) {
                out().println("Ticket " + ticket.id() + " was opened " + Reports.local(ticket.openedAt(), policy.zone())
                        + ", after --as-of " + Reports.local(at, policy.zone()) + ": as of then it did not exist,"
                        + " and no clock had started.");
                return 0;
            }
            out().print(switch (shown) {
                case "html" -> ReportWriter.of(ReportFormat.HTML).timeline(policy, ticket, at);
                case "json" -> StatusJson.explanation(policy, policy.evaluate(ticket, at));
                default -> policy.evaluate(ticket, at).explain().toText();
            });
        } catch (IllegalArgumentException e) {
            // the ticket as a whole, as replay gives a ticket's row
            err().println(ticketFile + ":1:1: " + e.getMessage());
            return Slakit.PROBLEMS;
        }
        return 0;
    }
}
