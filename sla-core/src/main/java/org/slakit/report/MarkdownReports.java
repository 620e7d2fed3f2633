package org.slakit.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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
        sb.append(markdown(ReportTables.compliance(c.by(), c.rows(), true)));
        sb.append("\n## Total\n\n").append(markdown(ReportTables.compliance(List.of(), List.of(c.total().orElseThrow()), true)));
        List<Dimension> withMonth = new ArrayList<>(c.by());
        withMonth.add(Dimension.MONTH);
        sb.append("\n## Month by month\n\n").append(markdown(ReportTables.compliance(withMonth, c.monthly(), false)));
        return sb.toString();
    }

    private static String markdown(ReportTables.Table table) {
        MarkdownTable t = new MarkdownTable(table.header(), table.firstRightAligned(), table.nothing());
        table.rows().forEach(t::row);
        return t.toString();
    }

    static String service(ServiceReport report, ReportLanguage lang) {
        ZoneId zone = report.facts().policy().zone();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(lang.label("service-report")).append(": ").append(report.customer()).append("\n\n");
        sb.append(lang.label("policy")).append(": ").append(report.facts().policy().name()).append("  \n");
        sb.append(lang.label("period")).append(": ").append(lang.period(report.period())).append("  \n");
        sb.append(lang.label("as-of")).append(": ").append(Cells.local(report.facts().asOf(), zone)).append(" (").append(zone)
                .append(")\n\n");
        sb.append("## ").append(lang.label("services")).append("\n\n");
        sb.append(report.services().isEmpty() ? lang.label("none") + "\n" : markdown(ReportTables.services(report, lang)));
        sb.append("\n## ").append(lang.label("summary")).append("\n\n");
        sb.append(report.compliance().rows().isEmpty() ? lang.label("none") + "\n" : markdown(ReportTables.summary(report, lang)));
        sb.append('\n').append(lang.label("counted-by")).append('\n');
        return sb.toString();
    }

    static String followUps(FollowUpList list) {
        ZoneId zone = list.zone();
        StringBuilder sb = new StringBuilder();
        sb.append("# Follow-ups at ").append(Cells.local(list.at(), zone)).append("\n\n");
        sb.append(ReportTables.followUpIntro(list)).append("\n\n");
        if (list.entries().isEmpty()) {
            return sb.append("Nothing to follow up.\n").toString();
        }
        return sb.append(markdown(ReportTables.followUps(list))).toString();
    }

    static String comparison(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(ReportTables.comparisonTitle(c)).append("\n\n");
        sb.append(ReportTables.comparisonIntro(c)).append("\n\n");
        sb.append(c.rows().isEmpty() ? "No cycle in the period.\n" : markdown(ReportTables.comparison(c)));
        sb.append("\n## Changed outcomes\n\n");
        if (c.changes().isEmpty()) {
            return sb.append("None.\n").toString();
        }
        return sb.append(markdown(ReportTables.changes(c))).toString();
    }
}
