package org.slakit.config;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;
import org.slakit.calendar.CalendarText;
import org.slakit.config.PolicySpec.CategorySpec;
import org.slakit.config.PolicySpec.FollowUpSpec;
import org.slakit.config.PolicySpec.TierSpec;
import org.slakit.config.PolicySpec.VersionSpec;
import org.slakit.policy.DisplayNames;

/**
 * Reads a policy file's tree into a {@link PolicySpec}: the top-level keys here, the calendars with
 * {@link CalendarYaml}, and the sections a version may replace with {@link SectionsReader}. Every
 * problem of form is collected, and all are thrown at once before a spec is made: the first of the
 * two rounds in which a file's problems are reported.
 * <p>
 * This class is not thread-safe: one instance reads one file.
 */
final class PolicyReader {

    private static final Set<String> TOP = Set.of("slakit", "name", "zone", "calendars", "severities", "categories", "tiers",
            "waiting", "events", "targets", "escalations", "out-of-hours", "intake", "follow-up", "display-names",
            "versions");
    private static final Set<String> CATEGORY = Set.of("kinds", "requirement");
    private static final Set<String> TIER = Set.of("includes", "entitled");
    private static final Set<String> FOLLOW_UP = Set.of("unconfirmed");
    private static final Set<String> UNCONFIRMED = Set.of("every", "calendar");
    private static final Map<String, DisplayNames.Kind> DISPLAY_NAMES = displayNameKeys();
    private static final Set<String> VERSION = Set.of("effective-from", "targets", "escalations", "out-of-hours", "intake");

    private final YamlNode root;
    private final YamlProblems problems;
    private final HolidayFiles holidayFiles;
    private final SectionsReader sections;

    PolicyReader(YamlNode root, YamlProblems problems, HolidayFiles holidayFiles) {
        this.root = root;
        this.problems = problems;
        this.holidayFiles = holidayFiles;
        Optional<String> firstCalendar = root.get("calendars").flatMap(c -> c.members().keySet().stream().findFirst());
        this.sections = new SectionsReader(problems, firstCalendar);
    }

    /**
     * Reads the file.
     *
     * @throws PolicyException naming every problem of form, if there is any
     */
    PolicySpec read() {
        problems.header(root, "slakit", TOP);
        // name is a label, not a rule: a file without one is named after itself
        Optional<String> name = root.get("name").isPresent() ? root.get("name").flatMap(problems::text)
                : Optional.of(problems.file());
        Optional<ZoneId> zone = problems.required(root, "zone").flatMap(this::zone);
        Map<String, CalendarBuilder> calendars = new LinkedHashMap<>();
        Optional<YamlNode> calendarSection = problems.required(root, "calendars");
        if (calendarSection.isPresent() && zone.isPresent()) {
            calendars = CalendarYaml.read(calendarSection.get(), zone.get(), holidayFiles, problems);
        }
        List<String> severities = problems.required(root, "severities").map(problems::texts).orElse(List.of());
        List<CategorySpec> categories = problems.required(root, "categories").map(this::categories).orElse(List.of());
        List<TierSpec> tiers = root.get("tiers").map(this::tiers).orElse(List.of());
        List<String> waiting = root.get("waiting").map(problems::texts).orElse(List.of());
        List<String> events = root.get("events").map(problems::texts).orElse(List.of());
        SectionsSpec own = sections.read(root, true);
        Optional<FollowUpSpec> followUp = root.get("follow-up").flatMap(this::followUp);
        Map<DisplayNames.Kind, Map<String, String>> displayNames = root.get("display-names").map(this::displayNames)
                .orElse(Map.of());
        List<VersionSpec> versions = root.get("versions").map(n -> problems.listOf(n, this::version)).orElse(List.of());
        // Problems of form stop here, before anything is built, so that the builder's numbering
        // of list entries is always the file's.
        problems.throwIfAny();
        return new PolicySpec(root, name.orElseThrow(), zone.orElseThrow(), calendars, severities, categories, tiers,
                waiting, events, own, followUp, displayNames, versions);
    }

    private Optional<ZoneId> zone(YamlNode node) {
        return problems.text(node).flatMap(text -> {
            try {
                return Optional.of(CalendarText.zone(text));
            } catch (DateTimeException e) {
                problems.at(node, e.getMessage());
                return Optional.empty();
            }
        });
    }

