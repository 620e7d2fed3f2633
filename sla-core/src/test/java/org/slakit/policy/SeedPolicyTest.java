package org.slakit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.slakit.policy.Seeds.HONG_KONG;
import static org.slakit.policy.Seeds.SHANGHAI;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Every rule of every seed, with the deadline computed by hand in the case's comment. 2026-11-23
 * is a Monday; Hong Kong and Shanghai are UTC+8 all year.
 */
class SeedPolicyTest {

    private static final SlaPolicy SEED_000 = Seeds.seed000();
    private static final SlaPolicy SEED_001 = Seeds.seed001();
    private static final SlaPolicy SEED_002 = Seeds.seed002();
    private static final SlaPolicy SEED_003 = Seeds.seed003();

    private static final Classification SEVERE = Classification.of("software-error", "severe").withKind("exception");
    private static final Classification GENERAL = Classification.of("software-error", "general").withKind("function-error");
    private static final Classification MISMATCH = Classification.of("software-error", "general").withKind("data-mismatch");
    private static final Classification OTHER = Classification.of("other", "other").withKind("network");
    private static final Classification REQUIREMENT = Classification.of("requirement", "requirement").withKind("new-feature");

    private static Instant hk(String local) {
        return Seeds.at(HONG_KONG, local);
    }

    private static Instant sh(String local) {
        return Seeds.at(SHANGHAI, local);
    }

    private static TargetStatus status(SlaPolicy policy, Ticket ticket, Instant asOf, String target) {
        return policy.evaluate(ticket, asOf).target(target).orElseThrow();
    }

    static Stream<Arguments> seed000Deadlines() {
        return Stream.of(
                // severe 4 h business on Mon-Fri 09-18, Sat 10-18: Mon 10:00 + 4 h = Mon 14:00
                Arguments.of(SEVERE, "2026-11-23T10:00", "2026-11-23T14:00"),
                // Fri 16:00: 2 h Friday, 2 h Saturday from 10:00 = Sat 12:00
                Arguments.of(SEVERE, "2026-11-20T16:00", "2026-11-21T12:00"),
                // Sat 17:00: 1 h Saturday, Sunday closed, 3 h Monday = Mon 12:00
                Arguments.of(SEVERE, "2026-11-21T17:00", "2026-11-23T12:00"),
                // general error Mon 17:20: 40 min left, at least the 30 min cutoff = Mon 18:00
                Arguments.of(GENERAL, "2026-11-23T17:20", "2026-11-23T18:00"),
                // general error Mon 17:30: exactly 30 min left = Mon 18:00
                Arguments.of(GENERAL, "2026-11-23T17:30", "2026-11-23T18:00"),
                // general error Mon 17:40: 20 min left, less than the cutoff = next working day's end, Tue 18:00
                Arguments.of(GENERAL, "2026-11-23T17:40", "2026-11-24T18:00"),
                // general error Sat 17:40: 20 min left of Saturday, Sunday closed = Mon 18:00
                Arguments.of(GENERAL, "2026-11-21T17:40", "2026-11-23T18:00"),
                // general error Sunday 11:00: working day is Monday, all of it left = Mon 18:00
                Arguments.of(GENERAL, "2026-11-22T11:00", "2026-11-23T18:00"),
                // general error Mon 07:00, before opening: that day's end = Mon 18:00
                Arguments.of(GENERAL, "2026-11-23T07:00", "2026-11-23T18:00"),
                // data mismatch, no database needed: 24 h elapsed from Mon 10:00 = Tue 10:00
                Arguments.of(MISMATCH, "2026-11-23T10:00", "2026-11-24T10:00"),
                // other problem: 24 h elapsed from Fri 20:00 = Sat 20:00
                Arguments.of(OTHER, "2026-11-20T20:00", "2026-11-21T20:00"));
    }

    @ParameterizedTest(name = "seed 000 {0} opened {1} is due {2}")
    @MethodSource("seed000Deadlines")
    void seed000_fix_dueAtHandComputedDeadline(Classification c, String opened, String due) {
        Ticket t = Ticket.open("T-1", hk(opened), c);
        TargetStatus fix = status(SEED_000, t, hk(opened), "fix");
        assertEquals(Optional.of(hk(due)), fix.dueAt());
        assertEquals(TargetState.RUNNING, fix.state());
    }

