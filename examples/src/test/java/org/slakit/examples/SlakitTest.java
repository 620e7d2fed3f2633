package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: its output and its exit codes (0 well, 1 problems, 2 command line or unreadable file). */
class SlakitTest {

    private static final String HK = "policies/hk-pos-erp.yaml";

    private final SlakitRunner slakit = new SlakitRunner();

    @Test
    void validate_everySeedPolicy_isOk() {
        assertEquals(0, slakit.run("validate", "policies/hk-pos-erp.yaml", "policies/pos-vendor.yaml",
                "policies/restaurant-system.yaml", "policies/heating-billing.yaml"), slakit.err());
        assertEquals(4, slakit.out().lines().filter(l -> l.contains(": ok (")).count(), slakit.out());
    }

    @Test
    void validate_brokenPolicy_printsEveryProblemWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, Files.readString(Path.of(HK), StandardCharsets.UTF_8)
                .replace("      Sat: 10:00-18:00", "      Sat: 10:00-10:00")
                .replace("    within: 4h\n", "    within: 4 hours\n"), StandardCharsets.UTF_8);
        assertEquals(1, slakit.run("validate", file.toString()));
        String[] lines = slakit.err().split("\\R");
        assertEquals(2, lines.length, slakit.err());
        assertEquals(file + ":38:12: calendars.office.hours.Sat: Window '10:00-10:00' ends where it starts: a window must not be empty", lines[0]);
        assertTrue(lines[1].startsWith(file + ":62:13: targets[1].within: Duration '4 hours'"), lines[1]);
    }

    @Test
    void validate_missingFile_exitsTwo() {
        assertEquals(2, slakit.run("validate", "policies/no-such.yaml"));
        assertEquals("slakit: cannot read policies/no-such.yaml: no such file", slakit.err().strip());
    }

    @Test
    void deadline_severeOnFridayEvening_isSaturdayAfternoon() {
        assertEquals(0, slakit.run("deadline", HK, "--category", "software-error", "--severity", "severe",
                "--kind", "function-error", "--at", "2026-11-20T17:00"), slakit.err());
        String line = slakit.out().lines().filter(l -> l.startsWith("fix ")).findFirst().orElseThrow();
        // 17:00-18:00 on Friday, then 10:00-13:00 on Saturday: 4 business hours
        assertTrue(line.contains("Sat 2026-11-21 13:00") && line.contains("2026-11-21T05:00:00Z"), line);
    }

    @Test
    void deadline_beyondTheHolidayData_isUnknownAndSaysWhy() {
        // 4 business hours from New Year's Eve 17:00 need 2027's holidays, which slakit does not have
        assertEquals(0, slakit.run("deadline", HK, "--category", "software-error", "--severity", "severe", "--at", "2026-12-31T17:00"));
        assertTrue(slakit.out().contains("UNKNOWN"), slakit.out());
        assertTrue(slakit.out().contains("Date 2027-01-01 is outside the calendar's holiday data, which covers 2019-01-01 to 2026-12-31"),
                slakit.out());
    }

    @Test
    void deadline_undefinedSeverity_isAWrongCommandLine_exitsTwoNamingTheSeverities() {
        assertEquals(2, slakit.run("deadline", HK, "--category", "software-error", "--severity", "urgent", "--at", "2026-11-20T17:00"));
        assertEquals("slakit: --severity: 'urgent' is not defined in policy 'Hong Kong POS/ERP vendor, after-sales service'"
                + " (severities: severe, general, other, requirement)", slakit.err().strip());
    }

    @Test
    void deadline_undefinedCategoryOrKind_exitsTwoNamingWhatIsDefined() {
        assertEquals(2, slakit.run("deadline", HK, "--category", "bug", "--severity", "severe", "--at", "2026-11-20T17:00"));
        assertTrue(slakit.err().startsWith("slakit: --category: 'bug' is not defined in policy"), slakit.err());
        assertEquals(2, slakit.run("deadline", HK, "--category", "software-error", "--severity", "severe", "--kind", "typo",
                "--at", "2026-11-20T17:00"));
        assertTrue(slakit.err().startsWith("slakit: --kind: 'typo' is not defined in policy 'Hong Kong POS/ERP vendor,"
                + " after-sales service' (kinds of category 'software-error': "), slakit.err());
    }

    @Test
    void deadline_badTime_exitsTwo() {
        assertEquals(2, slakit.run("deadline", HK, "--category", "software-error", "--severity", "severe", "--at", "Friday"));
        assertTrue(slakit.err().startsWith("slakit: --at: Time 'Friday' is neither an instant"), slakit.err());
    }

    @Test
    void unknownOption_exitsTwo() {
        assertEquals(2, slakit.run("deadline", HK, "--colour", "red"));
    }

    @Test
    void explain_sampleTicket_printsTheTrace() {
        assertEquals(0, slakit.run("explain", HK, "--ticket", "tickets/T-1001.yaml", "--as-of", "2026-11-26T12:00"), slakit.err());
        assertTrue(slakit.out().contains("T-1001"), slakit.out());
    }

    @Test
    void replay_sampleWeek_printsEveryTicket() {
        assertEquals(0, slakit.run("replay", HK, "--tickets", "tickets/sample-week.csv"), slakit.err());
        assertTrue(slakit.out().contains("\n21 tickets: "), slakit.out());
        assertTrue(slakit.out().contains("As of:  Mon 2026-11-23 09:00"), slakit.out());
    }

    /** An event log is read by its header: H-2002, reopened on Thursday, met its second cycle's 24 hours. */
    @Test
    void replay_sampleHistory_readsTheEventLog() {
        assertEquals(0, slakit.run("replay", HK, "--tickets", "tickets/sample-history.csv"), slakit.err());
        List<String> lines = slakit.out().lines().toList();
        assertEquals("H-2002   software-error/general/data-mismatch (standard)    fix     on time      Fri 2026-11-20 10:30   "
                + "done Thu 2026-11-19 17:00", lines.stream().filter(l -> l.startsWith("H-2002")).findFirst().orElseThrow());
        assertEquals("12 tickets: 4 open (targets PAUSED 2, OVERDUE 1, RUNNING 1), 8 closed (targets on time 6, late 2)",
                lines.get(lines.size() - 1));
    }

    @Test
    void replay_eventLogWithProblems_printsEachAtItsRowAndExitsOne(@TempDir Path dir) throws IOException {
        Path csv = eventLog(dir, "T-1,2026-11-20T10:00,open,,software-error,severe", "T-1,2026-11-20T10:05,resume,,,",
                "T-2,2026-11-20T11:00,event,responded,,");
        assertEquals(1, slakit.run("replay", HK, "--tickets", csv.toString()));
        assertEquals(List.of(csv + ":3:3: action: Ticket T-1: only a waiting ticket can resume, but it is open, was resume at "
                        + "2026-11-20T10:05",
                csv + ":4:3: action: Ticket T-2 has no open row before this event row: a ticket's first row must be open"),
                slakit.err().lines().toList());
        assertEquals("", slakit.out());
    }

    /** What the policy does not define is found when the tickets are evaluated, and reported at the ticket's open row. */
    @Test
    void replay_eventLogTicketWithUndefinedSeverity_isReportedAtItsOpenRow(@TempDir Path dir) throws IOException {
        Path csv = eventLog(dir, "T-1,2026-11-20T10:00,open,,software-error,severe",
                "T-2,2026-11-20T10:30,open,,software-error,critical", "T-1,2026-11-20T10:45,resolve,,,");
        assertEquals(1, slakit.run("replay", HK, "--tickets", csv.toString()));
        String line = slakit.err().strip();
        assertTrue(line.startsWith(csv + ":3:1: Ticket T-2: severity 'critical' is not defined"), line);
    }

    /** An event log of the rows given, under the header {@code ticket,at,action,name,category,severity}. */
    private static Path eventLog(Path dir, String... rows) throws IOException {
        Path csv = dir.resolve("log.csv");
        Files.writeString(csv, "ticket,at,action,name,category,severity\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return csv;
    }

    @Test
    void replay_ticketWithUndefinedSeverity_isReportedAtItsRow(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "id,opened,category,severity\nT-1,2026-11-20T10:00,software-error,severe\n"
                + "T-2,2026-11-20T11:00,software-error,critical\n", StandardCharsets.UTF_8);
        assertEquals(1, slakit.run("replay", HK, "--tickets", csv.toString()));
        String line = slakit.err().strip();
        assertTrue(line.startsWith(csv + ":3:1: ") && line.contains("critical"), line);
    }

    @Test
    void replay_missingTicketsFile_exitsTwo() {
        assertEquals(2, slakit.run("replay", HK, "--tickets", "tickets/none.csv"));
        assertEquals("slakit: cannot read tickets/none.csv: no such file", slakit.err().strip());
    }

    @Test
    void noArguments_runsTheDemo() {
        assertEquals(0, slakit.run(), slakit.err());
        assertTrue(slakit.out().contains("Why is T-1103 due when it is?"), slakit.out());
    }

    @Test
    void policyOrTicketThatIsNotUtf8_isAProblemInTheFile_exitsOne(@TempDir Path dir) throws IOException {
        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        String problem = binary + ":1:4: The file is not UTF-8 text: byte 0xFF cannot be read as UTF-8: save the file as UTF-8";
        assertEquals(1, slakit.run("validate", binary.toString()));
        assertEquals(problem, slakit.err().strip());
        assertEquals(1, slakit.run("explain", HK, "--ticket", binary.toString(), "--as-of", "2026-11-26T12:00"));
        assertEquals(problem, slakit.err().strip());
    }

    @Test
    void explain_ticketWithUndefinedSeverity_isReportedAsFileLineColumn(@TempDir Path dir) throws IOException {
        Path ticket = dir.resolve("t.yaml");
        Files.writeString(ticket, "slakit-ticket: 1\nid: T-9\nopened: 2026-11-20T10:15\n"
                + "classification: {category: software-error, severity: critical}\n", StandardCharsets.UTF_8);
        assertEquals(1, slakit.run("explain", HK, "--ticket", ticket.toString(), "--as-of", "2026-11-21T00:00"));
        assertEquals(ticket + ":1:1: Ticket T-9: severity 'critical' is not defined in policy 'Hong Kong POS/ERP vendor, "
                + "after-sales service' (severities: severe, general, other, requirement)", slakit.err().strip());
    }
}
