package org.slakit.examples;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slakit.policy.SlaPolicy;
import org.slakit.report.StatusJson;
import org.slakit.ticket.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slakit replay}: the status of many tickets as of a time, as a table or as JSON. */
@Command(name = "replay", description = "Shows the status of many tickets: due, state, breached.")
final class ReplayCommand extends Subcommand.Timed {
    @Parameters(index = "0", paramLabel = "FILE", description = "The policy file.")
    Path file;
    @Option(names = "--tickets", required = true, paramLabel = "TICKETS.csv",
            description = "The tickets: CSV of one row each, or an event log of one row per change "
                    + "(a header with ticket, at, action).")
    Path ticketsFile;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (also called table), or json: the queue as documented in slakit-status.schema.json (default: text).")
    String format;

    @Override
    int run() {
        boolean json = statusFormat(format, "json").equals("json");
        SlaPolicy policy = policy(file);
        Instant at = asOf(policy);
        List<Ticket> tickets = tickets(ticketsFile, policy, at);
        out().print(json ? StatusJson.queue(policy, tickets, at) : Reports.statusTable(policy, tickets, at));
        return 0;
    }
}
