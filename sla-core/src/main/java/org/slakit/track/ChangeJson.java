package org.slakit.track;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slakit.policy.TargetStatus;

/**
 * A change as one line of JSON, with Jackson's streaming generator so that the field order is fixed.
 */
final class ChangeJson {

    static final JsonFactory FACTORY = new JsonFactory();

    private ChangeJson() {
    }

    static String write(SlaChange c) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            TargetStatus s = c.status();
            g.writeStartObject();
            g.writeStringField("ticket", c.ticketId());
            g.writeStringField("target", c.target());
            g.writeNumberField("cycle", c.cycle());
            g.writeStringField("kind", c.kind().name());
            g.writeStringField("at", c.at().toString());
            if (c.escalation().isPresent()) {
                TargetStatus.Escalation e = c.escalation().get();
                g.writeObjectFieldStart("escalation");
                g.writeFieldName("percent");
                percent(g, e.percent());
                g.writeStringField("at", e.at().toString());
                g.writeStringField("notify", e.recipient());
                g.writeEndObject();
            }
            g.writeStringField("state", s.state().name());
            instant(g, "started_at", s.current().startedAt());
            instant(g, "due_at", s.dueAt());
            instant(g, "breached_at", s.breachedAt());
            g.writeStringField("elapsed", s.elapsed().toString());
            g.writeFieldName("remaining");
            Optional<Duration> remaining = s.remaining();
            if (remaining.isPresent()) {
                g.writeString(remaining.get().toString());
            } else {
                g.writeNull();
            }
            g.writeEndObject();
        } catch (IOException ex) {
            // a StringWriter does not throw
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    /** Writes a whole percentage as an integer (50, not 50.0). */
    private static void percent(JsonGenerator g, double p) throws IOException {
        if (p == Math.rint(p) && Math.abs(p) < 1e15) {
            g.writeNumber((long) p);
        } else {
            g.writeNumber(p);
        }
    }

    private static void instant(JsonGenerator g, String name, Optional<Instant> t) throws IOException {
        g.writeFieldName(name);
        if (t.isPresent()) {
            g.writeString(t.get().toString());
        } else {
            g.writeNull();
        }
    }
}
