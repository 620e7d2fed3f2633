package org.slakit.flink;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a ticket's log, as the job receives it and keeps it in keyed state: a Flink POJO
 * (public fields, a public constructor without arguments), so that Flink's own serializer writes it
 * and the state can evolve, where {@code Ticket} would fall back to Kryo. Its fields are the columns
 * of the examples' event log ({@code EventLogCsv}): {@code action} is one of {@code open},
 * {@code event}, {@code pause}, {@code resume}, {@code reclassify}, {@code resolve}, {@code reopen},
 * {@code confirm}; {@code name} is the event's name or the waiting state; the classification's
 * parts come with {@code open} and {@code reclassify}; {@code fields} with {@code open} only.
 * <p>
 * This class is mutable and not thread-safe, as Flink's POJOs are.
 */
public class TicketEntry {

    /** The ticket's id. */
    public String ticket;
    /** When it happened. */
    public Instant at;
    /** What happened. */
    public String action;
    /** The event's name ({@code event}) or the waiting state ({@code pause}); null otherwise. */
    public String name;
    /** The classification's category ({@code open}, {@code reclassify}); null otherwise. */
    public String category;
    /** The classification's severity ({@code open}, {@code reclassify}); null otherwise. */
    public String severity;
    /** The classification's kind, optional. */
    public String kind;
    /** The classification's tier, optional. */
    public String tier;
    /** The classification's service, optional. */
    public String service;
    /** The ticket's fields ({@code open}), null when none. */
    public Map<String, String> fields;

    /** Creates an empty entry, for Flink's serializer. */
    public TicketEntry() {
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TicketEntry e && Objects.equals(ticket, e.ticket) && Objects.equals(at, e.at)
                && Objects.equals(action, e.action) && Objects.equals(name, e.name) && Objects.equals(category, e.category)
                && Objects.equals(severity, e.severity) && Objects.equals(kind, e.kind) && Objects.equals(tier, e.tier)
                && Objects.equals(service, e.service) && Objects.equals(fields, e.fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticket, at, action, name);
    }

    @Override
    public String toString() {
        return "TicketEntry[" + ticket + " " + at + " " + action + (name == null ? "" : " " + name) + "]";
    }
}
