package org.slakit.policy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * and effective-dated versions.
 * <pre>{@code
 * SlaPolicy policy = SlaPolicy.builder("POS vendor", ZoneId.of("Asia/Hong_Kong"))
 *     .calendar("office", BusinessCalendar.builder(zone).hours(MONDAY, FRIDAY, "09:00-18:00"))
 *     .severities("severe", "general")
 *     .category("software-error", "function-error", "exception", "data-mismatch")
 *     .target("fix", t -> t.when(Condition.any().withSeverity("severe"))
 *         .stopsOn("workaround-given", "resolved").within("4h").calendar("office"))
 *     .events("workaround-given")
 *     .build();
 * SlaStatus status = policy.evaluate(ticket, asOf);
 * }</pre>
 * The policy evaluates tickets: {@link #evaluate} runs every applicable target's clock,
 * {@link #order} sorts a queue, {@link #route} routes a report out of hours,
 * {@link #missingFields} and {@link #isEntitled} check intake and entitlements. All of them are
 * pure functions of their arguments. A classification value the policy does not define is an
 * {@link IllegalArgumentException} naming the ticket and the value.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SlaPolicy {

    /** The name of the built-in calendar that is always open. */
    public static final String ALWAYS_OPEN = "24x7";

    final String name;
    final ZoneId zone;
    final Map<String, BusinessCalendar> calendars;
    final List<String> severities;
    final List<Category> categories;
    final List<Tier> tiers;
    final List<String> waiting;
    final List<String> events;
    final List<Target> targets;
    final List<EscalationRule> escalations;
    final OutOfHours outOfHours;
    final Intake intake;
    final FollowUp followUp;
    final List<PolicyVersion> versions;
    /** The compiled model the clock reads. */
    final PolicyModel model;

    SlaPolicy(PolicyBuilder b, Map<String, BusinessCalendar> calendars, List<Target> targets, List<EscalationRule> escalations,
            OutOfHours outOfHours, Intake intake, FollowUp followUp, List<PolicyVersion> versions) {
        this.name = b.name;
        this.zone = b.zone;
        this.calendars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
        this.severities = List.copyOf(b.severities);
        this.categories = List.copyOf(b.categories);
        this.tiers = List.copyOf(b.tiers);
        this.waiting = List.copyOf(b.waiting);
        this.events = List.copyOf(b.events);
        this.targets = List.copyOf(targets);
        this.escalations = List.copyOf(escalations);
        this.outOfHours = outOfHours;
        this.intake = intake;
        this.followUp = followUp;
        this.versions = List.copyOf(versions);
        this.model = new PolicyModel(this);
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
     * Obtains a builder for a policy with a name and a zone given by id; an unknown id is reported
     * as a problem at {@code zone} when the policy is built.
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

    // ----- the model -----

    /**
     * Gets the policy's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the policy's zone.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Gets the calendars the policy defines, in order, without the built-in {@code 24x7}.
     *
     * @return the calendars by name, not null, unmodifiable
     */
    public Map<String, BusinessCalendar> calendars() {
        return calendars;
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
        return severities;
    }

    /**
     * Gets the categories, in order.
     *
     * @return the categories, not null
     */
    public List<Category> categories() {
        return categories;
    }

    /**
     * Gets the customer tiers, most favoured first; the last is the default.
     *
     * @return the tiers, not null
     */
    public List<Tier> tiers() {
        return tiers;
    }

    /**
     * Gets the waiting states.
     *
     * @return the waiting states, not null
     */
    public List<String> waitingStates() {
        return waiting;
    }

    /**
     * Gets the events the policy declares, besides the built-in ones.
     *
     * @return the events, not null
     */
    public List<String> events() {
        return events;
    }

    /**
     * Gets the policy's own targets, before any version.
     *
     * @return the targets, not null
     */
    public List<Target> targets() {
        return targets;
    }

    /**
     * Gets the policy's own escalations, before any version.
     *
     * @return the escalations, not null
     */
    public List<EscalationRule> escalations() {
        return escalations;
    }

    /**
     * Gets the policy's own out-of-hours routing, before any version.
     *
     * @return the section, empty when the policy has none
     */
    public Optional<OutOfHours> outOfHours() {
        return Optional.ofNullable(outOfHours);
    }

    /**
     * Gets the policy's own intake rules, before any version.
     *
     * @return the section, empty when the policy has none
     */
    public Optional<Intake> intake() {
        return Optional.ofNullable(intake);
    }

    /**
     * Gets the follow-up section.
     *
     * @return the section, empty when the policy has none
     */
    public Optional<FollowUp> followUp() {
        return Optional.ofNullable(followUp);
    }

    /**
     * Gets the versions, by effective date.
     *
     * @return the versions, not null
     */
    public List<PolicyVersion> versions() {
        return versions;
    }

    /**
     * Gets the date from which the version in force at an instant applies.
     *
     * @param at  the instant, not null
     * @return the version's date, empty when the policy's own sections are in force
     */
    public Optional<LocalDate> versionAt(Instant at) {
        Objects.requireNonNull(at, "at");
        PolicyModel.Regime r = model.regimeAt(at);
        return Optional.ofNullable(r.date);
    }

    // ----- the answers -----

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
        return OutOfHoursRouting.route(this, classification, at);
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
        return MissingFields.of(this, ticket);
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
        return Entitlement.isEntitled(this, ticket);
    }

    /**
     * Checks if this policy equals another in every part: name, zone, calendars, severities,
     * categories, tiers, waiting states, events, sections, follow-up and versions.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof SlaPolicy p && name.equals(p.name) && zone.equals(p.zone) && calendars.equals(p.calendars)
                && severities.equals(p.severities) && categories.equals(p.categories) && tiers.equals(p.tiers)
                && waiting.equals(p.waiting) && events.equals(p.events) && targets.equals(p.targets)
                && escalations.equals(p.escalations) && Objects.equals(outOfHours, p.outOfHours)
                && Objects.equals(intake, p.intake) && Objects.equals(followUp, p.followUp) && versions.equals(p.versions);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(name, zone, calendars, severities, categories, tiers, targets, versions);
    }

    /**
     * Returns a summary such as {@code SlaPolicy[POS vendor, Asia/Hong_Kong, 5 targets, 1 version]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "SlaPolicy[" + name + ", " + zone + ", " + targets.size() + " targets, " + versions.size() + " versions]";
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
     * Only the model exists so far; follow-up lists come with reports.
     *
     * @param day  the day of the week, not null
     * @param time  the local time, not null
     * @param calendar  the calendar's name, not null
     */
    public record FollowUp(DayOfWeek day, LocalTime time, String calendar) {
        /**
         * Checks the components.
         *
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
            return day.getDisplayName(TextStyle.SHORT, Locale.ROOT) + " " + time;
        }
    }
}
