package org.slakit.config;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Reads a ticket file: one ticket and its whole history, in slakit's YAML format.
 * <pre>
 * slakit-ticket: 1
 * id: T-1001
 * opened: 2026-11-20T10:15                    # a local date-time in the policy's zone, or an instant
 * classification: {category: software-error, severity: general, kind: function-error, tier: standard}
 * fields: {company: Harbour Department Store Ltd., version: "5.2"}
 * events:
 *   - {at: 2026-11-20T02:25:00Z, event: responded}
 *   - {at: 2026-11-20T11:45, pause: waiting-for-database}
 *   - {at: 2026-11-23T10:30, resume}
 *   - {at: 2026-11-24T09:30, resolve}
 * </pre>
 * Each entry of {@code events} has {@code at} and exactly one action: {@code event: NAME},
 * {@code pause: STATE}, {@code resume}, {@code reclassify: {…}}, {@code resolve}, {@code reopen}
 * or {@code confirm}. The ticket's own rules (time order, waits, resolve before confirm) are
 * {@link Ticket}'s; a broken rule is reported at the entry that breaks it. Names are checked
 * against a policy when the ticket meets it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TicketYaml {

    private static final Set<String> TOP = Set.of("slakit-ticket", "id", "opened", "classification", "fields", "events");
    private static final Set<String> CLASSIFICATION = Set.of("category", "severity", "kind", "tier", "service");
    private static final Set<String> EVENT = Set.of("at", "event", "pause", "resume", "reclassify", "resolve", "reopen", "confirm");
    private static final Set<String> ACTIONS = Set.of("event", "pause", "resume", "reclassify", "resolve", "reopen", "confirm");
    /** The built-in events that are not written as {@code event: NAME}, and why. */
    private static final Map<String, String> LIFECYCLE = Map.of(
            Ticket.OPENED, "Event 'opened' is the ticket's own 'opened' key, not an entry of events",
            Ticket.RESOLVED, "Event 'resolved' has its own action: write {at: …, resolve}",
            Ticket.REOPENED, "Event 'reopened' has its own action: write {at: …, reopen}",
            Ticket.CONFIRMED, "Event 'confirmed' has its own action: write {at: …, confirm}");

    private TicketYaml() {
    }

    /**
     * Loads a ticket file, read as UTF-8.
     *
     * @param file  the file, not null
     * @param zone  the zone of local date-times (the policy's), not null
     * @return the ticket, not null
     * @throws PolicyException if the file breaks the format or a rule of the ticket log, naming every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Ticket load(Path file, ZoneId zone) {
        return load(file, zone, StandardCharsets.UTF_8);
    }

    /**
     * Loads a ticket file saved in an encoding such as GBK or Big5.
     *
     * @param file  the file, not null
     * @param zone  the zone of local date-times (the policy's), not null
     * @param charset  the file's encoding, not null
     * @return the ticket, not null
     * @throws PolicyException if the file is not text in the encoding, or breaks the format or a rule of the
     *     ticket log, naming every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Ticket load(Path file, ZoneId zone, Charset charset) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(charset, "charset");
        return SafeYaml.load(file, "ticket file", charset, reader -> read(reader, file.toString(), zone));
    }

    /**
     * Reads a ticket file from a reader.
     *
     * @param reader  the text, not null
     * @param fileName  the name to give the file in messages, not null
     * @param zone  the zone of local date-times (the policy's), not null
     * @return the ticket, not null
     * @throws PolicyException if the text breaks the format or a rule of the ticket log, naming every problem
     */
    public static Ticket read(Reader reader, String fileName, ZoneId zone) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(zone, "zone");
        YamlNode root = SafeYaml.read(reader, fileName);
        YamlProblems problems = new YamlProblems(fileName);
        problems.header(root, "slakit-ticket", TOP);
        Optional<String> id = problems.required(root, "id").flatMap(problems::text).filter(i -> {
            if (i.codePoints().anyMatch(Character::isWhitespace)) {
                problems.at(root.get("id").orElseThrow(), "Ticket id '" + i + "' must not contain whitespace");
                return false;
            }
            return true;
        });
        Optional<Instant> opened = problems.required(root, "opened").flatMap(n -> time(n, zone, problems));
        Optional<Classification> classification = problems.required(root, "classification")
                .flatMap(n -> classification(n, problems));
        List<Step> steps = new ArrayList<>();
        root.get("events").ifPresent(list -> {
            for (YamlNode entry : problems.list(list)) {
                step(entry, zone, problems).ifPresent(steps::add);
            }
        });
        List<String[]> fields = new ArrayList<>();
        root.get("fields").ifPresent(node -> {
            if (node.kind() != YamlNode.Kind.MAPPING) {
                problems.at(node, "Expected a mapping of field names to texts, was " + node.kind().described);
                return;
            }
            for (YamlNode.Member m : node.members().values()) {
                problems.text(m.value()).ifPresent(v -> fields.add(new String[] {m.key(), v}));
            }
        });
        problems.throwIfAny();
        Ticket ticket;
        try {
            ticket = Ticket.open(id.orElseThrow(), opened.orElseThrow(), classification.orElseThrow());
            for (String[] field : fields) {
                ticket = ticket.withField(field[0], field[1]);
            }
        } catch (IllegalArgumentException e) {
            problems.at(root, e.getMessage());
            problems.throwIfAny();
            throw e;
        }
        for (Step step : steps) {
            try {
                ticket = step.apply(ticket);
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.at(step.node, Timestamps.local(e.getMessage(), zone));
            }
        }
        problems.throwIfAny();
        return ticket;
    }

    /** One entry of the log, read, and the node it came from. */
    private record Step(YamlNode node, Instant at, String action, String name, Classification classification) {
        Ticket apply(Ticket t) {
            switch (action) {
                case "event":
                    return t.event(at, name);
                case "pause":
                    return t.pause(at, name);
                case "resume":
                    return t.resume(at);
                case "reclassify":
                    return t.reclassify(at, classification);
                case "resolve":
                    return t.resolve(at);
                case "reopen":
                    return t.reopen(at);
                default:
                    return t.confirm(at);
            }
        }
    }

    private static Optional<Step> step(YamlNode entry, ZoneId zone, YamlProblems problems) {
        if (!problems.mapping(entry, EVENT)) {
            return Optional.empty();
        }
        Optional<Instant> at = problems.required(entry, "at").flatMap(n -> time(n, zone, problems));
        List<String> actions = new ArrayList<>();
        for (String key : entry.members().keySet()) {
            if (ACTIONS.contains(key)) {
                actions.add(key);
            }
        }
        if (actions.size() != 1) {
            problems.at(entry, actions.isEmpty()
                    ? "An event entry needs one action (event, pause, resume, reclassify, resolve, reopen or confirm), was none"
                    : "An event entry takes exactly one action, was " + String.join(" and ", actions));
            return Optional.empty();
        }
        String action = actions.get(0);
        YamlNode value = entry.get(action).orElseThrow();
        String name = null;
        Classification classification = null;
        switch (action) {
            case "event":
            case "pause":
                Optional<String> text = problems.text(value);
                if (text.isEmpty()) {
                    return Optional.empty();
                }
                name = text.get();
                if (action.equals("event") && LIFECYCLE.containsKey(name)) {
                    problems.at(value, LIFECYCLE.get(name));
                    return Optional.empty();
                }
                break;
            case "reclassify":
                Optional<Classification> c = classification(value, problems);
                if (c.isEmpty()) {
                    return Optional.empty();
                }
                classification = c.get();
                break;
            default:
                if (!value.isNull() && !"".equals(value.text())) {
                    problems.at(value, "'" + action + "' takes no value, as in {at: …, " + action + "}");
                    return Optional.empty();
                }
        }
        if (at.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step(entry, at.get(), action, name, classification));
    }

    private static Optional<Classification> classification(YamlNode node, YamlProblems problems) {
        if (!problems.mapping(node, CLASSIFICATION)) {
            return Optional.empty();
        }
        Optional<String> category = problems.required(node, "category").flatMap(problems::text);
        Optional<String> severity = problems.required(node, "severity").flatMap(problems::text);
        Optional<String> kind = optionalText(node, "kind", problems);
        Optional<String> tier = optionalText(node, "tier", problems);
        Optional<String> service = optionalText(node, "service", problems);
        if (category.isEmpty() || severity.isEmpty()) {
            return Optional.empty();
        }
        Classification c = Classification.of(category.get(), severity.get());
        c = kind.map(c::withKind).orElse(c);
        c = tier.map(c::withTier).orElse(c);
        return Optional.of(service.map(c::withService).orElse(c));
    }

    private static Optional<String> optionalText(YamlNode node, String key, YamlProblems problems) {
        return node.get(key).flatMap(problems::text);
    }

    static Optional<Instant> time(YamlNode node, ZoneId zone, YamlProblems problems) {
        return problems.text(node).flatMap(text -> {
            try {
                return Optional.of(Timestamps.parse(text, zone));
            } catch (DateTimeException e) {
                problems.at(node, e.getMessage());
                return Optional.empty();
            }
        });
    }
}
