package org.slakit.policy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.Problem;
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

    SlaPolicy(Builder b, Map<String, BusinessCalendar> calendars, List<Target> targets, List<EscalationRule> escalations,
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
    public static Builder builder(String name, ZoneId zone) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        return new Builder(name, zone);
    }

    /**
     * Obtains a builder for a policy with a name and a zone given by id; an unknown id is reported
     * as a problem at {@code zone} when the policy is built.
     *
     * @param name  the policy's name, not null
     * @param zoneId  the zone id, such as {@code Asia/Hong_Kong}, not null
     * @return a new builder, not null
     */
    public static Builder builder(String name, String zoneId) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zoneId, "zoneId");
        try {
            return new Builder(name, ZoneId.of(zoneId));
        } catch (DateTimeException ex) {
            Builder b = new Builder(name, null);
            b.problems.add(new Problem("zone", "Zone '" + zoneId + "' is not a known time-zone id (such as Asia/Shanghai or UTC)"));
            return b;
        }
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

    // ----- building -----

    /**
     * Builds an {@link SlaPolicy}. Every problem is collected with its path in YAML terms, such as
     * {@code targets[2].within}, {@code calendars.office.hours.Mon}, {@code tiers.premium.includes[0]}
     * or {@code versions[0].targets[1].stops-on}, and {@link #build()} reports them all at once.
     * List-valued keys are indexed as their YAML lists are, in the order given to the builder.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        final String name;
        final ZoneId zone;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        /** Calendars given that failed to build: their problems are reported, their uses are not. */
        final java.util.Set<String> brokenCalendars = new java.util.LinkedHashSet<>();
        final List<String> severities = new ArrayList<>();
        final List<Category> categories = new ArrayList<>();
        final List<Tier> tiers = new ArrayList<>();
        final List<String> waiting = new ArrayList<>();
        final List<String> events = new ArrayList<>();
        final Sections sections = new Sections();
        String followUpEvery;
        String followUpCalendar;
        final List<VersionBuilder> versions = new ArrayList<>();

        private Builder(String name, ZoneId zone) {
            this.name = name;
            this.zone = zone;
        }

        /**
         * Adds a calendar under a name ({@code calendars.<name>}).
         *
         * @param name  the calendar's name, such as {@code office}, not null
         * @param calendar  the calendar, not null
         * @return this builder, not null
         */
        public Builder calendar(String name, BusinessCalendar calendar) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(calendar, "calendar");
            String path = "calendars." + name;
            if (name.isBlank()) {
                problems.add(new Problem(path, "A calendar's name must not be blank, was '" + name + "'"));
            } else if (ALWAYS_OPEN.equals(name)) {
                problems.add(new Problem(path, "Calendar '24x7' is built in and cannot be defined"));
            } else if (calendars.putIfAbsent(name, calendar) != null) {
                problems.add(new Problem(path, "Calendar '" + name + "' is defined twice"));
            }
            return this;
        }

        /**
         * Builds a calendar and adds it under a name; the calendar's problems are reported under
         * {@code calendars.<name>}, such as {@code calendars.office.hours.Mon}.
         *
         * @param name  the calendar's name, not null
         * @param calendar  the calendar's builder, not null
         * @return this builder, not null
         */
        public Builder calendar(String name, BusinessCalendar.Builder calendar) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(calendar, "calendar");
            try {
                return calendar(name, calendar.build());
            } catch (org.slakit.calendar.InvalidCalendarException ex) {
                for (Problem p : ex.problems()) {
                    problems.add(p.under("calendars." + name));
                }
                brokenCalendars.add(name);
                return this;
            }
        }

        /**
         * Adds severities, most urgent first ({@code severities[i]}).
         *
         * @param names  the severities, not null
         * @return this builder, not null
         */
        public Builder severities(String... names) {
            return severities(Arrays.asList(Objects.requireNonNull(names, "names")));
        }

        /**
         * Adds severities, most urgent first ({@code severities[i]}).
         *
         * @param names  the severities, not null
         * @return this builder, not null
         */
        public Builder severities(List<String> names) {
            Objects.requireNonNull(names, "names");
            names.forEach(n -> severities.add(Objects.requireNonNull(n, "severity")));
            return this;
        }

        /**
         * Adds a problem category with its kinds ({@code categories.<name>}).
         *
         * @param name  the category, such as {@code software-error}, not null
         * @param kinds  its kinds, not null
         * @return this builder, not null
         */
        public Builder category(String name, String... kinds) {
            return category(name, Arrays.asList(Objects.requireNonNull(kinds, "kinds")), false);
        }

        /**
         * Adds a requirement category with its kinds ({@code categories.<name>} with
         * {@code requirement: true}).
         *
         * @param name  the category, such as {@code requirement}, not null
         * @param kinds  its kinds, not null
         * @return this builder, not null
         */
        public Builder requirementCategory(String name, String... kinds) {
            return category(name, Arrays.asList(Objects.requireNonNull(kinds, "kinds")), true);
        }

        /**
         * Adds a category ({@code categories.<name>}).
         *
         * @param name  the category, not null
         * @param kinds  its kinds, not null
         * @param requirement  true if its reports are requirements rather than problems
         * @return this builder, not null
         */
        public Builder category(String name, List<String> kinds, boolean requirement) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kinds, "kinds");
            kinds.forEach(k -> Objects.requireNonNull(k, "kind"));
            categories.add(new Category(name, kinds, requirement));
            return this;
        }

        /**
         * Adds a tier with no includes and no entitlements ({@code tiers.<name>}).
         *
         * @param name  the tier, not null
         * @return this builder, not null
         */
        public Builder tier(String name) {
            return tier(name, List.of(), List.of());
        }

        /**
         * Adds a tier, most favoured first ({@code tiers.<name>}, {@code tiers.<name>.includes[i]},
         * {@code tiers.<name>.entitled[i]}).
         *
         * @param name  the tier, such as {@code premium}, not null
         * @param includes  tiers whose entitlements it also has, not null
         * @param entitled  its own service items, not null
         * @return this builder, not null
         */
        public Builder tier(String name, List<String> includes, List<String> entitled) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(includes, "includes").forEach(i -> Objects.requireNonNull(i, "include"));
            Objects.requireNonNull(entitled, "entitled").forEach(e -> Objects.requireNonNull(e, "entitled"));
            tiers.add(new Tier(name, includes, entitled));
            return this;
        }

        /**
         * Adds waiting states ({@code waiting[i]}).
         *
         * @param states  the states, such as {@code waiting-for-database}, not null
         * @return this builder, not null
         */
        public Builder waiting(String... states) {
            Objects.requireNonNull(states, "states");
            for (String s : states) {
                waiting.add(Objects.requireNonNull(s, "state"));
            }
            return this;
        }

        /**
         * Declares events besides the built-in ones ({@code events[i]}).
         *
         * @param names  the events, such as {@code database-received}, not null
         * @return this builder, not null
         */
        public Builder events(String... names) {
            Objects.requireNonNull(names, "names");
            for (String n : names) {
                events.add(Objects.requireNonNull(n, "event"));
            }
            return this;
        }

        /**
         * Adds a target entry ({@code targets[i]}), described by the given function.
         * <pre>{@code
         * builder.target("fix", t -> t.when(Condition.any().withSeverity("severe"))
         *     .stopsOn("workaround-given", "resolved").within("4h").calendar("office").warnAt(50, 75));
         * }</pre>
         *
         * @param name  the target's name, not null
         * @param spec  sets the entry's parts, not null
         * @return this builder, not null
         */
        public Builder target(String name, Consumer<TargetBuilder> spec) {
            sections.target(name, spec);
            return this;
        }

        /**
         * Adds an escalation ({@code escalations[i]}): at a percentage of the budget of the named
         * targets, notify someone.
         *
         * @param atPercent  the percentage, such as 100, above 0 and at most 1000
         * @param of  the target names, not null
         * @param notify  who to notify, not null
         * @return this builder, not null
         */
        public Builder escalation(double atPercent, List<String> of, String notify) {
            sections.escalation(atPercent, of, notify);
            return this;
        }

        /**
         * Adds an escalation whose percentage is given as text, such as {@code 100%}; text that does
         * not parse is a problem at {@code escalations[i].at}.
         *
         * @param at  the percentage as text, not null
         * @param of  the target names, not null
         * @param notify  who to notify, not null
         * @return this builder, not null
         */
        public Builder escalation(String at, List<String> of, String notify) {
            sections.escalation(at, of, notify, "");
            return this;
        }

        /**
         * Sets the out-of-hours routing ({@code out-of-hours}).
         *
         * @param calendar  the routing calendar's name, not null
         * @param spec  adds the rules and sets {@code otherwise}, not null
         * @return this builder, not null
         */
        public Builder outOfHours(String calendar, Consumer<OutOfHoursBuilder> spec) {
            sections.outOfHours(calendar, spec);
            return this;
        }

        /**
         * Sets the intake rules ({@code intake.required[i]}, {@code intake.required-for.<category>}).
         *
         * @param required  the fields every report needs, not null
         * @param requiredFor  further fields per category name, not null
         * @return this builder, not null
         */
        public Builder intake(List<String> required, Map<String, List<String>> requiredFor) {
            sections.intake(required, requiredFor);
            return this;
        }

        /**
         * Sets the weekly follow-up of unconfirmed issues ({@code follow-up.unconfirmed.every},
         * {@code follow-up.unconfirmed.calendar}).
         *
         * @param every  the day and time, such as {@code Mon 10:00}, not null
         * @param calendar  the calendar's name, not null
         * @return this builder, not null
         */
        public Builder followUp(String every, String calendar) {
            this.followUpEvery = Objects.requireNonNull(every, "every");
            this.followUpCalendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Adds a version ({@code versions[i]}) in force from a date, replacing the sections it names.
         * <pre>{@code
         * builder.version(LocalDate.parse("2027-01-01"), v -> v
         *     .escalation(75, List.of("fix"), "team-lead")
         *     .escalation(100, List.of("fix", "reply"), "complaints-desk"));
         * }</pre>
         *
         * @param effectiveFrom  the first date, midnight in the policy's zone, not null
         * @param spec  sets the replaced sections, not null
         * @return this builder, not null
         */
        public Builder version(LocalDate effectiveFrom, Consumer<VersionBuilder> spec) {
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(spec, "spec");
            VersionBuilder v = new VersionBuilder(effectiveFrom);
            spec.accept(v);
            versions.add(v);
            return this;
        }

        /**
         * Builds the policy, validating everything.
         *
         * @return the policy, not null
         * @throws InvalidPolicyException if any problem was found, carrying them all
         */
        public SlaPolicy build() {
            return PolicyChecks.build(this);
        }
    }

    /**
     * Describes one target entry for {@link Builder#target} or {@link VersionBuilder#target}.
     * Problems are reported when the policy is built, under the entry's path, such as
     * {@code targets[2].within}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class TargetBuilder {
        final String name;
        Condition when = Condition.any();
        List<String> startsOn = List.of(org.slakit.ticket.Ticket.OPENED);
        List<String> restartsOn = List.of();
        List<String> stopsOn = List.of();
        List<String> pausedBy;
        /** The deadline rules given, in order, each with its YAML key; a rule that failed to parse is null. */
        final List<Map.Entry<String, DeadlineRule>> rules = new ArrayList<>();
        String calendar;
        List<Double> warnAt = List.of();
        final List<Problem> problems = new ArrayList<>();

        TargetBuilder(String name) {
            this.name = name;
        }

        /**
         * Sets the condition under which this entry applies ({@code when}).
         *
         * @param when  the condition, not null
         * @return this builder, not null
         */
        public TargetBuilder when(Condition when) {
            this.when = Objects.requireNonNull(when, "when");
            return this;
        }

        /**
         * Sets the events that start the clock ({@code starts-on}); by default {@code opened}.
         *
         * @param events  the events, not null
         * @return this builder, not null
         */
        public TargetBuilder startsOn(String... events) {
            this.startsOn = names(events);
            return this;
        }

        /**
         * Sets the events that restart the clock once ({@code restarts-on}).
         *
         * @param events  the events, not null
         * @return this builder, not null
         */
        public TargetBuilder restartsOn(String... events) {
            this.restartsOn = names(events);
            return this;
        }

        /**
         * Sets the events that stop the clock ({@code stops-on}).
         *
         * @param events  the events, not null
         * @return this builder, not null
         */
        public TargetBuilder stopsOn(String... events) {
            this.stopsOn = names(events);
            return this;
        }

        /**
         * Sets the waiting states that pause the clock ({@code paused-by}); by default every one, and
         * none pause it when given none.
         *
         * @param states  the waiting states, not null
         * @return this builder, not null
         */
        public TargetBuilder pausedBy(String... states) {
            this.pausedBy = names(states);
            return this;
        }

        private static List<String> names(String... values) {
            Objects.requireNonNull(values, "values");
            for (String v : values) {
                Objects.requireNonNull(v, "value");
            }
            return List.of(values);
        }

        /**
         * Sets the deadline rule to a duration of business time ({@code within}).
         *
         * @param duration  the budget, not null
         * @return this builder, not null
         */
        public TargetBuilder within(Duration duration) {
            rules.add(Map.entry("within", DeadlineRule.within(Objects.requireNonNull(duration, "duration"))));
            return this;
        }

        /**
         * Sets the deadline rule to a duration given as text, such as {@code 4h} or {@code 1h30m}
         * ({@code within}); text that does not parse is a problem at {@code within}.
         *
         * @param duration  the budget as text, not null
         * @return this builder, not null
         */
        public TargetBuilder within(String duration) {
            Duration d = parse("within", duration);
            rules.add(new java.util.AbstractMap.SimpleImmutableEntry<>("within", d == null ? null : DeadlineRule.within(d)));
            return this;
        }

        /**
         * Sets the deadline rule to the end of the business day with a cutoff
         * ({@code end-of-business-day: {cutoff: 30m}}).
         *
         * @param cutoff  the business time that must be left of the day, not null
         * @return this builder, not null
         */
        public TargetBuilder endOfBusinessDay(Duration cutoff) {
            rules.add(Map.entry("end-of-business-day", DeadlineRule.endOfBusinessDay(Objects.requireNonNull(cutoff, "cutoff"))));
            return this;
        }

        /**
         * Sets the deadline rule to the end of the business day with a cutoff given as text; text
         * that does not parse is a problem at {@code end-of-business-day.cutoff}.
         *
         * @param cutoff  the cutoff as text, such as {@code 30m}, not null
         * @return this builder, not null
         */
        public TargetBuilder endOfBusinessDay(String cutoff) {
            Duration d = parse("end-of-business-day.cutoff", cutoff);
            rules.add(new java.util.AbstractMap.SimpleImmutableEntry<>("end-of-business-day",
                    d == null ? null : DeadlineRule.endOfBusinessDay(d)));
            return this;
        }

        /**
         * Sets the deadline rule to a number of working days ({@code business-days}).
         *
         * @param days  the working days after the start's working day
         * @return this builder, not null
         */
        public TargetBuilder businessDays(int days) {
            rules.add(Map.entry("business-days", DeadlineRule.businessDays(days)));
            return this;
        }

        /**
         * Sets the deadline rule.
         *
         * @param rule  the rule, not null
         * @return this builder, not null
         */
        public TargetBuilder rule(DeadlineRule rule) {
            Objects.requireNonNull(rule, "rule");
            rules.add(Map.entry(rule.key(), rule));
            return this;
        }

        private Duration parse(String path, String text) {
            Objects.requireNonNull(text, "text");
            try {
                return Durations.parse(text);
            } catch (DateTimeException ex) {
                problems.add(new Problem(path, ex.getMessage()));
                return null;
            }
        }

        /**
         * Sets the calendar by name ({@code calendar}); by default the policy's first calendar.
         *
         * @param calendar  the calendar's name, such as {@code office} or {@code 24x7}, not null
         * @return this builder, not null
         */
        public TargetBuilder calendar(String calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * Sets the percentages of the budget at which a {@code warning} fires ({@code warn-at[i]}).
         *
         * @param percents  the percentages, such as 50 and 75, not null
         * @return this builder, not null
         */
        public TargetBuilder warnAt(double... percents) {
            Objects.requireNonNull(percents, "percents");
            List<Double> list = new ArrayList<>();
            for (double p : percents) {
                list.add(p);
            }
            this.warnAt = List.copyOf(list);
            return this;
        }

        /**
         * Sets the percentages at which a {@code warning} fires, given as text such as {@code 50%}
         * ({@code warn-at[i]}); text that does not parse is a problem at {@code warn-at[i]}.
         *
         * @param percents  the percentages as text, not null
         * @return this builder, not null
         */
        public TargetBuilder warnAt(String... percents) {
            Objects.requireNonNull(percents, "percents");
            List<Double> list = new ArrayList<>();
            for (int i = 0; i < percents.length; i++) {
                try {
                    list.add(Percentages.parse(Objects.requireNonNull(percents[i], "percent")));
                } catch (IllegalArgumentException ex) {
                    problems.add(new Problem("warn-at[" + i + "]", ex.getMessage()));
                }
            }
            this.warnAt = List.copyOf(list);
            return this;
        }
    }

    /**
     * Describes the {@code out-of-hours} section: its rules, first match wins, and
     * {@code otherwise}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class OutOfHoursBuilder {
        final String calendar;
        final List<Condition> whens = new ArrayList<>();
        /** The routes of the rules, parallel to whens; null where the text did not parse. */
        final List<Routing.Route> routes = new ArrayList<>();
        Routing.Route otherwise = Routing.Route.FIRST_AT_OPENING;
        final List<Problem> problems = new ArrayList<>();

        OutOfHoursBuilder(String calendar) {
            this.calendar = calendar;
        }

        /**
         * Adds a rule ({@code rules[i]}).
         *
         * @param when  the condition, not null
         * @param route  the route, not {@code NORMAL}, not null
         * @return this builder, not null
         */
        public OutOfHoursBuilder rule(Condition when, Routing.Route route) {
            whens.add(Objects.requireNonNull(when, "when"));
            routes.add(Objects.requireNonNull(route, "route"));
            return this;
        }

        /**
         * Adds a rule whose route is given by its YAML name, such as {@code duty-engineer}; an
         * unknown name is a problem at {@code rules[i].route}.
         *
         * @param when  the condition, not null
         * @param route  the route's name, not null
         * @return this builder, not null
         */
        public OutOfHoursBuilder rule(Condition when, String route) {
            Objects.requireNonNull(when, "when");
            Routing.Route r = parse("rules[" + whens.size() + "].route", route);
            whens.add(when);
            routes.add(r);
            return this;
        }

        /**
         * Sets the route when no rule matches ({@code otherwise}); by default {@code first-at-opening}.
         *
         * @param route  the route, not {@code NORMAL}, not null
         * @return this builder, not null
         */
        public OutOfHoursBuilder otherwise(Routing.Route route) {
            this.otherwise = Objects.requireNonNull(route, "route");
            return this;
        }

        /**
         * Sets the route when no rule matches by its YAML name; an unknown name is a problem at
         * {@code otherwise}.
         *
         * @param route  the route's name, not null
         * @return this builder, not null
         */
        public OutOfHoursBuilder otherwise(String route) {
            Routing.Route r = parse("otherwise", route);
            if (r != null) {
                this.otherwise = r;
            }
            return this;
        }

        private Routing.Route parse(String path, String text) {
            Objects.requireNonNull(text, "route");
            try {
                return Routing.Route.ofKey(text);
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(path, ex.getMessage()));
                return null;
            }
        }
    }

    /**
     * Describes one entry of {@code versions}: the sections it replaces, whole.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class VersionBuilder {
        final LocalDate effectiveFrom;
        final Sections sections = new Sections();

        VersionBuilder(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
        }

        /**
         * Adds a target entry to this version's targets, which replace the policy's
         * ({@code versions[v].targets[i]}).
         *
         * @param name  the target's name, not null
         * @param spec  sets the entry's parts, not null
         * @return this builder, not null
         */
        public VersionBuilder target(String name, Consumer<TargetBuilder> spec) {
            sections.target(name, spec);
            return this;
        }

        /**
         * Adds an escalation to this version's escalations, which replace the policy's
         * ({@code versions[v].escalations[i]}).
         *
         * @param atPercent  the percentage, above 0 and at most 1000
         * @param of  the target names, not null
         * @param notify  who to notify, not null
         * @return this builder, not null
         */
        public VersionBuilder escalation(double atPercent, List<String> of, String notify) {
            sections.escalation(atPercent, of, notify);
            return this;
        }

        /**
         * Adds an escalation whose percentage is given as text, such as {@code 75%}; text that does
         * not parse is a problem at {@code versions[v].escalations[i].at}.
         *
         * @param at  the percentage as text, not null
         * @param of  the target names, not null
         * @param notify  who to notify, not null
         * @return this builder, not null
         */
        public VersionBuilder escalation(String at, List<String> of, String notify) {
            sections.escalation(at, of, notify, "");
            return this;
        }

        /**
         * Replaces the policy's escalations with none ({@code escalations: []}).
         *
         * @return this builder, not null
         */
        public VersionBuilder noEscalations() {
            sections.noEscalations();
            return this;
        }

        /**
         * Replaces the out-of-hours routing ({@code versions[v].out-of-hours}).
         *
         * @param calendar  the routing calendar's name, not null
         * @param spec  adds the rules and sets {@code otherwise}, not null
         * @return this builder, not null
         */
        public VersionBuilder outOfHours(String calendar, Consumer<OutOfHoursBuilder> spec) {
            sections.outOfHours(calendar, spec);
            return this;
        }

        /**
         * Replaces the intake rules ({@code versions[v].intake}).
         *
         * @param required  the fields every report needs, not null
         * @param requiredFor  further fields per category name, not null
         * @return this builder, not null
         */
        public VersionBuilder intake(List<String> required, Map<String, List<String>> requiredFor) {
            sections.intake(required, requiredFor);
            return this;
        }
    }

    /** The sections a version may replace, as given; null where not given. */
    static final class Sections {
        List<TargetBuilder> targets;
        List<EscalationRule> escalations;
        OutOfHoursBuilder outOfHours;
        Intake intake;

        void target(String name, Consumer<TargetBuilder> spec) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(spec, "spec");
            TargetBuilder t = new TargetBuilder(name);
            spec.accept(t);
            if (targets == null) {
                targets = new ArrayList<>();
            }
            targets.add(t);
        }

        void escalation(double atPercent, List<String> of, String notify) {
            Objects.requireNonNull(of, "of").forEach(o -> Objects.requireNonNull(o, "of"));
            Objects.requireNonNull(notify, "notify");
            if (escalations == null) {
                escalations = new ArrayList<>();
            }
            escalations.add(new EscalationRule(atPercent, of, notify));
        }

        /** Problems found while reading text, with paths relative to the section's owner. */
        final List<Problem> problems = new ArrayList<>();

        void escalation(String at, List<String> of, String notify, String prefix) {
            Objects.requireNonNull(at, "at");
            int index = escalations == null ? 0 : escalations.size();
            double percent;
            try {
                percent = Percentages.parse(at);
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(prefix + "escalations[" + index + "].at", ex.getMessage()));
                // keep the entry so that later indices stay those of the YAML list; NaN is never reported twice
                percent = Double.NaN;
            }
            escalation(percent, of, notify);
        }

        void noEscalations() {
            if (escalations == null) {
                escalations = new ArrayList<>();
            }
        }

        void outOfHours(String calendar, Consumer<OutOfHoursBuilder> spec) {
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(spec, "spec");
            OutOfHoursBuilder o = new OutOfHoursBuilder(calendar);
            spec.accept(o);
            outOfHours = o;
        }

        void intake(List<String> required, Map<String, List<String>> requiredFor) {
            Objects.requireNonNull(required, "required").forEach(r -> Objects.requireNonNull(r, "required"));
            Objects.requireNonNull(requiredFor, "requiredFor").forEach((k, v) -> {
                Objects.requireNonNull(k, "category");
                Objects.requireNonNull(v, "fields").forEach(f -> Objects.requireNonNull(f, "field"));
            });
            intake = new Intake(required, requiredFor);
        }

        boolean isEmpty() {
            return targets == null && escalations == null && outOfHours == null && intake == null;
        }
    }
}
