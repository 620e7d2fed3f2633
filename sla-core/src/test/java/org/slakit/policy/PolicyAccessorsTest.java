package org.slakit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.slakit.policy.Seeds.HONG_KONG;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * What a built policy, its versions, targets and routings give back, and the words an explanation
 * uses for a {@code within} rule. Each test pins behaviour a PIT survivor showed untested
 * (docs/QUALITY.md). 2026-11-23 is a Monday; Hong Kong is UTC+8.
 */
class PolicyAccessorsTest {

    private static final Classification SEVERE = Classification.of("software-error", "severe").withKind("exception");
    private static final Classification REQUIREMENT = Classification.of("requirement", "requirement").withKind("new-feature");

    private static Instant hk(String local) {
        return Seeds.at(HONG_KONG, local);
    }

    /** Seed 000 with a version from 2027-01-01 that replaces every section a version can replace. */
    private static final SlaPolicy VERSIONED = Seeds.seed000Builder()
            .version(LocalDate.parse("2027-01-01"), v -> v
                    .target("fix", t -> t.when(Condition.any().withSeverity("severe")).stopsOn("resolved").within("2h"))
                    .escalation(75, List.of("fix"), "team-lead")
                    .outOfHours("office", o -> o.otherwise("duty-engineer"))
                    .intake(List.of("company"), Map.of()))
            .build();

    @Test
    void sections_seed000_areTheOnesDeclared() {
        SlaPolicy p = Seeds.seed000();
        assertEquals(List.of("waiting-for-database", "waiting-for-onsite-test"), p.waitingStates());
        assertEquals(List.of(new EscalationRule(100, List.of("fix", "reply"), "complaints-desk")), p.escalations());
        assertEquals(Optional.of(new Intake(List.of("company", "contact", "phone", "date"),
                Map.of("software-error", List.of("product", "version"), "requirement", List.of("product", "version")))),
                p.intake());
        assertEquals(List.of(), p.versions());
        assertEquals(Optional.of(new SlaPolicy.FollowUp(java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(10, 0), "office")),
                p.followUp());
    }

    @Test
    void versions_versionReplacingEverySection_givesEachBack() {
        List<PolicyVersion> versions = VERSIONED.versions();
        assertEquals(1, versions.size());
        PolicyVersion v = versions.get(0);
        assertEquals(LocalDate.parse("2027-01-01"), v.effectiveFrom());
        assertEquals(List.of("fix"), v.targets().orElseThrow().stream().map(Target::name).toList());
        assertEquals(Optional.of(List.of(new EscalationRule(75, List.of("fix"), "team-lead"))), v.escalations());
        assertEquals(Optional.of(new OutOfHours("office", List.of(), Routing.Route.DUTY_ENGINEER)), v.outOfHours());
        assertEquals(Optional.of(new Intake(List.of("company"), Map.of())), v.intake());
    }

    @Test
    void versions_versionKeepingTheSections_givesThemEmpty_andThePolicysApply() {
        SlaPolicy p = Seeds.seed000Builder()
                .version(LocalDate.parse("2027-01-01"), v -> v.intake(List.of("company"), Map.of()))
                .build();
        PolicyVersion v = p.versions().get(0);
        assertEquals(Optional.empty(), v.targets());
        assertEquals(Optional.empty(), v.escalations());
        assertEquals(Optional.empty(), v.outOfHours());
        // a severe ticket under the version keeps the policy's 4 h, its warnings and its 100 % escalation
        Ticket t = Ticket.open("K-1", hk("2027-01-04T10:00"), SEVERE);
        assertEquals(List.of(new TargetStatus.Escalation(50, hk("2027-01-04T12:00"), "warning"),
                new TargetStatus.Escalation(75, hk("2027-01-04T13:00"), "warning"),
                new TargetStatus.Escalation(100, hk("2027-01-04T14:00"), "complaints-desk")),
                p.evaluate(t, hk("2027-01-04T14:30")).target("fix").orElseThrow().escalations());
    }

    @Test
    void versions_noEscalations_replacesThemWithNone() {
        SlaPolicy p = Seeds.seed000Builder()
                .version(LocalDate.parse("2027-01-01"), v -> v.noEscalations())
                .build();
        assertEquals(Optional.of(List.of()), p.versions().get(0).escalations());
        Ticket t = Ticket.open("K-2", hk("2027-01-04T10:00"), SEVERE);
        assertEquals(List.of(new TargetStatus.Escalation(50, hk("2027-01-04T12:00"), "warning"),
                new TargetStatus.Escalation(75, hk("2027-01-04T13:00"), "warning")),
                p.evaluate(t, hk("2027-01-04T14:30")).target("fix").orElseThrow().escalations());
    }

