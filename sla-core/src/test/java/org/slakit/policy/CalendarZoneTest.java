package org.slakit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.config.PolicyYaml;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * A calendar with its own zone in a policy of another (a follow-the-sun desk): its hours are read
 * in its zone, DST included, and the policy's zone stays the one times are shown in.
 */
class CalendarZoneTest {

    /** A Shanghai policy whose `london` desk works 09:00-17:00 London time and whose `office` works in Shanghai. */
    private static final String POLICY = String.join("\n", "slakit: 1", "zone: Asia/Shanghai", "calendars:",
            "  office:", "    hours: {Mon-Fri: 09:00-18:00}",
            "  london:", "    zone: Europe/London", "    hours: {Mon-Fri: 09:00-17:00}",
            "severities: [severe, general]", "categories: {bug: []}",
            "targets:",
            "  - {name: fix, when: {severity: severe}, stops-on: resolved, within: 8h, calendar: london}",
            "  - {name: fix, stops-on: resolved, within: 8h}", "");

    private static Optional<Instant> due(String severity, String opened) {
        SlaPolicy policy = PolicyYaml.read(new StringReader(POLICY), "p.yaml", Path.of("."));
        Ticket t = Ticket.open("T-1", Instant.parse(opened), Classification.of("bug", severity));
        return policy.evaluate(t, Instant.parse(opened)).targets().get(0).dueAt();
    }

    @Test
    void dueAt_calendarInItsOwnZone_acrossTheSpringChange() {
        // Fri 2026-03-27 16:00 GMT: 1 h on Friday, 7 h on Monday 2026-03-30 from 09:00 BST (08:00Z)
        assertEquals(Optional.of(Instant.parse("2026-03-30T15:00:00Z")), due("severe", "2026-03-27T16:00:00Z"));
        // the same ticket on the policy's own calendar: Fri 00:00 Shanghai is closed, Fri 09:00-17:00 +08:00
        assertEquals(Optional.of(Instant.parse("2026-03-27T09:00:00Z")), due("general", "2026-03-27T00:30:00Z"));
    }

    @Test
    void dueAt_calendarInItsOwnZone_acrossTheAutumnChange() {
        // Fri 2026-10-23 16:00 BST (15:00Z) + 8 h: 1 h Friday, 7 h on Monday 2026-10-26 from 09:00 GMT (09:00Z)
        assertEquals(Optional.of(Instant.parse("2026-10-26T16:00:00Z")), due("severe", "2026-10-23T15:00:00Z"));
    }

    @Test
    void explain_showsTimesInThePolicysZone() {
        SlaPolicy policy = PolicyYaml.read(new StringReader(POLICY), "p.yaml", Path.of("."));
        Ticket t = Ticket.open("T-1", Instant.parse("2026-03-27T16:00:00Z"), Classification.of("bug", "severe"));
        String text = policy.evaluate(t, Instant.parse("2026-03-27T16:30:00Z")).explain().toString();
        assertTrue(text.contains("deadline Mon 2026-03-30 23:00+08:00"), text);
    }
}
