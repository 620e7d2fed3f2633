package org.slakit.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slakit.policy.Explanation;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/** The text the command line prints: deadlines of one ticket, and a status table of many. */
final class Reports {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private Reports() {
    }

    /** Each target's due time for a ticket just reported, in the policy's zone and in UTC. */
    static String deadlines(SlaPolicy policy, Ticket ticket, SlaStatus status) {
        StringBuilder sb = new StringBuilder();
        ZoneId zone = policy.zone();
        sb.append("Policy:   ").append(policy.name()).append(" (").append(zone).append(")\n");
        sb.append("Ticket:   ").append(describe(ticket.classification())).append(", reported ")
                .append(local(ticket.openedAt(), zone)).append(" (").append(ticket.openedAt()).append(")\n\n");
        Explanation explanation = status.explain();
        String format = "%-10s %-38s %-10s %-22s %s%n";
        sb.append(String.format(format, "target", "rule", "calendar", "due (" + zone + ")", "due (UTC)"));
        for (TargetStatus target : status.targets()) {
            Explanation.TargetTrace trace = explanation.targets().stream()
                    .filter(t -> t.target().equals(target.name())).findFirst().orElse(null);
            String rule = trace == null ? "" : trace.rule();
            String calendar = trace == null ? "" : trace.calendar();
            String dueLocal = target.dueAt().map(d -> local(d, zone)).orElse(target.state().toString());
            String dueUtc = target.dueAt().map(Instant::toString).orElse("");
            sb.append(String.format(format, target.name(), rule, calendar, dueLocal, dueUtc));
            if (target.state() == TargetState.UNKNOWN && trace != null) {
                // say why: the note that names the date beyond the holiday data
                trace.notes().stream().filter(n -> n.contains("coverage") || n.startsWith("unknown"))
                        .findFirst().ifPresent(n -> sb.append("           (").append(n).append(")\n"));
            }
        }
        if (status.targets().isEmpty()) {
            sb.append("(no target of this policy applies to this ticket)\n");
        }
        return sb.toString();
    }

    /** One line per ticket and target as of an instant, with counts of each state. */
    static String statusTable(SlaPolicy policy, List<Ticket> tickets, Instant asOf) {
        ZoneId zone = policy.zone();
        StringBuilder sb = new StringBuilder();
        sb.append("Policy: ").append(policy.name()).append(" (").append(zone).append(")\n");
        sb.append("As of:  ").append(local(asOf, zone)).append(" (").append(asOf).append(")\n\n");
        String format = "%-8s %-50s %-7s %-12s %-22s %-22s %s%n";
        sb.append(String.format(format, "ticket", "classification", "target", "state", "due", "breached at", "remaining"));
        Map<TargetState, Integer> counts = new EnumMap<>(TargetState.class);
        for (Ticket ticket : policy.order(tickets, asOf)) {
            SlaStatus status = policy.evaluate(ticket, asOf);
            for (TargetStatus target : status.targets()) {
                counts.merge(target.state(), 1, Integer::sum);
                sb.append(String.format(format, ticket.id(), describe(ticket.classification()), target.name(), target.state(),
                        target.dueAt().map(d -> local(d, zone)).orElse("-"),
                        target.breachedAt().map(d -> local(d, zone)).orElse("-"),
                        target.remaining().map(Reports::duration).orElse("-")));
            }
        }
        sb.append('\n').append(tickets.size()).append(" tickets, in queue order;");
        counts.forEach((state, n) -> sb.append(' ').append(state).append(' ').append(n).append(','));
        sb.setLength(sb.length() - 1);
        return sb.append('\n').toString();
    }

    static String describe(Classification c) {
        StringBuilder sb = new StringBuilder(c.category()).append('/').append(c.severity());
        c.kind().ifPresent(k -> sb.append('/').append(k));
        c.tier().ifPresent(t -> sb.append(" (").append(t).append(')'));
        return sb.toString();
    }

    static String local(Instant t, ZoneId zone) {
        return LOCAL.format(t.atZone(zone));
    }

    static String duration(Duration d) {
        boolean negative = d.isNegative();
        Duration a = d.abs();
        String text = a.toHours() + "h" + (a.toMinutesPart() < 10 ? "0" : "") + a.toMinutesPart() + "m";
        return negative ? "-" + text : text;
    }
}
