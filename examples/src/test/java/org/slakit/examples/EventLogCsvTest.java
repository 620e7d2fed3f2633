package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.config.PolicyException;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/** The event-log CSV (examples/tickets/README.md, "Many tickets with their history"): one example per rule and per error. */
class EventLogCsvTest {

    private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");
    private static final List<String> EVENTS = List.of("workaround-given", "proposal-given", "database-received", "replied");
    private static final String HEADER = "ticket,at,action,name,category,severity,kind,tier,service\n";
    private static final String OPEN = "T-1,2026-11-16T09:00,open,,software-error,general,,,\n";
    private static final String TIME = "is neither an instant (2026-11-20T01:30:00Z, 2026-11-20T09:30+08:00) nor a local date-time "
            + "in Asia/Hong_Kong (2026-11-20T09:30)";

    private static List<Ticket> read(String csv) throws IOException {
        return EventLogCsv.read(new StringReader(csv), "t.csv", HONG_KONG, EVENTS);
    }

    /** The problems of a file that does not read, one per line as the command line prints them. */
    private static List<String> problems(String csv) {
        return assertThrows(PolicyException.class, () -> read(csv)).lines();
    }

    private static Instant hk(String local) {
        return java.time.LocalDateTime.parse(local).atZone(HONG_KONG).toInstant();
    }

    private static Ticket t1() {
        return Ticket.open("T-1", hk("2026-11-16T09:00"), Classification.of("software-error", "general"));
    }

    // ---------------------------------------------------------------- the sample

    @Test
    void read_sampleHistory_readsTwelveTicketsWithTheirHistories() throws IOException {
        SlaPolicy policy = PolicyYaml.load(Path.of("policies/hk-pos-erp.yaml"));
        List<TicketCsv.Row> rows;
        try (Reader r = Files.newBufferedReader(Path.of("tickets/sample-history.csv"), StandardCharsets.UTF_8)) {
            rows = EventLogCsv.readRows(r, "sample-history.csv", policy.zone(), policy.events());
        }
        assertEquals(List.of("H-2001", "H-2002", "H-2003", "H-2004", "H-2005", "H-2006", "H-2007", "H-2008", "H-2009", "H-2010",
                "H-2011", "H-2012"), rows.stream().map(r -> r.ticket().id()).toList());
        assertEquals(List.of(2, 4, 9, 12, 15, 19, 25, 32, 39, 45, 55, 59), rows.stream().map(TicketCsv.Row::line).toList());
        Classification functionError = Classification.of("software-error", "general").withKind("function-error").withTier("standard");
        Ticket h2002 = Ticket.open("H-2002", hk("2026-11-16T10:20"), functionError)
                .withField("company", "Kowloon Bay Mart").withField("product", "Ausasia POS/ERP")
                .event(hk("2026-11-16T10:45"), "responded")
                .reclassify(hk("2026-11-16T11:30"), functionError.withKind("data-mismatch"))
                .pause(hk("2026-11-16T11:35"), "waiting-for-database")
                .resume(hk("2026-11-17T15:00"))
                .event(hk("2026-11-17T15:00"), "database-received")
                .event(hk("2026-11-18T11:00"), "proposal-given")
                .resolve(hk("2026-11-18T16:00"))
                .reopen(hk("2026-11-19T10:30"))
                .resolve(hk("2026-11-19T17:00"))
                .confirm(hk("2026-11-20T09:40"));
        assertEquals(h2002, rows.get(1).ticket());
        // two waits on one ticket; a company with a comma, quoted
        Ticket h2003 = rows.get(2).ticket();
        assertEquals(2, h2003.events().stream().filter(e -> e.name().equals("paused")).count());
        assertEquals("Causeway Bay Books, Ltd.", rows.get(7).ticket().fields().get("company"));
        // H-2004's response is written as an instant: 09:00 in Hong Kong
        assertEquals(hk("2026-11-17T09:00"), rows.get(3).ticket().getEvent(1).at());
        for (TicketCsv.Row row : rows) {
            policy.evaluate(row.ticket(), hk("2026-11-23T09:00"));   // every name is the policy's
        }
    }

