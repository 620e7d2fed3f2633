package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.Routing;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * The four seed policy files, driven through scenarios taken from their seeds' text, with the
 * deadline computed by hand in each row's comment.
 */
class SeedPolicyScenariosTest {

    private static final SlaPolicy HK_POS = PolicyYaml.load(Path.of("policies/hk-pos-erp.yaml"));
    private static final SlaPolicy POS = PolicyYaml.load(Path.of("policies/pos-vendor.yaml"));
    private static final SlaPolicy RESTAURANT = PolicyYaml.load(Path.of("policies/restaurant-system.yaml"));
    private static final SlaPolicy HEATING = PolicyYaml.load(Path.of("policies/heating-billing.yaml"));

    private static Instant at(SlaPolicy policy, String local) {
        return LocalDateTime.parse(local).atZone(policy.zone()).toInstant();
    }

    private static Classification of(String category, String severity, String kind) {
        Classification c = Classification.of(category, severity);
        return kind == null ? c : c.withKind(kind);
    }

    private static TargetStatus target(SlaPolicy policy, Ticket ticket, String name, Instant asOf) {
        return policy.evaluate(ticket, asOf).target(name).orElseThrow(() -> new AssertionError("no target " + name));
    }

    static Stream<Arguments> deadlines() {
        return Stream.of(
            // seed 000, 嚴重錯誤 4 business hours: Fri 17:00-18:00, then Sat 10:00-13:00
            Arguments.of(HK_POS, "software-error", "severe", "function-error", "2026-11-20T17:00", "fix", "2026-11-21T13:00"),
            // seed 000, 程序錯誤 reported 17:20, at least 30 minutes before the 18:00 close: today
            Arguments.of(HK_POS, "software-error", "general", "function-error", "2026-11-23T17:20", "fix", "2026-11-23T18:00"),
            // seed 000, reported 17:40, less than 30 minutes before close: the next working day's end
            Arguments.of(HK_POS, "software-error", "general", "exception", "2026-11-23T17:40", "fix", "2026-11-24T18:00"),
            // seed 000, Saturday 17:40: Sunday is closed, so Monday's end
            Arguments.of(HK_POS, "software-error", "general", "function-error", "2026-11-21T17:40", "fix", "2026-11-23T18:00"),
            // seed 000, Sunday: the clock starts at Monday's opening, due Monday's end
            Arguments.of(HK_POS, "software-error", "general", "function-error", "2026-11-22T12:00", "fix", "2026-11-23T18:00"),
            // seed 000, 數據不準 24 hours, elapsed, no database needed
            Arguments.of(HK_POS, "software-error", "general", "data-mismatch", "2026-11-23T10:00", "fix", "2026-11-24T10:00"),
            // seed 000, 其他問題 24 hours, elapsed
            Arguments.of(HK_POS, "other", "other", "network", "2026-11-23T10:00", "fix", "2026-11-24T10:00"),
            // seed 000, 需求 an answer within 48 hours
            Arguments.of(HK_POS, "requirement", "requirement", "new-feature", "2026-11-23T10:00", "reply", "2026-11-25T10:00"),
            // seed 000 over Christmas: Thu 12-24 closes at 13:00 (12:00-13:00 counts 1 h), Fri 12-25 and
            // Sat 12-26 are Hong Kong holidays, Sunday is closed: Mon 12-28 09:00 + 3 h
            Arguments.of(HK_POS, "software-error", "severe", "exception", "2026-12-24T12:00", "fix", "2026-12-28T12:00"),
            // seed 001, 严重错误 2 business hours over the lunch break: 11:00-12:00, then 13:30-14:30
            Arguments.of(POS, "software-error", "severe", "function-error", "2026-11-23T11:00", "fix", "2026-11-23T14:30"),
            // seed 001, 其他问题 8 business hours: Fri 17-18 (1 h), Sat 10-12 and 13:30-18 (6.5 h), Mon 09:00-09:30
            Arguments.of(POS, "other", "other", "database-repair", "2026-11-20T17:00", "fix", "2026-11-23T09:30"),
            // seed 001 at National Day: Wed 09-30 17-18 (1 h), 10-01..10-07 off, Thu 10-08 09:00-10:00
            Arguments.of(POS, "software-error", "severe", "exception", "2026-09-30T17:00", "fix", "2026-10-08T10:00"),
            // seed 001, general error Fri 10-09 17:40: the next working day is the make-up Saturday 10-10
            Arguments.of(POS, "software-error", "general", "function-error", "2026-10-09T17:40", "fix", "2026-10-10T18:00"),
            // seed 002 (assumption): respond in 30 min of 09:00-21:00 service: 20:50-21:00, then 09:00-09:20
            Arguments.of(RESTAURANT, "software", "general", "function-error", "2026-11-22T20:50", "respond", "2026-11-23T09:20"),
            // seed 002 (assumption): urgent in 2 service hours, on a public holiday too (365 days)
            Arguments.of(RESTAURANT, "software", "urgent", "function-error", "2026-10-01T10:00", "fix", "2026-10-01T12:00"),
            // seed 003, every request responded to within 2 h round the clock, Saturday night included
            Arguments.of(HEATING, "fault", "urgent", "software-fault", "2026-11-21T23:00", "respond", "2026-11-22T01:00"));
    }

