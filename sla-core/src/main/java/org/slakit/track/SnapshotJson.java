package org.slakit.track;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * The lines of a tracker's snapshot: a header, then one ticket's log a line, in the keys of the
 * ticket file format ({@code org.slakit.config.TicketYaml}) with instants in UTC, and how much of the
 * log the changes reported so far account for. {@link SlaTracker#snapshot()} documents the format.
 */
final class SnapshotJson {

    static final String FORMAT = "slakit-tracker";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> HEADER = Set.of(FORMAT, "policy", "now", "tickets");
    private static final Set<String> TICKET = Set.of("id", "opened", "classification", "fields", "events", "reported");
    private static final Set<String> CLASSIFICATION = Set.of("category", "severity", "kind", "tier", "service");
    private static final List<String> ACTIONS = List.of("event", "pause", "resume", "reclassify", "resolve", "reopen", "confirm");

    private SnapshotJson() {
    }

    /** The header read back. */
    record Header(String policy, Instant now, int tickets) {
    }

    /**
     * Reads a snapshot: its header, then each ticket's line with its number; blank lines are ignored.
     *
     * @return the number of tickets the header counts
     * @throws IllegalArgumentException if there is no header, or a line is not in the format
     * @throws UncheckedIOException if the reader fails
     */
    static int read(Reader snapshot, Consumer<Header> header, ObjIntConsumer<Line> ticket) {
        BufferedReader lines = snapshot instanceof BufferedReader b ? b : new BufferedReader(snapshot);
        int expected = -1;
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (expected < 0) {
                    Header h = readHeader(line, number);
                    header.accept(h);
                    expected = h.tickets();
                } else {
                    ticket.accept(readTicket(line, number), number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (expected < 0) {
            throw new IllegalArgumentException("Snapshot line 1: a snapshot starts with {\"slakit-tracker\":1, …}, was none");
        }
        return expected;
    }

    /** A ticket line read back: the log, and how many of its entries (the opening first) are reported. */
    record Line(Ticket ticket, int reported) {
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String line(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = ChangeJson.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    static String header(String policy, Instant now, int tickets) {
        return line(g -> {
            g.writeNumberField(FORMAT, 1);
            g.writeStringField("policy", policy);
            if (now != null) {
                g.writeStringField("now", now.toString());
            }
            g.writeNumberField("tickets", tickets);
        });
    }

    static String ticket(Ticket t, int reported) {
        return line(g -> {
            g.writeStringField("id", t.id());
            g.writeStringField("opened", t.openedAt().toString());
            g.writeFieldName("classification");
            classification(g, t.openingClassification());
            if (!t.fields().isEmpty()) {
                g.writeObjectFieldStart("fields");
                for (Map.Entry<String, String> f : t.fields().entrySet()) {
                    g.writeStringField(f.getKey(), f.getValue());
                }
                g.writeEndObject();
            }
            g.writeArrayFieldStart("events");
            for (int i = 1; i < t.eventCount(); i++) {
                event(g, t.getEvent(i));
            }
            g.writeEndArray();
            if (reported != t.eventCount()) {
                g.writeNumberField("reported", reported);
            }
        });
    }

    private static void classification(JsonGenerator g, Classification c) throws IOException {
        g.writeStartObject();
        g.writeStringField("category", c.category());
        g.writeStringField("severity", c.severity());
        if (c.kind().isPresent()) {
            g.writeStringField("kind", c.kind().get());
        }
        if (c.tier().isPresent()) {
            g.writeStringField("tier", c.tier().get());
        }
        if (c.service().isPresent()) {
            g.writeStringField("service", c.service().get());
        }
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, TicketEvent e) throws IOException {
        g.writeStartObject();
        g.writeStringField("at", e.at().toString());
        switch (e.type()) {
            case PAUSE -> g.writeStringField("pause", e.waitingState().orElseThrow());
            case RESUME -> g.writeNullField("resume");
            case RECLASSIFY -> {
                g.writeFieldName("reclassify");
                classification(g, e.classification().orElseThrow());
            }
            default -> {
                switch (e.name()) {
                    case Ticket.RESOLVED -> g.writeNullField("resolve");
                    case Ticket.REOPENED -> g.writeNullField("reopen");
                    case Ticket.CONFIRMED -> g.writeNullField("confirm");
                    default -> g.writeStringField("event", e.name());
                }
            }
        }
        g.writeEndObject();
    }

    // ----- reading -----

    private static IllegalArgumentException error(int line, String what) {
        return new IllegalArgumentException("Snapshot line " + line + ": " + what);
    }

    private static JsonNode parse(String text, int line) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw error(line, "expected a JSON object, was '" + text + "'");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw error(line, "not JSON: " + e.getOriginalMessage());
        }
    }

    private static void keys(JsonNode node, Set<String> allowed, String what, int line) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw error(line, "unknown key '" + name + "' in " + what + " (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String text(JsonNode node, String key, int line) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual()) {
            throw error(line, "'" + key + "' must be a text, was " + (v == null ? "missing" : v.toString()));
        }
        return v.asText();
    }

    private static Instant instant(JsonNode node, String key, int line) {
        String t = text(node, key, line);
        try {
            return Instant.parse(t);
        } catch (DateTimeException e) {
            throw error(line, "'" + key + "' must be an ISO-8601 instant such as 2026-11-23T01:00:00Z, was '" + t + "'");
        }
    }

    static Header readHeader(String text, int line) {
        JsonNode node = parse(text, line);
        JsonNode format = node.get(FORMAT);
        if (format == null || !format.isInt() || format.asInt() != 1) {
            throw error(line, "a snapshot starts with {\"" + FORMAT + "\":1, …}, was '" + text + "'");
        }
        keys(node, HEADER, "the header", line);
        JsonNode tickets = node.get("tickets");
        if (tickets == null || !tickets.isInt() || tickets.asInt() < 0) {
            throw error(line, "'tickets' must be the count of ticket lines, was " + (tickets == null ? "missing" : tickets.toString()));
        }
        return new Header(text(node, "policy", line), node.has("now") ? instant(node, "now", line) : null, tickets.asInt());
    }

    static Line readTicket(String text, int line) {
        JsonNode node = parse(text, line);
        keys(node, TICKET, "a ticket", line);
        try {
            Ticket t = Ticket.open(text(node, "id", line), instant(node, "opened", line),
                    classification(node.get("classification"), line));
            JsonNode fields = node.get("fields");
            if (fields != null) {
                if (!fields.isObject()) {
                    throw error(line, "'fields' must be an object of texts, was " + fields);
                }
                Iterator<String> names = fields.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    t = t.withField(name, text(fields, name, line));
                }
            }
            JsonNode events = node.get("events");
            if (events != null) {
                if (!events.isArray()) {
                    throw error(line, "'events' must be an array, was " + events);
                }
                for (JsonNode e : events) {
                    t = step(t, e, line);
                }
            }
            int reported = t.eventCount();
            JsonNode r = node.get("reported");
            if (r != null) {
                if (!r.isInt() || r.asInt() < 0 || r.asInt() > t.eventCount()) {
                    throw error(line, "'reported' must be a count of entries from 0 to " + t.eventCount() + ", was " + r);
                }
                reported = r.asInt();
            }
            return new Line(t, reported);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Snapshot line ")) {
                throw e;
            }
            throw error(line, e.getMessage());
        }
    }

    private static Classification classification(JsonNode node, int line) {
        if (node == null || !node.isObject()) {
            throw error(line, "'classification' must be an object {category, severity, …}, was " + node);
        }
        keys(node, CLASSIFICATION, "a classification", line);
        Classification c = Classification.of(text(node, "category", line), text(node, "severity", line));
        if (node.has("kind")) {
            c = c.withKind(text(node, "kind", line));
        }
        if (node.has("tier")) {
            c = c.withTier(text(node, "tier", line));
        }
        if (node.has("service")) {
            c = c.withService(text(node, "service", line));
        }
        return c;
    }

    private static Ticket step(Ticket t, JsonNode e, int line) {
        if (!e.isObject()) {
            throw error(line, "an event must be an object {at, ACTION}, was " + e);
        }
        String action = null;
        Iterator<String> names = e.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equals("at")) {
                continue;
            }
            if (!ACTIONS.contains(name)) {
                throw error(line, "unknown key '" + name + "' in an event (known: at, " + String.join(", ", ACTIONS) + ")");
            }
            if (action != null) {
                throw error(line, "an event takes exactly one action, was " + action + " and " + name);
            }
            action = name;
        }
        if (action == null) {
            throw error(line, "an event needs one action (" + String.join(", ", ACTIONS) + "), was " + e);
        }
        Instant at = instant(e, "at", line);
        return switch (action) {
            case "event" -> t.event(at, text(e, "event", line));
            case "pause" -> t.pause(at, text(e, "pause", line));
            case "resume" -> t.resume(at);
            case "reclassify" -> t.reclassify(at, classification(e.get("reclassify"), line));
            case "resolve" -> t.resolve(at);
            case "reopen" -> t.reopen(at);
            default -> t.confirm(at);
        };
    }
}
