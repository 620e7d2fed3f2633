package org.slakit.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;
import org.slakit.calendar.CalendarText;
import org.slakit.calendar.InvalidCalendarException;
import org.slakit.calendar.Problem;

/**
 * Builds an {@link SlaPolicy}; obtained from {@link SlaPolicy#builder(String, ZoneId)} or
 * {@link SlaPolicy#builder(String, String)}.
 * <pre>{@code
 * ZoneId hk = ZoneId.of("Asia/Hong_Kong");
 * SlaPolicy policy = SlaPolicy.builder("POS vendor", hk)
 *     .calendar("office", BusinessCalendar.builder(hk).hours(MONDAY, FRIDAY, "09:00-18:00"))
 *     .severities("severe", "general")
 *     .category("software-error", "function-error", "exception", "data-mismatch")
 *     .events("workaround-given")
 *     .target("fix", t -> t.when(Condition.any().withSeverity("severe"))
 *         .stopsOn("workaround-given", "resolved").within("4h").calendar("office"))
 *     .build();
 * }</pre>
 * Every problem is collected with its path in YAML terms, such as {@code targets[2].within},
 * {@code calendars.office.hours.Mon}, {@code tiers.premium.includes[0]} or
 * {@code versions[0].targets[1].stops-on}, and {@link #build()} reports them all at once.
 * List-valued keys are indexed as their YAML lists are, in the order given to the builder; an entry
 * whose text does not parse keeps its place.
 * <p>
 * This class is mutable and not thread-safe.
 */
public final class PolicyBuilder {
    private final String name;
    private final ZoneId zone;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    /** Calendars given that failed to build: their problems are reported, their uses are not. */
    private final Set<String> brokenCalendars = new LinkedHashSet<>();
    private final List<String> severities = new ArrayList<>();
    private final List<SlaPolicy.Category> categories = new ArrayList<>();
    private final List<SlaPolicy.Tier> tiers = new ArrayList<>();
    private final List<String> waiting = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final Sections sections = new Sections();
    private String followUpEvery;
    private String followUpCalendar;
    private final List<PolicyVersion.Builder> versions = new ArrayList<>();
    private final List<DisplayNameChecks.Draft> displayNames = new ArrayList<>();

    PolicyBuilder(String name, ZoneId zone) {
        this.name = name;
        this.zone = zone;
    }

    /** Obtains a builder whose zone is given by id; an unknown id is reported at {@code zone} when built. */
    static PolicyBuilder ofZoneId(String name, String zoneId) {
        try {
            return new PolicyBuilder(name, CalendarText.zone(zoneId));
        } catch (DateTimeException ex) {
            PolicyBuilder b = new PolicyBuilder(name, null);
            b.problems.add(new Problem("zone", ex.getMessage()));
            return b;
        }
    }