    // ---------------------------------------------------------------- rules

    @Test
    void read_readmeExample_readsTwoTicketsWhoseRowsAreMixed() throws IOException {
        String readme = Files.readString(Path.of("tickets/README.md"));
        String section = readme.substring(readme.indexOf("## Many tickets with their history"));
        int start = section.indexOf("```csv\n") + "```csv\n".length();
        List<Ticket> tickets = read(section.substring(start, section.indexOf("```", start)));
        assertEquals(List.of("H-2002", "H-2008"), tickets.stream().map(Ticket::id).toList());
        assertEquals(List.of("opened", "responded", "reclassified", "paused", "resumed", "database-received", "resolved",
                "reopened", "resolved", "confirmed"), tickets.get(0).events().stream().map(e -> e.name()).toList());
        assertEquals("Causeway Bay Books, Ltd.", tickets.get(1).fields().get("company"));
    }

    @Test
    void read_everyAction_buildsTheTicketsHistory() throws IOException {
        Ticket ticket = read("ticket,at,action,name,category,severity,kind,tier,service,field:company,field:product\n"
                + "T-1,2026-11-16T09:00,open,,software-error,general,function-error,standard,,Kowloon Bay Mart,\n"
                + "T-1,2026-11-16T09:10,event,responded,,,,,,,\n"
                + "T-1,2026-11-16T09:30,reclassify,,software-error,severe,exception,,bug-fix,,\n"
                + "T-1,2026-11-16T10:00,pause,waiting-for-database,,,,,,,\n"
                + "T-1,2026-11-16T11:00,pause,waiting-for-onsite-test,,,,,,,\n"
                + "T-1,2026-11-16T12:00,resume,,,,,,,,\n"
                + "T-1,2026-11-16T13:00,resolve,,,,,,,,\n"
                + "T-1,2026-11-16T14:00,reopen,,,,,,,,\n"
                + "T-1,2026-11-16T15:00,resolve,,,,,,,,\n"
                + "T-1,2026-11-16T16:00,confirm,,,,,,,,\n").get(0);
        Ticket expected = Ticket.open("T-1", hk("2026-11-16T09:00"),
                        Classification.of("software-error", "general").withKind("function-error").withTier("standard"))
                .withField("company", "Kowloon Bay Mart")
                .event(hk("2026-11-16T09:10"), "responded")
                .reclassify(hk("2026-11-16T09:30"), Classification.of("software-error", "severe").withKind("exception")
                        .withService("bug-fix"))
                .pause(hk("2026-11-16T10:00"), "waiting-for-database")
                .pause(hk("2026-11-16T11:00"), "waiting-for-onsite-test")
                .resume(hk("2026-11-16T12:00"))
                .resolve(hk("2026-11-16T13:00"))
                .reopen(hk("2026-11-16T14:00"))
                .resolve(hk("2026-11-16T15:00"))
                .confirm(hk("2026-11-16T16:00"));
        assertEquals(expected, ticket);
    }

    @Test
    void readRows_interleavedTickets_comeOutInTheOrderOfTheirOpenRows() throws IOException {
        // T-2 is opened first in the file though later in time; T-1's rows go on around it
        List<TicketCsv.Row> rows = EventLogCsv.readRows(new StringReader(HEADER
                + "T-2,2026-11-16T10:00,open,,software-error,general,,,\n"
                + OPEN
                + "T-2,2026-11-16T10:30,resolve,,,,,,\n"
                + "T-1,2026-11-16T09:10,event,responded,,,,,\n"
                + "T-3,2026-11-16T08:00,open,,other,other,,,\n"
                + "T-1,2026-11-16T11:00,resolve,,,,,,\n"), "t.csv", HONG_KONG, EVENTS);
        assertEquals(List.of("T-2", "T-1", "T-3"), rows.stream().map(r -> r.ticket().id()).toList());
        assertEquals(List.of(2, 3, 6), rows.stream().map(TicketCsv.Row::line).toList());
        assertEquals(t1().event(hk("2026-11-16T09:10"), "responded").resolve(hk("2026-11-16T11:00")), rows.get(1).ticket());
    }