    @Test
    void seed000_requirementReply_48hElapsed_friday1500DueSunday1500() {
        Ticket t = Ticket.open("R-1", hk("2026-11-20T15:00"), REQUIREMENT);
        SlaStatus s = SEED_000.evaluate(t, hk("2026-11-20T15:00"));
        assertEquals(List.of("reply"), s.targets().stream().map(TargetStatus::name).toList());
        assertEquals(Optional.of(hk("2026-11-22T15:00")), s.targets().get(0).dueAt());
    }

    @Test
    void seed000_dataMismatch_databaseReceivedWhileWaiting_24hFromReceipt() {
        // opened Mon 10:00, waiting for the database from 10:30, received Tue 15:00: due Wed 15:00
        Ticket t = Ticket.open("T-2", hk("2026-11-23T10:00"), MISMATCH)
                .pause(hk("2026-11-23T10:30"), "waiting-for-database")
                .resume(hk("2026-11-24T15:00"))
                .event(hk("2026-11-24T15:00"), "database-received");
        TargetStatus fix = status(SEED_000, t, hk("2026-11-24T16:00"), "fix");
        assertEquals(TargetState.RUNNING, fix.state());
        assertEquals(Optional.of(hk("2026-11-25T15:00")), fix.dueAt());
        assertEquals(Duration.ofHours(1), fix.elapsed());
    }

    @Test
    void seed000_dataMismatch_databaseReceivedWithoutPause_restartsAtReceipt() {
        // opened Mon 10:00, database received Mon 16:00: due Tue 16:00, not Tue 10:00
        Ticket t = Ticket.open("T-3", hk("2026-11-23T10:00"), MISMATCH).event(hk("2026-11-23T16:00"), "database-received");
        TargetStatus fix = status(SEED_000, t, hk("2026-11-24T12:00"), "fix");
        assertEquals(TargetState.RUNNING, fix.state());
        assertEquals(Optional.of(hk("2026-11-24T16:00")), fix.dueAt());
    }

    @Test
    void seed000_dataMismatch_databaseAfterBreach_breachIsFinal() {
        // opened Mon 10:00, due Tue 10:00; the database arrives Tue 11:00: still breached at Tue 10:00
        Ticket t = Ticket.open("T-4", hk("2026-11-23T10:00"), MISMATCH).event(hk("2026-11-24T11:00"), "database-received");
        TargetStatus fix = status(SEED_000, t, hk("2026-11-24T12:00"), "fix");
        assertEquals(TargetState.BREACHED, fix.state());
        assertEquals(Optional.of(hk("2026-11-24T10:00")), fix.breachedAt());
    }

    @Test
    void seed000_severe_workaroundGiven_meets() {
        // Mon 10:00 + 4 h = 14:00; an emergency measure at 13:59 meets it
        Ticket t = Ticket.open("T-5", hk("2026-11-23T10:00"), SEVERE).event(hk("2026-11-23T13:59"), "workaround-given");
        TargetStatus fix = status(SEED_000, t, hk("2026-11-24T10:00"), "fix");
        assertEquals(TargetState.MET, fix.state());
        assertEquals(Optional.of(hk("2026-11-23T14:00")), fix.dueAt());
        assertEquals(Optional.of(Duration.ofMinutes(1)), fix.remaining());
    }

    @Test
    void seed000_severe_warningsAndComplaintsDesk_fireAtTheirFractions() {
        // 50 % of 4 h = 12:00, 75 % = 13:00 (warn-at), 100 % = 14:00 (complaints-desk), breached at 14:00
        Ticket t = Ticket.open("T-6", hk("2026-11-23T10:00"), SEVERE);
        TargetStatus fix = status(SEED_000, t, hk("2026-11-23T14:00"), "fix");
        assertEquals(TargetState.BREACHED, fix.state());
        assertEquals(List.of(new TargetStatus.Escalation(50, hk("2026-11-23T12:00"), "warning"),
                new TargetStatus.Escalation(75, hk("2026-11-23T13:00"), "warning"),
                new TargetStatus.Escalation(100, hk("2026-11-23T14:00"), "complaints-desk")), fix.escalations());
        assertEquals(Optional.of(Duration.ZERO), fix.remaining());
    }

