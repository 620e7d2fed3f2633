package org.slakit.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.Map;
import java.util.Set;

/**
 * The job's input format: one ticket entry per line, a JSON object with the keys of the examples'
 * event log ({@code EventLogCsv}, {@code examples/tickets/README.md}), instants in ISO-8601 with an
 * offset:
 * <pre>
 * {"ticket":"T-1","at":"2026-11-20T02:15:00Z","action":"open","category":"software-error","severity":"general","kind":"function-error","fields":{"company":"ACME"}}
 * {"ticket":"T-1","at":"2026-11-20T02:25:00Z","action":"event","name":"responded"}
 * {"ticket":"T-1","at":"2026-11-20T03:45:00Z","action":"pause","name":"waiting-for-database"}
 * {"ticket":"T-1","at":"2026-11-23T02:30:00Z","action":"resume"}
 * {"ticket":"T-1","at":"2026-11-24T01:30:00Z","action":"resolve"}
 * </pre>
 * {@code ticket}, {@code at} and {@code action} are required; {@code name}, {@code category},
 * {@code severity}, {@code kind}, {@code tier}, {@code service} are texts and {@code fields} an
 * object of texts, each where {@link TicketEntry} says; any other key is an error. The entries of
 * one ticket come in time order.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EntryJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("ticket", "at", "action", "name", "category", "severity", "kind", "tier", "service",
            "fields");

    private EntryJson() {
    }

    /**
     * Reads one line.
     *
     * @param line  the JSON text, not null
     * @param where  where the line is, for messages, such as {@code events.jsonl:12}, not null
     * @return the entry, not null
     * @throws IllegalArgumentException if the line is not a JSON object in the format, naming where
     *     (with the column for a syntax error), the key and the rule
     */
    public static TicketEntry read(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ":" + e.getLocation().getColumnNr() + ": not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": an entry is a JSON object, was '" + line + "'");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(where + ": key '" + key + "' is not one of " + new TreeSet<>(KEYS));
            }
        }
        TicketEntry e = new TicketEntry();
        e.ticket = text(node, "ticket", where, true);
        String at = text(node, "at", where, true);
        try {
            e.at = OffsetDateTime.parse(at).toInstant();
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException(where + ": key 'at' must be an ISO-8601 instant with an offset, such as "
                    + "2026-11-20T02:15:00Z, was '" + at + "'", ex);
        }
        e.action = text(node, "action", where, true);
        e.name = text(node, "name", where, false);
        e.category = text(node, "category", where, false);
        e.severity = text(node, "severity", where, false);
        e.kind = text(node, "kind", where, false);
        e.tier = text(node, "tier", where, false);
        e.service = text(node, "service", where, false);
        JsonNode fields = node.get("fields");
        if (fields != null && !fields.isNull()) {
            if (!fields.isObject()) {
                throw new IllegalArgumentException(where + ": key 'fields' must be an object of texts, was " + fields);
            }
            Map<String, String> map = new LinkedHashMap<>();
            fields.fields().forEachRemaining(f -> {
                if (!f.getValue().isTextual()) {
                    throw new IllegalArgumentException(where + ": field '" + f.getKey() + "' must be a text, was " + f.getValue());
                }
                map.put(f.getKey(), f.getValue().asText());
            });
            e.fields = map;
        }
        return e;
    }

    private static String text(JsonNode node, String key, String where, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException(where + ": key '" + key + "' is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + ": key '" + key + "' must be a text, was " + v);
        }
        return v.asText();
    }

    /**
     * Writes one entry as a line, without the line break; keys with no value are left out.
     *
     * @param e  the entry, not null
     * @return the JSON text, not null
     */
    public static String write(TicketEntry e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ticket", e.ticket);
        n.put("at", e.at.toString());
        n.put("action", e.action);
        putIf(n, "name", e.name);
        putIf(n, "category", e.category);
        putIf(n, "severity", e.severity);
        putIf(n, "kind", e.kind);
        putIf(n, "tier", e.tier);
        putIf(n, "service", e.service);
        if (e.fields != null) {
            ObjectNode f = n.putObject("fields");
            e.fields.forEach(f::put);
        }
        return n.toString();
    }

    private static void putIf(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }
}
