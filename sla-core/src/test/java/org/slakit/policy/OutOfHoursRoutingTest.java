package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.slakit.policy.Seeds.HONG_KONG;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarCoverageException;
import org.slakit.ticket.Classification;
import org.threeten.extra.LocalDateRange;

/**
 * Out-of-hours routing ({@code policy.route}), under the version in force at the report's instant.
 * Times are Hong Kong local; 2026-11-23 is a Monday. The office is open Mon-Fri 09:00-18:00 and
 * closed on Wednesday 2026-11-25; the support desk is open every day 08:00-22:00.
 */
class OutOfHoursRoutingTest {

    private static final Classification GENERAL = Classification.of("software-error", "general");
    private static final Classification SEVERE = Classification.of("software-error", "severe");
    private static final Classification CONSULTATION = Classification.of("consultation", "general");

    private static Instant hk(String local) {
        return Seeds.at(HONG_KONG, local);
    }

    private static PolicyBuilder base() {
        return SlaPolicy.builder("Routing", HONG_KONG)
                .calendar("office", BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00")
                        .holiday(LocalDate.parse("2026-11-25")))
                .calendar("support", BusinessCalendar.builder(HONG_KONG).hours(MONDAY, SUNDAY, "08:00-22:00"))
                .severities("severe", "general")
                .category("software-error", "function-error", "exception")
                .category("consultation", "usage")
                .requirementCategory("requirement", "new-feature")
                .tier("premium", List.of("standard"), List.of("on-site"))
                .tier("standard", List.of(), List.of("phone"))
                .target("fix", t -> t.stopsOn("resolved").within("4h"));
    }

    private static SlaPolicy withOutOfHours(String calendar, Consumer<OutOfHours.Builder> spec) {
        return base().outOfHours(calendar, spec).build();
    }

    /** Consultations to the duty engineer, then severe errors escalated; otherwise the default, first at opening. */
    private static final SlaPolicy POLICY = withOutOfHours("office", o -> o
            .rule(Condition.any().withCategory("consultation"), Routing.Route.DUTY_ENGINEER)
            .rule(Condition.any().withSeverity("severe"), Routing.Route.ESCALATE_NOW));