    @ParameterizedTest(name = "{4} {1}/{2} -> {5} due {6}")
    @MethodSource("deadlines")
    void evaluate_seedScenario_isDueWhenTheSeedSays(SlaPolicy policy, String category, String severity, String kind,
            String reported, String targetName, String due) {
        Ticket ticket = Ticket.open("T", at(policy, reported), of(category, severity, kind));
        TargetStatus target = target(policy, ticket, targetName, at(policy, reported));
        assertEquals(at(policy, due), target.dueAt().orElseThrow(), target.toString());
    }

    @Test
    void evaluate_databaseNeeded_countsFromItsReceipt() {
        // 如需提供客戶數據庫，以我方收到數據庫時間為準: received Tue 15:00, so due Wed 15:00
        Ticket ticket = Ticket.open("T", at(HK_POS, "2026-11-23T10:00"), of("software-error", "general", "data-mismatch"))
                .pause(at(HK_POS, "2026-11-23T10:30"), "waiting-for-database")
                .resume(at(HK_POS, "2026-11-24T15:00"))
                .event(at(HK_POS, "2026-11-24T15:00"), "database-received");
        TargetStatus fix = target(HK_POS, ticket, "fix", at(HK_POS, "2026-11-24T16:00"));
        assertEquals(TargetState.RUNNING, fix.state());
        assertEquals(at(HK_POS, "2026-11-25T15:00"), fix.dueAt().orElseThrow());
    }

    @Test
    void evaluate_severeWithEmergencyMeasure_isMet() {
        // 必須解決好或提出應急措施: a workaround in time meets the 4-hour promise
        Ticket ticket = Ticket.open("T", at(HK_POS, "2026-11-23T09:00"), of("software-error", "severe", "exception"))
                .event(at(HK_POS, "2026-11-23T12:30"), "workaround-given");
        assertEquals(TargetState.MET, target(HK_POS, ticket, "fix", at(HK_POS, "2026-11-23T18:00")).state());
    }

    @Test
    void evaluate_severeMissed_isBreachedAndGoesToTheComplaintsDesk() {
        // 未能實現本服務承諾 ... 可以進行投訴: at 100% the independent complaints desk hears of it
        Ticket ticket = Ticket.open("T", at(HK_POS, "2026-11-23T09:00"), of("software-error", "severe", "exception"));
        TargetStatus fix = target(HK_POS, ticket, "fix", at(HK_POS, "2026-11-23T14:00"));
        assertEquals(TargetState.BREACHED, fix.state());
        assertEquals(at(HK_POS, "2026-11-23T13:00"), fix.breachedAt().orElseThrow());
        assertTrue(fix.escalations().stream().anyMatch(e -> e.toString().contains("complaints-desk")), fix.escalations().toString());
    }

