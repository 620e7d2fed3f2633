package org.slakit.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slakit.config.SectionsSpec.ConditionSpec;
import org.slakit.config.SectionsSpec.EscalationSpec;
import org.slakit.config.SectionsSpec.IntakeSpec;
import org.slakit.config.SectionsSpec.OutOfHoursSpec;
import org.slakit.config.SectionsSpec.RoutingRuleSpec;
import org.slakit.config.SectionsSpec.TargetSpec;

/**
 * Reads the sections a version may replace ({@code targets}, {@code escalations},
 * {@code out-of-hours}, {@code intake}) into a {@link SectionsSpec}, for the policy itself and for
 * each entry of {@code versions}. Problems of form go to the file's {@link YamlProblems}; problems
 * of meaning are left to the builder.
 * <p>
 * This class is not thread-safe: one instance reads one file.
 */
final class SectionsReader {

    private static final Set<String> TARGET = Set.of("name", "when", "starts-on", "restarts-on", "stops-on", "paused-by",
            "within", "end-of-business-day", "business-days", "calendar", "warn-at");
    private static final Set<String> WHEN = Set.of("category", "kind", "severity", "tier", "service");
    private static final Set<String> CUTOFF = Set.of("cutoff");
    private static final Set<String> BUSINESS_DAYS = Set.of("days", "at");
    private static final Set<String> ESCALATION = Set.of("at", "of", "notify");
    private static final Set<String> OUT_OF_HOURS = Set.of("calendar", "rules", "otherwise");
    private static final Set<String> ROUTING_RULE = Set.of("when", "route");
    private static final Set<String> INTAKE = Set.of("required", "required-for");

    private final YamlProblems problems;
    /** The policy's first calendar, on which out-of-hours routes when it names none, as a target does. */
    private final Optional<String> firstCalendar;

    SectionsReader(YamlProblems problems, Optional<String> firstCalendar) {
        this.problems = problems;
        this.firstCalendar = firstCalendar;
    }

    /**
     * Reads the sections of a mapping: the top of the file, whose {@code targets} are required, or
     * an entry of {@code versions}, whose {@code targets} are optional but not empty.
     */
    SectionsSpec read(YamlNode node, boolean targetsRequired) {
        Optional<YamlNode> targets = targetsRequired ? problems.required(node, "targets") : node.get("targets");
        Optional<List<TargetSpec>> targetSpecs = targets.map(list -> targets(list, targetsRequired));
        Optional<List<EscalationSpec>> escalations = node.get("escalations").map(list -> problems.listOf(list, this::escalation));
        Optional<OutOfHoursSpec> outOfHours = node.get("out-of-hours").flatMap(this::outOfHours);
        Optional<IntakeSpec> intake = node.get("intake").flatMap(this::intake);
        return new SectionsSpec(targetSpecs, escalations, outOfHours, intake);
    }

    private List<TargetSpec> targets(YamlNode list, boolean targetsRequired) {
        if (!targetsRequired && list.kind() == YamlNode.Kind.SEQUENCE && list.items().isEmpty()) {
            // the policy's own targets: [] is the builder's to report
            problems.at(list, "A version that replaces targets needs at least one target, was none");
        }
        return problems.listOf(list, this::target);
    }

    private Optional<TargetSpec> target(YamlNode node) {
        if (!problems.mapping(node, TARGET)) {
            return Optional.empty();
        }
        Optional<String> name = problems.required(node, "name").flatMap(problems::text);
        Optional<ConditionSpec> when = node.get("when").flatMap(this::condition);
        Optional<List<String>> startsOn = node.get("starts-on").map(problems::texts);
        Optional<List<String>> restartsOn = node.get("restarts-on").map(problems::texts);
        Optional<List<String>> stopsOn = node.get("stops-on").map(problems::texts);
        Optional<List<String>> pausedBy = node.get("paused-by").map(problems::texts);
        Optional<String> within = node.get("within").flatMap(problems::text);
        Optional<String> cutoff = node.get("end-of-business-day").flatMap(this::cutoff);
        Optional<YamlNode> businessDaysNode = node.get("business-days");
        boolean atSameTime = businessDaysNode.filter(n -> n.kind() == YamlNode.Kind.MAPPING).flatMap(this::businessDaysAt)
                .filter("same-time"::equals).isPresent();
        Optional<Integer> businessDays = businessDaysNode.flatMap(n -> n.kind() == YamlNode.Kind.MAPPING
                ? (problems.mapping(n, BUSINESS_DAYS) ? problems.required(n, "days").flatMap(this::integer) : Optional.empty())
                : integer(n));
        Optional<String> calendar = node.get("calendar").flatMap(problems::text);
        Optional<List<String>> warnAt = node.get("warn-at").map(problems::texts);
        return name.map(n -> new TargetSpec(n, when, startsOn, restartsOn, stopsOn, pausedBy, within, cutoff,
                businessDays, atSameTime, calendar, warnAt));
    }