    static Stream<Arguments> routes() {
        return Stream.of(
                // office open: normal, even for what a rule would route
                Arguments.of(GENERAL, "2026-11-23T10:00", Routing.normal()),
                Arguments.of(SEVERE, "2026-11-23T10:00", Routing.normal()),
                Arguments.of(CONSULTATION, "2026-11-23T10:00", Routing.normal()),
                // the opening instant is open, the closing instant is not
                Arguments.of(GENERAL, "2026-11-23T09:00", Routing.normal()),
                Arguments.of(GENERAL, "2026-11-23T17:59:59", Routing.normal()),
                Arguments.of(GENERAL, "2026-11-23T18:00", Routing.firstAtOpening(hk("2026-11-24T09:00"))),
                // a minute before opening: first at that morning's opening
                Arguments.of(GENERAL, "2026-11-23T08:59", Routing.firstAtOpening(hk("2026-11-23T09:00"))),
                // no rule matches: otherwise, by default first at opening, with the next opening
                Arguments.of(GENERAL, "2026-11-23T20:00", Routing.firstAtOpening(hk("2026-11-24T09:00"))),
                // Tuesday evening: Wednesday is a holiday, so Thursday 09:00
                Arguments.of(GENERAL, "2026-11-24T19:00", Routing.firstAtOpening(hk("2026-11-26T09:00"))),
                // on the holiday itself, at what would be office hours
                Arguments.of(GENERAL, "2026-11-25T10:00", Routing.firstAtOpening(hk("2026-11-26T09:00"))),
                // Friday evening and Saturday noon: Monday 09:00
                Arguments.of(GENERAL, "2026-11-27T18:30", Routing.firstAtOpening(hk("2026-11-30T09:00"))),
                Arguments.of(GENERAL, "2026-11-28T12:00", Routing.firstAtOpening(hk("2026-11-30T09:00"))),
                // the first rule: consultations to the duty engineer
                Arguments.of(CONSULTATION, "2026-11-23T20:00", Routing.dutyEngineer()),
                // the second rule: severe errors escalated at once
                Arguments.of(SEVERE, "2026-11-22T15:00", Routing.escalateNow()),
                // a severe consultation matches both: the first rule wins
                Arguments.of(CONSULTATION.withSeverity("severe"), "2026-11-23T20:00", Routing.dutyEngineer()));
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @MethodSource("routes")
    void route_officeSection_routesAsTheRulesSay(Classification c, String at, Routing expected) {
        assertEquals(expected, POLICY.route(c, hk(at)));
    }

    @Test
    void route_rulesInTheOtherOrder_theOtherRuleWins() {
        SlaPolicy reversed = withOutOfHours("office", o -> o
                .rule(Condition.any().withSeverity("severe"), Routing.Route.ESCALATE_NOW)
                .rule(Condition.any().withCategory("consultation"), Routing.Route.DUTY_ENGINEER));
        assertEquals(Routing.escalateNow(), reversed.route(CONSULTATION.withSeverity("severe"), hk("2026-11-23T20:00")));
        assertEquals(Routing.dutyEngineer(), reversed.route(CONSULTATION, hk("2026-11-23T20:00")));
    }

    static Stream<Arguments> otherwise() {
        return Stream.of(
                // otherwise given as each route; a general error at Mon 20:00 matches no rule
                Arguments.of(Routing.Route.DUTY_ENGINEER, Routing.dutyEngineer()),
                Arguments.of(Routing.Route.ESCALATE_NOW, Routing.escalateNow()),
                Arguments.of(Routing.Route.FIRST_AT_OPENING, Routing.firstAtOpening(hk("2026-11-24T09:00"))));
    }

    @ParameterizedTest(name = "otherwise {0}")
    @MethodSource("otherwise")
    void route_noRuleMatches_otherwise(Routing.Route otherwise, Routing expected) {
        SlaPolicy p = withOutOfHours("office", o -> o.rule(Condition.any().withCategory("consultation"), "duty-engineer")
                .otherwise(otherwise));
        assertEquals(expected, p.route(GENERAL, hk("2026-11-23T20:00")));
        // a section with no rules at all
        assertEquals(expected, withOutOfHours("office", o -> o.otherwise(otherwise)).route(GENERAL, hk("2026-11-23T20:00")));
    }

    @Test
    void route_ruleOnTier_aReportWithoutATierIsOfTheDefaultTier() {
        // standard customers wait for the opening, everyone else is escalated
        SlaPolicy p = withOutOfHours("office", o -> o.rule(Condition.any().withTier("standard"), "first-at-opening")
                .otherwise("escalate-now"));
        Instant sunday = hk("2026-11-22T15:00");
        assertEquals(Routing.firstAtOpening(hk("2026-11-23T09:00")), p.route(GENERAL, sunday));
        assertEquals(Routing.firstAtOpening(hk("2026-11-23T09:00")), p.route(GENERAL.withTier("standard"), sunday));
        assertEquals(Routing.escalateNow(), p.route(GENERAL.withTier("premium"), sunday));
    }

    @Test
    void route_sectionOnItsOwnCalendar_notThePolicysFirst() {
        SlaPolicy p = withOutOfHours("support", o -> o.otherwise("first-at-opening"));
        // the office is closed at Mon 20:00, the support desk is open until 22:00
        assertEquals(Routing.normal(), p.route(GENERAL, hk("2026-11-23T20:00")));
        // the support desk is open on the office's holiday, and at weekends
        assertEquals(Routing.normal(), p.route(GENERAL, hk("2026-11-25T10:00")));
        assertEquals(Routing.normal(), p.route(GENERAL, hk("2026-11-22T08:00")));
        // after 22:00: the desk's own next opening, 08:00
        assertEquals(Routing.firstAtOpening(hk("2026-11-24T08:00")), p.route(GENERAL, hk("2026-11-23T22:00")));
    }

    @Test
    void route_noSection_normalAtAnyTime() {
        SlaPolicy p = base().build();
        assertEquals(Routing.normal(), p.route(SEVERE, hk("2026-11-22T15:00")));
        assertEquals(Routing.normal(), p.route(CONSULTATION, hk("2026-11-25T03:00")));
    }

    /**
     * The office section until 2026-12-31; from 2027-01-01 (midnight in Hong Kong) the support desk's
     * hours with the duty engineer for everything; from 2027-06-01 only the intake changes.
     */
    private static final SlaPolicy VERSIONED = base()
            .outOfHours("office", o -> o.rule(Condition.any().withSeverity("severe"), Routing.Route.ESCALATE_NOW))
            .version(LocalDate.parse("2027-01-01"), v -> v.outOfHours("support", o -> o.otherwise("duty-engineer")))
            .version(LocalDate.parse("2027-06-01"), v -> v.intake(List.of("company"), Map.of()))
            .build();

    static Stream<Arguments> versions() {
        return Stream.of(
                // the last minute of 2026 (Thursday night): the office section, first at Friday's opening
                Arguments.of(GENERAL, "2026-12-31T23:59", Routing.firstAtOpening(hk("2027-01-01T09:00"))),
                Arguments.of(SEVERE, "2026-12-31T23:59", Routing.escalateNow()),
                // midnight of 2027-01-01 in the policy's zone: the version's section, whose only route is the duty engineer
                Arguments.of(GENERAL, "2027-01-01T00:00", Routing.dutyEngineer()),
                Arguments.of(SEVERE, "2027-01-01T00:00", Routing.dutyEngineer()),
                // Friday 08:00: the office is closed but the version routes on the support desk, which is open
                Arguments.of(SEVERE, "2027-01-01T08:00", Routing.normal()),
                // after the intake-only version of 2027-06-01: the routing of 2027-01-01 still holds
                Arguments.of(SEVERE, "2027-07-05T23:00", Routing.dutyEngineer()),
                Arguments.of(GENERAL, "2027-07-05T09:30", Routing.normal()));
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @MethodSource("versions")
    void route_versionInForceAtTheInstant(Classification c, String at, Routing expected) {
        assertEquals(expected, VERSIONED.route(c, hk(at)));
    }

    private static final String IN_POLICY = " in policy 'Routing' (";

    static Stream<Arguments> undefined() {
        return Stream.of(
                // each aspect the policy does not define
                Arguments.of(Classification.of("hardware", "severe"), "Classification {category: hardware, severity: severe}:"
                        + " category 'hardware' is not defined" + IN_POLICY + "categories: software-error, consultation, requirement)"),
                Arguments.of(Classification.of("software-error", "urgent"), "Classification {category: software-error, severity: urgent}:"
                        + " severity 'urgent' is not defined" + IN_POLICY + "severities: severe, general)"),
                Arguments.of(GENERAL.withKind("usage"), "Classification {category: software-error, severity: general, kind: usage}:"
                        + " kind 'usage' is not a kind of category 'software-error'" + IN_POLICY + "kinds: function-error, exception)"),
                Arguments.of(GENERAL.withTier("gold"), "Classification {category: software-error, severity: general, tier: gold}:"
                        + " tier 'gold' is not defined" + IN_POLICY + "tiers: premium, standard)"),
                Arguments.of(GENERAL.withService("migration"), "Classification {category: software-error, severity: general,"
                        + " service: migration}: service 'migration' is not an entitlement of any tier" + IN_POLICY
                        + "services: on-site, phone)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undefined")
    void route_undefinedValue_throwsNamingTheClassificationAndValue(Classification c, String message) {
        // out of hours, while open, and under a policy without the section: always checked
        for (SlaPolicy p : List.of(POLICY, base().build())) {
            for (String at : List.of("2026-11-23T20:00", "2026-11-23T10:00")) {
                IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> p.route(c, hk(at)));
                assertEquals(message, ex.getMessage(), at);
            }
        }
    }

    @Test
    void route_beyondTheRoutingCalendarsData_throwsCoverageException() {
        SlaPolicy p = SlaPolicy.builder("Routing", HONG_KONG)
                .calendar("office", BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00")
                        .coverage(LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"))))
                .severities("general").category("software-error")
                .target("fix", t -> t.stopsOn("resolved").within("4h"))
                .outOfHours("office", o -> o.otherwise("first-at-opening"))
                .build();
        // inside the data: the next opening is Monday
        assertEquals(Routing.firstAtOpening(hk("2026-12-28T09:00")), p.route(GENERAL, hk("2026-12-26T12:00")));
        // Thursday night 2026-12-31: the next opening lies in 2027, beyond the data
        CalendarCoverageException ex = assertThrows(CalendarCoverageException.class,
                () -> p.route(GENERAL, hk("2026-12-31T19:00")));
        assertEquals("Date 2027-01-01 is outside the calendar's holiday data, which covers 2026-01-01 to 2026-12-31:"
                + " add holiday data for that year, or build the calendar with extrapolate()", ex.getMessage());
    }

    @Test
    void route_nulls_rejected() {
        assertEquals("classification", assertThrows(NullPointerException.class, () -> POLICY.route(null, hk("2026-11-23T20:00")))
                .getMessage());
        assertEquals("at", assertThrows(NullPointerException.class, () -> POLICY.route(GENERAL, null)).getMessage());
    }

    @Test
    void route_result_printsItsRouteAndOpening() {
        assertEquals("first-at-opening 2026-11-24T01:00:00Z", POLICY.route(GENERAL, hk("2026-11-23T20:00")).toString());
        assertEquals(java.util.Optional.of(hk("2026-11-24T09:00")), POLICY.route(GENERAL, hk("2026-11-23T20:00")).opening());
        assertEquals(java.util.Optional.empty(), POLICY.route(CONSULTATION, hk("2026-11-23T20:00")).opening());
        assertEquals("duty-engineer", POLICY.route(CONSULTATION, hk("2026-11-23T20:00")).toString());
        assertEquals("normal", POLICY.route(GENERAL, hk("2026-11-23T10:00")).toString());
    }
}