    @Test
    void seed000_generalError_pausedOnEndOfBusinessDay_dueNextDay1400() {
        // Mon 10:00 on 09:00-18:00: budget 8 h, due Mon 18:00; paused 11:00-16:00 adds 5 h: Tue 14:00
        Ticket t = Ticket.open("T-7", hk("2026-11-23T10:00"), GENERAL)
                .pause(hk("2026-11-23T11:00"), "waiting-for-onsite-test")
                .resume(hk("2026-11-23T16:00"));
        TargetStatus fix = status(SEED_000, t, hk("2026-11-23T17:00"), "fix");
        assertEquals(Optional.of(hk("2026-11-24T14:00")), fix.dueAt());
        assertEquals(Duration.ofHours(2), fix.elapsed());
        TargetStatus during = status(SEED_000, t, hk("2026-11-23T12:00"), "fix");
        assertEquals(TargetState.PAUSED, during.state());
        assertEquals(Optional.empty(), during.dueAt());
    }

    @Test
    void seed000_reclassifiedGeneralToSevereAt1000_due1300() {
        // opened 09:00 general, severe from 10:00, 4 h goal counted from the opening: due 13:00
        Ticket t = Ticket.open("T-8", hk("2026-11-23T09:00"), GENERAL)
                .reclassify(hk("2026-11-23T10:00"), SEVERE);
        TargetStatus fix = status(SEED_000, t, hk("2026-11-23T12:00"), "fix");
        assertEquals(Optional.of(hk("2026-11-23T13:00")), fix.dueAt());
        TargetStatus late = status(SEED_000, t, hk("2026-11-23T13:00"), "fix");
        assertEquals(TargetState.BREACHED, late.state());
        assertEquals(Optional.of(hk("2026-11-23T13:00")), late.breachedAt());
    }

    @Test
    void seed000_reclassifiedAfterTheNewDeadline_deadlineMovedToTheReclassification() {
        // general at 09:00, severe from 14:00: the 4 h deadline 13:00 has passed, so the deadline and the breach are 14:00
        Ticket t = Ticket.open("T-9", hk("2026-11-23T09:00"), GENERAL).reclassify(hk("2026-11-23T14:00"), SEVERE);
        TargetStatus fix = status(SEED_000, t, hk("2026-11-23T14:00"), "fix");
        assertEquals(TargetState.BREACHED, fix.state());
        assertEquals(Optional.of(hk("2026-11-23T14:00")), fix.dueAt());
        assertEquals(Optional.of(hk("2026-11-23T14:00")), fix.breachedAt());
        // before the reclassification the ticket was a general error, due 18:00
        assertEquals(Optional.of(hk("2026-11-23T18:00")), status(SEED_000, t, hk("2026-11-23T13:30"), "fix").dueAt());
    }

    @Test
    void seed000_reclassifiedToRequirement_dropsFix_traceSaysSo() {
        Ticket t = Ticket.open("T-10", hk("2026-11-23T09:00"), GENERAL).reclassify(hk("2026-11-23T10:00"), REQUIREMENT);
        SlaStatus s = SEED_000.evaluate(t, hk("2026-11-23T11:00"));
        assertEquals(List.of("reply"), s.targets().stream().map(TargetStatus::name).toList());
        // reply, 48 h from the opening at 09:00
        assertEquals(Optional.of(hk("2026-11-25T09:00")), s.targets().get(0).dueAt());
        assertEquals(List.of("target fix (entry 4 of targets): applied before the reclassification at 2026-11-23T02:00:00Z"
                + " but not to {category: requirement, severity: requirement, kind: new-feature}"), s.explain().dropped());
    }

    @Test
    void seed000_reopened_newCycleAsIfOpenedThen() {
        // met Mon 11:00 (due Mon 18:00); reopened Tue 17:40: 20 min left, so due Wed 18:00
        Ticket t = Ticket.open("T-11", hk("2026-11-23T10:00"), GENERAL)
                .resolve(hk("2026-11-23T11:00"))
                .reopen(hk("2026-11-24T17:40"));
        TargetStatus fix = status(SEED_000, t, hk("2026-11-24T17:45"), "fix");
        assertEquals(TargetState.RUNNING, fix.state());
        assertEquals(Optional.of(hk("2026-11-25T18:00")), fix.dueAt());
        assertEquals(List.of(new TargetStatus.Cycle(1, hk("2026-11-23T10:00"), Optional.of(hk("2026-11-24T17:40")), TargetState.MET,
                Optional.of(hk("2026-11-23T10:00")), Optional.of(hk("2026-11-23T18:00")),
                Optional.of(new TargetStatus.Stop("resolved", hk("2026-11-23T11:00"))), Optional.empty(), Duration.ofHours(1),
                Optional.of(Duration.ofHours(7)), Map.of(), List.of(), Optional.empty())), fix.cycles());
        assertEquals(2, fix.current().number());
        assertEquals(Optional.empty(), fix.current().closedAt());
    }

