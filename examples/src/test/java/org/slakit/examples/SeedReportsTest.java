package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.report.Compliance;
import org.slakit.report.ComplianceRow;
import org.slakit.report.Dimension;
import org.slakit.report.Facts;
import org.slakit.report.FollowUpList;
import org.slakit.report.FollowUps;
import org.slakit.report.ReportPeriod;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * The seeds' reporting promises, each through its own policy in {@code examples/policies}: the
 * weekly follow-up of seeds 000 and 001 (每周要对上周未做确认的问题…与客户确认), the monthly
 * compliance every vendor asks for (seed 002), and seed 003's yearly service report for a customer
 * (服务及处理情况清单).
 */
class SeedReportsTest {

    private static SlaPolicy policy(String file) {
        return PolicyYaml.load(Path.of("policies", file));
    }

    private static List<Ticket> tickets(String file, SlaPolicy policy) throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("tickets", file), StandardCharsets.UTF_8)) {
            return CsvTickets.readRows(r, file, policy.zone(), policy.events()).stream().map(TicketCsv.Row::ticket)
                    .collect(Collectors.toList());
        }
    }

    private static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    private static List<String> ids(FollowUpList list) {
        return list.entries().stream().map(FollowUpList.Entry::ticketId).collect(Collectors.toList());
    }

    @Test
    void seed000_weeklyFollowUp_lastWeeksUnconfirmedResolutions() throws IOException {
        SlaPolicy hk = policy("hk-pos-erp.yaml");
        ZoneId zone = hk.zone();
        List<Ticket> week = tickets("sample-history.csv", hk);
        FollowUps monday = FollowUps.of(hk);
        // resolved and never confirmed: H-2004 (Tue 17:30) and H-2009 (Fri 15:00); H-2002 was reopened, resolved again and confirmed
        FollowUpList list = monday.listAt(week, at(zone, "2026-11-23T10:00"));
        assertEquals(List.of("H-2004", "H-2009"), ids(list));
        assertEquals(Duration.ofDays(5).plusHours(16).plusMinutes(30), list.entries().get(0).waited());
        assertEquals("Sha Tin Bakery", list.entries().get(0).contact().get("company"));
        // a minute earlier the period that began on Monday the 16th holds nothing resolved before it
        assertEquals(List.of(), ids(monday.listAt(week, at(zone, "2026-11-23T09:59"))));
        assertEquals(Optional.of(at(zone, "2026-11-30T10:00")), list.nextRunAt());
    }

    @Test
    void seed001_weeklyFollowUp_byEmailOrPhone_contactFieldsShown() {
        SlaPolicy pos = policy("pos-vendor.yaml");
        ZoneId zone = pos.zone();
        Classification general = Classification.of("software-error", "general").withKind("function-error");
        Ticket lastWeek = Ticket.open("P-1", at(zone, "2026-11-18T10:00"), general).withField("company", "望京餐饮")
                .withField("contact", "王芳").withField("phone", "+86 10 8888 0001").resolve(at(zone, "2026-11-18T15:00"));
        Ticket thisMorning = Ticket.open("P-2", at(zone, "2026-11-23T09:00"), general).withField("company", "中关村超市")
                .resolve(at(zone, "2026-11-23T09:45"));
        Ticket confirmed = Ticket.open("P-3", at(zone, "2026-11-17T09:00"), general).resolve(at(zone, "2026-11-17T11:00"))
                .confirm(at(zone, "2026-11-19T09:00"));
        Ticket afterTheRun = Ticket.open("P-4", at(zone, "2026-11-23T09:00"), general).resolve(at(zone, "2026-11-23T10:30"));
        FollowUpList list = FollowUps.of(pos).listAt(List.of(thisMorning, confirmed, afterTheRun, lastWeek), at(zone, "2026-11-23T11:00"));
        assertEquals(List.of("P-1", "P-2"), ids(list));
        assertEquals(List.of("望京餐饮", "王芳", "+86 10 8888 0001"), List.copyOf(list.entries().get(0).contact().values()));
        assertEquals(at(zone, "2026-11-23T10:00"), list.periodStart());
    }

    @Test
    void seed002_monthlyCompliance_theCyclesThatStartedInNovember() {
        SlaPolicy restaurant = policy("restaurant-system.yaml");
        ZoneId zone = restaurant.zone();
        // daily 09:00-21:00; respond 30 min; urgent fix 2 h (warn at 50 %); software fix the same day (1 h cutoff); other fix next day
        Ticket urgent = Ticket.open("R-1", at(zone, "2026-11-02T10:00"), Classification.of("software", "urgent").withKind("function-error"))
                .event(at(zone, "2026-11-02T10:20"), "responded").event(at(zone, "2026-11-02T11:30"), "workaround-given");
        Ticket lateSameDay = Ticket.open("R-2", at(zone, "2026-11-03T19:00"), Classification.of("software", "general").withKind("error-message"))
                .event(at(zone, "2026-11-03T19:45"), "responded").resolve(at(zone, "2026-11-04T09:30"));
        Ticket other = Ticket.open("R-3", at(zone, "2026-11-07T20:30"), Classification.of("other", "other").withKind("network"))
                .event(at(zone, "2026-11-07T20:50"), "responded").event(at(zone, "2026-11-08T15:00"), "proposal-given");
        Ticket october = Ticket.open("R-4", at(zone, "2026-10-31T20:00"), Classification.of("requirement", "requirement").withKind("new-feature"))
                .event(at(zone, "2026-10-31T20:10"), "responded").event(at(zone, "2026-11-01T12:00"), "replied");
        Compliance november = Compliance.of(Facts.of(restaurant, at(zone, "2026-12-01T00:00")), List.of(urgent, lateSameDay, other, october),
                ReportPeriod.of(java.time.YearMonth.of(2026, 11)), List.of(Dimension.TARGET));
        List<String> rows = november.rows().stream().map(r -> r.group().get(Dimension.TARGET) + " " + r.cycles() + " " + r.met() + " "
                + r.breached() + " " + r.escalations() + " " + r.medianOverrun().orElse(null)).collect(Collectors.toList());
        // R-2's fix was due Tue 21:00 and done Wed 09:30: 30 min of service time late; its 100 % escalation fired at 21:00;
        // R-1's 50 % warning at 11:00; R-2 responded 15 min late; R-4's cycles started in October
        assertEquals(List.of("fix 3 2 1 2 PT30M", "respond 3 2 1 0 PT15M"), rows);
        ComplianceRow total = november.total().orElseThrow();
        assertEquals(66.7, Math.round(total.metPercent().orElseThrow() * 10) / 10.0);
    }

    @Test
    void seed003_yearlyServiceReport_everyServiceOfTheCustomer() throws IOException {
        Path year = Path.of("tickets", "heating-2026.csv");
        String customer = "哈尔滨热力集团";
        long opened = Files.readAllLines(year, StandardCharsets.UTF_8).stream().filter(l -> l.contains(",open,") && l.contains("," + customer + ","))
                .count();
        SlakitRunner slakit = new SlakitRunner(Instant.parse("2027-01-01T00:00:00Z"));
        assertEquals(0, slakit.run("report", "service", "policies/heating-billing.yaml", "--tickets", year.toString(),
                "--customer", customer, "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json", "--lang", "zh-Hans"),
                slakit.err());
        JsonNode root = new ObjectMapper().readTree(slakit.out());
        assertTrue(opened > 10, "the sample has " + opened + " tickets of " + customer);
        assertEquals(opened, root.get("services").size());
        assertEquals("zh-Hans", root.get("language").asText());
        for (JsonNode service : root.get("services")) {
            assertTrue(service.at("/reported_at/local").asText().startsWith("2026-"), service.toString());
            assertEquals("respond", service.at("/targets/0/target").asText());
            assertEquals("2小时内", service.at("/targets/0/promise").asText());
        }
        int cycles = 0;
        for (JsonNode row : root.get("summary")) {
            cycles += row.get("cycles").asInt();
        }
        int facts = 0;
        for (JsonNode service : root.get("services")) {
            for (JsonNode target : service.get("targets")) {
                facts += target.get("cycles").size();
            }
        }
        assertEquals(facts, cycles);
    }
}
