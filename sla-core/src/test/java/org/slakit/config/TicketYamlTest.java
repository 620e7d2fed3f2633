package org.slakit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

class TicketYamlTest {

    private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

    /** The lines 1 to 4 of the tickets below: format version, id, opening and classification. */
    private static final String HEAD = String.join("\n", "slakit-ticket: 1", "id: T-1", "opened: 2026-11-20T10:15",
            "classification: {category: software-error, severity: general}", "");

    private static Ticket read(String yaml) {
        return TicketYaml.read(new StringReader(yaml), "t.yaml", HONG_KONG);
    }

    private static List<String> problems(String yaml) {
        return assertThrows(PolicyException.class, () -> read(yaml)).lines();
    }

    @Test
    void load_sampleTicket_readsWholeHistory() {
        Ticket t = TicketYaml.load(Path.of("../examples/tickets/T-1001.yaml"), HONG_KONG);
        assertEquals("T-1001", t.id());
        assertEquals(Instant.parse("2026-11-20T02:15:00Z"), t.openedAt());
        assertEquals(Classification.of("software-error", "general").withKind("data-mismatch").withTier("standard"), t.classification());
        assertEquals(Ticket.State.RESOLVED, t.state());
        assertEquals("5.2", t.fields().get("version"));
    }

    @Test
    void read_pauseAndResume_buildTheLog() {
        Ticket t = read("""
                slakit-ticket: 1
                id: T-1
                opened: 2026-11-20 09:00
                classification: {category: software-error, severity: severe}
                events:
                  - {at: 2026-11-20T09:10, pause: waiting-for-database}
                  - {at: 2026-11-20T01:30:00Z, resume}
                """);
        assertEquals(Ticket.open("T-1", Instant.parse("2026-11-20T01:00:00Z"), Classification.of("software-error", "severe"))
                .pause(Instant.parse("2026-11-20T01:10:00Z"), "waiting-for-database")
                .resume(Instant.parse("2026-11-20T01:30:00Z")), t);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a time that is neither form
        "opened: yesterday|t.yaml:3:9: opened: Time 'yesterday' is neither an instant (2026-11-20T01:30:00Z, 2026-11-20T09:30+08:00) nor a local date-time in Asia/Hong_Kong (2026-11-20T09:30)",
        // a misspelt key
        "openned: 2026-11-20T09:00|t.yaml:1:1: Missing required key 'opened'",
    })
    void read_badTopLevel_namesLineAndRule(String line, String expected) {
        List<String> lines = problems("slakit-ticket: 1\nid: T-1\n" + line + "\nclassification: {category: a, severity: b}\n");
        assertEquals(expected, lines.get(0));
    }

    @Test
    void read_resumeWithoutPause_isReportedAtItsEntry() {
        List<String> lines = problems("""
                slakit-ticket: 1
                id: T-1
                opened: 2026-11-20T09:00
                classification: {category: software-error, severity: severe}
                events:
                  - {at: 2026-11-20T09:10, resume}
                """);
        assertEquals(1, lines.size());
        assertEquals(true, lines.get(0).startsWith("t.yaml:6:5: events[0]: "), lines.get(0));
    }

    @Test
    void read_twoActions_isAProblem() {
        List<String> lines = problems("""
                slakit-ticket: 1
                id: T-1
                opened: 2026-11-20T09:00
                classification: {category: software-error, severity: severe}
                events:
                  - {at: 2026-11-20T09:10, resolve, reopen}
                """);
        assertEquals("t.yaml:6:5: events[0]: An event entry takes exactly one action, was resolve and reopen", lines.get(0));
    }

    /** The lifecycle events have their own actions (README, ticket schema): 'event: resolved' is refused, not read. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "opened    | t.yaml:8:35: events[1].event: Event 'opened' is the ticket's own 'opened' key, not an entry of events",
        "resolved  | t.yaml:8:35: events[1].event: Event 'resolved' has its own action: write {at: …, resolve}",
        "reopened  | t.yaml:8:35: events[1].event: Event 'reopened' has its own action: write {at: …, reopen}",
        "confirmed | t.yaml:8:35: events[1].event: Event 'confirmed' has its own action: write {at: …, confirm}"})
    void read_lifecycleEventAsNamedEvent_isAProblem(String name, String expected) {
        assertEquals(List.of(expected), problems(HEAD + String.join("\n",
                "events:",
                "  - {at: 2026-11-20T11:00, resolve}",
                "",
                "  - {at: 2026-11-20T12:00, event: " + name + "}",
                "")));
    }

    /** The ticket file's own problems of form: format version, fields, an action that takes no value, a blank field name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "slakit-ticket: 2                      | t.yaml:1:16: slakit-ticket: Format version must be 1, was 2",
        "fields: [product, version]            | t.yaml:5:9: fields: Expected a mapping of field names to texts, was a list",
        "events: [{at: 2026-11-20T11:00, resolve: yes}] | t.yaml:5:42: events[0].resolve: 'resolve' takes no value, as in {at: …, resolve}",
        "fields: {' ': x}                      | t.yaml:1:1: Ticket T-1: a field name must not be blank, was ' '"})
    void read_badForm_isAProblemAtItsNode(String line, String expected) {
        String yaml = line.startsWith("slakit-ticket") ? HEAD.replace("slakit-ticket: 1", line) : HEAD + line + "\n";
        assertEquals(List.of(expected), problems(yaml));
    }

    @Test
    void read_idWithWhitespace_isAProblem() {
        assertEquals(List.of("t.yaml:2:5: id: Ticket id 'T 1' must not contain whitespace"), problems(HEAD.replace("id: T-1", "id: T 1")));
    }
}