    static Stream<Arguments> seed000Routes() {
        return Stream.of(
                // Mon 10:00, office open: normal
                Arguments.of(GENERAL, "2026-11-23T10:00", Routing.normal()),
                // Mon 20:00, a consultation: the duty engineer answers
                Arguments.of(Classification.of("consultation", "general"), "2026-11-23T20:00", Routing.dutyEngineer()),
                // Sunday, a severe error: escalated to the responsible manager at once
                Arguments.of(SEVERE, "2026-11-22T15:00", Routing.escalateNow()),
                // Mon 19:00, a general error needing a test environment: first at Tue 09:00
                Arguments.of(GENERAL, "2026-11-23T19:00", Routing.firstAtOpening(hk("2026-11-24T09:00"))),
                // Sat 09:00 before Saturday's 10:00 opening: first at Sat 10:00
                Arguments.of(OTHER, "2026-11-21T09:00", Routing.firstAtOpening(hk("2026-11-21T10:00"))));
    }

    @ParameterizedTest(name = "seed 000 {0} at {1} routes {2}")
    @MethodSource("seed000Routes")
    void seed000_route_outOfHours(Classification c, String at, Routing expected) {
        assertEquals(expected, SEED_000.route(c, hk(at)));
    }

    @Test
    void seed000_intake_namesCompanyContactPhoneDate_andProductVersionForProblems() {
        Ticket t = Ticket.open("T-12", hk("2026-11-23T10:00"), GENERAL).withField("company", "ACME").withField("phone", "6062");
        assertEquals(List.of("contact", "date", "product", "version"), SEED_000.missingFields(t));
        Ticket other = Ticket.open("T-13", hk("2026-11-23T10:00"), OTHER).withField("company", "ACME")
                .withField("contact", "Li").withField("phone", "6062").withField("date", "2026-11-23");
        assertEquals(List.of(), SEED_000.missingFields(other));
    }

    @Test
    void seed000_problemsBeforeRequirements_inTheQueue() {
        Instant asOf = hk("2026-11-23T12:00");
        Ticket req = Ticket.open("A", hk("2026-11-23T09:00"), REQUIREMENT);
        Ticket other = Ticket.open("B", hk("2026-11-23T09:30"), OTHER);
        Ticket general = Ticket.open("C", hk("2026-11-23T10:00"), GENERAL);
        Ticket severe = Ticket.open("D", hk("2026-11-23T11:00"), SEVERE);
        assertEquals(List.of(severe, general, other, req), SEED_000.order(List.of(req, other, general, severe), asOf));
    }

    @Test
    void seed000_followUp_keptInTheModel() {
        assertEquals(Optional.of(new SlaPolicy.FollowUp(java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(10, 0), "office")),
                SEED_000.followUp());
        assertEquals("Mon 10:00", SEED_000.followUp().orElseThrow().every());
    }

    static Stream<Arguments> seed001Deadlines() {
        return Stream.of(
                // severe 2 h on 09-12 + 13:30-18: Mon 10:00 + 2 h = Mon 12:00, not 13:30
                Arguments.of(SEVERE, "2026-11-23T10:00", "2026-11-23T12:00"),
                // Mon 11:00: 1 h to 12:00, 1 h from 13:30 = Mon 14:30
                Arguments.of(SEVERE, "2026-11-23T11:00", "2026-11-23T14:30"),
                // Mon 12:30, lunch: counted from 13:30 = Mon 15:30
                Arguments.of(SEVERE, "2026-11-23T12:30", "2026-11-23T15:30"),
                // other 8 business hours from Mon 10:00: 2 h + 4.5 h Monday, 1.5 h Tuesday = Tue 10:30
                Arguments.of(OTHER, "2026-11-23T10:00", "2026-11-24T10:30"),
                // general error 17:20 = Mon 18:00; 17:40 = Tue 18:00
                Arguments.of(GENERAL, "2026-11-23T17:20", "2026-11-23T18:00"),
                Arguments.of(GENERAL, "2026-11-23T17:40", "2026-11-24T18:00"),
                // Saturday 17:40 = Mon 18:00
                Arguments.of(GENERAL, "2026-11-21T17:40", "2026-11-23T18:00"),
                // data mismatch 24 h elapsed: Mon 10:00 = Tue 10:00
                Arguments.of(MISMATCH, "2026-11-23T10:00", "2026-11-24T10:00"));
    }

