package org.slakit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slakit.policy.Explanation;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Ticket;
import org.threeten.extra.Interval;

/**
 * A ticket's status, its explanation and a queue of tickets as JSON, as {@code slakit deadline},
 * {@code explain} and {@code replay} write them with {@code --format json}; the schema is
 * {@code slakit-status.schema.json}, beside the policy's. Every document starts with
 * {@code report} ({@code status}, {@code explanation} or {@code queue}), {@code policy},
 * {@code zone} and {@code as_of}; an instant is an object of {@code utc} (ISO-8601, {@code Z}) and
 * {@code local} (in the policy's zone, with its offset); a duration is ISO-8601 ({@code PT4H});
 * a value there is none of is {@code null}.
 * <pre>{@code
 * String json = StatusJson.status(policy, ticket, policy.evaluate(ticket, asOf));
 * }</pre>
 * This class is immutable and thread-safe.
 */
public final class StatusJson {

    private StatusJson() {
    }

    /**
     * Writes one ticket's status: each target's state, due and breach times, elapsed and remaining
     * business time, and when the status next changes.
     *
     * @param policy  the policy the status was evaluated under, not null
     * @param ticket  the ticket, not null
     * @param status  its status, not null
     * @return the JSON text, ending in a newline, not null
     */
    public static String status(SlaPolicy policy, Ticket ticket, SlaStatus status) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(status, "status");
        return JsonReports.json(g -> {
            g.writeStartObject();
            JsonReports.head(g, "status", policy.name(), policy.zone(), status.asOf());
            ticket(g, policy.zone(), ticket, status);
            g.writeEndObject();
        });
    }

    /**
     * Writes a queue: every ticket's status at a time, in the policy's queue order.
     *
     * @param policy  the policy, not null
     * @param tickets  the tickets, each checked against the policy, not null
     * @param asOf  the time to evaluate at, not null
     * @return the JSON text, ending in a newline, not null
     * @throws IllegalArgumentException if a ticket names what the policy does not define
     */
    public static String queue(SlaPolicy policy, List<Ticket> tickets, Instant asOf) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(asOf, "asOf");
        return JsonReports.json(g -> {
            g.writeStartObject();
            JsonReports.head(g, "queue", policy.name(), policy.zone(), asOf);
            g.writeArrayFieldStart("tickets");
            for (Ticket t : policy.order(tickets, asOf)) {
                g.writeStartObject();
                ticket(g, policy.zone(), t, policy.evaluate(t, asOf));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * Writes how a status was reached: for each target the rule, the budget, the clock's start, the
     * business windows counted, what was skipped, the pauses and notes.
     *
     * @param policy  the policy the status was evaluated under, not null
     * @param status  the status, not null
     * @return the JSON text, ending in a newline, not null
     */
    public static String explanation(SlaPolicy policy, SlaStatus status) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(status, "status");
        ZoneId zone = policy.zone();
        Explanation e = status.explain();
        return JsonReports.json(g -> {
            g.writeStartObject();
            JsonReports.head(g, "explanation", policy.name(), zone, status.asOf());
            g.writeStringField("ticket", e.ticketId());
            g.writeStringField("version", e.version());
            g.writeArrayFieldStart("targets");
            for (Explanation.TargetTrace t : e.targets()) {
                g.writeStartObject();
                g.writeStringField("target", t.target());
                g.writeStringField("entry", t.entry());
                g.writeStringField("rule", t.rule());
                g.writeStringField("calendar", t.calendar());
                g.writeStringField("state", t.state().name());
                JsonReports.instant(g, "clock_start", t.clockStart(), zone);
                JsonReports.duration(g, "budget", t.budget());
                g.writeStringField("boundary", t.boundary().orElse(null));
                intervals(g, "windows_counted", t.windowsCounted(), zone);
                strings(g, "skipped", t.skipped());
                intervals(g, "pauses", t.pauses(), zone);
                strings(g, "notes", t.notes());
                g.writeEndObject();
            }
            g.writeEndArray();
            strings(g, "dropped", e.dropped());
            g.writeEndObject();
        });
    }

    private static void ticket(JsonGenerator g, ZoneId zone, Ticket ticket, SlaStatus status) throws IOException {
        g.writeStringField("ticket", ticket.id());
        JsonReports.instant(g, "opened", Optional.of(ticket.openedAt()), zone);
        JsonReports.classification(g, ticket.classification());
        g.writeArrayFieldStart("targets");
        for (TargetStatus t : status.targets()) {
            g.writeStartObject();
            g.writeStringField("target", t.name());
            g.writeStringField("calendar", t.calendar());
            g.writeStringField("state", t.state().name());
            JsonReports.instant(g, "due", t.dueAt(), zone);
            JsonReports.instant(g, "breached_at", t.breachedAt(), zone);
            g.writeStringField("elapsed", t.elapsed().toString());
            JsonReports.duration(g, "remaining", t.remaining());
            g.writeEndObject();
        }
        g.writeEndArray();
        JsonReports.instant(g, "next_change", status.nextChangeAt(), zone);
    }

    private static void intervals(JsonGenerator g, String field, List<Interval> intervals, ZoneId zone) throws IOException {
        g.writeArrayFieldStart(field);
        for (Interval i : intervals) {
            g.writeStartObject();
            g.writeFieldName("start");
            JsonReports.instant(g, i.getStart(), zone);
            g.writeFieldName("end");
            JsonReports.instant(g, i.getEnd(), zone);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
