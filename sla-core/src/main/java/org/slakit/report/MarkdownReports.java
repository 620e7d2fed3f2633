package org.slakit.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slakit.policy.TargetState;

/** The reports as Markdown: a heading, what the report covers, and pipe tables. */
final class MarkdownReports {

    private MarkdownReports() {
    }

    static String compliance(Compliance c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Compliance: ").append(c.policyName()).append("\n\n");
        sb.append("Period: ").append(c.period()).append(" (").append(c.zone()).append("). As of ")
                .append(Cells.local(c.asOf(), c.zone())).append(". A cycle counts in the period in which its clock started.\n\n");
        if (c.rows().isEmpty()) {
            return sb.append("No cycle in the period.\n").toString();
        }
        sb.append(table(c.by(), c.rows(), true));
        sb.append("\n## Total\n\n").append(table(List.of(), List.of(c.total().orElseThrow()), true));
        List<Dimension> withMonth = new ArrayList<>(c.by());
        withMonth.add(Dimension.MONTH);
        sb.append("\n## Month by month\n\n").append(table(withMonth, c.monthly(), false));
        return sb.toString();
    }

    /** A compliance table: the grouping columns, then counts, met %, times and escalations. */
    private static String table(List<Dimension> by, List<ComplianceRow> rows, boolean withTimes) {
        List<String> header = new ArrayList<>();
        by.forEach(d -> header.add(d.key()));
        header.addAll(List.of("cycles", "open", "met", "breached", "unknown", "met %", "breached open"));
        if (withTimes) {
            header.addAll(List.of("p50 taken", "p90 taken", "median overrun", "escalations", "tickets with breach"));
        }
        MarkdownTable t = new MarkdownTable(header, by.size());
        for (ComplianceRow r : rows) {
            List<String> cells = new ArrayList<>(r.group().values());
            cells.addAll(List.of(Integer.toString(r.cycles()), Integer.toString(r.open()), Integer.toString(r.met()),
                    Integer.toString(r.breached()), Integer.toString(r.unknown()),
                    r.metPercent().map(p -> ComplianceColumns.percent(p) + " %").orElse(""), Integer.toString(r.breachedOpen())));
            if (withTimes) {
                cells.addAll(List.of(ComplianceColumns.human(r.p50Taken()), ComplianceColumns.human(r.p90Taken()),
                        ComplianceColumns.human(r.medianOverrun()), Integer.toString(r.escalations()),
                        Integer.toString(r.ticketsWithBreach())));
            }
            t.row(cells);
        }
        return t.toString();
    }

    static String service(ServiceReport report, ReportLanguage lang) {
        ZoneId zone = report.facts().policy().zone();
        Naming names = Naming.of(report.facts().policy());
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(lang.label("service-report")).append(": ").append(report.customer()).append("\n\n");
        sb.append(lang.label("policy")).append(": ").append(report.facts().policy().name()).append("  \n");
        sb.append(lang.label("period")).append(": ").append(lang.period(report.period())).append("  \n");
        sb.append(lang.label("as-of")).append(": ").append(Cells.local(report.facts().asOf(), zone)).append(" (").append(zone)
                .append(")\n\n");
        sb.append("## ").append(lang.label("services")).append("\n\n");
        MarkdownTable t = new MarkdownTable(List.of(lang.label("ticket"), lang.label("reported-at"), lang.label("reported"),
                lang.label("target"), lang.label("promise"), lang.label("due"), lang.label("done"), lang.label("outcome"),
                lang.label("waiting"), lang.label("confirmed")), 99, "");
        for (ServiceReport.Service s : report.services()) {
            for (ServiceLine line : ServiceLine.of(s, names, lang, zone)) {
                t.row(line.cells());
            }
        }
        sb.append(report.services().isEmpty() ? lang.label("none") + "\n" : t.toString());
        sb.append("\n## ").append(lang.label("summary")).append("\n\n");
        MarkdownTable summary = new MarkdownTable(List.of(lang.label("target"), lang.label("cycles"), lang.outcome(TargetState.MET),
                lang.outcome(TargetState.BREACHED), lang.label("met-percent"), lang.label("p50-taken")), 1);
        for (ComplianceRow r : report.compliance().rows()) {
            Map<Dimension, String> g = r.group();
            summary.row(List.of(names.target(g.get(Dimension.TARGET)) + " / " + names.severity(g.get(Dimension.SEVERITY)),
                    Integer.toString(r.cycles()), Integer.toString(r.met()), Integer.toString(r.breached()),
                    r.metPercent().map(p -> ComplianceColumns.percent(p) + " %").orElse(""), ComplianceColumns.human(r.p50Taken())));
        }
        sb.append(report.compliance().rows().isEmpty() ? lang.label("none") + "\n" : summary.toString());
        sb.append('\n').append(lang.label("counted-by")).append('\n');
        return sb.toString();
    }

