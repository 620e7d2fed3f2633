package org.slakit.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slakit.policy.TargetState;

/**
 * The tables of the reports as cells, and the sentences that introduce them, shared by the Markdown
 * and the HTML writers so that both show the same content. A table is a header, rows, the first
 * right-aligned (numeric) column, and the text an empty cell shows.
 */
final class ReportTables {

    /** A table's cells. */
    record Table(List<String> header, List<List<String>> rows, int firstRightAligned, String nothing) {
        Table {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    private ReportTables() {
    }

    /** A compliance table: the grouping columns, then counts, met %, times and escalations. */
    static Table compliance(List<Dimension> by, List<ComplianceRow> rows, boolean withTimes) {
        List<String> header = new ArrayList<>();
        by.forEach(d -> header.add(d.key()));
        header.addAll(List.of("cycles", "open", "met", "breached", "unknown", "met %", "breached open"));
        if (withTimes) {
            header.addAll(List.of("p50 taken", "p90 taken", "median overrun", "escalations", "tickets with breach"));
        }
        List<List<String>> out = new ArrayList<>();
        for (ComplianceRow r : rows) {
            List<String> cells = new ArrayList<>(r.group().values());
            cells.addAll(List.of(Integer.toString(r.cycles()), Integer.toString(r.open()), Integer.toString(r.met()),
                    Integer.toString(r.breached()), Integer.toString(r.unknown()), percent(r), Integer.toString(r.breachedOpen())));
            if (withTimes) {
                cells.addAll(List.of(ComplianceColumns.human(r.p50Taken()), ComplianceColumns.human(r.p90Taken()),
                        ComplianceColumns.human(r.medianOverrun()), Integer.toString(r.escalations()),
                        Integer.toString(r.ticketsWithBreach())));
            }
            out.add(cells);
        }
        return new Table(header, out, by.size(), "-");
    }

    /** A met percentage as a person reads it, {@code 66.7 %}, empty when nothing is decided. */
    static String percent(ComplianceRow r) {
        return r.metPercent().map(p -> ComplianceColumns.percent(p) + " %").orElse("");
    }

    /** A service report's services: one line per service and target, in the customer's language. */
    static Table services(ServiceReport report, ReportLanguage lang) {
        ZoneId zone = report.facts().policy().zone();
        Naming names = Naming.of(report.facts().policy());
        List<List<String>> rows = new ArrayList<>();
        for (ServiceReport.Service s : report.services()) {
            for (ServiceLine line : ServiceLine.of(s, names, lang, zone)) {
                rows.add(line.cells());
            }
        }
        return new Table(List.of(lang.label("ticket"), lang.label("reported-at"), lang.label("reported"), lang.label("target"),
                lang.label("promise"), lang.label("due"), lang.label("done"), lang.label("outcome"), lang.label("waiting"),
                lang.label("confirmed")), rows, 99, "");
    }

    /** A service report's summary: one line per target and severity, in the policy's display names. */
    static Table summary(ServiceReport report, ReportLanguage lang) {
        List<List<String>> rows = new ArrayList<>();
        List<String> groups = summaryGroups(report);
        List<ComplianceRow> compliance = report.compliance().rows();
        for (int i = 0; i < compliance.size(); i++) {
            ComplianceRow r = compliance.get(i);
            rows.add(List.of(groups.get(i), Integer.toString(r.cycles()), Integer.toString(r.met()), Integer.toString(r.breached()),
                    percent(r), ComplianceColumns.human(r.p50Taken())));
        }
        return new Table(List.of(lang.label("target"), lang.label("cycles"), lang.outcome(TargetState.MET),
                lang.outcome(TargetState.BREACHED), lang.label("met-percent"), lang.label("p50-taken")), rows, 1, "-");
    }

    /** The summary's groups in the policy's display names: {@code 解决 / 严重错误}. */
    static List<String> summaryGroups(ServiceReport report) {
        Naming names = Naming.of(report.facts().policy());
        List<String> groups = new ArrayList<>();
        for (ComplianceRow r : report.compliance().rows()) {
            Map<Dimension, String> g = r.group();
            groups.add(names.target(g.get(Dimension.TARGET)) + " / " + names.severity(g.get(Dimension.SEVERITY)));
        }
        return groups;
    }

    /** A follow-up list: the ticket, its resolution, the wait, the classification and the contact fields. */
    static Table followUps(FollowUpList list) {
        List<String> header = new ArrayList<>(List.of("ticket", "resolved", "waited", "classification"));
        List<String> fields = list.entries().isEmpty() ? List.of() : List.copyOf(list.entries().get(0).contact().keySet());
        header.addAll(fields);
        List<List<String>> rows = new ArrayList<>();
        for (FollowUpList.Entry e : list.entries()) {
            List<String> cells = new ArrayList<>(List.of(e.ticketId(), Cells.local(e.resolvedAt(), list.zone()), waited(e),
                    Cells.what(e.classification())));
            cells.addAll(e.contact().values());
            rows.add(cells);
        }
        return new Table(header, rows, 99, "-");
    }

    /** A wait in days and hours, such as {@code 5d 19h}. */
    static String waited(FollowUpList.Entry e) {
        long days = e.waited().toDays();
        return (days > 0 ? days + "d " : "") + ComplianceColumns.human(e.waited().minusDays(days));
    }

    /** A comparison's groups: both sides' counts and met %, and how many outcomes changed. */
    static Table comparison(Comparison c) {
        List<String> header = new ArrayList<>();
        c.by().forEach(d -> header.add(d.key()));
        header.addAll(List.of("met A", "breached A", "open A", "met % A", "met B", "breached B", "open B", "met % B", "changed"));
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Row r : c.rows()) {
            List<String> cells = new ArrayList<>(r.group().values());
            for (ComplianceRow side : List.of(r.first(), r.second())) {
                cells.addAll(List.of(Integer.toString(side.met()), Integer.toString(side.breached()), Integer.toString(side.open()),
                        percent(side)));
            }
            cells.add(Integer.toString(r.changed()));
            rows.add(cells);
        }
        return new Table(header, rows, c.by().size(), "-");
    }

