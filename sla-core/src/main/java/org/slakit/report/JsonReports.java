package org.slakit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Classification;

/**
 * The reports as JSON, written with Jackson's streaming generator so that field order is fixed:
 * every report has {@code report}, {@code policy}, {@code zone} and {@code as_of} first; instants are
 * objects {@code {"utc": …, "local": …}} (local with its offset); durations ISO-8601; a value there
 * is none of is {@code null}.
 */
final class JsonReports {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReports() {
    }

    /** Writes with a generator; Jackson's IOException cannot come from a StringWriter. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static String json(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.append('\n').toString();
    }

    static void head(JsonGenerator g, String report, String policy, ZoneId zone, Instant asOf) throws IOException {
        g.writeStringField("report", report);
        g.writeStringField("policy", policy);
        g.writeStringField("zone", zone.getId());
        g.writeFieldName("as_of");
        instant(g, asOf, zone);
    }

    static void instant(JsonGenerator g, Instant t, ZoneId zone) throws IOException {
        g.writeStartObject();
        g.writeStringField("utc", t.toString());
        g.writeStringField("local", Cells.offset(t, zone));
        g.writeEndObject();
    }

    static void instant(JsonGenerator g, String field, Optional<Instant> t, ZoneId zone) throws IOException {
        g.writeFieldName(field);
        if (t.isPresent()) {
            instant(g, t.get(), zone);
        } else {
            g.writeNull();
        }
    }

    static void duration(JsonGenerator g, String field, Optional<Duration> d) throws IOException {
        if (d.isPresent()) {
            g.writeStringField(field, d.get().toString());
        } else {
            g.writeNullField(field);
        }
    }

    private static void period(JsonGenerator g, ReportPeriod p) throws IOException {
        g.writeObjectFieldStart("period");
        g.writeStringField("from", p.from().map(Object::toString).orElse(null));
        g.writeStringField("to", p.to().map(Object::toString).orElse(null));
        g.writeEndObject();
    }

    private static void row(JsonGenerator g, ComplianceRow r) throws IOException {
        g.writeStartObject();
        for (Map.Entry<Dimension, String> e : r.group().entrySet()) {
            g.writeStringField(e.getKey().key(), e.getValue());
        }
        g.writeNumberField("cycles", r.cycles());
        g.writeNumberField("not_started", r.notStarted());
        g.writeNumberField("open", r.open());
        g.writeNumberField("met", r.met());
        g.writeNumberField("breached", r.breached());
        g.writeNumberField("unknown", r.unknown());
        g.writeNumberField("decided", r.decided());
        if (r.metPercent().isPresent()) {
            g.writeNumberField("met_percent", Double.parseDouble(ComplianceColumns.percent(r.metPercent().get())));
        } else {
            g.writeNullField("met_percent");
        }
        g.writeNumberField("breached_open", r.breachedOpen());
        duration(g, "p50_taken", r.p50Taken());
        duration(g, "p90_taken", r.p90Taken());
        duration(g, "median_overrun", r.medianOverrun());
        g.writeNumberField("escalations", r.escalations());
        g.writeObjectFieldStart("escalations_by_level");
        for (Map.Entry<String, Integer> e : r.escalationsByLevel().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("tickets_with_breach", r.ticketsWithBreach());
        g.writeEndObject();
    }

    private static void rows(JsonGenerator g, String field, List<ComplianceRow> rows) throws IOException {
        g.writeArrayFieldStart(field);
        for (ComplianceRow r : rows) {
            row(g, r);
        }
        g.writeEndArray();
    }

    static String compliance(Compliance c) {
        return json(g -> {
            g.writeStartObject();
            head(g, "compliance", c.policyName(), c.zone(), c.asOf());
            period(g, c.period());
            g.writeStringField("counted_by", "clock start");
            g.writeArrayFieldStart("by");
            for (Dimension d : c.by()) {
                g.writeString(d.key());
            }
            g.writeEndArray();
            rows(g, "rows", c.rows());
            g.writeFieldName("total");
            if (c.total().isPresent()) {
                row(g, c.total().get());
            } else {
                g.writeNull();
            }
            rows(g, "monthly", c.monthly());
            g.writeEndObject();
        });
    }

    static void classification(JsonGenerator g, Classification c) throws IOException {
        g.writeObjectFieldStart("classification");
        g.writeStringField("category", c.category());
        g.writeStringField("kind", c.kind().orElse(null));
        g.writeStringField("severity", c.severity());
        g.writeStringField("tier", c.tier().orElse(null));
        g.writeStringField("service", c.service().orElse(null));
        g.writeEndObject();
    }

    /** A fact's cycle: its outcome and times. */
    private static void cycle(JsonGenerator g, Fact f, ZoneId zone) throws IOException {
        TargetStatus.Cycle c = f.cycle();
        g.writeStartObject();
        g.writeNumberField("cycle", c.number());
        g.writeStringField("state", c.state().name());
        instant(g, "opened_at", Optional.of(c.openedAt()), zone);
        instant(g, "started_at", c.startedAt(), zone);
        instant(g, "due_at", c.dueAt(), zone);
        g.writeStringField("stopped_by", c.stop().map(TargetStatus.Stop::event).orElse(null));
        instant(g, "stopped_at", c.stop().map(TargetStatus.Stop::at), zone);
        instant(g, "breached_at", c.breachedAt(), zone);
        g.writeStringField("taken", f.taken().toString());
        g.writeStringField("overrun", f.overrun().toString());
        g.writeObjectFieldStart("paused");
        for (Map.Entry<String, Duration> e : c.paused().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue().toString());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("escalations");
        for (TargetStatus.Escalation e : c.escalations()) {
            g.writeStartObject();
            g.writeNumberField("percent", e.percent());
            g.writeStringField("notify", e.recipient());
            instant(g, "at", Optional.of(e.at()), zone);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("unknown_reason", c.unknownReason().orElse(null));
        g.writeEndObject();
    }

    static String service(ServiceReport report, ReportLanguage lang) {
        ZoneId zone = report.facts().policy().zone();
        return json(g -> {
            g.writeStartObject();
            head(g, "service", report.facts().policy().name(), zone, report.facts().asOf());
            period(g, report.period());
            g.writeStringField("customer", report.customer());
            g.writeStringField("language", lang.tag());
            g.writeArrayFieldStart("services");
            for (ServiceReport.Service s : report.services()) {
                g.writeStartObject();
                g.writeStringField("ticket", s.ticketId());
                instant(g, "reported_at", Optional.of(s.reportedAt()), zone);
                classification(g, s.classification());
                g.writeNumberField("reopened", s.reopened());
                g.writeStringField("waiting_for_customer", s.waitingForCustomer().toString());
                instant(g, "confirmed_at", s.confirmedAt(), zone);
                g.writeArrayFieldStart("targets");
                for (Map.Entry<String, List<Fact>> e : s.targets().entrySet()) {
                    Fact latest = e.getValue().get(e.getValue().size() - 1);
                    g.writeStartObject();
                    g.writeStringField("target", e.getKey());
                    g.writeStringField("rule", latest.entry().rule().toString());
                    g.writeStringField("promise", lang.promise(latest.entry().rule(), latest.calendar()));
                    g.writeStringField("calendar", latest.calendar());
                    g.writeArrayFieldStart("cycles");
                    for (Fact f : e.getValue()) {
                        cycle(g, f, zone);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            rows(g, "summary", report.compliance().rows());
            g.writeEndObject();
        });
    }

    static String followUps(FollowUpList list) {
        ZoneId zone = list.zone();
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("report", "follow-ups");
            g.writeStringField("zone", zone.getId());
            instant(g, "at", Optional.of(list.at()), zone);
            g.writeStringField("every", list.rule().every());
            g.writeStringField("calendar", list.rule().calendar());
            instant(g, "period_start", Optional.of(list.periodStart()), zone);
            instant(g, "next_run_at", list.nextRunAt(), zone);
            g.writeArrayFieldStart("tickets");
            for (FollowUpList.Entry e : list.entries()) {
                g.writeStartObject();
                g.writeStringField("ticket", e.ticketId());
                classification(g, e.classification());
                instant(g, "resolved_at", Optional.of(e.resolvedAt()), zone);
                g.writeStringField("waited", e.waited().toString());
                g.writeObjectFieldStart("contact");
                for (Map.Entry<String, String> c : e.contact().entrySet()) {
                    g.writeStringField(c.getKey(), c.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    static String comparison(Comparison c) {
        ZoneId zone = c.first().policy().zone();
        return json(g -> {
            g.writeStartObject();
            head(g, "comparison", c.first().policy().name(), zone, c.first().asOf());
            g.writeStringField("policy_b", c.second().policy().name());
            period(g, c.period());
            g.writeArrayFieldStart("rows");
            for (Comparison.Row r : c.rows()) {
                g.writeStartObject();
                for (Map.Entry<Dimension, String> e : r.group().entrySet()) {
                    g.writeStringField(e.getKey().key(), e.getValue());
                }
                g.writeFieldName("a");
                row(g, r.first());
                g.writeFieldName("b");
                row(g, r.second());
                g.writeNumberField("changed", r.changed());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changes");
            for (Comparison.Change ch : c.changes()) {
                g.writeStartObject();
                g.writeStringField("ticket", ch.ticketId());
                g.writeStringField("target", ch.target());
                g.writeNumberField("cycle", ch.cycle());
                g.writeFieldName("a");
                if (ch.first().isPresent()) {
                    cycle(g, ch.first().get(), zone);
                } else {
                    g.writeNull();
                }
                g.writeFieldName("b");
                if (ch.second().isPresent()) {
                    cycle(g, ch.second().get(), zone);
                } else {
                    g.writeNull();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