    @ParameterizedTest(name = "seed 001 {0} opened {1} is due {2}")
    @MethodSource("seed001Deadlines")
    void seed001_fix_dueAtHandComputedDeadline(Classification c, String opened, String due) {
        Ticket t = Ticket.open("T-1", sh(opened), c);
        assertEquals(Optional.of(sh(due)), status(SEED_001, t, sh(opened), "fix").dueAt());
    }

    @Test
    void seed001_requirementReply_48h_mon1000DueWed1000() {
        Ticket t = Ticket.open("R-1", sh("2026-11-23T10:00"), REQUIREMENT);
        assertEquals(Optional.of(sh("2026-11-25T10:00")), status(SEED_001, t, sh("2026-11-23T10:00"), "reply").dueAt());
    }

    @Test
    void seed002_sevenByTwelve_openEveryDayIncludingPublicHolidays() {
        // National Day 2026-10-01 (Thu) 20:00 + 2 h (assumed): 1 h to 21:00, 1 h from 09:00 = Fri 10:00
        Ticket t = Ticket.open("T-1", sh("2026-10-01T20:00"), Classification.of("software", "urgent"));
        assertEquals(Optional.of(sh("2026-10-02T10:00")), status(SEED_002, t, sh("2026-10-01T20:00"), "respond").dueAt());
        // Sunday 09:00 + 2 h = Sunday 11:00
        Ticket sunday = Ticket.open("T-2", sh("2026-11-22T09:00"), Classification.of("software", "normal"));
        assertEquals(Optional.of(sh("2026-11-22T11:00")), status(SEED_002, sunday, sh("2026-11-22T09:00"), "respond").dueAt());
    }

    @Test
    void seed002_outOfHours_dutyEngineerForConsultation_escalateUrgent_otherwiseFirstAtOpening() {
        assertEquals(Routing.dutyEngineer(), SEED_002.route(Classification.of("consultation", "normal"), sh("2026-11-23T22:00")));
        assertEquals(Routing.escalateNow(), SEED_002.route(Classification.of("software", "urgent"), sh("2026-11-23T22:00")));
        assertEquals(Routing.firstAtOpening(sh("2026-11-24T09:00")),
                SEED_002.route(Classification.of("software", "normal"), sh("2026-11-23T22:00")));
        assertEquals(Routing.normal(), SEED_002.route(Classification.of("software", "normal"), sh("2026-11-23T20:59")));
    }

    @Test
    void seed002_problemsBeforeRequirements_withinASeverity() {
        Ticket req = Ticket.open("A", sh("2026-11-23T09:00"), Classification.of("requirement", "normal"));
        Ticket problem = Ticket.open("B", sh("2026-11-23T10:00"), Classification.of("software", "normal"));
        assertEquals(List.of(problem, req), SEED_002.order(List.of(req, problem), sh("2026-11-23T10:30")));
    }

    @Test
    void seed003_respondWithin2hRoundTheClock_saturday2200DueSunday0000() {
        Ticket t = Ticket.open("H-1", sh("2026-11-21T22:00"), Classification.of("service-request", "normal").withKind("phone"));
        SlaStatus s = SEED_003.evaluate(t, sh("2026-11-21T22:30"));
        assertEquals(List.of("respond"), s.targets().stream().map(TargetStatus::name).toList());
        assertEquals(Optional.of(sh("2026-11-22T00:00")), s.targets().get(0).dueAt());
    }

