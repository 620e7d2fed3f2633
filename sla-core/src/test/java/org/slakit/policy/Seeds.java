package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;

/**
 * The four seed vendors' policies, built with the Java builder as DESIGN.md's "Readings of the
 * seeds" reads them. Public for the tests of other packages (the tracker's).
 */
public final class Seeds {

    public static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Seeds() {
    }

    /** Reads a local date-time such as {@code 2026-11-23T10:00} in a zone. */
    public static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    static CalendarBuilder office000() {
        return BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00").hours(SATURDAY, "10:00-18:00");
    }

    /** Seed 000, the Hong Kong POS/ERP vendor: severe 4 h business, general same day (30 min cutoff), 24 h, 48 h. */
    public static PolicyBuilder seed000Builder() {
        return seed000Builder(HONG_KONG, office000());
    }

    /**
     * Seed 000's rules in a policy of the given zone, on the given office calendar, which may keep
     * its hours in a zone of its own (a follow-the-sun desk).
     */
    static PolicyBuilder seed000Builder(ZoneId policyZone, CalendarBuilder office) {
        return common(SlaPolicy.builder("Hong Kong POS/ERP vendor, after-sales service", policyZone)
                .calendar("office", office), "4h", "24h", "24x7");
    }

    public static SlaPolicy seed000() {
        return seed000Builder().build();
    }

    /** Seed 001, the POS vendor with a lunch break: severe 2 h (its table, not its note), other 8 business hours. */
    static SlaPolicy seed001() {
        return common(SlaPolicy.builder("POS vendor, after-sales service", SHANGHAI)
                .calendar("split", BusinessCalendar.builder(SHANGHAI)
                        .hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00")
                        .hours(SATURDAY, "10:00-12:00", "13:30-18:00")), "2h", "8h", "split").build();
    }

    private static PolicyBuilder common(PolicyBuilder b, String severe, String other, String otherCalendar) {
        return b.severities("severe", "general", "other", "requirement")
                .category("software-error", "function-error", "exception", "data-mismatch")
                .category("other", "data-conversion", "database-repair", "network")
                .requirementCategory("requirement", "new-feature", "adjustment", "customisation")
                .category("consultation", "usage")
                .waiting("waiting-for-database", "waiting-for-onsite-test")
                .events("workaround-given", "proposal-given", "database-received", "replied")
                .target("fix", t -> t.when(Condition.any().withCategory("other"))
                        .stopsOn("proposal-given", "resolved").within(other).calendar(otherCalendar))
                .target("fix", t -> t.when(Condition.any().withSeverity("severe"))
                        .stopsOn("workaround-given", "resolved").within(severe).warnAt(50, 75))
                .target("fix", t -> t.when(Condition.any().withSeverity("general").withKind("data-mismatch"))
                        .restartsOn("database-received").stopsOn("proposal-given", "resolved").within("24h").calendar("24x7"))
                .target("fix", t -> t.when(Condition.any().withSeverity("general").withKind("function-error", "exception"))
                        .stopsOn("proposal-given", "resolved").endOfWorkingDay("30m"))
                .target("reply", t -> t.when(Condition.any().withCategory("requirement"))
                        .stopsOn("replied").within("48h").calendar("24x7"))
                .escalation(100, List.of("fix", "reply"), "complaints-desk")
                .outOfHours(otherCalendar.equals("24x7") ? "office" : otherCalendar, o -> o
                        .rule(Condition.any().withCategory("consultation"), Routing.Route.DUTY_ENGINEER)
                        .rule(Condition.any().withSeverity("severe"), "escalate-now")
                        .otherwise("first-at-opening"))
                .intake(List.of("company", "contact", "phone", "date"),
                        Map.of("software-error", List.of("product", "version"), "requirement", List.of("product", "version")))
                .followUp("Mon 10:00", otherCalendar.equals("24x7") ? "office" : otherCalendar);
    }

    /**
     * Seed 002, the restaurant-system vendor: 7x12 read as 09:00-21:00 every day including public
     * holidays. The seed gives no figures: the 2-hour response below is an assumption.
     */
    static SlaPolicy seed002() {
        return SlaPolicy.builder("Restaurant-system vendor, technical support", SHANGHAI)
                .calendar("service", BusinessCalendar.builder(SHANGHAI).hours(MONDAY, SUNDAY, "09:00-21:00"))
                .severities("urgent", "normal")
                .category("software", "function-error", "data-mismatch", "error-message")
                .requirementCategory("requirement", "new-feature", "adjustment", "customisation")
                .category("other", "exception", "data-conversion", "database-repair", "network")
                .category("consultation", "usage")
                .waiting("waiting-for-database", "waiting-for-onsite-test")
                .target("respond", t -> t.stopsOn("responded").within("2h"))
                .outOfHours("service", o -> o
                        .rule(Condition.any().withCategory("consultation"), Routing.Route.DUTY_ENGINEER)
                        .rule(Condition.any().withSeverity("urgent"), Routing.Route.ESCALATE_NOW))
                .build();
    }

    /**
     * Seed 003, the district-heating billing vendor: every request responded to within 2 h round the
     * clock, online questions replied to within 2 h, on-site requests arranged within 2 h; office
     * 08:30-17:30; premium includes everything free has.
     */
    static SlaPolicy seed003() {
        return SlaPolicy.builder("District-heating billing vendor, after-sales service", SHANGHAI)
                .calendar("office", BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "08:30-17:30"))
                .severities("major", "normal")
                .category("service-request", "phone", "online", "on-site")
                .requirementCategory("suggestion", "optimisation")
                .tier("premium", List.of("free"), List.of("dedicated-engineer", "on-site", "data-correction", "migration",
                        "extra-training", "premium-support", "upgrade", "hardware", "maintenance", "priority", "patching", "backup"))
                .tier("free", List.of(), List.of("bug-fix", "policy-change", "invoice-layout", "media-replacement", "consultation"))
                .waiting("waiting-for-customer")
                .events("replied", "arranged")
                .target("respond", t -> t.stopsOn("responded").within("2h").calendar("24x7").pausedBy())
                .target("reply", t -> t.when(Condition.any().withKind("online")).stopsOn("replied").within("2h").calendar("24x7"))
                .target("arrange", t -> t.when(Condition.any().withKind("on-site")).stopsOn("arranged").within("2h").calendar("24x7"))
                .outOfHours("office", o -> o.rule(Condition.any().withService("consultation"), "duty-engineer"))
                .build();
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