    /** Rows of one ticket at one instant keep the file's order: the wait ends, then the database arrives. */
    @Test
    void read_rowsAtOneInstant_keepTheirOrder() throws IOException {
        Ticket ticket = read(HEADER + OPEN
                + "T-1,2026-11-16T10:00,pause,waiting-for-database,,,,,\n"
                + "T-1,2026-11-17T14:00,resume,,,,,,\n"
                + "T-1,2026-11-17T14:00,event,database-received,,,,,\n").get(0);
        assertEquals(t1().pause(hk("2026-11-16T10:00"), "waiting-for-database").resume(hk("2026-11-17T14:00"))
                .event(hk("2026-11-17T14:00"), "database-received"), ticket);
    }

    /** Times as in the other formats: an instant with Z or an offset, or a local date-time in the policy's zone. */
    @Test
    void read_timesInEveryForm_areTheSameInstant() throws IOException {
        Ticket ticket = read(HEADER
                + "T-1,2026-11-16 09:00,open,,software-error,general,,,\n"
                + "T-1,2026-11-16T01:10:00Z,event,responded,,,,,\n"
                + "T-1,2026-11-16T09:20+08:00,event,replied,,,,,\n"
                + "T-1,2026-11-16T09:30:00.5,resolve,,,,,,\n").get(0);
        assertEquals(t1().event(hk("2026-11-16T09:10"), "responded").event(hk("2026-11-16T09:20"), "replied")
                .resolve(hk("2026-11-16T09:30:00.5")), ticket);
    }

    /** RFC 4180 as in the other CSV: quoted cells with commas, quotes and line breaks; a byte order mark; blank lines. */
    @Test
    void read_quotedCellsByteOrderMarkAndBlankLines_areReadAsInTheOtherCsv() {
        List<String> problems = problems("\uFEFF" + "ticket,at,action,name,category,severity,field:company\n"
                + "T-1,2026-11-16T09:00,open,,software-error,general,\"Chan \"\"Big\"\" Man, Ltd.\nKowloon\"\n"
                + "\n"
                + "T-1,2026-11-16T09:10,event,replyed,,,\n");
        // the row after a cell of two lines, and a blank line, is line 5
        assertEquals(List.of("t.csv:5:4: name: Event 'replyed' is not declared: expected responded or an event the policy "
                + "declares [workaround-given, proposal-given, database-received, replied]"), problems);
    }

    @Test
    void read_fieldWithCommaQuoteAndLineBreak_isTheFieldsValue() throws IOException {
        Ticket ticket = read("\uFEFF" + "ticket,at,action,name,category,severity,field:company\n"
                + "T-1,2026-11-16T09:00,open,,software-error,general,\"Chan \"\"Big\"\" Man, Ltd.\nKowloon\"\n").get(0);
        assertEquals("Chan \"Big\" Man, Ltd.\nKowloon", ticket.fields().get("company"));
    }

    @Test
    void read_headerWithoutRows_isNoTickets() throws IOException {
        assertEquals(List.of(), read(HEADER));
    }

    /** Which format a header names: ticket, at and action make an event log, whatever else is there. */
    @Test
    void isEventLog_ticketAtAndAction_isAnEventLog() {
        assertTrue(EventLogCsv.isEventLog(List.of("ticket", "at", "action")));
        assertTrue(EventLogCsv.isEventLog(List.of("action", "name", "at", "ticket", "field:company")));
        assertTrue(EventLogCsv.isEventLog(List.of("ticket", "at", "action", "id", "opened")));   // an event log, with unknown columns
        assertFalse(EventLogCsv.isEventLog(List.of("ticket", "at")));                         // no action
        assertFalse(EventLogCsv.isEventLog(List.of("id", "opened", "category", "severity")));  // one row per ticket
        assertFalse(EventLogCsv.isEventLog(List.of("Ticket", "At", "Action")));               // names are case-sensitive
        assertFalse(EventLogCsv.isEventLog(List.of()));                                       // an empty file
        assertThrows(NullPointerException.class, () -> EventLogCsv.isEventLog(null));
    }

