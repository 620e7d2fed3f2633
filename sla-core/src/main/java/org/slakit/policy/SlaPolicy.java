package org.slakit.policy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * A vendor's service promise, one per service agreement: calendars, severities (most urgent first),
 * categories and their kinds, customer tiers (most favoured first) with entitlements, waiting
 * states, the events it uses, targets, escalations, out-of-hours routing, intake rules, follow-up,
 * display names, and effective-dated versions. A {@link PolicyBuilder} builds it and validates every part; the
 * package documentation follows one evaluation from end to end.
 * <p>
 * Its answers ({@link #evaluate}, {@link #order}, {@link #route}, {@link #missingFields},
 * {@link #isEntitled}) are pure functions of their arguments; a classification value the policy does
 * not define is an {@link IllegalArgumentException} naming the ticket and the value.
 * <p>
 * A policy is usually read from a file ({@code PolicyYaml.load(Path.of("policy.yaml"))}, in
 * {@code org.slakit.config}), or built in Java. A severe error reported on Friday at 17:00 in Hong
 * Kong, with office hours 09:00-18:00 on weekdays, is due on Monday at 12:00: one business hour on
 * Friday, three on Monday.
 * <pre>{@code
 * ZoneId hk = ZoneId.of("Asia/Hong_Kong");
 * SlaPolicy policy = SlaPolicy.builder("POS vendor", hk)
 *     .calendar("office", BusinessCalendar.builder(hk).hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-18:00"))
 *     .severities("severe", "general")
 *     .category("software-error", "function-error", "exception")
 *     .events("workaround-given")
 *     .target("fix", t -> t.when(Condition.any().withSeverity("severe"))
 *         .stopsOn("workaround-given", "resolved").within("4h").warnAt(50))
 *     .build();
 * Ticket ticket = Ticket.open("T-1", Instant.parse("2026-11-20T09:00:00Z"),         // Fri 17:00 in Hong Kong
 *     Classification.of("software-error", "severe").withKind("exception"));
 * SlaStatus status = policy.evaluate(ticket, Instant.parse("2026-11-20T09:30:00Z"));
 * Optional<Instant> due = status.target("fix").flatMap(TargetStatus::dueAt);       // 2026-11-23T04:00:00Z, Mon 12:00
 * }</pre>
 * (Imports: {@code java.time.*}, {@code java.util.Optional}, {@code org.slakit.calendar.BusinessCalendar},
 * {@code org.slakit.policy.*} and {@code org.slakit.ticket.*}.)
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SlaPolicy {

    /** The name of the built-in calendar that is always open. */
    public static final String ALWAYS_OPEN = "24x7";

    /** The validated parts: the getters answer from them, equality compares them. */
    private final PolicyDefinition definition;
    final PolicyModel model;

    /** Creates a policy from validated parts. */
    SlaPolicy(PolicyDefinition definition) {
        this.definition = definition;
        this.model = new PolicyModel(definition);
    }

    /**
     * Obtains a builder for a policy with a name and a zone.
     *
     * @param name  the policy's name, not null
     * @param zone  the policy's zone, in which version dates are read and the {@code 24x7} calendar lives, not null
     * @return a new builder, not null
     */
    public static PolicyBuilder builder(String name, ZoneId zone) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        return new PolicyBuilder(name, zone);
    }

    /**
     * Obtains a builder for a policy whose zone is given by id; an unknown id is a problem at {@code zone} when built.
     *
     * @param name  the policy's name, not null
     * @param zoneId  the zone id, such as {@code Asia/Hong_Kong}, not null
     * @return a new builder, not null
     */
    public static PolicyBuilder builder(String name, String zoneId) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zoneId, "zoneId");
        return PolicyBuilder.ofZoneId(name, zoneId);
    }

    /**
     * Gets the policy's name.
     *
     * @return the name, not null
     */
    public String name() {
        return definition.name();
    }

    /**
     * Gets the policy's zone.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return definition.zone();
    }

    /**
     * Gets the calendars the policy defines, in order, without the built-in {@code 24x7}.
     *
     * @return the calendars by name, not null, unmodifiable
     */
    public Map<String, BusinessCalendar> calendars() {
        return definition.calendars();
    }

    /**
     * Gets a calendar by name, including the built-in {@code 24x7}.
     *
     * @param name  the calendar's name, not null
     * @return the calendar, empty if the policy has none of that name
     */
    public Optional<BusinessCalendar> calendar(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(model.calendar(name));
    }

    /**
     * Gets the severities, most urgent first.
     *
     * @return the severities, not null
     */
    public List<String> severities() {
        return definition.severities();
    }

    /**
     * Gets the categories, in order.
     *
     * @return the categories, not null
     */
    public List<Category> categories() {
        return definition.categories();
    }

    /**
     * Gets the customer tiers, most favoured first; the last is the default.
     *
     * @return the tiers, not null
     */
    public List<Tier> tiers() {
        return definition.tiers();
    }

    /**
     * Gets the waiting states.
     *
     * @return the waiting states, not null
     */
    public List<String> waitingStates() {
        return definition.waiting();
    }

    /**
     * Gets the events the policy declares, besides the built-in ones.
     *
     * @return the events, not null
     */
    public List<String> events() {
        return definition.events();
    }

    /**
     * Gets the policy's own targets, before any version.
     *
     * @return the targets, not null
     */
    public List<Target> targets() {
        return definition.targets();
    }

    /**
     * Gets the policy's own escalations, before any version.
     *
     * @return the escalations, not null
     */
    public List<EscalationRule> escalations() {
        return definition.escalations();
    }

    /**
     * Gets the policy's own out-of-hours routing, before any version.
     *
     * @return the section, empty when the policy has none
     */
    public Optional<OutOfHours> outOfHours() {
        return Optional.ofNullable(definition.outOfHours());
    }

    /**
     * Gets the policy's own intake rules, before any version.
     *
     * @return the section, empty when the policy has none
     */
    public Optional<Intake> intake() {
        return Optional.ofNullable(definition.intake());
    }

    /**
     * Gets the follow-up section.
     *
     * @return the section, empty when the policy has none
     */
    public Optional<FollowUp> followUp() {
        return Optional.ofNullable(definition.followUp());
    }

    /**
     * Gets the names the policy gives its ids for people to read, such as {@code 嚴重錯誤} for the
     * severity {@code severe}; versions do not change them.
     *
     * @return the display names, {@link DisplayNames#none()} when the policy gives none, not null
     */
    public DisplayNames displayNames() {
        return definition.displayNames();
    }

    /**
     * Gets the versions, by effective date.
     *
     * @return the versions, not null
     */
    public List<PolicyVersion> versions() {
        return definition.versions();
    }

    /**
     * Gets the date from which the version in force at an instant applies.
     *
     * @param at  the instant, not null
     * @return the version's date, empty when the policy as written is in force, before any version
     */
    public Optional<LocalDate> versionAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return Optional.ofNullable(model.regimeAt(at).date);
    }

    /**
     * Calculates the status of every target that applies to a ticket, as of an instant: events
     * after it are ignored, events at it count.
     * <p>
     * A general error opened Mon 10:00 on a 09:00-18:00 office, with an end-of-business-day target,
     * paused 11:00-16:00, is due Tue 14:00. Evaluation never throws for calendar coverage: a target
     * whose outcome depends on dates beyond it is {@link TargetState#UNKNOWN}.
     *
     * @param ticket  the ticket, not null
     * @param asOf  the instant of the evaluation, not null
     * @return the status, not null
     * @throws IllegalArgumentException if the ticket uses a classification value or waiting state the
     *     policy does not define, naming the ticket and the value
     */
    public SlaStatus evaluate(Ticket ticket, Instant asOf) {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(asOf, "asOf");
        return TicketClock.evaluate(this, ticket, asOf);
    }

    /**
     * Sorts tickets into the order they should be worked on: severity, then problems before
     * requirements, then tier, then the earliest {@code dueAt} of their running targets (none last),
     * then opening instant, then id.
     *
     * @param tickets  the tickets, not null
     * @param asOf  the instant of the evaluation, not null
     * @return a new list in queue order, not null
     * @throws IllegalArgumentException if any ticket uses a value the policy does not define
     */
    public List<Ticket> order(Collection<Ticket> tickets, Instant asOf) {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(asOf, "asOf");
        return QueueOrder.order(this, tickets, asOf);
    }

    /**
     * Routes a report arriving at an instant, under the version in force then: {@code NORMAL} while
     * the routing calendar is open (or when the policy has no out-of-hours section); otherwise the
     * first matching rule's route, or {@code otherwise}.
     *
     * @param classification  the report's classification, not null
     * @param at  the instant of the report, not null
     * @return the routing, not null
     * @throws IllegalArgumentException if the classification uses a value the policy does not define
     * @throws org.slakit.calendar.CalendarCoverageException if the routing calendar's answer depends on a date beyond its holiday data
     */
    public Routing route(Classification classification, Instant at) {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(at, "at");
        return OutOfHoursRouting.route(model, classification, at);
    }

    /**
     * Lists the intake fields a ticket lacks: those every report needs, then those of its category,
     * under the version in force when it was opened.
     *
     * @param ticket  the ticket, not null
     * @return the missing field names, in the policy's order, not null
     * @throws IllegalArgumentException if the ticket uses a value the policy does not define
     */
    public List<String> missingFields(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return MissingFields.of(model, ticket);
    }

    /**
     * Checks if a ticket's service item is among its tier's entitlements, including those of the
     * tiers it includes; a ticket that names no service item is entitled.
     *
     * @param ticket  the ticket, not null
     * @return false if the service is chargeable
     * @throws IllegalArgumentException if the ticket uses a value the policy does not define
     */
    public boolean isEntitled(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        return Entitlement.isEntitled(model, ticket);
    }

    /**
     * Checks if this policy equals another in every part, from its name and zone to its display names and versions.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof SlaPolicy p && definition.equals(p.definition);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return definition.hashCode();
    }

    /**
     * Returns a summary such as {@code SlaPolicy[POS vendor, Asia/Hong_Kong, 5 targets, 1 version]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "SlaPolicy[" + name() + ", " + zone() + ", " + targets().size() + " targets, " + versions().size() + " versions]";
    }

    /**
     * A category of the policy, such as {@code software-error}, with its kinds; a requirement category
     * ({@code requirement: true}) comes after problems in the queue.
     *
     * @param name  the category's name, not null
     * @param kinds  its kinds, in order, not null
     * @param requirement  true if reports of this category are requirements rather than problems
     */
    public record Category(String name, List<String> kinds, boolean requirement) {
        /**
         * Checks and copies the components.
         *
         * @param name  the category's name, such as {@code software-error}, not null
         * @param kinds  its kinds, in order, not null, copied
         * @param requirement  true if reports of this category are requirements rather than problems
         * @throws NullPointerException if a component is null
         */
        public Category {
            Objects.requireNonNull(name, "name");
            kinds = List.copyOf(kinds);
        }
    }

    /**
     * A customer tier, such as {@code premium}, with the tiers whose entitlements it includes and the
     * service items it is entitled to.
     *
     * @param name  the tier's name, not null
     * @param includes  tiers whose entitlements this one also has, not null
     * @param entitled  the service items of this tier itself, not null
     */
    public record Tier(String name, List<String> includes, List<String> entitled) {
        /**
         * Checks and copies the components.
         *
         * @param name  the tier's name, such as {@code premium}, not null
         * @param includes  the tiers whose entitlements this one also has, not null, copied
         * @param entitled  the service items of this tier itself, not null, copied
         * @throws NullPointerException if a component is null
         */
        public Tier {
            Objects.requireNonNull(name, "name");
            includes = List.copyOf(includes);
            entitled = List.copyOf(entitled);
        }
    }

    /**
     * A policy's {@code follow-up} section: every week, at a day and time on a calendar, confirm with
     * customers the issues not yet confirmed ({@code unconfirmed: {every: Mon 10:00, calendar: office}}).
     * {@link org.slakit.report.FollowUps} makes the lists.
     *
     * @param day  the day of the week, not null
     * @param time  the local time, not null
     * @param calendar  the calendar's name, not null
     */
    public record FollowUp(DayOfWeek day, LocalTime time, String calendar) {
        /**
         * Checks the components.
         *
         * @param day  the day of the week, such as {@code MONDAY}, not null
         * @param time  the local time, such as 10:00, not null
         * @param calendar  the name of the calendar the weekly run is taken on, not null
         * @throws NullPointerException if a component is null
         */
        public FollowUp {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(calendar, "calendar");
        }

        /**
         * Returns the {@code every} text, such as {@code Mon 10:00}.
         *
         * @return the text, not null
         */
        public String every() {
            return org.slakit.calendar.CalendarText.dayName(day) + " " + time;
        }
    }
}
