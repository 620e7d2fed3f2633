package org.slakit.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slakit.policy.Explanation;
import org.slakit.policy.Routing;
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
        sb.append(handling(policy, ticket));
        return sb.toString();
    }

    /**
     * The status of many tickets as of an instant: open work first, in queue order, with what is
     * left or how long overdue; then closed work, on time or late and by how much; a ticket opened
     * after the instant is left out and counted.
     */
    static String statusTable(SlaPolicy policy, List<Ticket> tickets, Instant asOf) {
        ZoneId zone = policy.zone();
        StringBuilder sb = new StringBuilder();
        sb.append("Policy: ").append(policy.name()).append(" (").append(zone).append(")\n");
        sb.append("As of:  ").append(local(asOf, zone)).append(" (").append(asOf).append(")\n");
        List<Ticket> opened = tickets.stream().filter(t -> !t.openedAt().isAfter(asOf)).toList();
        int idWidth = Math.max(8, opened.stream().mapToInt(t -> t.id().length()).max().orElse(0));
        String format = "%-" + idWidth + "s %-50s %-7s %-12s %-22s %s%n";
        StringBuilder open = new StringBuilder();
        StringBuilder closed = new StringBuilder();
        Map<String, Integer> openCounts = new LinkedHashMap<>();
        Map<String, Integer> closedCounts = new LinkedHashMap<>();
        int openTickets = 0;
        for (Ticket ticket : policy.order(opened, asOf)) {
            SlaStatus status = policy.evaluate(ticket, asOf);
            boolean isOpen = status.targets().stream().anyMatch(t -> !isClosed(t));
            openTickets += isOpen ? 1 : 0;
            for (TargetStatus target : status.targets()) {
                String what = describe(ticket.classification());
                String due = target.dueAt().map(d -> local(d, zone)).orElse("-");
                if (isClosed(target)) {
                    Optional<Duration> late = target.state() == TargetState.BREACHED
                            ? target.remaining().map(Duration::negated) : Optional.empty();
                    String outcome = late.map(d -> "late by " + duration(d)).orElse("on time");
                    closedCounts.merge(late.isPresent() ? "late" : "on time", 1, Integer::sum);
                    String done = target.current().stop().map(s -> local(s.at(), zone)).orElse("-");
                    closed.append(String.format(format, ticket.id(), what, target.name(), late.isPresent() ? "late" : "on time", due,
                            "done " + done + (late.isPresent() ? ", " + outcome : "")));
                } else {
                    String state = target.state() == TargetState.BREACHED ? "OVERDUE" : target.state().toString();
                    openCounts.merge(state, 1, Integer::sum);
                    String left = target.remaining().map(d -> d.isNegative() ? "overdue by " + duration(d.negated())
                            : duration(d) + " left").orElse("-");
                    open.append(String.format(format, ticket.id(), what, target.name(), state, due, left));
                    target.current().unknownReason().ifPresent(r -> open.append(" ".repeat(idWidth + 1)).append("(")
                            .append(r).append(")\n"));
                }
            }
        }
        if (open.length() > 0) {
            sb.append("\nOpen, in queue order\n").append(String.format(format, "ticket", "classification", "target", "state", "due",
                    "remaining")).append(open);
        }
        if (closed.length() > 0) {
            sb.append("\nClosed\n").append(String.format(format, "ticket", "classification", "target", "outcome", "due",
                    "done")).append(closed);
        }
        sb.append('\n').append(count(opened.size(), "ticket")).append(": ").append(openTickets).append(" open")
                .append(counts(openCounts)).append(", ").append(opened.size() - openTickets).append(" closed")
                .append(counts(closedCounts)).append('\n');
        int later = tickets.size() - opened.size();
        if (later > 0) {
            sb.append(count(later, "ticket")).append(" opened after ").append(local(asOf, zone)).append(" not shown\n");
        }
        return sb.toString();
    }

    /** Checks if a target's clock has stopped for good at the as-of time: met, or breached and stopped late. */
    private static boolean isClosed(TargetStatus target) {
        return target.state() == TargetState.MET
                || target.state() == TargetState.BREACHED && target.current().stop().isPresent();
    }

    private static String counts(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (targets ");
        counts.forEach((state, n) -> sb.append(state).append(' ').append(n).append(", "));
        sb.setLength(sb.length() - 2);
        return sb.append(')').toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** What the policy says beside the deadlines: the out-of-hours route, intake fields missing, a chargeable service. */
    private static String handling(SlaPolicy policy, Ticket ticket) {
        StringBuilder sb = new StringBuilder();
        Routing routing = policy.route(ticket.classification(), ticket.openedAt());
        String route = switch (routing.route()) {
            case NORMAL -> null;
            case DUTY_ENGINEER -> "out of hours: the duty engineer answers (duty-engineer)";
            case ESCALATE_NOW -> "out of hours: call the manager now (escalate-now)";
            case FIRST_AT_OPENING -> "out of hours: handled first at opening" + routing.opening()
                    .map(o -> ", " + local(o, policy.zone())).orElse("") + " (first-at-opening)";
        };
        if (route != null) {
            sb.append("\nRoute:    ").append(route).append('\n');
        }
        if (policy.intake().isPresent()) {
            List<String> missing = policy.missingFields(ticket);
            if (!missing.isEmpty()) {
                sb.append(sb.length() == 0 ? "\n" : "").append("Intake:   ask the customer for ").append(String.join(", ", missing))
                        .append('\n');
            }
        }
        if (!policy.isEntitled(ticket)) {
            sb.append(sb.length() == 0 ? "\n" : "").append("Service:  ").append(ticket.classification().service().orElse(""))
                    .append(" is not in the customer's tier: it is chargeable\n");
        }
        return sb.toString();
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
