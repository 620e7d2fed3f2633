package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.config.PolicyException;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

class TicketCsvTest {

    private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
    private static final List<String> EVENTS = List.of("workaround-given", "proposal-given", "database-received", "replied");

    private static List<Ticket> read(String csv) throws IOException {
        return TicketCsv.read(new StringReader(csv), "t.csv", HONG_KONG, EVENTS);
    }

    @Test
    void read_sampleWeek_readsEveryRow() throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("tickets/sample-week.csv"), StandardCharsets.UTF_8)) {
            List<Ticket> tickets = TicketCsv.read(r, "sample-week.csv", HONG_KONG, EVENTS);
            assertEquals(21, tickets.size());
            assertEquals("T-1101", tickets.get(0).id());
        }
    }

    @Test
    void read_waitEndingWithReceipt_resumesBeforeTheEvent() throws IOException {
        Ticket t = read("""
                id,opened,category,severity,kind,database-received,resolved,pauses
                T-1,2026-11-16T11:30,software-error,general,data-mismatch,2026-11-17T14:00,2026-11-18T11:00,waiting-for-database=2026-11-16T12:00/2026-11-17T14:00
                """).get(0);
        Ticket expected = Ticket.open("T-1", Instant.parse("2026-11-16T03:30:00Z"),
                        Classification.of("software-error", "general").withKind("data-mismatch"))
                .pause(Instant.parse("2026-11-16T04:00:00Z"), "waiting-for-database")
                .resume(Instant.parse("2026-11-17T06:00:00Z"))
                .event(Instant.parse("2026-11-17T06:00:00Z"), "database-received")
                .resolve(Instant.parse("2026-11-18T03:00:00Z"));
        assertEquals(expected, t);
    }

    @Test
    void read_unknownColumnAndBadTime_areReportedWithLineAndColumn() {
        PolicyException e = assertThrows(PolicyException.class, () -> read("""
                id,opened,category,severity,resolvd
                T-1,2026-11-16T11:30,software-error,general,2026-11-17
                """));
        assertEquals("t.csv:1:5: resolvd: Unknown column 'resolvd': expected id, opened, category, severity, kind, tier, "
                + "service, responded, resolved, confirmed, pauses, field:NAME or an event the policy declares "
                + "[workaround-given, proposal-given, database-received, replied]", e.lines().get(0));
        PolicyException bad = assertThrows(PolicyException.class, () -> read("""
                id,opened,category,severity,resolved
                T-1,2026-11-16T11:30,software-error,general,tomorrow
                """));
        assertEquals("t.csv:2:5: resolved: Time 'tomorrow' is neither an instant (2026-11-20T01:30:00Z, "
                + "2026-11-20T09:30+08:00) nor a local date-time in Asia/Hong_Kong (2026-11-20T09:30)", bad.lines().get(0));
    }

    @Test
    void read_emptyFile_isAProblemAtLineOne() {
        PolicyException e = assertThrows(PolicyException.class, () -> read(""));
        assertEquals(List.of("t.csv:1:1: File is empty: its first line must be the header (id, opened, category, severity, …)"),
                e.lines());
    }

    @Test
    void read_headerWithoutRows_isCheckedAllTheSame() {
        PolicyException e = assertThrows(PolicyException.class, () -> read("id,opened,category,resolvd\n"));
        assertEquals(List.of("t.csv:1:1: Missing required column 'severity'",
                "t.csv:1:4: resolvd: Unknown column 'resolvd': expected id, opened, category, severity, kind, tier, "
                + "service, responded, resolved, confirmed, pauses, field:NAME or an event the policy declares "
                + "[workaround-given, proposal-given, database-received, replied]"), e.lines());
    }

    @Test
    void read_idWithWhitespace_isAProblem() {
        PolicyException e = assertThrows(PolicyException.class, () -> read("id,opened,category,severity\nT 1,2026-11-20T10:00,a,b\n"));
        assertEquals(List.of("t.csv:2:1: id: Ticket id 'T 1' must not contain whitespace"), e.lines());
    }

    @Test
    void read_columnGivenTwice_isAProblem() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> read("id,opened,category,severity,resolved,resolved\nT-1,2026-11-20T10:00,a,b,2026-11-20T11:00,2026-11-20T12:00\n"));
        assertEquals(List.of("t.csv:1:6: resolved: Column 'resolved' is given twice, also at column 5"), e.lines());
    }

    /** Spreadsheets save "CSV UTF-8" with a byte order mark: it is not part of the first column's name. */
    @Test
    void read_byteOrderMark_isSkipped() throws IOException {
        List<Ticket> tickets = read("\uFEFFid,opened,category,severity\nT-1,2026-11-20T10:00,software-error,general\n");
        assertEquals("T-1", tickets.get(0).id());
    }

    /** A blank line is no ticket: the row after it keeps its own line number. */
    @Test
    void read_blankLines_areSkipped() {
        PolicyException e = assertThrows(PolicyException.class, () -> read(
                "id,opened,category,severity\nT-1,2026-11-20T10:00,a,b\n\nT-2,yesterday,a,b\n\n"));
        assertEquals(List.of("t.csv:4:2: opened: Time 'yesterday' is neither an instant (2026-11-20T01:30:00Z, "
                + "2026-11-20T09:30+08:00) nor a local date-time in Asia/Hong_Kong (2026-11-20T09:30)"), e.lines());
    }
}