    @Test
    void route_outOfHours_followsTheSeed() {
        Instant sunday = at(HK_POS, "2026-11-22T11:00");
        // 一般性技術咨詢問題，將會由值班人員給予答復
        assertEquals(Routing.Route.DUTY_ENGINEER,
                HK_POS.route(of("software-error", "general", "function-error").withService("consultation"), sunday).route());
        // 緊急問題 ... 與我公司相關負責人聯系
        assertEquals(Routing.Route.ESCALATE_NOW, HK_POS.route(of("software-error", "severe", null), sunday).route());
        // 需要測試環境的問題 ... 上班後當天優先測試
        Routing later = HK_POS.route(of("software-error", "general", "exception"), sunday);
        assertEquals(Routing.Route.FIRST_AT_OPENING, later.route());
        assertEquals(at(HK_POS, "2026-11-23T09:00"), later.opening().orElseThrow());
        assertEquals(Routing.Route.NORMAL, HK_POS.route(of("software-error", "severe", null), at(HK_POS, "2026-11-23T11:00")).route());
    }

    @Test
    void missingFields_technicalProblem_needsProductAndVersion() {
        // 必須注明公司、聯系人、電話、日期，對于技術問題和需求，還要求寫明產品名稱、版本
        Ticket ticket = Ticket.open("T", at(HK_POS, "2026-11-23T10:00"), of("software-error", "general", "exception"))
                .withField("company", "Harbour Department Store Ltd.").withField("contact", "Chan Tai Man")
                .withField("phone", "+852 2345 6789").withField("date", "2026-11-23");
        assertEquals(List.of("product", "version"), HK_POS.missingFields(ticket));
    }

    @Test
    void evaluate_onlineReply_isTwoOfficeHoursForFreeAndTwoHoursForPremium() {
        Instant friday = at(HEATING, "2026-11-20T17:00");
        Classification question = of("question", "normal", "usage").withService("online-reply");
        // free: Fri 17:00-17:30 on 08:30-17:30 office hours, then Mon 08:30-10:00
        Ticket free = Ticket.open("F", friday, question.withTier("free"));
        assertEquals(at(HEATING, "2026-11-23T10:00"), target(HEATING, free, "reply", friday).dueAt().orElseThrow());
        // premium: 7x24 support, two hours on the clock
        Ticket premium = Ticket.open("P", friday, question.withTier("premium"));
        assertEquals(at(HEATING, "2026-11-20T19:00"), target(HEATING, premium, "reply", friday).dueAt().orElseThrow());
    }

    @Test
    void order_premiumGoesFirstWithinASeverity() {
        // 对于同级别的常规申告，客户具有高优先级
        Instant monday = at(HEATING, "2026-11-23T09:00");
        Ticket free = Ticket.open("A-free", monday, of("fault", "normal", "software-fault").withTier("free"));
        Ticket premium = Ticket.open("B-premium", monday.plusSeconds(600), of("fault", "normal", "software-fault").withTier("premium"));
        Ticket urgentFree = Ticket.open("C-urgent", monday.plusSeconds(1200), of("fault", "urgent", "software-fault").withTier("free"));
        assertEquals(List.of("C-urgent", "B-premium", "A-free"),
                HEATING.order(List.of(free, premium, urgentFree), monday.plusSeconds(3600)).stream().map(Ticket::id).toList());
    }

    @Test
    void isEntitled_onSiteSupport_isPremiumOnly() {
        Instant monday = at(HEATING, "2026-11-23T09:00");
        Classification onSite = of("fault", "normal", "hardware-fault").withService("on-site");
        assertFalse(HEATING.isEntitled(Ticket.open("F", monday, onSite.withTier("free"))));
        assertTrue(HEATING.isEntitled(Ticket.open("P", monday, onSite.withTier("premium"))));
        // premium includes everything free has
        assertTrue(HEATING.isEntitled(Ticket.open("P2", monday, onSite.withTier("premium").withService("bug-fix"))));
    }
}