    @Test
    void csvTicketsReadRows_picksTheFormatFromTheHeader() throws IOException {
        List<TicketCsv.Row> log = CsvTickets.readRows(new StringReader(HEADER + OPEN), "t.csv", HONG_KONG, EVENTS);
        assertEquals(List.of(new TicketCsv.Row(t1(), 2)), log);
        List<TicketCsv.Row> perTicket = CsvTickets.readRows(new StringReader("id,opened,category,severity\n"
                + "T-1,2026-11-16T09:00,software-error,general\n"), "t.csv", HONG_KONG, EVENTS);
        assertEquals(List.of(new TicketCsv.Row(t1(), 2)), perTicket);
        // a header that is neither: the one-row-per-ticket format's messages
        PolicyException e = assertThrows(PolicyException.class, () -> CsvTickets.readRows(new StringReader("ticket,at\n"),
                "t.csv", HONG_KONG, EVENTS));
        assertEquals("t.csv:1:1: Missing required column 'id'", e.lines().get(0));
        PolicyException empty = assertThrows(PolicyException.class, () -> CsvTickets.readRows(new StringReader(""),
                "t.csv", HONG_KONG, EVENTS));
        assertEquals(List.of("t.csv:1:1: File is empty: its first line must be the header (id, opened, category, severity, …)"),
                empty.lines());
    }

    @Test
    void csvTicketsReadRows_nullArguments_areRejected() {
        StringReader r = new StringReader(HEADER);
        assertThrows(NullPointerException.class, () -> CsvTickets.readRows(null, "t.csv", HONG_KONG, EVENTS));
        assertThrows(NullPointerException.class, () -> CsvTickets.readRows(r, null, HONG_KONG, EVENTS));
        assertThrows(NullPointerException.class, () -> CsvTickets.readRows(r, "t.csv", null, EVENTS));
        assertThrows(NullPointerException.class, () -> CsvTickets.readRows(r, "t.csv", HONG_KONG, null));
        assertThrows(NullPointerException.class, () -> EventLogCsv.readRows(null, "t.csv", HONG_KONG, EVENTS));
        assertThrows(NullPointerException.class, () -> EventLogCsv.readRows(r, null, HONG_KONG, EVENTS));
        assertThrows(NullPointerException.class, () -> EventLogCsv.readRows(r, "t.csv", null, EVENTS));
        assertThrows(NullPointerException.class, () -> EventLogCsv.readRows(r, "t.csv", HONG_KONG, null));
    }

    // ---------------------------------------------------------------- errors of the header

    @Test
    void read_emptyFile_isAProblemAtLineOne() {
        assertEquals(List.of("t.csv:1:1: File is empty: its first line must be the header (ticket, at, action, name, category, "
                + "severity, …)"), problems(""));
    }

    @Test
    void read_requiredColumnMissing_isAProblemAtLineOne() {
        assertEquals(List.of("t.csv:1:1: Missing required column 'name'", "t.csv:1:1: Missing required column 'severity'"),
                problems("ticket,at,action,category\nT-1,2026-11-16T09:00,open,software-error\n"));
    }

    @Test
    void read_unknownColumn_isAProblemAtItsColumn() {
        assertEquals(List.of("t.csv:1:7: opened: Unknown column 'opened': expected ticket, at, action, name, category, severity, "
                        + "kind, tier, service or field:NAME",
                "t.csv:1:8: field:: Unknown column 'field:': expected ticket, at, action, name, category, severity, kind, tier, "
                        + "service or field:NAME"),
                problems("ticket,at,action,name,category,severity,opened,field:\n"));
    }

    @Test
    void read_columnGivenTwice_isAProblemAtTheSecond() {
        assertEquals(List.of("t.csv:1:7: at: Column 'at' is given twice, also at column 2"),
                problems("ticket,at,action,name,category,severity,at\n"));
    }

    // ---------------------------------------------------------------- errors of a row

