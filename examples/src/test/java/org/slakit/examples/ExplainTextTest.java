package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slakit explain} as a person reads it: windows one to a line, holidays by their names, an as-of before the ticket. */
class ExplainTextTest {

    private static final String HK = "policies/hk-pos-erp.yaml";

    private final SlakitRunner slakit = new SlakitRunner();

    @Test
    void anAsOfBeforeTheTicketWasOpened_saysSo() {
        assertEquals(0, slakit.run("explain", HK, "--ticket", "tickets/T-1001.yaml", "--as-of", "2026-11-01T12:00"), slakit.err());
        assertEquals("Ticket T-1001 was opened Fri 2026-11-20 10:15, after --as-of Sun 2026-11-01 12:00: as of then it did not"
                + " exist, and no clock had started.", slakit.out().strip());
    }

    @Test
    void windowsAreOneToALine_andAHolidayIsNamedInEnglishAndChinese(@TempDir Path dir) throws IOException {
        // severe, 4 business hours, reported Wednesday 2026-09-30 17:00: 1 hour that day, National Day skipped, 3 on Friday
        Path ticket = dir.resolve("t.yaml");
        Files.writeString(ticket, "slakit-ticket: 1\nid: T-9\nopened: 2026-09-30T17:00\n"
                + "classification: {category: software-error, severity: severe, kind: function-error, tier: standard}\n",
                StandardCharsets.UTF_8);
        assertEquals(0, slakit.run("explain", HK, "--ticket", ticket.toString(), "--as-of", "2026-10-02T09:30"), slakit.err());
        String text = slakit.out();
        assertTrue(text.contains("  windows counted:\n    Wed 2026-09-30 17:00+08:00 to Wed 2026-09-30 18:00+08:00\n"
                + "    Fri 2026-10-02 09:00+08:00 to Fri 2026-10-02 12:00+08:00\n"), text);
        assertTrue(text.contains("  skipped 2026-10-01 National Day 國慶日 (holiday)\n"), text);
    }

    /** T-1001 waited for its database, and the 24 hours count from its receipt: the pause before that moved nothing. */
    @Test
    void aPauseBeforeARestart_didNotMoveTheDeadline() {
        assertEquals(0, slakit.run("explain", HK, "--ticket", "tickets/T-1001.yaml", "--as-of", "2026-11-24T09:00"), slakit.err());
        assertTrue(slakit.out().contains("  pause from Fri 2026-11-20 11:45+08:00 to Mon 2026-11-23 10:30+08:00 did not move this"
                + " deadline: the clock was not running then (it started at Mon 2026-11-23 10:30+08:00)\n"), slakit.out());
    }

    /**
     * business-days at the same time: Fri 15:00 + 1 is Sat 15:00, after Saturday's close, so the
     * deadline is Monday's opening, and explain says so rather than "= start + budget".
     */
    @Test
    void aSameTimeOutsideWorkingHours_saysTheDeadlineMovedToTheNextOpening(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("p.yaml");
        Files.writeString(policy, String.join("\n", "slakit: 1", "zone: Asia/Hong_Kong", "calendars:", "  office:",
                "    hours: {Mon-Fri: [09:00-12:00, 13:30-18:00], Sat: 10:00-12:00}", "severities: [general]",
                "categories: {software-error: [function-error]}", "targets:",
                "  - {name: fix, stops-on: resolved, business-days: {days: 1, at: same-time}}", ""), StandardCharsets.UTF_8);
        Path ticket = dir.resolve("t.yaml");
        Files.writeString(ticket, "slakit-ticket: 1\nid: T-9\nopened: 2026-12-04T15:00\n"
                + "classification: {category: software-error, severity: general, kind: function-error}\n", StandardCharsets.UTF_8);
        assertEquals(0, slakit.run("explain", policy.toString(), "--ticket", ticket.toString(), "--as-of", "2026-12-04T16:00"),
                slakit.err());
        String text = slakit.out();
        assertTrue(text.contains("  boundary: 1 working day after Fri 2026-12-04 15:00+08:00 is Sat 2026-12-05 15:00+08:00,"
                + " outside working hours: due at the next opening, Mon 2026-12-07 09:00+08:00\n"), text);
        assertTrue(text.contains("  deadline Mon 2026-12-07 09:00+08:00 = the next opening after start + budget 5h, which runs out"
                + " at the close Sat 2026-12-05 12:00+08:00\n"), text);
    }

    @Test
    void holidaysOnConsecutiveDays_areOneLine(@TempDir Path dir) throws IOException {
        Path ticket = dir.resolve("t.yaml");
        Files.writeString(ticket, "slakit-ticket: 1\nid: T-9\nopened: 2026-12-24T17:00\n"
                + "classification: {category: software-error, severity: general, kind: function-error, tier: standard}\n",
                StandardCharsets.UTF_8);
        assertEquals(0, slakit.run("explain", HK, "--ticket", ticket.toString(), "--as-of", "2026-12-29T12:00"), slakit.err());
        assertTrue(slakit.out().contains("  skipped 2026-12-25 to 2026-12-26 Christmas Day 聖誕節, The first weekday after"
                + " Christmas Day 聖誕節後第一個周日 (holidays)\n"), slakit.out());
    }
}
