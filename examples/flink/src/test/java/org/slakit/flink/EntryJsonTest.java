package org.slakit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.ticket.Ticket;

/** The JSON-lines entry format: every key, the errors, and the round trip through a ticket's log. */
class EntryJsonTest {

    @Test
    void sampleWeek_roundTripsThroughJsonAndEntries() {
        for (Ticket t : Fixtures.sampleWeek()) {
            List<TicketEntry> entries = TicketEntries.of(t).stream().map(e -> EntryJson.read(EntryJson.write(e), "x")).toList();
            assertEquals(t, TicketEntries.log(entries), t.id());
        }
    }

    @Test
    void open_readsEveryKey() {
        TicketEntry e = EntryJson.read("{\"ticket\":\"T-1\",\"at\":\"2026-11-20T10:15+08:00\",\"action\":\"open\",\"category\":\"software-error\","
                + "\"severity\":\"general\",\"kind\":\"function-error\",\"tier\":\"standard\",\"service\":\"pos\",\"fields\":{\"company\":\"ACME\"}}", "e:1");
        assertEquals("TicketEntry[T-1 2026-11-20T02:15:00Z open]", e.toString());
        assertEquals("{\"ticket\":\"T-1\",\"at\":\"2026-11-20T02:15:00Z\",\"action\":\"open\",\"category\":\"software-error\","
                + "\"severity\":\"general\",\"kind\":\"function-error\",\"tier\":\"standard\",\"service\":\"pos\",\"fields\":{\"company\":\"ACME\"}}",
                EntryJson.write(e));
    }

    private static String error(String line) {
        return assertThrows(IllegalArgumentException.class, () -> EntryJson.read(line, "e.jsonl:3")).getMessage();
    }

    @Test
    void errors_nameWhereTheKeyAndTheRule() {
        assertEquals("e.jsonl:3: key 'ticket' is required", error("{\"at\":\"2026-11-20T02:15:00Z\",\"action\":\"open\"}"));
        assertEquals("e.jsonl:3: key 'colour' is not one of [action, at, category, fields, kind, name, service, severity, ticket, tier]",
                error("{\"colour\":\"red\"}"));
        assertEquals("e.jsonl:3: key 'at' must be an ISO-8601 instant with an offset, such as 2026-11-20T02:15:00Z, was '2026-11-20T10:15'",
                error("{\"ticket\":\"T-1\",\"at\":\"2026-11-20T10:15\",\"action\":\"open\"}"));
        assertEquals("e.jsonl:3: an entry is a JSON object, was '[1]'", error("[1]"));
        assertEquals("e.jsonl:3: field 'n' must be a text, was 1",
                error("{\"ticket\":\"T-1\",\"at\":\"2026-11-20T02:15:00Z\",\"action\":\"open\",\"fields\":{\"n\":1}}"));
    }

    @Test
    void log_firstEntryMustOpen_andActionsAreChecked() {
        TicketEntry resume = EntryJson.read("{\"ticket\":\"T-1\",\"at\":\"2026-11-20T02:15:00Z\",\"action\":\"resume\"}", "x");
        assertEquals("Ticket T-1: the first entry must be action 'open', was TicketEntry[T-1 2026-11-20T02:15:00Z resume]",
                assertThrows(IllegalArgumentException.class, () -> TicketEntries.log(List.of(resume))).getMessage());
        TicketEntry open = EntryJson.read("{\"ticket\":\"T-1\",\"at\":\"2026-11-20T02:00:00Z\",\"action\":\"open\",\"category\":\"other\","
                + "\"severity\":\"other\"}", "x");
        TicketEntry fly = EntryJson.read("{\"ticket\":\"T-1\",\"at\":\"2026-11-20T02:15:00Z\",\"action\":\"fly\"}", "x");
        assertEquals("Ticket T-1, entry TicketEntry[T-1 2026-11-20T02:15:00Z fly]: action must be one of open, event, pause, resume, "
                + "reclassify, resolve, reopen, confirm, was 'fly'",
                assertThrows(IllegalArgumentException.class, () -> TicketEntries.log(List.of(open, fly))).getMessage());
    }
}