    private List<CategorySpec> categories(YamlNode node) {
        List<CategorySpec> out = new ArrayList<>();
        if (node.kind() != YamlNode.Kind.MAPPING) {
            problems.at(node, "Expected a mapping of categories to their kinds, was " + node.kind().described);
            return out;
        }
        for (YamlNode.Member m : node.members().values()) {
            YamlNode value = m.value();
            if (value.kind() != YamlNode.Kind.MAPPING) {
                out.add(new CategorySpec(m.key(), problems.texts(value), false));
            } else if (problems.mapping(value, CATEGORY)) {
                List<String> kinds = value.get("kinds").map(problems::texts).orElse(List.of());
                boolean requirement = value.get("requirement").map(this::bool).orElse(false);
                out.add(new CategorySpec(m.key(), kinds, requirement));
            }
        }
        return out;
    }

    private boolean bool(YamlNode node) {
        Optional<String> text = problems.text(node);
        if (text.isPresent() && !text.get().equals("true") && !text.get().equals("false")) {
            problems.at(node, "Expected true or false, was '" + text.get() + "'");
        }
        return text.map("true"::equals).orElse(false);
    }

    private List<TierSpec> tiers(YamlNode node) {
        List<TierSpec> out = new ArrayList<>();
        if (node.kind() == YamlNode.Kind.SEQUENCE) {
            for (String tier : problems.texts(node)) {
                out.add(new TierSpec(tier, List.of(), List.of()));
            }
            return out;
        }
        if (node.kind() != YamlNode.Kind.MAPPING) {
            problems.at(node, "Expected a mapping of tiers, or a list of tier names, was " + node.kind().described);
            return out;
        }
        for (YamlNode.Member m : node.members().values()) {
            YamlNode value = m.value();
            if (value.isNull()) {
                out.add(new TierSpec(m.key(), List.of(), List.of()));
            } else if (problems.mapping(value, TIER)) {
                List<String> includes = value.get("includes").map(problems::texts).orElse(List.of());
                List<String> entitled = value.get("entitled").map(problems::texts).orElse(List.of());
                out.add(new TierSpec(m.key(), includes, entitled));
            }
        }
        return out;
    }

    private Optional<FollowUpSpec> followUp(YamlNode node) {
        if (!problems.mapping(node, FOLLOW_UP)) {
            return Optional.empty();
        }
        return problems.required(node, "unconfirmed").flatMap(u -> {
            if (!problems.mapping(u, UNCONFIRMED)) {
                return Optional.empty();
            }
            Optional<String> every = problems.required(u, "every").flatMap(problems::text);
            Optional<String> calendar = problems.required(u, "calendar").flatMap(problems::text);
            if (every.isEmpty() || calendar.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FollowUpSpec(every.get(), calendar.get()));
        });
    }

    private static Map<String, DisplayNames.Kind> displayNameKeys() {
        Map<String, DisplayNames.Kind> keys = new LinkedHashMap<>();
        for (DisplayNames.Kind kind : DisplayNames.Kind.values()) {
            keys.put(kind.key(), kind);
        }
        return keys;
    }

    /** Reads {@code display-names}: for each kind, a mapping of ids to names; whether each id is declared is the builder's. */
    private Map<DisplayNames.Kind, Map<String, String>> displayNames(YamlNode node) {
        Map<DisplayNames.Kind, Map<String, String>> out = new LinkedHashMap<>();
        if (!problems.mapping(node, DISPLAY_NAMES.keySet())) {
            return out;
        }
        for (YamlNode.Member m : node.members().values()) {
            DisplayNames.Kind kind = DISPLAY_NAMES.get(m.key());
            if (kind == null) {
                continue;
            }
            if (m.value().kind() != YamlNode.Kind.MAPPING) {
                problems.at(m.value(), "Expected a mapping of " + m.key() + " to their display names, was "
                        + YamlProblems.describe(m.value()));
                continue;
            }
            Map<String, String> names = new LinkedHashMap<>();
            m.value().members().values().forEach(id -> problems.text(id.value()).ifPresent(name -> names.put(id.key(), name)));
            out.put(kind, names);
        }
        return out;
    }

    private Optional<VersionSpec> version(YamlNode node) {
        if (!problems.mapping(node, VERSION)) {
            return Optional.empty();
        }
        Optional<LocalDate> from = problems.required(node, "effective-from").flatMap(problems::date);
        SectionsSpec replaced = sections.read(node, false);
        return from.map(date -> new VersionSpec(date, replaced));
    }
}
