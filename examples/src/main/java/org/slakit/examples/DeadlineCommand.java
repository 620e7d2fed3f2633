package org.slakit.examples;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.report.StatusJson;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code slakit deadline}: when each target of a new ticket is due; a value the policy does not define is a wrong command line. */
@Command(name = "deadline", description = "Shows when each target of a new ticket is due, in the policy's zone and in UTC.")
final class DeadlineCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The policy file.")
    Path file;
    @Option(names = "--category", required = true, description = "The ticket's category, such as software-error.")
    String category;
    @Option(names = "--severity", required = true, description = "The ticket's severity, such as severe.")
    String severity;
    @Option(names = "--kind", description = "The kind within the category, such as data-mismatch.")
    String kind;
    @Option(names = "--tier", description = "The customer's tier (default: the policy's last).")
    String tier;
    @Option(names = "--service", description = "The service item asked for.")
    String service;
    @Option(names = "--at", required = true, paramLabel = "TIME",
            description = "When it is reported: an instant or a local date-time in the policy's zone.")
    String at;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (also called table), or json: the status as documented in slakit-status.schema.json (default: text).")
    String format;

    @Override
    int run() {
        boolean json = statusFormat(format, "json").equals("json");
        SlaPolicy policy = policy(file);
        Instant reported = time(at, policy, "--at");
        requireDefined(policy);
        Classification c = Classification.of(category, severity);
        c = kind == null ? c : c.withKind(kind);
        c = tier == null ? c : c.withTier(tier);
        c = service == null ? c : c.withService(service);
        Ticket ticket = Ticket.open("new", reported, c);
        SlaStatus status = evaluate(policy, ticket, reported);
        out().print(json ? StatusJson.status(policy, ticket, status) : Reports.deadlines(policy, ticket, status));
        return 0;
    }

    /** A value the policy does not define is a wrong command line: exit 2, naming the values it defines. */
    private void requireDefined(SlaPolicy policy) {
        List<SlaPolicy.Category> categories = policy.categories();
        requireOneOf("--category", category, "categories", policy, categories.stream().map(SlaPolicy.Category::name).toList());
        requireOneOf("--severity", severity, "severities", policy, policy.severities());
        if (kind != null) {
            SlaPolicy.Category of = categories.stream().filter(k -> k.name().equals(category)).findFirst().orElseThrow();
            requireOneOf("--kind", kind, "kinds of category '" + category + "'", policy, of.kinds());
        }
        if (tier != null) {
            requireOneOf("--tier", tier, "tiers", policy, policy.tiers().stream().map(SlaPolicy.Tier::name).toList());
        }
        if (service != null) {
            requireOneOf("--service", service, "services", policy,
                    policy.tiers().stream().flatMap(t -> t.entitled().stream()).distinct().sorted().toList());
        }
    }

    private void requireOneOf(String option, String value, String what, SlaPolicy policy, List<String> defined) {
        if (!defined.contains(value)) {
            err().println("slakit: " + option + ": '" + value + "' is not defined in policy '" + policy.name() + "' ("
                    + what + ": " + (defined.isEmpty() ? "none" : String.join(", ", defined)) + ")");
            throw new Exit(Slakit.USAGE);
        }
    }

    private SlaStatus evaluate(SlaPolicy policy, Ticket ticket, Instant asOf) {
        try {
            return policy.evaluate(ticket, asOf);
        } catch (IllegalArgumentException e) {
            err().println(file + ": " + e.getMessage());
            throw new Exit(Slakit.PROBLEMS);
        }
    }
}