    private static Target fourHours(String name, List<String> pausedBy) {
        return new Target(name, Condition.any(), List.of(Ticket.OPENED), List.of(), List.of("resolved"), pausedBy,
                new DeadlineRule.Within(Duration.ofHours(4)), null, List.of());
    }

    @Test
    void pausedBy_givenOrNot() {
        SlaPolicy p = Seeds.seed000Builder()
                .target("answer", t -> t.pausedBy("waiting-for-database").stopsOn("replied").within("4h"))
                .build();
        Target answer = p.targets().get(p.targets().size() - 1);
        assertEquals("answer", answer.name());
        assertEquals(Optional.of(List.of("waiting-for-database")), answer.pausedBy());
        assertEquals(Optional.empty(), p.targets().get(0).pausedBy());
    }

    @Test
    void targetBuilder_everySetter_returnsTheSameBuilder() {
        Target.Builder b = new Target.Builder("fix");
        assertSame(b, b.pausedBy("waiting-for-database"));
        assertSame(b, b.within(Duration.ofHours(4)));
        assertSame(b, b.within("4h"));
        assertSame(b, b.endOfWorkingDay(Duration.ofMinutes(30)));
        assertSame(b, b.endOfWorkingDay("30m"));
        assertSame(b, b.workingDays(2));
        assertSame(b, b.warnAt(50, 75));
        assertSame(b, b.warnAt("50%", "75%"));
    }

    @Test
    void equals_targetsDifferingInOnePart_areNotEqual() {
        List<Target> a = Seeds.seed000().targets();
        List<Target> b = Seeds.seed000().targets();
        assertEquals(a, b);
        assertEquals(a.get(1).hashCode(), b.get(1).hashCode());
        // the second and third entries of fix differ in their condition, rule and calendar
        assertNotEquals(a.get(1), a.get(2));
        assertNotEquals(a.get(1).hashCode(), a.get(2).hashCode());
        // the same entry but its name
        Target fix = fourHours("fix", null);
        Target reply = fourHours("reply", null);
        assertEquals(fix, fourHours("fix", null));
        assertNotEquals(fix, reply);
        assertNotEquals(fix.hashCode(), reply.hashCode());
    }

    @Test
    void hashCode_differentPolicies_differ() {
        assertEquals(Seeds.seed000().hashCode(), Seeds.seed000().hashCode());
        assertNotEquals(Seeds.seed000().hashCode(), Seeds.seed001().hashCode());
    }

    @Test
    void toString_rules_inWords() {
        assertEquals("within 4h", new DeadlineRule.Within(Duration.ofHours(4)).toString());
        DeadlineRule.WorkingDays two = new DeadlineRule.WorkingDays(2);
        assertEquals("2", two.valueText());
        assertEquals("business-days 2", two.toString());
    }

    @Test
    void routing_factories_giveTheirRoute() {
        assertEquals(Routing.Route.ESCALATE_NOW, Routing.escalateNow().route());
        assertEquals(Optional.empty(), Routing.escalateNow().opening());
        assertNotEquals(Routing.normal(), Routing.dutyEngineer());
        assertNotEquals(Routing.firstAtOpening(hk("2026-11-23T09:00")), Routing.firstAtOpening(hk("2026-11-24T09:00")));
        assertEquals(Routing.firstAtOpening(hk("2026-11-23T09:00")), Routing.firstAtOpening(hk("2026-11-23T09:00")));
    }

    @Test
    void explain_withinOnOffice_namesTargetCalendarStartAndBoundary() {
        Ticket t = Ticket.open("X-1", hk("2026-11-23T10:00"), SEVERE);
        Explanation e = Seeds.seed000().evaluate(t, hk("2026-11-23T11:00")).explain();
        assertEquals("X-1", e.ticketId());
        assertEquals(hk("2026-11-23T11:00"), e.asOf());
        Explanation.TargetTrace fix = e.targets().get(0);
        assertEquals("fix", fix.target());
        assertEquals("office", fix.calendar());
        assertEquals(Optional.of(hk("2026-11-23T10:00")), fix.clockStart());
        assertEquals(Optional.of("4h of business time on calendar 'office'"), fix.boundary());
    }

    @Test
    void explain_withinOnAlwaysOpen_saysElapsedTime() {
        Ticket t = Ticket.open("X-2", hk("2026-11-23T10:00"), REQUIREMENT);
        Explanation.TargetTrace reply = Seeds.seed000().evaluate(t, hk("2026-11-23T11:00")).explain().targets().stream()
                .filter(x -> x.target().equals("reply")).findFirst().orElseThrow();
        assertEquals("24x7", reply.calendar());
        assertEquals(Optional.of("48h of business time on calendar '24x7' (elapsed time)"), reply.boundary());
    }
}
