package org.slakit.report;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports as one self-contained HTML page each: the Markdown's tables, with inline SVG charts
 * of met % by month and target and of breaches by month and severity, and a print style sheet.
 * Desk reports are in English; the service report is in the customer's language.
 */
final class HtmlReports {

    /** The series or stack of a report that does not group by the dimension a chart splits by. */
    private static final String ALL = "all";

    private HtmlReports() {
    }

    static String compliance(Compliance c) {
        HtmlPage page = new HtmlPage("en", "Compliance: " + c.policyName());
        page.section("").element("h1", "Compliance: " + c.policyName());
        page.meta("Period: " + c.period() + " (" + c.zone() + "). As of " + Cells.local(c.asOf(), c.zone())
                + ". A cycle counts in the period in which its clock started.");
        if (c.rows().isEmpty()) {
            return page.element("p", "No cycle in the period.").toString();
        }
        page.table("groups", ReportTables.compliance(c.by(), c.rows(), true));
        page.element("h2", "Total").table("total", ReportTables.compliance(List.of(), List.of(c.total().orElseThrow()), true));
        page.section("Charts");
        page.figure("Met % per target by month", metByMonth(c));
        page.figure("Breaches per month by severity", breachesByMonth(c));
        List<Dimension> withMonth = new ArrayList<>(c.by());
        withMonth.add(Dimension.MONTH);
        page.section("Month by month").table("monthly", ReportTables.compliance(withMonth, c.monthly(), false));
        return page.toString();
    }

    /** Grouped bars: for each month, the met % of each target (of every group, when the report does not group by target). */
    static String metByMonth(Compliance c) {
        List<String> months = c.months().stream().map(YearMonth::toString).toList();
        Map<String, List<int[]>> byTarget = new LinkedHashMap<>();
        for (ComplianceRow r : c.monthly()) {
            String target = r.value(Dimension.TARGET).orElse(ALL);
            int month = months.indexOf(r.group().get(Dimension.MONTH));
            List<int[]> counts = byTarget.computeIfAbsent(target, t -> zeros(months.size()));
            counts.get(month)[0] += r.met();
            counts.get(month)[1] += r.decided();
        }
        List<SvgCharts.Series> series = new ArrayList<>();
        byTarget.forEach((target, counts) -> series.add(SvgCharts.percentSeries(target, counts)));
        return SvgCharts.percentBars("Met % per target by month", "met-percent", months, series);
    }

    private static List<int[]> zeros(int size) {
        List<int[]> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(new int[2]);
        }
        return list;
    }

    /** Stacked bars: for each month, the breaches of each severity, most urgent at the bottom, in the policy's colours. */
    static String breachesByMonth(Compliance c) {
        List<String> months = c.months().stream().map(YearMonth::toString).toList();
        List<String> stacks = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        boolean bySeverity = c.by().contains(Dimension.SEVERITY);
        if (bySeverity) {
            for (String s : c.severities()) {
                if (c.rows().stream().anyMatch(r -> s.equals(r.group().get(Dimension.SEVERITY)))) {
                    stacks.add(s);
                    colors.add(SvgCharts.severityColor(c.severities().indexOf(s)));
                }
            }
        } else {
            stacks.add(ALL);
            colors.add(SvgCharts.severityColor(0));
        }
        int[][] counts = new int[stacks.size()][months.size()];
        for (ComplianceRow r : c.monthly()) {
            int stack = bySeverity ? stacks.indexOf(r.group().get(Dimension.SEVERITY)) : 0;
            counts[stack][months.indexOf(r.group().get(Dimension.MONTH))] += r.breached();
        }
        return SvgCharts.stackedCounts("Breaches per month by severity", "breaches", months, stacks, counts, colors);
    }

    static String service(ServiceReport report, ReportLanguage lang) {
        ZoneId zone = report.facts().policy().zone();
        String title = lang.label("service-report") + ": " + report.customer();
        HtmlPage page = new HtmlPage(lang.tag(), title);
        page.section("").element("h1", title);
        page.meta(lang.label("policy") + ": " + report.facts().policy().name());
        page.meta(lang.label("period") + ": " + lang.period(report.period()));
        page.meta(lang.label("as-of") + ": " + Cells.local(report.facts().asOf(), zone) + " (" + zone + ")");
        page.element("h2", lang.label("services"));
        if (report.services().isEmpty()) {
            page.element("p", lang.label("none"));
        } else {
            page.table("services", ReportTables.services(report, lang));
        }
        page.section(lang.label("summary"));
        if (report.compliance().rows().isEmpty()) {
            page.element("p", lang.label("none"));
        } else {
            List<int[]> counts = new ArrayList<>();
            report.compliance().rows().forEach(r -> counts.add(new int[] {r.met(), r.decided()}));
            String chart = SvgCharts.percentBars(lang.label("met-percent"), "met-percent", ReportTables.summaryGroups(report),
                    List.of(SvgCharts.percentSeries(lang.label("met-percent"), counts)));
            page.figure(lang.label("met-percent"), chart);
            page.table("summary", ReportTables.summary(report, lang));
        }
        return page.element("p", lang.label("counted-by")).toString();
    }

    static String followUps(FollowUpList list) {
        String title = "Follow-ups at " + Cells.local(list.at(), list.zone());
        HtmlPage page = new HtmlPage("en", title);
        page.section("").element("h1", title).meta(ReportTables.followUpIntro(list));
        if (list.entries().isEmpty()) {
            return page.element("p", "Nothing to follow up.").toString();
        }
        return page.table("follow-ups", ReportTables.followUps(list)).toString();
    }

    static String comparison(Comparison c) {
        String title = ReportTables.comparisonTitle(c);
        HtmlPage page = new HtmlPage("en", title);
        page.section("").element("h1", title).meta(ReportTables.comparisonIntro(c));
        if (c.rows().isEmpty()) {
            page.element("p", "No cycle in the period.");
        } else {
            page.table("groups", ReportTables.comparison(c));
            List<String> groups = new ArrayList<>();
            List<int[]> first = new ArrayList<>();
            List<int[]> second = new ArrayList<>();
            for (Comparison.Row r : c.rows()) {
                groups.add(String.join(" / ", r.group().values()));
                first.add(new int[] {r.first().met(), r.first().decided()});
                second.add(new int[] {r.second().met(), r.second().decided()});
            }
            page.figure("Met % per group, A and B", SvgCharts.percentBars("Met % per group, A and B", "met-percent", groups,
                    List.of(SvgCharts.percentSeries("A: " + c.first().policy().name(), first),
                            SvgCharts.percentSeries("B: " + c.second().policy().name(), second))));
        }
        page.section("Changed outcomes");
        if (c.changes().isEmpty()) {
            return page.element("p", "None.").toString();
        }
        return page.table("changes", ReportTables.changes(c)).toString();
    }
}