    static String followUps(FollowUpList list) {
        ZoneId zone = list.zone();
        StringBuilder sb = new StringBuilder();
        sb.append("# Follow-ups at ").append(Cells.local(list.at(), zone)).append("\n\n");
        sb.append("Resolved and not confirmed before this follow-up period began (").append(Cells.local(list.periodStart(), zone))
                .append(", every ").append(list.rule().every()).append(" on ").append(list.rule().calendar())
                .append("). Next list due ").append(Cells.local(list.nextRunAt(), zone)).append(".\n\n");
        if (list.entries().isEmpty()) {
            return sb.append("Nothing to follow up.\n").toString();
        }
        List<String> header = new ArrayList<>(List.of("ticket", "resolved", "waited", "classification"));
        List<String> fields = list.entries().isEmpty() ? List.of() : List.copyOf(list.entries().get(0).contact().keySet());
        header.addAll(fields);
        MarkdownTable t = new MarkdownTable(header, 99);
        for (FollowUpList.Entry e : list.entries()) {
            List<String> cells = new ArrayList<>(List.of(e.ticketId(), Cells.local(e.resolvedAt(), zone), waited(e),
                    Cells.what(e.classification())));
            cells.addAll(e.contact().values());
            t.row(cells);
        }
        return sb.append(t).toString();
    }

    /** A wait in days and hours, such as {@code 5d 19h}. */
    static String waited(FollowUpList.Entry e) {
        long days = e.waited().toDays();
        return (days > 0 ? days + "d " : "") + ComplianceColumns.human(e.waited().minusDays(days));
    }

    static String comparison(Comparison c) {
        ZoneId zone = c.first().policy().zone();
        StringBuilder sb = new StringBuilder();
        sb.append("# Comparison: ").append(c.first().policy().name()).append(" (A) and ").append(c.second().policy().name())
                .append(" (B)\n\n");
        sb.append("Period: ").append(c.period()).append(". As of ").append(Cells.local(c.first().asOf(), zone)).append(" (")
                .append(zone).append(").\n\n");
        List<String> header = new ArrayList<>();
        c.by().forEach(d -> header.add(d.key()));
        header.addAll(List.of("met A", "breached A", "open A", "met % A", "met B", "breached B", "open B", "met % B", "changed"));
        MarkdownTable t = new MarkdownTable(header, c.by().size());
        for (Comparison.Row r : c.rows()) {
            List<String> cells = new ArrayList<>(r.group().values());
            for (ComplianceRow side : List.of(r.first(), r.second())) {
                cells.addAll(List.of(Integer.toString(side.met()), Integer.toString(side.breached()), Integer.toString(side.open()),
                        side.metPercent().map(p -> ComplianceColumns.percent(p) + " %").orElse("")));
            }
            cells.add(Integer.toString(r.changed()));
            t.row(cells);
        }
        sb.append(c.rows().isEmpty() ? "No cycle in the period.\n" : t.toString());
        sb.append("\n## Changed outcomes\n\n");
        if (c.changes().isEmpty()) {
            return sb.append("None.\n").toString();
        }
        MarkdownTable changes = new MarkdownTable(List.of("ticket", "target", "cycle", "A", "due A", "B", "due B"), 99);
        for (Comparison.Change ch : c.changes()) {
            changes.row(List.of(ch.ticketId(), ch.target(), Integer.toString(ch.cycle()),
                    ch.first().map(f -> f.state().toString()).orElse("not applied"),
                    ch.first().map(f -> Cells.local(f.cycle().dueAt(), zone)).orElse(""),
                    ch.second().map(f -> f.state().toString()).orElse("not applied"),
                    ch.second().map(f -> Cells.local(f.cycle().dueAt(), zone)).orElse("")));
        }
        return sb.append(changes).toString();
    }
}