    private Optional<ConditionSpec> condition(YamlNode node) {
        if (!problems.mapping(node, WHEN)) {
            return Optional.empty();
        }
        Map<String, List<String>> aspects = new LinkedHashMap<>();
        for (YamlNode.Member m : node.members().values()) {
            List<String> values = problems.texts(m.value());
            if (values.isEmpty() && m.value().kind() == YamlNode.Kind.SEQUENCE) {
                problems.at(m.value(), "Condition '" + m.key() + "' must name at least one value, was none");
            }
            aspects.put(m.key(), values);
        }
        return Optional.of(new ConditionSpec(aspects));
    }

    private Optional<String> cutoff(YamlNode node) {
        if (!problems.mapping(node, CUTOFF)) {
            return Optional.empty();
        }
        return problems.required(node, "cutoff").flatMap(problems::text);
    }

    /** Reads the {@code at} of {@code business-days: {days, at}}: {@code end-of-day} (the default) or {@code same-time}. */
    private Optional<String> businessDaysAt(YamlNode node) {
        return node.get("at").flatMap(problems::text).filter(at -> {
            if (at.equals("same-time") || at.equals("end-of-day")) {
                return true;
            }
            problems.at(node.get("at").orElseThrow(), "business-days at must be 'end-of-day' (the end of the last working day)"
                    + " or 'same-time' (the start's time of day on it), was '" + at + "'");
            return false;
        });
    }

    private Optional<Integer> integer(YamlNode node) {
        return problems.text(node).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                problems.at(node, "Expected a whole number of days, was '" + text + "'");
                return Optional.empty();
            }
        });
    }

    private Optional<EscalationSpec> escalation(YamlNode node) {
        if (!problems.mapping(node, ESCALATION)) {
            return Optional.empty();
        }
        Optional<String> at = problems.required(node, "at").flatMap(problems::text);
        Optional<List<String>> of = problems.required(node, "of").map(problems::texts);
        Optional<String> notify = problems.required(node, "notify").flatMap(problems::text);
        if (at.isEmpty() || of.isEmpty() || notify.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EscalationSpec(at.get(), of.get(), notify.get()));
    }

    private Optional<OutOfHoursSpec> outOfHours(YamlNode node) {
        if (!problems.mapping(node, OUT_OF_HOURS)) {
            return Optional.empty();
        }
        Optional<String> calendar = node.get("calendar").isPresent() || firstCalendar.isEmpty()
                ? problems.required(node, "calendar").flatMap(problems::text) : firstCalendar;
        List<RoutingRuleSpec> rules = node.get("rules").map(list -> problems.listOf(list, this::routingRule)).orElse(List.of());
        Optional<String> otherwise = node.get("otherwise").flatMap(problems::text);
        return calendar.map(c -> new OutOfHoursSpec(c, rules, otherwise));
    }

    private Optional<RoutingRuleSpec> routingRule(YamlNode node) {
        if (!problems.mapping(node, ROUTING_RULE)) {
            return Optional.empty();
        }
        Optional<ConditionSpec> when = node.get("when").flatMap(this::condition);
        return problems.required(node, "route").flatMap(problems::text).map(route -> new RoutingRuleSpec(when, route));
    }

    private Optional<IntakeSpec> intake(YamlNode node) {
        if (!problems.mapping(node, INTAKE)) {
            return Optional.empty();
        }
        List<String> required = node.get("required").map(problems::texts).orElse(List.of());
        Map<String, List<String>> requiredFor = new LinkedHashMap<>();
        node.get("required-for").ifPresent(n -> {
            if (n.kind() != YamlNode.Kind.MAPPING) {
                problems.at(n, "Expected a mapping of categories to fields, was " + n.kind().described);
                return;
            }
            for (YamlNode.Member m : n.members().values()) {
                requiredFor.put(m.key(), problems.texts(m.value()));
            }
        });
        return Optional.of(new IntakeSpec(required, requiredFor));
    }
}
