package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.report.Comparison;
import org.slakit.report.Compliance;
import org.slakit.report.Facts;
import org.slakit.report.FollowUpList;
import org.slakit.report.FollowUps;
import org.slakit.report.ReportFormat;
import org.slakit.report.ReportLanguage;
import org.slakit.report.ReportPeriod;
import org.slakit.report.ReportWriter;
import org.slakit.report.ServiceReport;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Every kind of HTML report, and a ticket's timeline, as a real browser shows them: the pages are
 * written to {@code target/browser/}, headless Chromium loads each one, dumps the DOM it built,
 * takes a screenshot and prints a PDF (all kept there for a person to look at), and the tests read
 * the DOM: table rows, bars and their values, Chinese in SVG text, and no network request.
 * <p>
 * The policy is seed 000's (Hong Kong, office hours Mon-Fri 09:00-18:00 and Sat 10:00-18:00, Hong
 * Kong holidays, Christmas Eve afternoon closed); the tickets are made here, their fix targets
 * computed by hand:
 * <pre>
 * ticket  customer            class                          fix                                   outcome
 * K1      九龍餅店            severe function-error          Tue 10-06 10:00, 4h: due 14:00        resolved 12:00, met
 * K2      九龍餅店            general function-error         Tue 10-20 09:30, same day: due 18:00  resolved Wed 10:00, breached
 * K3      Harbour Café & Bar  other network (24x7, 24h)      Tue 11-10 14:00: due Wed 14:00        proposal Wed 09:00, met
 * K4      九龍餅店            severe function-error          Tue 11-17 16:00: due Wed 11:00        workaround Wed 10:30, met
 * K6      Harbour Café & Bar  requirement (reply, 48h 24x7)  Tue 12-01 10:00: due Thu 10:00        replied Wed 10:00, met
 * K5      九龍餅店            severe function-error          Thu 12-24 11:00: 2h to the 13:00 close, Christmas and the day after,
 *                                                            Sunday, Mon 12-28 09:00 + 2h: due 11:00; resolved 14:00, breached
 * </pre>
 * Judged as of Thu 2026-12-31 18:00: fix met 1 of 2 in October (general breached), 2 of 2 in
 * November, 0 of 1 in December; reply 1 of 1 in December.
 * <p>
 * Run alone with {@code mvn -pl examples -am verify -Dtest=HtmlBrowserTest -Dsurefire.failIfNoSpecifiedTests=false};
 * skip with {@code -Dslakit.browser=skip} (see {@link Chromium}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlBrowserTest {

    private static final Path DIR = Path.of("target/browser");
    private static final SlaPolicy HK = PolicyYaml.load(Path.of("policies/hk-pos-erp.yaml"));
    private static final Instant AS_OF = at("2026-12-31T18:00");
    private static final String BAKERY = "九龍餅店";
    private static final String CAFE = "Harbour Café & Bar";
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(src|href)\\s*=|url\\(\\s*['\"]?(https?:|//)|@import");
    private static final ReportWriter HTML = ReportWriter.of(ReportFormat.HTML);

    private final Map<String, String> pages = new LinkedHashMap<>();
    private final Map<String, Chromium.Dom> doms = new LinkedHashMap<>();
    private Chromium chromium;
    private Compliance compliance;
    private ServiceReport service;
    private FollowUpList followUps;
    private Comparison comparison;

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HK.zone()).toInstant();
    }

    private static Classification severe() {
        return Classification.of("software-error", "severe").withKind("function-error");
    }

    static List<Ticket> tickets() {
        return List.of(
                Ticket.open("K1", at("2026-10-06T10:00"), severe()).withField("company", BAKERY).resolve(at("2026-10-06T12:00")),
                Ticket.open("K2", at("2026-10-20T09:30"), Classification.of("software-error", "general").withKind("function-error"))
                        .withField("company", BAKERY).resolve(at("2026-10-21T10:00")),
                Ticket.open("K3", at("2026-11-10T14:00"), Classification.of("other", "other").withKind("network")).withField("company", CAFE)
                        .event(at("2026-11-11T09:00"), "proposal-given"),
                Ticket.open("K4", at("2026-11-17T16:00"), severe()).withField("company", BAKERY).event(at("2026-11-18T10:30"),
                        "workaround-given"),
                Ticket.open("K6", at("2026-12-01T10:00"), Classification.of("requirement", "requirement").withKind("new-feature"))
                        .withField("company", CAFE).event(at("2026-12-02T10:00"), "replied"),
                christmas());
    }

    /** K5, whose timeline crosses Christmas Eve's closed afternoon, two holidays and a Sunday. */
    static Ticket christmas() {
        return Ticket.open("K5", at("2026-12-24T11:00"), severe()).withField("company", BAKERY).resolve(at("2026-12-28T14:00"));
    }

    /** One ticket a month for 24 months, each its own fix on the 24x7 calendar: every third one late. */
    static List<Ticket> twoYears() {
        List<Ticket> tickets = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            LocalDateTime opened = YearMonth.of(2025, 1).plusMonths(m).atDay(10).atTime(10, 0);
            Instant at = opened.atZone(HK.zone()).toInstant();
            tickets.add(Ticket.open("M" + m, at, Classification.of("other", "other").withKind("network")).withField("company", CAFE)
                    .event(at.plusSeconds(3600 * (m % 3 == 0 ? 30 : 12)), "proposal-given"));
        }
        return tickets;
    }

    @BeforeAll
    void writeThePagesAndLoadThemInChromium() throws Exception {
        Files.createDirectories(DIR);
        chromium = Chromium.find(DIR.resolve("chromium"));
        Facts facts = Facts.of(HK, AS_OF);
        SlaPolicy stricter = PolicyYaml.read(Files.readString(Path.of("policies/hk-pos-erp.yaml")).replace("within: 4h", "within: 2h")
                .replace("name: Hong Kong POS/ERP vendor, after-sales service", "name: Hong Kong, severe errors fixed within 2h"),
                "hk-pos-erp-stricter.yaml");
        compliance = Compliance.of(facts, tickets(), ReportPeriod.ofYear(2026));
        service = ServiceReport.of(facts, tickets(), BAKERY, ReportPeriod.ofYear(2026));
        followUps = FollowUps.of(HK).listAt(tickets(), at("2026-12-14T10:00"));
        comparison = Comparison.of(facts, Facts.of(stricter, AS_OF), tickets(), ReportPeriod.ofYear(2026), Compliance.DEFAULT_GROUPING);
        pages.put("compliance", HTML.write(compliance));
        pages.put("compliance-24-months", HTML.write(Compliance.of(facts, twoYears(), ReportPeriod.of(
                java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2026, 12, 31)))));
        pages.put("compliance-empty", HTML.write(Compliance.of(facts, tickets(), ReportPeriod.ofYear(2025))));
        pages.put("service-zh-Hant", HTML.withLanguage(ReportLanguage.TRADITIONAL_CHINESE).write(service));
        pages.put("service-zh-Hans", HTML.withLanguage(ReportLanguage.SIMPLIFIED_CHINESE).write(service));
        pages.put("follow-ups", HTML.write(followUps));
        pages.put("comparison", HTML.write(comparison));
        pages.put("timeline-K5", HTML.timeline(HK, christmas(), at("2026-12-28T18:00")));
        for (Map.Entry<String, String> p : pages.entrySet()) {
            Path file = DIR.resolve(p.getKey() + ".html");
            Files.writeString(file, p.getValue(), StandardCharsets.UTF_8);
            doms.put(p.getKey(), chromium.dumpDom(file));
            chromium.screenshot(file, DIR.resolve(p.getKey() + ".png"));
            chromium.printToPdf(file, DIR.resolve(p.getKey() + ".pdf"));
        }
    }

    Stream<String> pageNames() {
        return pages.keySet().stream();
    }

    private Document dom(String page) {
        return Jsoup.parse(doms.get(page).html());
    }

    /** The bars of a chart as {@code series category value}, in the DOM's order. */
    private static List<String> bars(Elements rects) {
        List<String> out = new ArrayList<>();
        for (Element r : rects) {
            out.add(r.attr("data-series") + " " + r.attr("data-category") + " " + r.attr("data-value"));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("pageNames")
    void page_noNetworkRequest_andNoExternalUrl(String page) {
        assertEquals(List.of(), doms.get(page).pageRequests(), page + ": requests the page made, from Chromium's net log");
        String withoutNamespace = pages.get(page).replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertFalse(EXTERNAL.matcher(withoutNamespace).find(), page + ": an external URL in src, href, url() or @import");
        assertFalse(dom(page).select("script").size() > 0, page + ": a script");
    }

    @ParameterizedTest
    @MethodSource("pageNames")
    void page_screenshotAndPdf_nonTrivial(String page) throws IOException {
        byte[] png = Files.readAllBytes(DIR.resolve(page + ".png"));
        assertTrue(png.length > 10_000, page + ".png is " + png.length + " bytes");
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1), page + ".png signature");
        byte[] pdf = Files.readAllBytes(DIR.resolve(page + ".pdf"));
        assertTrue(pdf.length > 5_000, page + ".pdf is " + pdf.length + " bytes");
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1), page + ".pdf signature");
    }

    @Test
    void pdf_aPagePerSection_andTheCjkFontOfTheLanguage() throws IOException {
        assertEquals(3, pdfPages("compliance"), "summary, charts, month by month");
        assertEquals(2, pdfPages("service-zh-Hant"), "services, summary");
        assertEquals(2, pdfPages("comparison"), "groups, changed outcomes");
        assertEquals(1, pdfPages("follow-ups"));
        // a CJK font embedded is Chinese drawn from it, not as empty boxes; :lang(zh-Hant) picks the TC face
        assertTrue(pdfText("service-zh-Hant").contains("+NotoSansCJKtc-"), "a Traditional Chinese face embedded");
        assertTrue(pdfText("service-zh-Hans").contains("+NotoSansCJKsc-"), "a Simplified Chinese face embedded");
    }

    private static String pdfText(String page) throws IOException {
        return new String(Files.readAllBytes(DIR.resolve(page + ".pdf")), StandardCharsets.ISO_8859_1);
    }

    /** The page objects of a PDF as Chromium writes it (uncompressed object headers). */
    private static long pdfPages(String page) throws IOException {
        return Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(pdfText(page)).results().count();
    }

    @Test
    void netLog_seesARequestOfAPage_aControl() throws Exception {
        // the check above is only worth something if a page's request does show in the log
        Path leaky = DIR.resolve("chromium/leaky.html");
        Files.writeString(leaky, "<!DOCTYPE html><html><body><img src=\"http://example.org/a.png\"></body></html>");
        assertEquals(List.of("http://example.org/a.png"), chromium.dumpDom(leaky).pageRequests());
    }

    @Test
    void compliance_rowsBarsAndValues() {
        Document d = dom("compliance");
        assertEquals("en", d.selectFirst("html").attr("lang"));
        assertEquals(compliance.rows().size(), d.select("table.groups tbody tr").size());
        assertEquals(compliance.monthly().size(), d.select("table.monthly tbody tr").size());
        assertEquals(List.of("fix 2026-10 50.0", "fix 2026-11 100.0", "fix 2026-12 0.0", "reply 2026-12 100.0"),
                bars(d.select("rect.bar.met-percent")));
        // October: K2 general; December: K5 severe; November none
        assertEquals(List.of("general 2026-10 1", "severe 2026-12 1"), bars(d.select("rect.bar.breaches")));
        // the series covers the whole period, January to December, facts or not
        List<String> months = d.select("svg text.category").eachText();
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), months.subList(0, 3));
        assertEquals(List.of("2026-10", "2026-11", "2026-12"), months.subList(9, 12));
    }

    @Test
    void compliance_24months_everyMonthABar() {
        Document d = dom("compliance-24-months");
        Elements met = d.select("rect.bar.met-percent");
        assertEquals(24, met.size());
        assertEquals("0.0", met.get(0).attr("data-value"), "January 2025: late");
        assertEquals("100.0", met.get(1).attr("data-value"));
        assertEquals(8, d.select("rect.bar.breaches").size());
        assertEquals(48, d.select("svg text.category").size(), "24 month labels under each chart");
    }

    @Test
    void compliance_empty_saysSoWithoutAChart() {
        Document d = dom("compliance-empty");
        assertEquals("No cycle in the period.", d.select("p").last().text());
        assertEquals(0, d.select("svg").size());
    }

    @Test
    void service_traditionalChinese_tableAndChartInTheCustomersWords() {
        Document d = dom("service-zh-Hant");
        assertEquals("zh-Hant", d.selectFirst("html").attr("lang"));
        assertEquals("服務報告: 九龍餅店", d.selectFirst("h1").text());
        assertEquals(service.services().size(), d.select("table.services tbody tr").size());
        assertEquals(4, service.services().size());
        List<String> svgText = d.select("svg text").eachText();
        assertTrue(svgText.contains("解決 / 嚴重錯誤"), svgText.toString());
        assertTrue(svgText.contains("解決 / 一般錯誤"), svgText.toString());
        // severe: K1, K4 met, K5 breached; general: K2 breached
        assertEquals(List.of("達標率 解決 / 一般錯誤 0.0", "達標率 解決 / 嚴重錯誤 66.7"), bars(d.select("rect.bar.met-percent")));
        assertEquals("zh-Hans", dom("service-zh-Hans").selectFirst("html").attr("lang"));
        assertTrue(dom("service-zh-Hans").select("svg text").eachText().contains("达标率"));
    }

    @Test
    void followUps_aRowPerTicket() {
        Document d = dom("follow-ups");
        assertEquals(followUps.entries().size(), d.select("table.follow-ups tbody tr").size());
        assertTrue(followUps.entries().size() >= 2, followUps.entries().toString());
    }

    @Test
    void comparison_bothSidesAndTheChangedOutcome() {
        Document d = dom("comparison");
        assertEquals(comparison.rows().size(), d.select("table.groups tbody tr").size());
        // 2h for severe: K1 (10:00-12:00) is met to the minute, K4 breaches (due Tue 18:00), K5 breaches (due Thu 13:00)
        List<String> bars = bars(d.select("rect.bar.met-percent"));
        assertTrue(bars.contains("A: " + HK.name() + " fix / severe 66.7"), bars.toString());
        assertEquals(comparison.changes().size(), d.select("table.changes tbody tr").size());
        assertTrue(d.select("table.changes tbody tr").text().contains("K4"));
    }

    @Test
    void timeline_christmas_holidaysDueBreachAndEscalations() {
        Document d = dom("timeline-K5");
        assertEquals("Ticket K5 as of 2026-12-28 18:00", d.selectFirst("h1").text());
        Elements holidays = d.select("rect.holiday");
        assertEquals(2, holidays.size(), holidays.toString());
        assertTrue(holidays.get(0).text().contains("聖誕節"), holidays.get(0).text());
        assertEquals("2026-12-28 11:00", d.selectFirst("line.due").attr("data-at"));
        assertEquals(1, d.select("path.breach").size());
        assertEquals(List.of("50% warning", "75% warning", "100% complaints-desk"), d.select("path.escalation").eachAttr("data-level"));
        assertTrue(d.select("svg text").eachText().contains("fix 解決"), "the target's display name in a lane");
        assertTrue(d.select("svg text.tick-day").eachText().contains("Mon 12-28"), d.select("svg text.tick-day").eachText().toString());
        assertEquals(2, d.select("rect.counted").size(), "Thu 11:00-13:00 and Mon 09:00-11:00");
    }
}