    @Test
    void seed003_onlineReplyAndOnSiteArrangement_within2h() {
        Ticket online = Ticket.open("H-2", sh("2026-11-23T16:00"), Classification.of("service-request", "normal").withKind("online"));
        assertEquals(Optional.of(sh("2026-11-23T18:00")), status(SEED_003, online, sh("2026-11-23T16:00"), "reply").dueAt());
        Ticket onSite = Ticket.open("H-3", sh("2026-11-23T16:00"),
                Classification.of("service-request", "major").withKind("on-site").withTier("premium").withService("on-site"))
                .event(sh("2026-11-23T17:00"), "arranged");
        TargetStatus arrange = status(SEED_003, onSite, sh("2026-11-23T19:00"), "arrange");
        assertEquals(TargetState.MET, arrange.state());
        assertEquals(Optional.of(sh("2026-11-23T18:00")), arrange.dueAt());
    }

    @Test
    void seed003_respond_notPausedByWaiting_pausedByEmpty() {
        // respond has paused-by: [], so waiting 10:30-13:00 does not move its 12:00 deadline; reply,
        // paused by every state, gains the whole 2 h 30 min wait (it began before 12:00): due 14:30
        Ticket t = Ticket.open("H-4", sh("2026-11-23T10:00"), Classification.of("service-request", "normal").withKind("online"))
                .pause(sh("2026-11-23T10:30"), "waiting-for-customer")
                .resume(sh("2026-11-23T13:00"));
        SlaStatus s = SEED_003.evaluate(t, sh("2026-11-23T13:00"));
        assertEquals(TargetState.BREACHED, s.target("respond").orElseThrow().state());
        assertEquals(Optional.of(sh("2026-11-23T12:00")), s.target("respond").orElseThrow().breachedAt());
        assertEquals(Optional.of(sh("2026-11-23T14:30")), s.target("reply").orElseThrow().dueAt());
    }

    @Test
    void seed003_officeHours0830To1730_routeBeforeOpening() {
        assertEquals(Routing.firstAtOpening(sh("2026-11-23T08:30")),
                SEED_003.route(Classification.of("service-request", "normal"), sh("2026-11-23T08:00")));
        assertEquals(Routing.normal(), SEED_003.route(Classification.of("service-request", "normal"), sh("2026-11-23T17:29")));
        assertEquals(Routing.dutyEngineer(), SEED_003.route(
                Classification.of("service-request", "normal").withService("consultation"), sh("2026-11-23T17:30")));
    }

    @Test
    void seed003_premiumBeforeFree_withinASeverity() {
        Instant asOf = sh("2026-11-23T12:00");
        Ticket free = Ticket.open("F", sh("2026-11-23T09:00"), Classification.of("service-request", "normal").withTier("free"));
        Ticket premium = Ticket.open("P", sh("2026-11-23T11:00"), Classification.of("service-request", "normal").withTier("premium"));
        Ticket noTier = Ticket.open("N", sh("2026-11-23T08:00"), Classification.of("service-request", "normal"));
        Ticket major = Ticket.open("M", sh("2026-11-23T11:30"), Classification.of("service-request", "major").withTier("free"));
        // severity first; then premium; a ticket without a tier is the default (last) tier, then earlier due first
        assertEquals(List.of(major, premium, noTier, free), SEED_003.order(List.of(free, premium, noTier, major), asOf));
    }

    @Test
    void seed003_entitlements_premiumIncludesFree_onSiteChargeableForFree() {
        Classification base = Classification.of("service-request", "normal");
        Instant at = sh("2026-11-23T10:00");
        assertEquals(true, SEED_003.isEntitled(Ticket.open("E1", at, base.withTier("premium").withService("bug-fix"))));
        assertEquals(true, SEED_003.isEntitled(Ticket.open("E2", at, base.withTier("premium").withService("on-site"))));
        assertEquals(false, SEED_003.isEntitled(Ticket.open("E3", at, base.withTier("free").withService("on-site"))));
        assertEquals(true, SEED_003.isEntitled(Ticket.open("E4", at, base.withTier("free").withService("consultation"))));
        // no service item: entitled; no tier: the default tier, free
        assertEquals(true, SEED_003.isEntitled(Ticket.open("E5", at, base)));
        assertEquals(false, SEED_003.isEntitled(Ticket.open("E6", at, base.withService("migration"))));
    }

    static ZoneId zone() {
        return HONG_KONG;
    }
}