    /** A comparison's changed outcomes, one per ticket, target and cycle. */
    static Table changes(Comparison c) {
        ZoneId zone = c.first().policy().zone();
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Change ch : c.changes()) {
            rows.add(List.of(ch.ticketId(), ch.target(), Integer.toString(ch.cycle()),
                    ch.first().map(f -> f.state().toString()).orElse("not applied"),
                    ch.first().map(f -> Cells.local(f.cycle().dueAt(), zone)).orElse(""),
                    ch.second().map(f -> f.state().toString()).orElse("not applied"),
                    ch.second().map(f -> Cells.local(f.cycle().dueAt(), zone)).orElse("")));
        }
        return new Table(List.of("ticket", "target", "cycle", "A", "due A", "B", "due B"), rows, 99, "-");
    }

    /** What a follow-up list covers, in one sentence. */
    static String followUpIntro(FollowUpList list) {
        ZoneId zone = list.zone();
        return "Resolved and not confirmed before this follow-up period began (" + Cells.local(list.periodStart(), zone) + ", every "
                + list.rule().every() + " on " + list.rule().calendar() + "). " + list.nextRunAt().map(t -> "Next list due " + Cells.local(t, zone) + ".")
                        .orElse("The next run lies beyond the follow-up calendar's holiday data.");
    }

    /** A comparison's title: {@code Comparison: fixture (A) and stricter (B)}. */
    static String comparisonTitle(Comparison c) {
        return "Comparison: " + c.first().policy().name() + " (A) and " + c.second().policy().name() + " (B)";
    }

    /** What a comparison covers, in one sentence. */
    static String comparisonIntro(Comparison c) {
        ZoneId zone = c.first().policy().zone();
        return "Period: " + c.period() + ". As of " + Cells.local(c.first().asOf(), zone) + " (" + zone + ").";
    }
}
