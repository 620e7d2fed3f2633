package org.slakit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slakit.report.ReportFixture.AS_OF;
import static org.slakit.report.ReportFixture.POLICY;
import static org.slakit.report.ReportFixture.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.policy.DeadlineRule;

/** The fixture week's reports as Markdown, CSV and JSON. */
class ReportWriterTest {

    private static final Facts FACTS = Facts.of(POLICY, AS_OF);
    private static final Compliance COMPLIANCE = Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.all());
    private static final ServiceReport ACME = ServiceReport.of(FACTS, ReportFixture.tickets(), "ACME", ReportPeriod.ofYear(2026));
    private static final FollowUpList MONDAY = FollowUps.of(POLICY).listAt(ReportFixture.tickets(), at("2026-11-30T10:00"));
    private static final Comparison COMPARED = Comparison.of(FACTS, Facts.of(ReportFixture.STRICTER, AS_OF), ReportFixture.tickets(),
            ReportPeriod.all(), Compliance.DEFAULT_GROUPING);

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void csv_compliance_theDocumentedColumnsEveryRow() {
        assertEquals("target,severity,cycles,not_started,open,met,breached,unknown,decided,met_percent,breached_open,p50_taken,"
                + "p90_taken,median_overrun,escalations,tickets_with_breach\r\n"
                + "fix,general,4,0,1,2,1,0,3,66.7,0,PT9H,PT12H,PT3H,1,1\r\n"
                + "fix,severe,2,0,0,1,1,0,2,50.0,1,PT3H,PT29H,PT25H,1,1\r\n"
                + "respond,general,4,0,1,1,2,0,3,33.3,1,PT1H30M,PT12H,PT30M,0,2\r\n"
                + "respond,severe,2,0,0,2,0,0,2,100.0,0,PT20M,PT30M,,0,0\r\n", ReportWriter.of(ReportFormat.CSV).write(COMPLIANCE));
    }

    @Test
    void csv_byteOrderMark_onlyWhenAsked() {
        assertTrue(ReportWriter.of(ReportFormat.CSV).withByteOrderMark(true).write(COMPLIANCE).startsWith("\uFEFFtarget,severity,"));
        assertTrue(ReportWriter.of(ReportFormat.CSV).write(COMPLIANCE).startsWith("target,"));
        assertTrue(ReportWriter.of(ReportFormat.JSON).withByteOrderMark(true).write(COMPLIANCE).startsWith("{"));
    }

    @Test
    void csv_quotesFieldsWithCommasQuotesAndLineBreaks() {
        CsvTable t = new CsvTable(false, List.of("a", "b")).row(List.of("x,y", "say \"hi\"")).row(List.of("two\nlines", "plain"));
        assertEquals("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",plain\r\n", t.toString());
    }

    @Test
    void csv_service_oneRowPerTargetInTheCustomersLanguage() {
        String csv = ReportWriter.of(ReportFormat.CSV).withLanguage(ReportLanguage.SIMPLIFIED_CHINESE).write(ACME);
        String[] lines = csv.split("\r\n");
        assertEquals(7, lines.length);
        assertEquals("ticket,reported_at,category,kind,severity,target,promise,due_at,done_at,outcome,state,cycles,waiting_for_customer,"
                + "confirmed_at", lines[0]);
        assertEquals("T2,2026-11-23 10:00,software-error,exception,general,解决,9个工作小时内,2026-11-24 15:00,2026-11-24 15:00,达标,MET,1,"
                + "PT5H,", lines[4]);
        assertEquals("T4,2026-11-25 09:00,software-error,exception,general,respond,1个工作小时内,2026-11-26 16:00,,超时,BREACHED,2,PT0S,",
                lines[5]);
    }

    @Test
    void csv_followUps_contactFieldsAsFieldColumns() {
        assertEquals("ticket,resolved_at,waited,category,kind,severity,field:company,field:contact,field:phone\r\n"
                + "T2,2026-11-24 15:00,PT139H,software-error,exception,general,ACME,Han Meimei,\r\n"
                + "T4,2026-11-27 11:00,PT71H,software-error,exception,general,ACME,,\r\n", ReportWriter.of(ReportFormat.CSV).write(MONDAY));
    }

    @Test
    void csv_comparison_bothSidesAndTheChangedCount() {
        String[] lines = ReportWriter.of(ReportFormat.CSV).write(COMPARED).split("\r\n");
        assertEquals("target,severity,cycles_a,met_a,breached_a,open_a,unknown_a,met_percent_a,cycles_b,met_b,breached_b,open_b,unknown_b,"
                + "met_percent_b,changed", lines[0]);
        assertEquals("fix,severe,2,1,1,0,0,50.0,2,0,2,0,0,0.0,1", lines[2]);
    }

    @Test
    void markdown_compliance_tablesOfGroupsTotalAndMonths() {
        String md = ReportWriter.of(ReportFormat.MARKDOWN).write(COMPLIANCE);
        assertTrue(md.startsWith("# Compliance: fixture\n\nPeriod: every date (Asia/Shanghai). As of 2026-11-27 18:00. A cycle counts in"
                + " the period in which its clock started.\n\n"), md);
        assertTrue(md.contains("| fix | severe | 2 | 0 | 1 | 1 | 0 | 50.0 % | 1 | 3h | 29h | 25h | 1 | 1 |\n"), md);
        assertTrue(md.contains("| respond | severe | 2 | 0 | 2 | 0 | 0 | 100.0 % | 0 | 20m | 30m | - | 0 | 0 |\n"), md);
        assertTrue(md.contains("## Total\n\n| cycles |"), md);
        assertTrue(md.contains("| 12 | 2 | 6 | 4 | 0 | 60.0 % | 2 | 3h | 12h | 3h | 2 | 3 |\n"), md);
        assertTrue(md.contains("| fix | general | 2026-11 | 4 | 1 | 2 | 1 | 0 | 66.7 % | 0 |\n"), md);
    }

    @Test
    void markdown_service_aDocumentInTraditionalChinese() {
        String md = ReportWriter.of(ReportFormat.MARKDOWN).withLanguage(ReportLanguage.TRADITIONAL_CHINESE).write(ACME);
        assertTrue(md.startsWith("# 服務報告: ACME\n\n服務政策: fixture  \n期間: 2026-01-01 至 2026-12-31  \n截至: 2026-11-27 18:00 (Asia/Shanghai)\n"), md);
        assertTrue(md.contains("| T2 | 2026-11-23 10:00 | software-error / exception / general | respond | 1個工作小時內 | 2026-11-23 11:00 |"
                + " 2026-11-23 11:30 | 超時 | 5h |  |\n"), md);
        assertTrue(md.contains("|  |  |  | 解决 | 9個工作小時內 | 2026-11-27 15:00 | 2026-11-27 11:00 | 達標 (重開次數 1) |  |  |\n"), md);
        assertTrue(md.contains("| T1 | 2026-11-23 09:00 | software-error / exception / 严重错误 | respond |"), md);
        assertTrue(md.contains("| 解决 / 严重错误 | 1 | 1 | 0 | 100.0 % | 3h |\n"), md);
        assertTrue(md.endsWith("按計時開始的期間統計。\n"), md);
    }

    @Test
    void markdown_emptyReports_sayso() {
        Compliance none = Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.ofYear(2025));
        assertTrue(ReportWriter.of(ReportFormat.MARKDOWN).write(none).endsWith("No cycle in the period.\n"));
        FollowUpList friday = FollowUps.of(POLICY).listAt(ReportFixture.tickets(), AS_OF);
        assertTrue(ReportWriter.of(ReportFormat.MARKDOWN).write(friday).endsWith("Nothing to follow up.\n"));
    }

    @Test
    void markdown_escapesPipes() {
        assertEquals("| a |\n| --- |\n| x\\|y |\n| - |\n", new MarkdownTable(List.of("a"), 9).row(List.of("x|y")).row(List.of("")).toString());
    }

    @Test
    void json_compliance_stableFieldsInstantsInUtcAndLocal() throws Exception {
        JsonNode root = json(ReportWriter.of(ReportFormat.JSON).write(COMPLIANCE));
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("report", "policy", "zone", "as_of", "period", "counted_by", "by", "rows", "total", "monthly"), fields);
        assertEquals("2026-11-27T10:00:00Z", root.at("/as_of/utc").asText());
        assertEquals("2026-11-27T18:00:00+08:00", root.at("/as_of/local").asText());
        JsonNode severeFix = root.at("/rows/1");
        assertEquals("fix", severeFix.get("target").asText());
        assertEquals(50.0, severeFix.get("met_percent").asDouble());
        assertEquals("PT29H", severeFix.get("p90_taken").asText());
        assertEquals(1, severeFix.at("/escalations_by_level/100% complaints-desk").asInt());
        assertTrue(root.at("/rows/3/median_overrun").isNull());
        assertEquals(12, root.at("/total/cycles").asInt());
        assertEquals("2026-11", root.at("/monthly/0/month").asText());
    }

    @Test
    void json_service_everyCycleWithItsTimes() throws Exception {
        JsonNode root = json(ReportWriter.of(ReportFormat.JSON).write(ACME));
        assertEquals("ACME", root.get("customer").asText());
        JsonNode t2fix = root.at("/services/1/targets/1");
        assertEquals("fix", t2fix.get("target").asText());
        assertEquals("within 9h", t2fix.get("rule").asText());
        assertEquals("within 9 working hours", t2fix.get("promise").asText());
        assertEquals("PT5H", t2fix.at("/cycles/0/paused/waiting-for-customer").asText());
        assertEquals("resolved", t2fix.at("/cycles/0/stopped_by").asText());
        assertEquals("2026-11-24T07:00:00Z", t2fix.at("/cycles/0/stopped_at/utc").asText());
        assertEquals(2, root.at("/services/2/targets/1/cycles").size());
        assertEquals(4, root.get("summary").size());
    }

    @Test
    void json_followUpsAndComparison() throws Exception {
        JsonNode list = json(ReportWriter.of(ReportFormat.JSON).write(MONDAY));
        assertEquals("Mon 10:00", list.get("every").asText());
        assertEquals("2026-12-07T02:00:00Z", list.at("/next_run_at/utc").asText());
        assertEquals("Han Meimei", list.at("/tickets/0/contact/contact").asText());
        JsonNode compared = json(ReportWriter.of(ReportFormat.JSON).write(COMPARED));
        assertEquals("T1", compared.at("/changes/0/ticket").asText());
        assertEquals("MET", compared.at("/changes/0/a/state").asText());
        assertEquals("BREACHED", compared.at("/changes/0/b/state").asText());
        assertEquals(1, compared.at("/rows/1/changed").asInt());
    }

    @Test
    void language_promises_inEachLanguage() {
        DeadlineRule fourHours = new DeadlineRule.Within(java.time.Duration.ofHours(4));
        assertEquals("within 4 working hours", ReportLanguage.ENGLISH.promise(fourHours, "office"));
        assertEquals("within 4 hours", ReportLanguage.ENGLISH.promise(fourHours, "24x7"));
        assertEquals("4个工作小时内", ReportLanguage.SIMPLIFIED_CHINESE.promise(fourHours, "office"));
        assertEquals("1.5個工作小時內", ReportLanguage.TRADITIONAL_CHINESE.promise(new DeadlineRule.Within(java.time.Duration.ofMinutes(90)), "office"));
        assertEquals("within 1 working hour", ReportLanguage.ENGLISH.promise(new DeadlineRule.Within(java.time.Duration.ofHours(1)), "office"));
        DeadlineRule sameDay = new DeadlineRule.EndOfWorkingDay(java.time.Duration.ofMinutes(30));
        assertEquals("the same working day if reported 30 min before close", ReportLanguage.ENGLISH.promise(sameDay, "office"));
        assertEquals("当天（下班前30分钟报告）", ReportLanguage.SIMPLIFIED_CHINESE.promise(sameDay, "office"));
        assertEquals("within 2 working days", ReportLanguage.ENGLISH.promise(new DeadlineRule.WorkingDays(2), "office"));
        assertEquals("1個工作日內", ReportLanguage.TRADITIONAL_CHINESE.promise(new DeadlineRule.WorkingDays(1), "office"));
    }

    @Test
    void language_andFormat_ofTheirKeys() {
        assertEquals(ReportLanguage.TRADITIONAL_CHINESE, ReportLanguage.ofTag("zh-Hant"));
        assertEquals("Unknown report language 'zh-TW': expected en, zh-Hans or zh-Hant",
                assertThrows(IllegalArgumentException.class, () -> ReportLanguage.ofTag("zh-TW")).getMessage());
        assertEquals(ReportFormat.MARKDOWN, ReportFormat.ofKey("md"));
        assertEquals("Unknown report format 'pdf': expected md, csv, json or html",
                assertThrows(IllegalArgumentException.class, () -> ReportFormat.ofKey("pdf")).getMessage());
        assertEquals("ReportWriter[csv, zh-Hans, byte order mark]", ReportWriter.of(ReportFormat.CSV)
                .withLanguage(ReportLanguage.SIMPLIFIED_CHINESE).withByteOrderMark(true).toString());
    }
}
