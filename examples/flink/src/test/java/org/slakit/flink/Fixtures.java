package org.slakit.flink;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slakit.config.PolicyYaml;
import org.slakit.examples.TicketCsv;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Ticket;
import org.slakit.track.SlaChange;
import org.slakit.track.SlaTracker;

/** The examples' policy and sample week, and the tracker's answers to compare the job with. */
final class Fixtures {

    static final Path POLICIES = Path.of("../policies");
    static final String HK = read(POLICIES.resolve("hk-pos-erp.yaml"));
    static final SlaPolicy POLICY = PolicyYaml.read(HK, "hk-pos-erp.yaml");
    /** Monday 2026-11-16 00:00 in Hong Kong, the sample week's start. */
    static final Instant WEEK = Instant.parse("2026-11-15T16:00:00Z");

    private Fixtures() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Ticket> sampleWeek() {
        try (Reader r = new InputStreamReader(Files.newInputStream(Path.of("../tickets/sample-week.csv")), StandardCharsets.UTF_8)) {
            return TicketCsv.read(r, "sample-week.csv", POLICY.zone(), POLICY.events());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tracker's changes up to a horizon, whole logs applied at once, as JSON lines grouped by ticket. */
    static Map<String, List<String>> tracker(SlaPolicy policy, List<Ticket> tickets, Instant horizon) {
        SlaTracker tracker = SlaTracker.of(policy);
        tickets.forEach(tracker::apply);
        return byTicket(tracker.advanceTo(horizon));
    }

    static Map<String, List<String>> byTicket(List<SlaChange> changes) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        changes.forEach(c -> out.computeIfAbsent(c.ticketId(), k -> new ArrayList<>()).add(c.toJson()));
        return out;
    }

    /** JSON lines grouped by their ticket, in the order they came. */
    static Map<String, List<String>> byTicketJson(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines) {
            String id = line.substring(line.indexOf("\"ticket\":\"") + 10);
            id = id.substring(0, id.indexOf('"'));
            out.computeIfAbsent(id, k -> new ArrayList<>()).add(line);
        }
        return out;
    }
}