    @Test
    void read_unknownAction_isAProblemAtTheActionColumn() {
        assertEquals(List.of("t.csv:3:3: action: Unknown action 'close': expected open, event, pause, resume, reclassify, resolve, "
                + "reopen or confirm"), problems(HEADER + OPEN + "T-1,2026-11-16T10:00,close,,,,,,\n"));
    }

    @Test
    void read_emptyTicketTimeOrAction_isAMissingValue() {
        assertEquals(List.of("t.csv:2:1: ticket: Missing value in required column 'ticket'",
                "t.csv:3:2: at: Missing value in required column 'at'",
                "t.csv:4:3: action: Missing value in required column 'action'"),
                problems(HEADER + ",2026-11-16T09:00,open,,software-error,general,,,\n"
                        + "T-1,,open,,software-error,general,,,\n"
                        + "T-2,2026-11-16T09:00,,,,,,,\n"));
    }

    @Test
    void read_idWithWhitespace_isAProblem() {
        assertEquals(List.of("t.csv:2:1: ticket: Ticket id 'T 1' must not contain whitespace"),
                problems(HEADER + "T 1,2026-11-16T09:00,open,,software-error,general,,,\n"));
    }

    @Test
    void read_badTime_isAProblemAtTheAtColumn() {
        assertEquals(List.of("t.csv:3:2: at: Time 'Monday 10:00' " + TIME),
                problems(HEADER + OPEN + "T-1,Monday 10:00,event,responded,,,,,\n"));
    }

    @Test
    void read_firstRowNotOpen_isAProblemAtTheActionColumn() {
        assertEquals(List.of("t.csv:2:3: action: Ticket T-1 has no open row before this event row: a ticket's first row must be "
                + "open"), problems(HEADER + "T-1,2026-11-16T09:10,event,responded,,,,,\n" + OPEN));
    }

    @Test
    void read_secondOpen_isAProblemAtTheActionColumn() {
        assertEquals(List.of("t.csv:4:3: action: Ticket T-1 is opened twice: its open row is line 2"),
                problems(HEADER + OPEN + "T-1,2026-11-16T09:10,event,responded,,,,,\n" + OPEN));
    }

    @Test
    void read_rowsOfATicketOutOfTimeOrder_isAProblemAtTheAtColumn() {
        assertEquals(List.of("t.csv:4:2: at: Ticket T-1's rows must be in time order, was '2026-11-16T09:30' after "
                        + "'2026-11-16T10:00' at line 3"),
                problems(HEADER + OPEN + "T-1,2026-11-16T10:00,event,responded,,,,,\n"
                        + "T-1,2026-11-16T09:30,resolve,,,,,,\n"));
    }

    @Test
    void read_nameMissingForEventOrPause_isAProblemAtTheNameColumn() {
        assertEquals(List.of("t.csv:3:4: name: Action 'event' needs the event in column 'name', was empty",
                        "t.csv:5:4: name: Action 'pause' needs the waiting state in column 'name', was empty"),
                problems(HEADER + OPEN + "T-1,2026-11-16T10:00,event,,,,,,\n"
                        + "T-2,2026-11-16T09:00,open,,software-error,general,,,\n"
                        + "T-2,2026-11-16T10:00,pause,,,,,,\n"));
    }

    @Test
    void read_nameOnAnActionThatTakesNone_isAProblemAtTheNameColumn() {
        assertEquals(List.of("t.csv:2:4: name: Action 'open' takes no name, was 'new'",
                        "t.csv:4:4: name: Action 'resume' takes no name, was 'waiting-for-database'"),
                problems(HEADER + "T-1,2026-11-16T09:00,open,new,software-error,general,,,\n"
                        + "T-2,2026-11-16T09:00,open,,software-error,general,,,\n"
                        + "T-2,2026-11-16T10:00,resume,waiting-for-database,,,,,\n"));
    }

    @Test
    void read_eventThePolicyDoesNotDeclare_isAProblemAtTheNameColumn() {
        assertEquals(List.of("t.csv:3:4: name: Event 'workaround-givn' is not declared: expected responded or an event the "
                + "policy declares [workaround-given, proposal-given, database-received, replied]"),
                problems(HEADER + OPEN + "T-1,2026-11-16T10:00,event,workaround-givn,,,,,\n"));
    }

