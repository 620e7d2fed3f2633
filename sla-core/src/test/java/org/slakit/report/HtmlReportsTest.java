package org.slakit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slakit.report.ReportFixture.AS_OF;
import static org.slakit.report.ReportFixture.POLICY;
import static org.slakit.report.ReportFixture.at;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.ticket.Ticket;

/** The fixture week's reports and a ticket's timeline as HTML pages, read as text (the browser tests are in examples). */
class HtmlReportsTest {

    private static final Facts FACTS = Facts.of(POLICY, AS_OF);
    private static final Compliance COMPLIANCE = Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.all());
    private static final ServiceReport ACME = ServiceReport.of(FACTS, ReportFixture.tickets(), "ACME", ReportPeriod.ofYear(2026));
    private static final FollowUpList MONDAY = FollowUps.of(POLICY).listAt(ReportFixture.tickets(), at("2026-11-30T10:00"));
    private static final Comparison COMPARED = Comparison.of(FACTS, Facts.of(ReportFixture.STRICTER, AS_OF), ReportFixture.tickets(),
            ReportPeriod.all(), Compliance.DEFAULT_GROUPING);
    private static final ReportWriter HTML = ReportWriter.of(ReportFormat.HTML);
    private static final Pattern BAR = Pattern.compile("<rect class=\"bar ([a-z-]+)\"[^>]*data-series=\"([^\"]*)\" data-category=\"([^\"]*)\""
            + " data-value=\"([^\"]*)\">");

    /** Every page the writer makes of the fixture, in English and Chinese. */
    static Stream<String> pages() {
        return Stream.of(HTML.write(COMPLIANCE), HTML.withLanguage(ReportLanguage.SIMPLIFIED_CHINESE).write(ACME), HTML.write(MONDAY),
                HTML.write(COMPARED), HTML.timeline(POLICY, ReportFixture.tickets().get(3), AS_OF),
                HTML.write(Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.ofYear(2025))));
    }

    /** The bars of a page: class, series, category and value, in order. */
    private static List<String> bars(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = BAR.matcher(html);
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
        }
        return out;
    }

    @Test
    void escape_markupQuotesAndChinese() {
        assertEquals("a&lt;b &amp; &quot;c&quot; &#39;d&#39; &gt; 服务", Html.escape("a<b & \"c\" 'd' > 服务"));
        assertEquals("plain 严重错误", Html.escape("plain 严重错误"));
        assertEquals("", Html.escape(""));
        assertEquals("&amp;amp;", Html.escape("&amp;"));
    }

    @Test
    void escape_everyTextOfAPage() {
        HtmlPage page = new HtmlPage("en", "<t>").section("a&b");
        page.table("x\"y", new ReportTables.Table(List.of("h<1>"), List.of(List.of("'1' & <2>")), 0, "-"));
        String html = page.toString();
        assertTrue(html.contains("<title>&lt;t&gt;</title>"), html);
        assertTrue(html.contains("<h2>a&amp;b</h2>"), html);
        assertTrue(html.contains("<table class=\"x&quot;y\">"), html);
        assertTrue(html.contains("<th class=\"num\">h&lt;1&gt;</th>"), html);
        assertTrue(html.contains("<td class=\"num\">&#39;1&#39; &amp; &lt;2&gt;</td>"), html);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void page_selfContained_noScriptNoExternalResource(String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\""), html);
        assertTrue(html.contains("<meta charset=\"utf-8\">"), html);
        assertFalse(html.toLowerCase().contains("<script"), "a script");
        assertFalse(html.toLowerCase().contains("javascript:"), "a javascript: URL");
        // the only URL is SVG's namespace, an identifier that is never fetched
        String withoutNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(Pattern.compile("(?i)(src|href)\\s*=|url\\(\\s*['\"]?(https?:|//)|https?://|@import").matcher(withoutNamespace).find(),
                "an external resource");
        assertTrue(html.contains("\"Noto Sans CJK SC\", \"Noto Sans CJK TC\""), "a CJK font stack");
        assertTrue(html.contains("@media print"), "a print style sheet");
    }

    @Test
    void compliance_langEnglish_tablesAsMarkdown() {
        String html = HTML.write(COMPLIANCE);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(html.contains("<tr><td>fix</td><td>severe</td><td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\">1</td>"
                + "<td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">50.0 %</td><td class=\"num\">1</td><td class=\"num\">3h</td>"
                + "<td class=\"num\">29h</td><td class=\"num\">25h</td><td class=\"num\">1</td><td class=\"num\">1</td></tr>"), html);
        assertEquals(4, count(html, "<table class=\"groups\">", "</table>", "<tr><td>"));
        assertEquals(1, count(html, "<table class=\"total\">", "</table>", "<tr><td"));
        assertEquals(4, count(html, "<table class=\"monthly\">", "</table>", "<tr><td>"));
        assertEquals(3, count(html, "<section>", "", "<section>"));
    }

    /** The occurrences of a text between the first start marker and the next end marker. */
    private static int count(String html, String start, String end, String text) {
        int from = html.indexOf(start);
        int to = end.isEmpty() ? html.length() : html.indexOf(end, from);
        String part = html.substring(from, to);
        int n = 0;
        for (int i = part.indexOf(text); i >= 0; i = part.indexOf(text, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void compliance_chartsOfTheFixtureWeek_oneRectPerBar() {
        // November: fix 3 met of 5 decided (general 2 of 3, severe 1 of 2) = 60.0; respond 3 of 5 = 60.0;
        // breaches: severe 1 (T3 fix), general 3 (T2 respond, T4 fix, T4 respond #2)
        assertEquals(List.of("met-percent fix 2026-11 60.0", "met-percent respond 2026-11 60.0", "breaches severe 2026-11 1",
                "breaches general 2026-11 3"), bars(HTML.write(COMPLIANCE)));
    }

    @Test
    void compliance_byTargetAlone_metPercentOfEachTarget() {
        Compliance byTarget = Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.all(), List.of(Dimension.TARGET));
        assertEquals(List.of("met-percent fix 2026-11 60.0", "met-percent respond 2026-11 60.0", "breaches all 2026-11 4"),
                bars(HTML.write(byTarget)));
    }

    @Test
    void compliance_metPercentOfOneGroup_isTheHandComputed66point7() {
        Compliance generalFix = Compliance.of(FACTS, ReportFixture.tickets().stream().filter(t -> t.id().equals("T2") || t.id().equals("T4"))
                .toList(), ReportPeriod.all(), List.of(Dimension.TARGET, Dimension.SEVERITY));
        List<String> bars = bars(HTML.write(generalFix));
        // fix/general: T2 met, T4 breached then met: 2 of 3; respond/general: T2 breached, T4 met then breached: 1 of 3
        assertEquals(List.of("met-percent fix 2026-11 66.7", "met-percent respond 2026-11 33.3", "breaches general 2026-11 3"), bars);
        assertTrue(HTML.write(generalFix).contains("<title>fix · 2026-11: 66.7 % (2/3)</title>"));
    }

    @Test
    void compliance_empty_noChartNoCrash() {
        String html = HTML.write(Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.ofYear(2025)));
        assertTrue(html.contains("<p>No cycle in the period.</p>"), html);
        assertFalse(html.contains("<svg"), html);
    }

    @Test
    void compliance_noDecidedCycle_noBarAndSaysSo() {
        // T5 alone: two running cycles, nothing decided, nothing breached
        Compliance running = Compliance.of(FACTS, List.of(ReportFixture.tickets().get(4)), ReportPeriod.all());
        String html = HTML.write(running);
        assertEquals(List.of(), bars(html));
        assertTrue(html.contains(">no decided cycle</text>"), html);
        assertTrue(html.contains(">no breach</text>"), html);
    }

    @Test
    void charts_manyMonths_labelsTurnedAndEveryBarDrawn() {
        List<String> months = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        int[][] breaches = new int[2][24];
        for (int m = 0; m < 24; m++) {
            months.add(java.time.YearMonth.of(2025, 1).plusMonths(m).toString());
            counts.add(new int[] {m, 23});
            breaches[0][m] = m % 3;
            breaches[1][m] = 23 - m;
        }
        String met = SvgCharts.percentBars("x", "met-percent", months, List.of(SvgCharts.percentSeries("fix", counts),
                SvgCharts.percentSeries("respond", counts)));
        assertEquals(48, bars(met).size());
        assertTrue(met.contains("transform=\"rotate(-45"), "24 month labels do not fit level");
        String stacked = SvgCharts.stackedCounts("x", "breaches", months, List.of("severe", "general"), breaches,
                List.of(SvgCharts.severityColor(0), SvgCharts.severityColor(1)));
        assertEquals(24 / 3 * 2 + 23, bars(stacked).size());
        String one = SvgCharts.percentBars("x", "met-percent", List.of("2026-11"), List.of(SvgCharts.percentSeries("fix",
                List.<int[]>of(new int[] {1, 2}))));
        assertEquals(List.of("met-percent fix 2026-11 50.0"), bars(one));
        assertFalse(one.contains("rotate("), "one month's label fits level");
    }

    @Test
    void niceStep_oneTwoOrFiveTimesAPowerOfTen() {
        int[][] cases = {
            // max, step
            {0, 1}, {6, 1}, {7, 2}, {12, 2}, {13, 5}, {30, 5}, {31, 10}, {61, 20}, {300, 50}, {301, 100},
        };
        for (int[] c : cases) {
            assertEquals(c[1], SvgCharts.niceStep(c[0]), "max " + c[0]);
        }
    }

    @Test
    void service_inTheCustomersLanguageWithDisplayNames() {
        String html = HTML.withLanguage(ReportLanguage.TRADITIONAL_CHINESE).write(ACME);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-Hant\">"));
        assertTrue(html.contains("<h1>服務報告: ACME</h1>"), html);
        assertEquals(6, count(html, "<table class=\"services\">", "</table>", "<tr><td"));
        assertTrue(html.contains("<tr><td>解决 / 严重错误</td><td class=\"num\">1</td>"), html);
        // the summary's chart, one bar per row: fix/general 2 of 3 (T2, T4 #2 met; T4 #1 late), fix/severe 1 of 1 (T1),
        // respond/general 1 of 3 (T4 #1 met; T2, T4 #2 late), respond/severe 1 of 1 (T1)
        List<String> bars = bars(html);
        assertEquals(List.of("met-percent 達標率 解决 / general 66.7", "met-percent 達標率 解决 / 严重错误 100.0",
                "met-percent 達標率 respond / general 33.3", "met-percent 達標率 respond / 严重错误 100.0"), bars);
        assertTrue(html.contains(">解决 / 严重错误</text>"), "Chinese in an SVG text element");
        assertTrue(html.contains("<p>按計時開始的期間統計。</p>"), html);
    }

    @Test
    void followUps_andEmptyList() {
        String html = HTML.write(MONDAY);
        assertEquals(2, count(html, "<table class=\"follow-ups\">", "</table>", "<tr><td>"));
        assertTrue(html.contains("<td>Han Meimei</td>"), html);
        String friday = HTML.write(FollowUps.of(POLICY).listAt(ReportFixture.tickets(), AS_OF));
        assertTrue(friday.contains("<p>Nothing to follow up.</p>"), friday);
    }

    @Test
    void comparison_bothSidesAndTheirChart() {
        String html = HTML.write(COMPARED);
        assertEquals(4, count(html, "<table class=\"groups\">", "</table>", "<tr><td>"));
        assertTrue(bars(html).contains("met-percent B: fixture fix / severe 0.0"), bars(html).toString());
        assertTrue(bars(html).contains("met-percent A: fixture fix / severe 50.0"), bars(html).toString());
        assertEquals(1, count(html, "<table class=\"changes\">", "</table>", "<tr><td>"));
    }

    @Test
    void timeline_markersOfEachTargetInLocalTime() {
        // T3: severe, opened Tue 16:00, responded 16:20; fix due Wed 11:00, breached then, escalated at 100 %
        Ticket t3 = ReportFixture.tickets().get(2);
        String html = HTML.timeline(POLICY, t3, AS_OF);
        assertTrue(html.contains("<h1>Ticket T3 as of 2026-11-27 18:00</h1>"), html);
        assertTrue(html.contains("<line class=\"due\"") && html.contains("data-at=\"2026-11-25 11:00\""), html);
        assertTrue(html.contains("<path class=\"breach\""), html);
        assertTrue(html.contains("<path class=\"escalation\"") && html.contains("data-level=\"100% complaints-desk\""), html);
        assertTrue(html.contains("<circle class=\"stop\"") && html.contains("responded 2026-11-24 16:20"), html);
        assertTrue(html.contains(">fix 解决</text>"), "the target's display name in the lane");
        assertTrue(html.contains("<rect class=\"open\""), html);
        assertTrue(html.contains("<rect class=\"counted\""), html);
        assertTrue(html.contains(">Wed 11-25</text>"), "days on the axis, local");
    }

    @Test
    void timeline_pausesAndEarlierCycles() {
        String t2 = HTML.timeline(POLICY, ReportFixture.tickets().get(1), AS_OF);
        assertTrue(t2.contains("<rect class=\"pause\"") && t2.contains("paused 2026-11-23 14:00 to 2026-11-24 10:00"), t2);
        String t4 = HTML.timeline(POLICY, ReportFixture.tickets().get(3), AS_OF);
        assertTrue(t4.contains("#1 due 2026-11-25 18:00") && t4.contains("#2 due 2026-11-27 15:00"), t4);
    }

    @Test
    void timeline_onlyInHtml() {
        Ticket t1 = ReportFixture.tickets().get(0);
        assertEquals("A ticket timeline is drawn only in HTML, not in md: use ReportWriter.of(ReportFormat.HTML), or"
                + " SlaStatus.explain().toText() for words", assertThrows(IllegalStateException.class,
                        () -> ReportWriter.of(ReportFormat.MARKDOWN).timeline(POLICY, t1, AS_OF)).getMessage());
        assertThrows(NullPointerException.class, () -> HTML.timeline(null, t1, AS_OF));
        assertThrows(NullPointerException.class, () -> HTML.timeline(POLICY, null, AS_OF));
        assertThrows(NullPointerException.class, () -> HTML.timeline(POLICY, t1, null));
    }

    @Test
    void timeline_beforeTheOpening_stillAnAxis() {
        Ticket t5 = ReportFixture.tickets().get(4);
        Instant before = at("2026-11-27T12:00");
        String html = HTML.timeline(POLICY, t5, before);
        assertTrue(html.contains("<svg"), html);
    }
}
