package org.slakit.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.policy.Condition;
import org.slakit.policy.DeadlineRule;
import org.slakit.policy.EscalationRule;
import org.slakit.policy.Intake;
import org.slakit.policy.InvalidPolicyException;
import org.slakit.policy.OutOfHours;
import org.slakit.policy.PolicyBuilder;
import org.slakit.policy.PolicyVersion;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaPolicy.Category;
import org.slakit.policy.SlaPolicy.Tier;
import org.slakit.policy.Target;

/**
 * Loads and writes policy files: a vendor's whole after-sales promise in one YAML file.
 * <pre>
 * slakit: 1
 * name: Hong Kong POS/ERP vendor, after-sales service
 * zone: Asia/Hong_Kong
 * calendars:
 *   office:
 *     hours: {Mon-Fri: 09:00-18:00, Sat: 10:00-18:00}
 *     holidays: [hk]
 * severities: [severe, general]
 * categories: {software-error: [function-error, exception]}
 * events: [workaround-given]
 * targets:
 *   - {name: fix, when: {severity: severe}, stops-on: [workaround-given, resolved], within: 4h, calendar: office}
 * </pre>
 * The format is the one the README's "Policy files" section describes, and
 * {@code slakit-policy.schema.json} (a resource of this module) is its complete grammar. Every
 * section goes through {@link SlaPolicy#builder}, so a file and Java code are held to the same
 * rules. Problems are reported with their YAML path, line and column, as a
 * {@link PolicyException}, in two rounds: every problem of form (a missing, unknown or misshapen key
 * or value) at once, before anything is built; then, once the form is right, every problem the
 * builder finds (a bad or overlapping window, an undefined name, …) at once. Nothing half-built
 * escapes. The file is read safely (no anchors, aliases or tags; no duplicate keys; bounded size
 * and nesting).
 * Holiday files named in {@code holidays} are found relative to the policy file.
 * <p>
 * A loaded policy written back out and loaded again is equal to the first.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyYaml {

    private static final Set<String> TOP = Set.of("slakit", "name", "zone", "calendars", "severities", "categories", "tiers",
            "waiting", "events", "targets", "escalations", "out-of-hours", "intake", "follow-up", "versions");
    private static final Set<String> CATEGORY = Set.of("kinds", "requirement");
    private static final Set<String> TIER = Set.of("includes", "entitled");
    private static final Set<String> TARGET = Set.of("name", "when", "starts-on", "restarts-on", "stops-on", "paused-by",
            "within", "end-of-business-day", "business-days", "calendar", "warn-at");
    private static final Set<String> WHEN = Set.of("category", "kind", "severity", "tier", "service");
    private static final Set<String> CUTOFF = Set.of("cutoff");
    private static final Set<String> ESCALATION = Set.of("at", "of", "notify");
    private static final Set<String> OUT_OF_HOURS = Set.of("calendar", "rules", "otherwise");
    private static final Set<String> ROUTING_RULE = Set.of("when", "route");
    private static final Set<String> INTAKE = Set.of("required", "required-for");
    private static final Set<String> FOLLOW_UP = Set.of("unconfirmed");
    private static final Set<String> UNCONFIRMED = Set.of("every", "calendar");
    private static final Set<String> VERSION = Set.of("effective-from", "targets", "escalations", "out-of-hours", "intake");

    private PolicyYaml() {
    }

    /**
     * Loads a policy file, read as UTF-8; holiday files it names are found relative to it.
     *
     * @param file  the file, not null
     * @return the policy, not null
     * @throws PolicyException if the file breaks the format or a rule of a policy, naming every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SlaPolicy load(Path file) {
        Objects.requireNonNull(file, "file");
        Path dir = file.toAbsolutePath().getParent();
        return SafeYaml.load(file, "policy file", reader -> read(reader, file.toString(), dir == null ? Path.of("") : dir));
    }

    /**
     * Reads a policy from a reader.
     *
     * @param reader  the text, not null
     * @param fileName  the name to give the file in messages, not null
     * @param baseDir  the folder holiday files are found in, not null
     * @return the policy, not null
     * @throws PolicyException if the text breaks the format or a rule of a policy, naming every problem
     */
    public static SlaPolicy read(Reader reader, String fileName, Path baseDir) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(baseDir, "baseDir");
        YamlNode root = SafeYaml.read(reader, fileName);
        return new FileReader(root, new YamlProblems(fileName), baseDir).read();
    }

    /**
     * Reads a policy from text; holiday files are found relative to the working folder.
     *
     * @param yaml  the text, not null
     * @param fileName  the name to give the file in messages, not null
     * @return the policy, not null
     * @throws PolicyException if the text breaks the format or a rule of a policy, naming every problem
     */
    public static SlaPolicy read(String yaml, String fileName) {
        Objects.requireNonNull(yaml, "yaml");
        return read(new StringReader(yaml), fileName, Path.of(""));
    }

    // ----- reading -----

    /** Reads one file's tree into the policy builder; one instance per file. */
    private static final class FileReader {
        private final YamlNode root;
        private final YamlProblems problems;
        private final Path baseDir;

        FileReader(YamlNode root, YamlProblems problems, Path baseDir) {
            this.root = root;
            this.problems = problems;
            this.baseDir = baseDir;
        }

        SlaPolicy read() {
            problems.header(root, "slakit", TOP);
            // name is a label, not a rule: a file without one is named after itself
            Optional<String> name = root.get("name").isPresent() ? root.get("name").flatMap(problems::text)
                    : Optional.of(problems.file());
            Optional<ZoneId> zone = problems.required(root, "zone").flatMap(this::zone);
            Map<String, BusinessCalendar.Builder> calendars = new LinkedHashMap<>();
            Optional<YamlNode> calendarSection = problems.required(root, "calendars");
            if (calendarSection.isPresent() && zone.isPresent()) {
                calendars = CalendarYaml.read(calendarSection.get(), zone.get(), baseDir, problems);
            }
            List<Consumer<PolicyBuilder>> steps = new ArrayList<>();
            problems.required(root, "severities").map(this::texts).ifPresent(s -> steps.add(b -> b.severities(s)));
            problems.required(root, "categories").ifPresent(n -> categories(n, steps));
            root.get("tiers").ifPresent(n -> tiers(n, steps));
            root.get("waiting").map(this::texts).ifPresent(w -> steps.add(b -> b.waiting(w.toArray(new String[0]))));
            root.get("events").map(this::texts).ifPresent(e -> steps.add(b -> b.events(e.toArray(new String[0]))));
            Sections sections = sections(root, true);
            root.get("follow-up").ifPresent(n -> followUp(n, steps));
            List<Consumer<PolicyBuilder>> versions = new ArrayList<>();
            root.get("versions").ifPresent(n -> {
                for (YamlNode v : problems.list(n)) {
                    version(v).ifPresent(versions::add);
                }
            });
            // Problems of form stop here, before anything is built, so that the builder's numbering
            // of list entries is always the file's.
            problems.throwIfAny();
            PolicyBuilder builder = SlaPolicy.builder(name.orElseThrow(), zone.orElseThrow());
            calendars.forEach(builder::calendar);
            steps.forEach(s -> s.accept(builder));
            sections.targets.forEach(t -> builder.target(t.name, t.spec));
            sections.escalations.forEach(e -> builder.escalation(e.at, e.of, e.recipient));
            sections.outOfHours.ifPresent(o -> builder.outOfHours(o.calendar, o.spec));
            sections.intake.ifPresent(i -> builder.intake(i.required, i.requiredFor));
            versions.forEach(v -> v.accept(builder));
            try {
                return builder.build();
            } catch (InvalidPolicyException e) {
                throw problems.builderFailed(root, e.problems(), e);
            }
        }

        private Optional<ZoneId> zone(YamlNode node) {
            return problems.text(node).flatMap(text -> {
                try {
                    return Optional.of(ZoneId.of(text));
                } catch (DateTimeException e) {
                    problems.at(node, "Zone '" + text + "' is not a known time-zone id (such as Asia/Hong_Kong or UTC)");
                    return Optional.empty();
                }
            });
        }

        private List<String> texts(YamlNode node) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : problems.list(node)) {
                problems.text(item).ifPresent(out::add);
            }
            return out;
        }

        private void categories(YamlNode node, List<Consumer<PolicyBuilder>> steps) {
            if (node.kind() != YamlNode.Kind.MAPPING) {
                problems.at(node, "Expected a mapping of categories to their kinds, was " + node.kind().described);
                return;
            }
            for (YamlNode.Member m : node.members().values()) {
                YamlNode value = m.value();
                if (value.kind() == YamlNode.Kind.MAPPING) {
                    if (!problems.mapping(value, CATEGORY)) {
                        continue;
                    }
                    List<String> kinds = value.get("kinds").map(this::texts).orElse(List.of());
                    boolean requirement = value.get("requirement").map(this::bool).orElse(false);
                    steps.add(b -> b.category(m.key(), kinds, requirement));
                } else {
                    List<String> kinds = texts(value);
                    steps.add(b -> b.category(m.key(), kinds, false));
                }
            }
        }

        private boolean bool(YamlNode node) {
            Optional<String> text = problems.text(node);
            if (text.isPresent() && !text.get().equals("true") && !text.get().equals("false")) {
                problems.at(node, "Expected true or false, was '" + text.get() + "'");
            }
            return text.map("true"::equals).orElse(false);
        }

        private void tiers(YamlNode node, List<Consumer<PolicyBuilder>> steps) {
            if (node.kind() == YamlNode.Kind.SEQUENCE) {
                for (String tier : texts(node)) {
                    steps.add(b -> b.tier(tier));
                }
                return;
            }
            if (node.kind() != YamlNode.Kind.MAPPING) {
                problems.at(node, "Expected a mapping of tiers, or a list of tier names, was " + node.kind().described);
                return;
            }
            for (YamlNode.Member m : node.members().values()) {
                YamlNode value = m.value();
                if (value.isNull()) {
                    steps.add(b -> b.tier(m.key()));
                    continue;
                }
                if (!problems.mapping(value, TIER)) {
                    continue;
                }
                List<String> includes = value.get("includes").map(this::texts).orElse(List.of());
                List<String> entitled = value.get("entitled").map(this::texts).orElse(List.of());
                steps.add(b -> b.tier(m.key(), includes, entitled));
            }
        }

        /** The sections a version may replace, read. */
        private final class Sections {
            final List<TargetSpec> targets = new ArrayList<>();
            final List<EscalationSpec> escalations = new ArrayList<>();
            Optional<OutOfHoursSpec> outOfHours = Optional.empty();
            Optional<IntakeSpec> intake = Optional.empty();
            boolean hasTargets;
            boolean hasEscalations;
        }

        private Sections sections(YamlNode node, boolean targetsRequired) {
            Sections s = new Sections();
            Optional<YamlNode> targets = targetsRequired ? problems.required(node, "targets") : node.get("targets");
            targets.ifPresent(list -> {
                s.hasTargets = true;
                List<YamlNode> items = problems.list(list);
                if (!targetsRequired && items.isEmpty() && list.kind() == YamlNode.Kind.SEQUENCE) {
                    // the policy's own targets: [] is the builder's to report
                    problems.at(list, "A version that replaces targets needs at least one target, was none");
                }
                for (YamlNode t : items) {
                    target(t).ifPresent(s.targets::add);
                }
            });
            node.get("escalations").ifPresent(list -> {
                s.hasEscalations = true;
                for (YamlNode e : problems.list(list)) {
                    escalation(e).ifPresent(s.escalations::add);
                }
            });
            s.outOfHours = node.get("out-of-hours").flatMap(this::outOfHours);
            s.intake = node.get("intake").flatMap(this::intake);
            return s;
        }

        private Optional<TargetSpec> target(YamlNode node) {
            if (!problems.mapping(node, TARGET)) {
                return Optional.empty();
            }
            Optional<String> name = problems.required(node, "name").flatMap(problems::text);
            List<Consumer<Target.Builder>> parts = new ArrayList<>();
            node.get("when").flatMap(this::condition).ifPresent(c -> parts.add(t -> t.when(c)));
            node.get("starts-on").map(this::texts).ifPresent(v -> parts.add(t -> t.startsOn(v.toArray(new String[0]))));
            node.get("restarts-on").map(this::texts).ifPresent(v -> parts.add(t -> t.restartsOn(v.toArray(new String[0]))));
            node.get("stops-on").map(this::texts).ifPresent(v -> parts.add(t -> t.stopsOn(v.toArray(new String[0]))));
            node.get("paused-by").map(this::texts).ifPresent(v -> parts.add(t -> t.pausedBy(v.toArray(new String[0]))));
            node.get("within").flatMap(problems::text).ifPresent(v -> parts.add(t -> t.within(v)));
            node.get("end-of-business-day").ifPresent(n -> {
                if (problems.mapping(n, CUTOFF)) {
                    problems.required(n, "cutoff").flatMap(problems::text).ifPresent(v -> parts.add(t -> t.endOfWorkingDay(v)));
                }
            });
            node.get("business-days").flatMap(n -> integer(n)).ifPresent(v -> parts.add(t -> t.workingDays(v)));
            node.get("calendar").flatMap(problems::text).ifPresent(v -> parts.add(t -> t.calendar(v)));
            node.get("warn-at").map(this::texts).ifPresent(v -> parts.add(t -> t.warnAt(v.toArray(new String[0]))));
            return name.map(n -> new TargetSpec(n, t -> parts.forEach(p -> p.accept(t))));
        }

        private Optional<Condition> condition(YamlNode node) {
            if (!problems.mapping(node, WHEN)) {
                return Optional.empty();
            }
            Condition c = Condition.any();
            for (YamlNode.Member m : node.members().values()) {
                String[] values = texts(m.value()).toArray(new String[0]);
                if (values.length == 0 && m.value().kind() == YamlNode.Kind.SEQUENCE) {
                    problems.at(m.value(), "Condition '" + m.key() + "' must name at least one value, was none");
                }
                switch (m.key()) {
                    case "category":
                        c = c.withCategory(values);
                        break;
                    case "kind":
                        c = c.withKind(values);
                        break;
                    case "severity":
                        c = c.withSeverity(values);
                        break;
                    case "tier":
                        c = c.withTier(values);
                        break;
                    default:
                        c = c.withService(values);
                }
            }
            return Optional.of(c);
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
            Optional<List<String>> of = problems.required(node, "of").map(this::texts);
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
            // by default the policy's first calendar, as for a target
            Optional<String> calendar = node.get("calendar").isPresent() || firstCalendar().isEmpty()
                    ? problems.required(node, "calendar").flatMap(problems::text) : firstCalendar();
            List<Consumer<OutOfHours.Builder>> parts = new ArrayList<>();
            node.get("rules").ifPresent(list -> {
                for (YamlNode rule : problems.list(list)) {
                    if (!problems.mapping(rule, ROUTING_RULE)) {
                        continue;
                    }
                    Condition when = rule.get("when").flatMap(this::condition).orElse(Condition.any());
                    problems.required(rule, "route").flatMap(problems::text).ifPresent(r -> parts.add(o -> o.rule(when, r)));
                }
            });
            node.get("otherwise").flatMap(problems::text).ifPresent(r -> parts.add(o -> o.otherwise(r)));
            return calendar.map(c -> new OutOfHoursSpec(c, o -> parts.forEach(p -> p.accept(o))));
        }

        /** The name of the first calendar the file defines, if any. */
        private Optional<String> firstCalendar() {
            return root.get("calendars").flatMap(c -> c.members().keySet().stream().findFirst());
        }

        private Optional<IntakeSpec> intake(YamlNode node) {
            if (!problems.mapping(node, INTAKE)) {
                return Optional.empty();
            }
            List<String> required = node.get("required").map(this::texts).orElse(List.of());
            Map<String, List<String>> requiredFor = new LinkedHashMap<>();
            node.get("required-for").ifPresent(n -> {
                if (n.kind() != YamlNode.Kind.MAPPING) {
                    problems.at(n, "Expected a mapping of categories to fields, was " + n.kind().described);
                    return;
                }
                for (YamlNode.Member m : n.members().values()) {
                    requiredFor.put(m.key(), texts(m.value()));
                }
            });
            return Optional.of(new IntakeSpec(required, requiredFor));
        }

        private void followUp(YamlNode node, List<Consumer<PolicyBuilder>> steps) {
            if (!problems.mapping(node, FOLLOW_UP)) {
                return;
            }
            problems.required(node, "unconfirmed").ifPresent(u -> {
                if (!problems.mapping(u, UNCONFIRMED)) {
                    return;
                }
                Optional<String> every = problems.required(u, "every").flatMap(problems::text);
                Optional<String> calendar = problems.required(u, "calendar").flatMap(problems::text);
                if (every.isPresent() && calendar.isPresent()) {
                    steps.add(b -> b.followUp(every.get(), calendar.get()));
                }
            });
        }

        private Optional<Consumer<PolicyBuilder>> version(YamlNode node) {
            if (!problems.mapping(node, VERSION)) {
                return Optional.empty();
            }
            Optional<LocalDate> from = problems.required(node, "effective-from").flatMap(problems::date);
            Sections s = sections(node, false);
            return from.map(date -> b -> b.version(date, v -> {
                s.targets.forEach(t -> v.target(t.name, t.spec));
                if (s.hasEscalations && s.escalations.isEmpty()) {
                    v.noEscalations();
                }
                s.escalations.forEach(e -> v.escalation(e.at, e.of, e.recipient));
                s.outOfHours.ifPresent(o -> v.outOfHours(o.calendar, o.spec));
                s.intake.ifPresent(i -> v.intake(i.required, i.requiredFor));
            }));
        }
    }

    private record TargetSpec(String name, Consumer<Target.Builder> spec) {
    }

    private record EscalationSpec(String at, List<String> of, String recipient) {
    }

    private record OutOfHoursSpec(String calendar, Consumer<OutOfHours.Builder> spec) {
    }

    private record IntakeSpec(List<String> required, Map<String, List<String>> requiredFor) {
    }

    // ----- writing -----

    /**
     * Writes a policy in the policy format; holiday sets are written as the ids or file paths they
     * were loaded from.
     *
     * @param policy  the policy, not null
     * @return the YAML text, not null
     * @throws IllegalArgumentException if a calendar holds a holiday set built in code, which has no id or file, or a
     *     ready set added as an override, which the format cannot say
     */
    public static String write(SlaPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("slakit", 1);
        out.put("name", policy.name());
        out.put("zone", policy.zone().getId());
        Map<String, Object> calendars = new LinkedHashMap<>();
        policy.calendars().forEach((name, cal) -> calendars.put(name, CalendarYaml.write(cal)));
        out.put("calendars", calendars);
        out.put("severities", policy.severities());
        Map<String, Object> categories = new LinkedHashMap<>();
        for (Category c : policy.categories()) {
            if (c.requirement()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("kinds", c.kinds());
                entry.put("requirement", true);
                categories.put(c.name(), entry);
            } else {
                categories.put(c.name(), c.kinds());
            }
        }
        out.put("categories", categories);
        if (!policy.tiers().isEmpty()) {
            Map<String, Object> tiers = new LinkedHashMap<>();
            for (Tier t : policy.tiers()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                if (!t.includes().isEmpty()) {
                    entry.put("includes", t.includes());
                }
                if (!t.entitled().isEmpty()) {
                    entry.put("entitled", t.entitled());
                }
                tiers.put(t.name(), entry);
            }
            out.put("tiers", tiers);
        }
        if (!policy.waitingStates().isEmpty()) {
            out.put("waiting", policy.waitingStates());
        }
        if (!policy.events().isEmpty()) {
            out.put("events", policy.events());
        }
        out.put("targets", targets(policy.targets()));
        if (!policy.escalations().isEmpty()) {
            out.put("escalations", escalations(policy.escalations()));
        }
        policy.outOfHours().ifPresent(o -> out.put("out-of-hours", outOfHours(o)));
        policy.intake().ifPresent(i -> out.put("intake", intake(i)));
        policy.followUp().ifPresent(f -> {
            Map<String, Object> unconfirmed = new LinkedHashMap<>();
            unconfirmed.put("every", f.every());
            unconfirmed.put("calendar", f.calendar());
            out.put("follow-up", Map.of("unconfirmed", unconfirmed));
        });
        if (!policy.versions().isEmpty()) {
            List<Object> versions = new ArrayList<>();
            for (PolicyVersion v : policy.versions()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("effective-from", v.effectiveFrom().toString());
                v.targets().ifPresent(t -> entry.put("targets", targets(t)));
                v.escalations().ifPresent(e -> entry.put("escalations", escalations(e)));
                v.outOfHours().ifPresent(o -> entry.put("out-of-hours", outOfHours(o)));
                v.intake().ifPresent(i -> entry.put("intake", intake(i)));
                versions.add(entry);
            }
            out.put("versions", versions);
        }
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private static List<Object> targets(List<Target> targets) {
        List<Object> out = new ArrayList<>();
        for (Target t : targets) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", t.name());
            if (!t.when().isAny()) {
                entry.put("when", t.when().aspects());
            }
            if (!t.startsOn().equals(List.of("opened"))) {
                entry.put("starts-on", t.startsOn());
            }
            if (!t.restartsOn().isEmpty()) {
                entry.put("restarts-on", t.restartsOn());
            }
            entry.put("stops-on", t.stopsOn());
            t.pausedBy().ifPresent(p -> entry.put("paused-by", p));
            DeadlineRule rule = t.rule();
            if (rule instanceof DeadlineRule.Within w) {
                entry.put("within", w.valueText());
            } else if (rule instanceof DeadlineRule.EndOfWorkingDay e) {
                entry.put("end-of-business-day", Map.of("cutoff", e.valueText()));
            } else if (rule instanceof DeadlineRule.WorkingDays d) {
                entry.put("business-days", d.days());
            }
            t.calendar().ifPresent(c -> entry.put("calendar", c));
            if (!t.warnAt().isEmpty()) {
                entry.put("warn-at", t.warnAtText());
            }
            out.add(entry);
        }
        return out;
    }

    private static List<Object> escalations(List<EscalationRule> escalations) {
        List<Object> out = new ArrayList<>();
        for (EscalationRule e : escalations) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", e.percentText());
            entry.put("of", e.of());
            entry.put("notify", e.recipient());
            out.add(entry);
        }
        return out;
    }

    private static Map<String, Object> outOfHours(OutOfHours o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("calendar", o.calendar());
        List<Object> rules = new ArrayList<>();
        for (OutOfHours.Rule r : o.rules()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("when", r.when().aspects());
            rule.put("route", r.route().key());
            rules.add(rule);
        }
        out.put("rules", rules);
        out.put("otherwise", o.otherwise().key());
        return out;
    }

    private static Map<String, Object> intake(Intake i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("required", i.required());
        if (!i.requiredFor().isEmpty()) {
            out.put("required-for", i.requiredFor());
        }
        return out;
    }
}