    @Test
    void read_lifecycleEventAsAnEvent_pointsToItsAction() {
        assertEquals(List.of("t.csv:3:4: name: Event 'resolved' has its own action: write action 'resolve', with no name",
                        "t.csv:4:4: name: Event 'opened' has its own action: write action 'open', with no name"),
                problems(HEADER + OPEN + "T-1,2026-11-16T10:00,event,resolved,,,,,\n"
                        + "T-1,2026-11-16T10:00,event,opened,,,,,\n"));
    }

    @Test
    void read_classificationOnARowOtherThanOpenOrReclassify_isAProblemAtItsColumn() {
        assertEquals(List.of("t.csv:3:6: severity: Column 'severity' is for open and reclassify rows only, was 'severe' on a "
                        + "resolve row",
                "t.csv:3:8: tier: Column 'tier' is for open and reclassify rows only, was 'standard' on a resolve row"),
                problems(HEADER + OPEN + "T-1,2026-11-16T10:00,resolve,,,severe,,standard,\n"));
    }

    @Test
    void read_openOrReclassifyWithoutCategoryOrSeverity_isAProblemAtItsColumn() {
        assertEquals(List.of("t.csv:2:6: severity: Action 'open' needs a value in column 'severity' (the whole classification), "
                        + "was empty",
                "t.csv:4:5: category: Action 'reclassify' needs a value in column 'category' (the whole classification), "
                        + "was empty"),
                problems(HEADER + "T-1,2026-11-16T09:00,open,,software-error,,,,\n"
                        + "T-2,2026-11-16T09:00,open,,software-error,general,,,\n"
                        + "T-2,2026-11-16T10:00,reclassify,,,severe,exception,,\n"));
    }

    /** Fields belong to the ticket, not to a time: they are given on the open row, and refused on any other. */
    @Test
    void read_fieldOnARowOtherThanOpen_isAProblemAtItsColumn() {
        assertEquals(List.of("t.csv:3:7: field:company: Column 'field:company' is for open rows only, was 'Kowloon Bay Mart' on "
                + "a reclassify row"),
                problems("ticket,at,action,name,category,severity,field:company\n"
                        + "T-1,2026-11-16T09:00,open,,software-error,general,\n"
                        + "T-1,2026-11-16T10:00,reclassify,,software-error,severe,Kowloon Bay Mart\n"));
    }

    @Test
    void read_resumeWithoutPause_isTheTicketsMessageAtTheActionColumn() {
        assertEquals(List.of("t.csv:3:3: action: Ticket T-1: only a waiting ticket can resume, but it is open, was resume at "
                + "2026-11-16T10:00"), problems(HEADER + OPEN + "T-1,2026-11-16T10:00,resume,,,,,,\n"));
    }

    @Test
    void read_reopenOfAnUnresolvedTicket_isTheTicketsMessageAtTheActionColumn() {
        assertEquals(List.of("t.csv:4:3: action: Ticket T-1: only a resolved ticket can be reopened, but it is waiting "
                        + "(waiting-for-database), was reopen at 2026-11-16T11:00"),
                problems(HEADER + OPEN + "T-1,2026-11-16T10:00,pause,waiting-for-database,,,,,\n"
                        + "T-1,2026-11-16T11:00,reopen,,,,,,\n"));
    }

    /**
     * Every problem of the file is reported, in file order; a ticket whose history broke is not
     * applied further, so one mistake gives one message, not one for each row after it.
     */
    @Test
    void read_problemsInSeveralRows_areAllReportedWithoutFollowOnErrors() {
        assertEquals(List.of("t.csv:3:3: action: Ticket T-1: only a waiting ticket can resume, but it is open, was resume at "
                        + "2026-11-16T10:00",
                "t.csv:5:2: at: Time 'soon' " + TIME,
                "t.csv:7:4: name: Action 'pause' needs the waiting state in column 'name', was empty"),
                problems(HEADER + OPEN
                        + "T-1,2026-11-16T10:00,resume,,,,,,\n"
                        + "T-2,2026-11-16T09:00,open,,software-error,general,,,\n"
                        + "T-2,soon,pause,waiting-for-database,,,,,\n"
                        + "T-2,2026-11-16T11:00,resume,,,,,,\n"           // would fail only because the pause did not happen
                        + "T-1,2026-11-16T12:00,pause,,,,,,\n"));          // still checked on its own
    }

