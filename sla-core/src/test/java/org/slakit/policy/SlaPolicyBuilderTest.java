package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.slakit.policy.DisplayNames.Kind.CATEGORY;
import static org.slakit.policy.DisplayNames.Kind.KIND;
import static org.slakit.policy.DisplayNames.Kind.SEVERITY;
import static org.slakit.policy.DisplayNames.Kind.TARGET;
import static org.slakit.policy.DisplayNames.Kind.TIER;
import static org.slakit.policy.DisplayNames.Kind.WAITING_STATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.Problem;

class SlaPolicyBuilderTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Hong_Kong");

    /** A minimal valid policy, to which each case adds one mistake. */
    private static PolicyBuilder base() {
        return SlaPolicy.builder("P", ZONE)
                .calendar("office", BusinessCalendar.builder(ZONE).hours(MONDAY, FRIDAY, "09:00-18:00"))
                .severities("severe", "general")
                .category("software-error", "function-error", "data-mismatch")
                .requirementCategory("requirement", "new-feature")
                .tier("premium", List.of("standard"), List.of("on-site"))
                .tier("standard", List.of(), List.of("bug-fix"))
                .waiting("waiting-for-database")
                .events("workaround-given")
                .target("fix", t -> t.stopsOn("resolved").within("4h"));
    }

    private static Arguments bad(String label, UnaryOperator<PolicyBuilder> mistake, String... pathAndMessage) {
        return Arguments.of(label, mistake, List.of(pathAndMessage));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                // a vendor's upload must not make every evaluation walk the calendar for centuries (45 h a week here)
                bad("a budget of more than a century of open time", b -> b.target("fix", t -> t.stopsOn("resolved").within("300000h")),
                        "targets[1].within: Target 'fix''s within 300000h is more than 100 years of open time on calendar 'office',"
                                + " which is open 45h a week"),
                bad("more working days than a century holds", b -> b.target("fix", t -> t.stopsOn("resolved").workingDays(30_000)),
                        "targets[1].business-days: Target 'fix''s business-days 30000 is more than 100 years of working days on"
                                + " calendar 'office', which works 5 days a week"),
                // the longest duration the text form can write, so that every policy that loads writes back and loads again
                bad("a duration the text form cannot write", b -> b.target("fix", t -> t.stopsOn("resolved")
                        .within(java.time.Duration.ofHours(1_000_000))),
                        "targets[1].within: Target 'fix''s within must be at most 999999h59m, was 1000000h"),
                bad("undefined severity", b -> b.target("fix", t -> t.when(Condition.any().withSeverity("urgent"))
                        .stopsOn("resolved").within("4h")),
                        "targets[1].when.severity: Severity 'urgent' is not defined (severities: severe, general)"),
                bad("kind outside its category", b -> b.target("fix", t -> t.when(Condition.any().withCategory("requirement")
                        .withKind("data-mismatch")).stopsOn("resolved").within("4h")),
                        "targets[1].when.kind: Kind 'data-mismatch' is not a kind of category requirement"),
                bad("undefined kind", b -> b.target("fix", t -> t.when(Condition.any().withKind("crash"))
                        .stopsOn("resolved").within("4h")),
                        "targets[1].when.kind: Kind 'crash' is not a kind of any category"),
                bad("undefined category", b -> b.target("fix", t -> t.when(Condition.any().withCategory("hardware"))
                        .stopsOn("resolved").within("4h")),
                        "targets[1].when.category: Category 'hardware' is not defined (categories: software-error, requirement)"),
                bad("undefined tier and service", b -> b.target("arrange", t -> t.when(Condition.any().withTier("gold")
                        .withService("migration")).stopsOn("resolved").within("2h")),
                        "targets[1].when.tier: Tier 'gold' is not defined (tiers: premium, standard)",
                        "targets[1].when.service: Service 'migration' is not an entitlement of any tier (services: on-site, bug-fix)"),
                bad("undefined calendar", b -> b.target("fix", t -> t.stopsOn("resolved").within("4h").calendar("night")),
                        "targets[1].calendar: Calendar 'night' is not defined (calendars: office, 24x7)"),
                bad("undeclared event", b -> b.target("fix", t -> t.stopsOn("arranged", "resolved").within("4h")),
                        "targets[1].stops-on: Event 'arranged' is not declared: declare it under events, or use a built-in one"
                                + " (opened, responded, resolved, reopened, confirmed)"),
                bad("undeclared waiting state", b -> b.target("fix", t -> t.stopsOn("resolved").within("4h")
                        .pausedBy("waiting-for-customer")),
                        "targets[1].paused-by[0]: Waiting state 'waiting-for-customer' is not declared (waiting states: waiting-for-database)"),
                bad("no deadline rule", b -> b.target("fix", t -> t.stopsOn("resolved")),
                        "targets[1]: Target 'fix' needs exactly one deadline rule (within, end-of-business-day or business-days), was none"),
                bad("two deadline rules", b -> b.target("fix", t -> t.stopsOn("resolved").within("4h").workingDays(1)),
                        "targets[1]: Target 'fix' needs exactly one deadline rule (within, end-of-business-day or business-days),"
                                + " was within and business-days"),
                bad("no stops-on", b -> b.target("fix", t -> t.within("4h")),
                        "targets[1]: Target 'fix' needs stops-on: the events that stop its clock, was none"),
                bad("negative duration", b -> b.target("fix", t -> t.stopsOn("resolved").within(Duration.ofHours(-4))),
                        "targets[1].within: Target 'fix''s within must be above zero, was -4h"),
                bad("zero duration", b -> b.target("fix", t -> t.stopsOn("resolved").within("0m")),
                        "targets[1].within: Target 'fix''s within must be above zero, was 0m"),
                bad("negative duration text", b -> b.target("fix", t -> t.stopsOn("resolved").within("-4h")),
                        "targets[1].within: Duration '-4h' must not be negative"),
                bad("days are not a duration", b -> b.target("fix", t -> t.stopsOn("resolved").within("P1D")),
                        "targets[1].within: Duration 'P1D' uses days, which are not a duration: say 24h or use business-days"),
                bad("seconds", b -> b.target("fix", t -> t.stopsOn("resolved").within(Duration.ofSeconds(90))),
                        "targets[1].within: Target 'fix''s within must be whole minutes, was PT1M30S"),
                bad("negative cutoff", b -> b.target("fix", t -> t.stopsOn("resolved").endOfWorkingDay(Duration.ofMinutes(-30))),
                        "targets[1].end-of-business-day.cutoff: Target 'fix''s cutoff must be zero or more, was -30m"),
                bad("end of business day on 24x7", b -> b.target("fix", t -> t.stopsOn("resolved").endOfWorkingDay("30m")
                        .calendar("24x7")),
                        "targets[1].end-of-business-day: Target 'fix' cannot end with the business day on calendar '24x7',"
                                + " which never closes: use within"),
                bad("negative business days", b -> b.target("fix", t -> t.stopsOn("resolved").workingDays(-1)),
                        "targets[1].business-days: Target 'fix''s business-days must not be negative, was -1"),
                bad("percentages", b -> b.target("fix", t -> t.stopsOn("resolved").within("4h").warnAt(50, 0, 1001)),
                        "targets[1].warn-at[1]: A percentage must be above 0% and at most 1000%, was 0%",
                        "targets[1].warn-at[2]: A percentage must be above 0% and at most 1000%, was 1001%"),
                bad("escalation", b -> b.escalation(1000.5, List.of("fix", "reply"), " "),
                        "escalations[0].at: A percentage must be above 0% and at most 1000%, was 1000.5%",
                        "escalations[0].of[1]: Target 'reply' is not defined (targets: fix)",
                        "escalations[0].notify: An escalation must name who to notify, was ' '"),
                bad("duplicate names", b -> b.severities("severe").waiting("waiting-for-database").events("workaround-given", "resolved")
                        .calendar("office", BusinessCalendar.alwaysOpen(ZONE)).category("requirement", "x").tier("standard"),
                        "calendars.office: Calendar 'office' is defined twice",
                        "severities[2]: Severity 'severe' is listed twice, also at severities[0]",
                        "categories.requirement: Category 'requirement' is defined twice",
                        "tiers.standard: Tier 'standard' is defined twice",
                        "waiting[1]: Waiting state 'waiting-for-database' is listed twice, also at waiting[0]",
                        "events[1]: Event 'workaround-given' is listed twice, also at events[0]",
                        "events[2]: Event 'resolved' is built in and needs no declaration"),
                bad("24x7 defined", b -> b.calendar("24x7", BusinessCalendar.alwaysOpen(ZONE)),
                        "calendars.24x7: Calendar '24x7' is built in and cannot be defined"),
                bad("calendar problems under the calendar's path", b -> b.calendar("split",
                        BusinessCalendar.builder(ZONE).hours(MONDAY, "09:00-12:00", "11:00-14:00")),
                        "calendars.split.hours.Mon: Working hours must not overlap on Mon, was 09:00-12:00 and 11:00-14:00"),
                bad("tier includes undefined", b -> b.tier("gold", List.of("platinum", "gold"), List.of()),
                        "tiers.gold.includes[0]: Tier 'gold' includes tier 'platinum', which is not defined (tiers: premium, standard, gold)",
                        "tiers.gold.includes[1]: Tier 'gold' includes tier 'gold', which includes 'gold' in turn:"
                                + " includes must not go round in a circle"),
                bad("out of hours", b -> b.outOfHours("night", o -> o.rule(Condition.any().withSeverity("urgent"), "page-someone")
                        .rule(Condition.any(), Routing.Route.NORMAL).otherwise("normal")),
                        "out-of-hours.rules[0].route: Route 'page-someone' is not one of duty-engineer, first-at-opening, escalate-now",
                        "out-of-hours.otherwise: Route 'normal' is not one of duty-engineer, first-at-opening, escalate-now",
                        "out-of-hours.calendar: Calendar 'night' is not defined (calendars: office, 24x7)",
                        "out-of-hours.rules[0].when.severity: Severity 'urgent' is not defined (severities: severe, general)",
                        "out-of-hours.rules[1].route: An out-of-hours route must be duty-engineer, first-at-opening or escalate-now, was normal"),
                bad("intake", b -> b.intake(List.of("company", ""), Map.of("hardware", List.of("serial"))),
                        "intake.required[1]: A required field must not be blank, was ''",
                        "intake.required-for.hardware: Category 'hardware' is not defined (categories: software-error, requirement)"),
                bad("follow-up", b -> b.followUp("Monday at ten", "office"),
                        "follow-up.unconfirmed.every: Follow-up time must be a day and a time such as 'Mon 10:00', was 'Monday at ten'"),
                bad("version out of order and in error", b -> b
                        .version(LocalDate.parse("2027-06-01"), v -> v.escalation(75, List.of("fix"), "team-lead"))
                        .version(LocalDate.parse("2027-01-01"), v -> v.target("fix", t -> t.stopsOn("resolved").within("2h"))
                                .target("fix", t -> t.stopsOn("replied").within("1h")))
                        .version(LocalDate.parse("2027-07-01"), v -> { }),
                        "versions[1].effective-from: Version effective from 2027-01-01 must come after the version before it,"
                                + " effective from 2027-06-01",
                        "versions[1].targets[1].stops-on: Event 'replied' is not declared: declare it under events, or use a built-in one"
                                + " (opened, responded, resolved, reopened, confirmed)",
                        "versions[2]: A version must replace at least one of targets, escalations, out-of-hours or intake, was none"),
                bad("percentages as text", b -> b.target("fix", t -> t.stopsOn("resolved").within("4h").warnAt("50%", "half", "0%"))
                        .escalation("100", List.of("fix"), "desk").escalation("150%", List.of("fix"), "manager")
                        .version(LocalDate.parse("2027-01-01"), v -> v.escalation("75 %", List.of("fix"), "lead")),
                        "escalations[0].at: Percentage '100' is not a number followed by %, such as 50% or 12.5%",
                        "targets[1].warn-at[1]: Percentage 'half' is not a number followed by %, such as 50% or 12.5%",
                        "targets[1].warn-at[2]: A percentage must be above 0% and at most 1000%, was 0%",
                        "versions[0].escalations[0].at: Percentage '75 %' is not a number followed by %, such as 50% or 12.5%"),
                bad("display names of ids the policy does not declare, one of each kind", b -> b
                        .displayName(SEVERITY, "sever", "嚴重錯誤").displayName(CATEGORY, "hardware", "硬件")
                        .displayName(KIND, "crash", "崩潰").displayName(TARGET, "respond", "回應")
                        .displayName(TIER, "gold", "金牌").displayName(WAITING_STATE, "waiting-for-customer", "等待客戶"),
                        "display-names.severities.sever: Severity 'sever' is not defined (severities: severe, general)",
                        "display-names.categories.hardware: Category 'hardware' is not defined (categories: software-error, requirement)",
                        "display-names.kinds.crash: Kind 'crash' is not a kind of any category",
                        "display-names.targets.respond: Target 'respond' is not defined (targets: fix)",
                        "display-names.tiers.gold: Tier 'gold' is not defined (tiers: premium, standard)",
                        "display-names.waiting-states.waiting-for-customer: Waiting state 'waiting-for-customer' is not declared"
                                + " (waiting states: waiting-for-database)"),
                // an id is looked up among its own kind only: a category is not a kind, a kind not a category
                bad("display names of ids of another kind", b -> b.displayName(KIND, "software-error", "軟件錯誤")
                        .displayName(CATEGORY, "new-feature", "新功能").displayName(SEVERITY, "fix", "解決"),
                        "display-names.kinds.software-error: Kind 'software-error' is not a kind of any category",
                        "display-names.categories.new-feature: Category 'new-feature' is not defined (categories: software-error,"
                                + " requirement)",
                        "display-names.severities.fix: Severity 'fix' is not defined (severities: severe, general)"),
                bad("display names that are not one short line", b -> b.displayName(SEVERITY, "severe", "")
                        .displayName(SEVERITY, "general", " \u3000").displayName(TARGET, "fix", "解決\n問題")
                        .displayName(TIER, "premium", "付費\u2028客戶").displayName(TIER, "standard", "免".repeat(101)),
                        "display-names.severities.severe: Display name of severity 'severe' must not be blank, was ''",
                        "display-names.severities.general: Display name of severity 'general' must not be blank, was ' \u3000'",
                        "display-names.targets.fix: Display name of target 'fix' must not contain a line break, was '解決\\n問題'",
                        "display-names.tiers.premium: Display name of tier 'premium' must not contain a line break,"
                                + " was '付費\\u2028客戶'",
                        "display-names.tiers.standard: Display name of tier 'standard' must be at most 100 characters, was 101"),
                // YAML refuses a key given twice; in Java the second name is a problem, not a silent replacement
                bad("a display name given twice", b -> b.displayName(WAITING_STATE, "waiting-for-database", "等待數據庫")
                        .displayName(WAITING_STATE, "waiting-for-database", "等待客戶數據庫"),
                        "display-names.waiting-states.waiting-for-database: Display name of waiting state 'waiting-for-database'"
                                + " is given twice, as '等待數據庫' and '等待客戶數據庫'"),
                bad("version escalation of a target only the base has", b -> b
                        .version(LocalDate.parse("2027-01-01"), v -> v.target("respond", t -> t.stopsOn("responded").within("2h"))
                                .escalation(100, List.of("fix"), "desk")),
                        "versions[0].escalations[0].of[0]: Target 'fix' is not defined (targets: respond)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void build_mistake_reportsExactPathsAndMessages(String label, UnaryOperator<PolicyBuilder> mistake, List<String> expected) {
        InvalidPolicyException ex = assertThrows(InvalidPolicyException.class, () -> mistake.apply(base()).build());
        assertEquals(expected, ex.problems().stream().map(Problem::toString).toList());
        assertEquals(expected.get(0), ex.getMessage());
    }

    @Test
    void build_emptyPolicy_reportsEveryRequiredSection() {
        InvalidPolicyException ex = assertThrows(InvalidPolicyException.class, () -> SlaPolicy.builder("", ZONE).build());
        assertEquals(List.of(
                new Problem("name", "A policy needs a name, was ''"),
                new Problem("calendars", "A policy needs at least one calendar besides the built-in 24x7, was none"),
                new Problem("severities", "A policy needs at least one severity, was none"),
                new Problem("categories", "A policy needs at least one category, was none"),
                new Problem("targets", "A policy needs at least one target, was none")), ex.problems());
    }

    /** The calendar open one second a week that made every evaluation hang: its long budget is refused at load. */
    @Test
    void build_calendarOpenOneSecondAWeek_refusesABudgetOfCenturies() {
        InvalidPolicyException ex = assertThrows(InvalidPolicyException.class, () -> SlaPolicy.builder("P", ZONE)
                .calendar("sparse", BusinessCalendar.builder(ZONE).hours(java.time.DayOfWeek.SUNDAY, "23:59:59-24:00"))
                .severities("severe").category("software-error", "exception")
                .target("fix", t -> t.stopsOn("resolved").within("10000h")).build());
        assertEquals("targets[0].within: Target 'fix''s within 10000h is more than 100 years of open time on calendar 'sparse',"
                + " which is open PT1S a week", ex.getMessage());
    }

    @Test
    void builder_unknownZone_isAProblemAtZone() {
        InvalidPolicyException ex = assertThrows(InvalidPolicyException.class, () -> SlaPolicy.builder("P", "Mars/Olympus")
                .calendar("office", BusinessCalendar.builder(ZONE).hours(MONDAY, "09:00-18:00"))
                .severities("s").category("c").target("t", t -> t.stopsOn("resolved").within("1h")).build());
        assertEquals("zone: Zone 'Mars/Olympus' is not a known time-zone id (such as Asia/Shanghai or UTC)", ex.getMessage());
    }

    @Test
    void builder_nulls_rejected() {
        assertThrows(NullPointerException.class, () -> SlaPolicy.builder(null, ZONE));
        assertThrows(NullPointerException.class, () -> SlaPolicy.builder("P", (ZoneId) null));
        assertThrows(NullPointerException.class, () -> base().severities((String) null));
        assertThrows(NullPointerException.class, () -> base().target("x", null));
        assertThrows(NullPointerException.class, () -> base().target("x", t -> t.stopsOn((String) null)));
        assertThrows(NullPointerException.class, () -> base().calendar("x", (BusinessCalendar) null));
    }

    @Test
    void build_defaults_firstCalendarOpenedStartAllWaitingStates() {
        SlaPolicy p = base().build();
        Target fix = p.targets().get(0);
        assertEquals(List.of("opened"), fix.startsOn());
        assertEquals(Optional.empty(), fix.calendar());
        assertEquals(Optional.empty(), fix.pausedBy());
        assertEquals(true, fix.isPausedBy("waiting-for-database"));
        assertEquals(DeadlineRule.within(Duration.ofHours(4)), fix.rule());
        assertEquals(List.of(), p.escalations());
        assertEquals(Optional.empty(), p.outOfHours());
        assertEquals(true, p.calendar("24x7").isPresent());
    }

    @Test
    void equals_sameDefinitions_equal_anyDifference_notEqual() {
        assertEquals(base().build(), base().build());
        assertEquals(base().build().hashCode(), base().build().hashCode());
        assertEquals(Seeds.seed000(), Seeds.seed000());
        assertNotEquals(base().build(), base().events("replied").build());
        assertNotEquals(base().build(), base().target("fix", t -> t.stopsOn("resolved").within("5h")).build());
        assertNotEquals(base().build(), base().version(LocalDate.parse("2027-01-01"), v -> v.noEscalations()).build());
        // a duration given as text or as a Duration is the same policy
        assertEquals(base().target("x", t -> t.stopsOn("resolved").within("1h30m")).build(),
                base().target("x", t -> t.stopsOn("resolved").within(Duration.ofMinutes(90))).build());
    }

    @Test
    void build_displayNames_readBackInDeclarationOrder_idsWhereNoneIsGiven() {
        // given out of order, a target only a version has, a name of exactly 100 characters
        SlaPolicy p = base()
                .version(LocalDate.parse("2027-01-01"), v -> v.target("respond", t -> t.stopsOn("responded").within("2h")))
                .displayName(SEVERITY, "general", "一般錯誤").displayName(SEVERITY, "severe", "嚴重錯誤")
                .displayName(KIND, "new-feature", "增加功能").displayName(KIND, "function-error", "軟件功能錯誤")
                .displayName(CATEGORY, "software-error", "軟件錯誤")
                .displayName(TARGET, "respond", "回應").displayName(TARGET, "fix", "解決")
                .displayName(TIER, "standard", "免".repeat(100))
                .displayName(WAITING_STATE, "waiting-for-database", "等待客戶數據庫")
                .build();
        DisplayNames names = p.displayNames();
        assertEquals("嚴重錯誤", names.of(SEVERITY, "severe"));
        assertEquals(Optional.of("回應"), names.find(TARGET, "respond"));
        assertEquals(Map.of("severe", "嚴重錯誤", "general", "一般錯誤"), names.names(SEVERITY));
        assertEquals(List.of("severe", "general"), List.copyOf(names.names(SEVERITY).keySet()));
        assertEquals(List.of("function-error", "new-feature"), List.copyOf(names.names(KIND).keySet()));
        assertEquals(List.of("fix", "respond"), List.copyOf(names.names(TARGET).keySet()));
        // an id without a name, or one the policy does not have, reads as itself
        assertEquals("requirement", names.of(CATEGORY, "requirement"));
        assertEquals(Optional.empty(), names.find(CATEGORY, "requirement"));
        assertEquals("premium", names.of(TIER, "premium"));
        assertEquals("data-mismatch", names.of(KIND, "data-mismatch"));
        assertEquals("no-such-id", names.of(SEVERITY, "no-such-id"));
        assertEquals(false, names.isEmpty());
        // the version's date does not change them
        assertEquals(names, p.displayNames());
    }

    @Test
    void build_noDisplayNames_givesNone() {
        SlaPolicy p = base().build();
        assertEquals(DisplayNames.none(), p.displayNames());
        assertEquals(true, p.displayNames().isEmpty());
        assertEquals(Map.of(), p.displayNames().names(TARGET));
        assertEquals("fix", p.displayNames().of(TARGET, "fix"));
    }

    @Test
    void equals_displayNames_arePartOfThePolicy() {
        SlaPolicy named = base().displayName(SEVERITY, "severe", "嚴重錯誤").displayName(TIER, "premium", "付費客戶").build();
        // the order they are given in does not matter
        assertEquals(named, base().displayName(TIER, "premium", "付費客戶").displayName(SEVERITY, "severe", "嚴重錯誤").build());
        assertEquals(named.hashCode(),
                base().displayName(TIER, "premium", "付費客戶").displayName(SEVERITY, "severe", "嚴重錯誤").build().hashCode());
        assertNotEquals(named, base().build());
        assertNotEquals(named, base().displayName(SEVERITY, "severe", "嚴重").displayName(TIER, "premium", "付費客戶").build());
        assertNotEquals(named, base().displayName(SEVERITY, "general", "嚴重錯誤").displayName(TIER, "premium", "付費客戶").build());
    }

    @Test
    void displayName_nulls_rejected() {
        assertThrows(NullPointerException.class, () -> base().displayName(null, "severe", "嚴重錯誤"));
        assertThrows(NullPointerException.class, () -> base().displayName(SEVERITY, null, "嚴重錯誤"));
        assertThrows(NullPointerException.class, () -> base().displayName(SEVERITY, "severe", null));
    }

    /** Office is open 45 h on 5 days a week; a century is 5,217.75 weeks: 234798h45m of open time, 26,088 working days. */
    @Test
    void build_budgetOfExactlyACentury_isAllowed_oneMoreIsRefused() {
        base().target("fix", t -> t.stopsOn("resolved").within("234798h45m")).build();
        InvalidPolicyException within = assertThrows(InvalidPolicyException.class,
                () -> base().target("fix", t -> t.stopsOn("resolved").within("234798h46m")).build());
        assertEquals(List.of("targets[1].within: Target 'fix''s within 234798h46m is more than 100 years of open time on"
                + " calendar 'office', which is open 45h a week"), within.problems().stream().map(Problem::toString).toList());
        base().target("fix", t -> t.stopsOn("resolved").workingDays(26_088)).build();
        InvalidPolicyException days = assertThrows(InvalidPolicyException.class,
                () -> base().target("fix", t -> t.stopsOn("resolved").workingDays(26_089)).build());
        assertEquals(List.of("targets[1].business-days: Target 'fix''s business-days 26089 is more than 100 years of working"
                + " days on calendar 'office', which works 5 days a week"), days.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void build_longestWithin_isStillJudgedByTheCentury() {
        // 999999h59m is the longest a policy may write, so the duration check passes it; the calendar's century does not
        InvalidPolicyException ex = assertThrows(InvalidPolicyException.class,
                () -> base().target("fix", t -> t.stopsOn("resolved").within("999999h59m")).build());
        assertEquals(List.of("targets[1].within: Target 'fix''s within 999999h59m is more than 100 years of open time on"
                + " calendar 'office', which is open 45h a week"), ex.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void build_edgeValues_areAllowed() {
        // the longest cutoff, zero working days (the end of the start's own working day)
        base().target("fix", t -> t.stopsOn("resolved").endOfWorkingDay("999999h59m")).build();
        base().target("fix", t -> t.stopsOn("resolved").workingDays(0)).build();
    }

    @Test
    void build_intakeRequiredForMistakes_reportExactPathsAndMessages() {
        InvalidPolicyException ex = assertThrows(InvalidPolicyException.class,
                () -> base().intake(List.of("company"), Map.of("hardware", List.of("serial", " "))).build());
        assertEquals(List.of("intake.required-for.hardware: Category 'hardware' is not defined (categories: software-error,"
                        + " requirement)",
                "intake.required-for.hardware[1]: A required field must not be blank, was ' '"),
                ex.problems().stream().map(Problem::toString).toList());
    }
}