    /**
     * Adds a calendar under a name ({@code calendars.<name>}).
     *
     * @param name  the calendar's name, such as {@code office}, not null
     * @param calendar  the calendar, not null
     * @return this builder, not null
     */
    public PolicyBuilder calendar(String name, BusinessCalendar calendar) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendar, "calendar");
        String path = "calendars." + name;
        if (name.isBlank()) {
            problems.add(new Problem(path, "A calendar's name must not be blank, was '" + name + "'"));
        } else if (SlaPolicy.ALWAYS_OPEN.equals(name)) {
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
    public PolicyBuilder calendar(String name, CalendarBuilder calendar) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calendar, "calendar");
        try {
            return calendar(name, calendar.build());
        } catch (InvalidCalendarException ex) {
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
    public PolicyBuilder severities(String... names) {
        return severities(Arrays.asList(Objects.requireNonNull(names, "names")));
    }

    /**
     * Adds severities, most urgent first ({@code severities[i]}).
     *
     * @param names  the severities, not null
     * @return this builder, not null
     */
    public PolicyBuilder severities(List<String> names) {
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
    public PolicyBuilder category(String name, String... kinds) {
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
    public PolicyBuilder requirementCategory(String name, String... kinds) {
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
    public PolicyBuilder category(String name, List<String> kinds, boolean requirement) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kinds, "kinds");
        kinds.forEach(k -> Objects.requireNonNull(k, "kind"));
        categories.add(new SlaPolicy.Category(name, kinds, requirement));
        return this;
    }

    /**
     * Adds a tier with no includes and no entitlements ({@code tiers.<name>}).
     *
     * @param name  the tier, not null
     * @return this builder, not null
     */
    public PolicyBuilder tier(String name) {
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
    public PolicyBuilder tier(String name, List<String> includes, List<String> entitled) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(includes, "includes").forEach(i -> Objects.requireNonNull(i, "include"));
        Objects.requireNonNull(entitled, "entitled").forEach(e -> Objects.requireNonNull(e, "entitled"));
        tiers.add(new SlaPolicy.Tier(name, includes, entitled));
        return this;
    }

    /**
     * Adds waiting states ({@code waiting[i]}).
     *
     * @param states  the states, such as {@code waiting-for-database}, not null
     * @return this builder, not null
     */
    public PolicyBuilder waiting(String... states) {
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
    public PolicyBuilder events(String... names) {
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
    public PolicyBuilder target(String name, Consumer<Target.Builder> spec) {
        sections.target(name, spec);
        return this;
    }

    /**
     * Adds an escalation ({@code escalations[i]}): at a percentage of the budget of the named
     * targets, notify someone.
     *
     * @param percent  the percentage, such as 100, above 0 and at most 1000
     * @param of  the target names, not null
     * @param notify  who to notify, not null
     * @return this builder, not null
     */
    public PolicyBuilder escalation(double percent, List<String> of, String notify) {
        sections.escalation(percent, of, notify);
        return this;
    }

    /**
     * Adds an escalation whose percentage is given as text, such as {@code 100%}; text that does
     * not parse is a problem at {@code escalations[i].at}.
     *
     * @param percent  the percentage as text, not null
     * @param of  the target names, not null
     * @param notify  who to notify, not null
     * @return this builder, not null
     */
    public PolicyBuilder escalation(String percent, List<String> of, String notify) {
        sections.escalation(percent, of, notify);
        return this;
    }

    /**
     * Sets the out-of-hours routing ({@code out-of-hours}).
     *
     * @param calendar  the routing calendar's name, not null
     * @param spec  adds the rules and sets {@code otherwise}, not null
     * @return this builder, not null
     */
    public PolicyBuilder outOfHours(String calendar, Consumer<OutOfHours.Builder> spec) {
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
    public PolicyBuilder intake(List<String> required, Map<String, List<String>> requiredFor) {
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
    public PolicyBuilder followUp(String every, String calendar) {
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
    public PolicyBuilder version(LocalDate effectiveFrom, Consumer<PolicyVersion.Builder> spec) {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(spec, "spec");
        PolicyVersion.Builder v = new PolicyVersion.Builder(effectiveFrom);
        spec.accept(v);
        versions.add(v);
        return this;
    }

    /**
     * Gives an id a name for people to read ({@code display-names.<kind>.<id>}), such as
     * {@code displayName(SEVERITY, "severe", "嚴重錯誤")}; reports show the id itself where no name is given.
     * <p>
     * The id must be one the policy declares: a category, a kind of some category, a severity, the name
     * of a target entry (of the policy or of a version), a tier or a waiting state. The name must be one
     * line of at most 100 characters, not blank; an id of a kind is given at most one name. Each is a
     * problem at {@code display-names.<kind>.<id>}, such as {@code display-names.severities.sever}.
     *
     * @param kind  what the id names, not null
     * @param id  the id, such as {@code severe}, not null
     * @param name  the display name, such as {@code 嚴重錯誤}, not null
     * @return this builder, not null
     */
    public PolicyBuilder displayName(DisplayNames.Kind kind, String id, String name) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        displayNames.add(new DisplayNameChecks.Draft(kind, id, name));
        return this;
    }

    /**
     * Builds the policy, validating everything: the declarations first, then the sections that use
     * them, then the versions, then the display names. The YAML loader goes through this builder, so a file and Java code are
     * held to the same checks.
     *
     * @return the policy, not null
     * @throws InvalidPolicyException if any problem was found, carrying them all in the order found
     */
    public SlaPolicy build() {
        List<Problem> found = new ArrayList<>(problems);
        if (name.isBlank()) {
            found.add(new Problem("name", "A policy needs a name, was '" + name + "'"));
        }
        Declared declared = DeclarationChecks.check(calendars, brokenCalendars, severities, categories, tiers, waiting, events,
                found);
        if (sections.targets == null || sections.targets.isEmpty()) {
            found.add(new Problem("targets", "A policy needs at least one target, was none"));
        }
        SectionChecks checks = new SectionChecks(declared, new TargetChecks(declared, calendars, zone, found), found);
        SectionChecks.Checked own = checks.check("", sections, null);
        SlaPolicy.FollowUp followUp = checks.followUp(followUpEvery, followUpCalendar);
        List<PolicyVersion> checkedVersions = VersionChecks.check(versions, own.targets(), checks, found);
        DisplayNames names = DisplayNameChecks.check(displayNames, declared, targetNames(), found);
        if (!found.isEmpty()) {
            throw new InvalidPolicyException(found);
        }
        return new SlaPolicy(new PolicyDefinition(name, zone, calendars, severities, categories, tiers, waiting, events,
                own.targets(), own.escalations() == null ? List.of() : own.escalations(), own.outOfHours(), own.intake(),
                followUp, names, checkedVersions));
    }

    /** The names of the target entries given, the policy's then each version's, as written: a broken entry keeps its name. */
    private Set<String> targetNames() {
        Set<String> names = new LinkedHashSet<>();
        List<Sections> all = new ArrayList<>(List.of(sections));
        versions.forEach(v -> all.add(v.sections));
        for (Sections s : all) {
            if (s.targets != null) {
                s.targets.forEach(t -> names.add(t.name));
            }
        }
        return names;
    }
}