    // ---------------------------------------------------------------- writing

    @Test
    void write_twoTickets_writesTheirRowsInTimeOrder() throws IOException {
        Ticket a = t1().withField("company", "Chan, Lee & Co.").event(hk("2026-11-16T10:00"), "responded")
                .reclassify(hk("2026-11-16T10:30"), Classification.of("software-error", "severe").withKind("exception"))
                .resolve(hk("2026-11-16T12:00")).confirm(hk("2026-11-17T09:00"));
        Ticket b = Ticket.open("T-2", hk("2026-11-16T09:30"), Classification.of("other", "other").withTier("standard"))
                .pause(hk("2026-11-16T10:00"), "waiting-for-database").resume(hk("2026-11-16T11:00"))
                .resolve(hk("2026-11-16T11:30")).reopen(hk("2026-11-16T11:45"));
        StringWriter out = new StringWriter();
        EventLogCsv.write(List.of(a, b), HONG_KONG, out);
        assertEquals("""
                ticket,at,action,name,category,severity,kind,tier,service,field:company
                T-1,2026-11-16T09:00+08:00,open,,software-error,general,,,,"Chan, Lee & Co."
                T-2,2026-11-16T09:30+08:00,open,,other,other,,standard,,
                T-1,2026-11-16T10:00+08:00,event,responded,,,,,,
                T-2,2026-11-16T10:00+08:00,pause,waiting-for-database,,,,,,
                T-1,2026-11-16T10:30+08:00,reclassify,,software-error,severe,exception,,,
                T-2,2026-11-16T11:00+08:00,resume,,,,,,,
                T-2,2026-11-16T11:30+08:00,resolve,,,,,,,
                T-2,2026-11-16T11:45+08:00,reopen,,,,,,,
                T-1,2026-11-16T12:00+08:00,resolve,,,,,,,
                T-1,2026-11-17T09:00+08:00,confirm,,,,,,,
                """, out.toString());
        assertEquals(List.of(a, b), read(out.toString()));
    }

    @Test
    void write_textTheReaderWouldNotReadBack_isRefused() {
        StringWriter out = new StringWriter();
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> EventLogCsv.write(List.of(t1().withField("company", " Kowloon")), HONG_KONG, out));
        assertEquals("Ticket T-1: field 'company' ' Kowloon' cannot be written: the reader strips whitespace around a cell and "
                + "reads an empty one as none", blank.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> EventLogCsv.write(List.of(t1().withField("company", "")), HONG_KONG, out));
        assertEquals("Ticket T-1: field 'company' '' cannot be written: the reader strips whitespace around a cell and "
                + "reads an empty one as none", empty.getMessage());
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> EventLogCsv.write(
                List.of(Ticket.open("T 1", hk("2026-11-16T09:00"), Classification.of("a", "b"))), HONG_KONG, out));
        assertEquals("Ticket T 1: an id with whitespace cannot be written, the reader refuses it", id.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> EventLogCsv.write(List.of(t1(), t1()), HONG_KONG, out));
        assertEquals("Ticket T-1 is given twice: an event log holds a ticket once", twice.getMessage());
    }

    @Test
    void write_nullArguments_areRejected() {
        StringWriter out = new StringWriter();
        assertThrows(NullPointerException.class, () -> EventLogCsv.write(null, HONG_KONG, out));
        assertThrows(NullPointerException.class, () -> EventLogCsv.write(List.of(), null, out));
        assertThrows(NullPointerException.class, () -> EventLogCsv.write(List.of(), HONG_KONG, null));
    }
}
