package org.slakit.examples;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.slakit.config.PolicyException;
import org.slakit.config.Timestamps;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * Reads and writes many tickets with their whole history as an event log: one row per change, as a
 * help desk's change history has it (Jira's changelog, Zendesk's audits), documented in
 * {@code examples/tickets/README.md}. Columns {@code ticket, at, action, name, category, severity}
 * are required, {@code kind, tier, service} and {@code field:NAME} optional; any other column is an
 * error. Each row is one {@code action} of one ticket at one time:
 * <pre>
 * ticket,at,action,name,category,severity,kind,tier,service,field:company
 * T-1,2026-11-20T10:15,open,,software-error,general,function-error,standard,,Harbour Department Store Ltd.
 * T-1,2026-11-20T10:25,event,responded,,,,,,
 * T-1,2026-11-20T11:45,pause,waiting-for-database,,,,,,
 * T-1,2026-11-23T10:30,resume,,,,,,,
 * T-1,2026-11-24T09:30,resolve,,,,,,,
 * </pre>
 * The first row of a ticket is {@code open}; the rows of one ticket are in time order, and those of
 * different tickets may come in any order. Tickets come out in the order of their {@code open} rows.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EventLogCsv {

    /** The columns the writer writes, before the fields, in this order. */
    private static final List<String> COLUMNS = List.of("ticket", "at", "action", "name", "category", "severity", "kind", "tier",
            "service");
    private static final List<String> REQUIRED = List.of("ticket", "at", "action", "name", "category", "severity");
    private static final List<String> CLASSIFICATION = List.of("category", "severity", "kind", "tier", "service");
    private static final String FIELD = "field:";
    private static final List<String> ACTIONS = List.of("open", "event", "pause", "resume", "reclassify", "resolve", "reopen",
            "confirm");
    /** The built-in events that have an action of their own rather than {@code event}. */
    private static final Map<String, String> LIFECYCLE = Map.of(Ticket.OPENED, "open", Ticket.RESOLVED, "resolve",
            Ticket.REOPENED, "reopen", Ticket.CONFIRMED, "confirm");

    private EventLogCsv() {
    }

    /**
     * Checks if a CSV header is an event log's: it has the columns {@code ticket}, {@code at} and
     * {@code action}. Any other header is the one-row-per-ticket format of {@link TicketCsv}.
     *
     * @param header  the column names of the first line, not null
     * @return true if the file is an event log
     */
    public static boolean isEventLog(Collection<String> header) {
        Objects.requireNonNull(header, "header");
        return header.contains("ticket") && header.contains("at") && header.contains("action");
    }

    /**
     * Reads every ticket of an event log.
     *
     * @param reader  the CSV text, with a header line, not null
     * @param fileName  the name to give the file in messages, not null
     * @param zone  the zone of local date-times (the policy's), not null
     * @param events  the events the policy declares, not null
     * @return the tickets in the order of their {@code open} rows, not null
     * @throws PolicyException if any row or column has a problem, naming every one with line and column
     * @throws IOException if the reader fails
     */
    public static List<Ticket> read(Reader reader, String fileName, ZoneId zone, Collection<String> events) throws IOException {
        return readRows(reader, fileName, zone, events).stream().map(TicketCsv.Row::ticket).toList();
    }

    /**
     * Reads every ticket of an event log, each with the line of its {@code open} row for messages
     * about the ticket later.
     *
     * @param reader  the CSV text, with a header line, not null
     * @param fileName  the name to give the file in messages, not null
     * @param zone  the zone of local date-times (the policy's), not null
     * @param events  the events the policy declares, not null
     * @return the tickets with the lines of their {@code open} rows, in that order, not null
     * @throws PolicyException if any row or column has a problem, naming every one with line and column
     * @throws IOException if the reader fails
     */
    public static List<TicketCsv.Row> readRows(Reader reader, String fileName, ZoneId zone, Collection<String> events)
            throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(events, "events");
        return readRows(CsvTable.read(reader, fileName), zone, events);
    }

    /** Reads the rows of a table already read, throwing its problems and those of the rows. */
    static List<TicketCsv.Row> readRows(CsvTable table, ZoneId zone, Collection<String> events) {
        List<History> opened = new ArrayList<>();
        if (table.checkHeader(REQUIRED, String.join(", ", COLUMNS) + " or " + FIELD + "NAME", EventLogCsv::isKnown)) {
            Map<String, History> histories = new HashMap<>();
            for (CsvTable.Cells cells : table.rows()) {
                new RowReader(cells, table.header(), zone, events).apply(histories, opened);
            }
        }
        table.throwIfProblems();
        return opened.stream().map(h -> new TicketCsv.Row(h.ticket, h.openLine)).toList();
    }

    private static boolean isKnown(String column) {
        return COLUMNS.contains(column) || column.startsWith(FIELD) && column.length() > FIELD.length();
    }

    /** One ticket being read: its history so far, and its last row for the time order. */
    private static final class History {
        final int openLine;
        Ticket ticket;
        /** Set from the first row that could not be applied on: the history after it is unknown. */
        boolean broken;
        Instant lastAt;
        String lastAtText;
        int lastLine;

        History(int openLine) {
            this.openLine = openLine;
        }
    }

    /** One row being read: its cells checked on their own, then applied to its ticket's history. */
    private static final class RowReader {
        private final CsvTable.Cells cells;
        private final List<String> header;
        private final ZoneId zone;
        private final Collection<String> events;

        RowReader(CsvTable.Cells cells, List<String> header, ZoneId zone, Collection<String> events) {
            this.cells = cells;
            this.header = header;
            this.zone = zone;
            this.events = events;
        }

        void apply(Map<String, History> histories, List<History> opened) {
            String id = cells.required("ticket");
            String atText = cells.required("at");
            String action = cells.required("action");
            if (id != null) {
                cells.checkId("ticket", id);
            }
            Instant at = atText == null ? null : cells.time("at", atText, zone);
            UnaryOperator<Ticket> step = null;
            if (action != null && !ACTIONS.contains(action)) {
                cells.problem("action", "Unknown action '" + action + "': expected open, event, pause, resume, reclassify, "
                        + "resolve, reopen or confirm");
            } else if (action != null) {
                step = step(action, at);
            }
            if (id == null) {
                return;
            }
            History history = place(id, action, histories, opened);
            if (history == null) {
                return;
            }
            if (at != null) {
                if (history.lastAt != null && at.isBefore(history.lastAt)) {
                    cells.problem("at", "Ticket " + id + "'s rows must be in time order, was '" + atText + "' after '"
                            + history.lastAtText + "' at line " + history.lastLine);
                } else {
                    history.lastAt = at;
                    history.lastAtText = atText;
                    history.lastLine = cells.line();
                }
            }
            if (cells.isBad() || history.broken) {
                // later rows are checked on their own, but not applied
                history.broken = true;
                return;
            }
            try {
                history.ticket = step.apply(history.ticket);
            } catch (IllegalArgumentException e) {
                cells.problem("action", Timestamps.local(e.getMessage(), zone));
                history.broken = true;
            }
        }

        /**
         * The history of the row's ticket; null when the row has no place in it: a row before the
         * ticket's open row, or a second open row (each a problem, unless the action is unknown).
         */
        private History place(String id, String action, Map<String, History> histories, List<History> opened) {
            History history = histories.get(id);
            if ("open".equals(action)) {
                if (history != null) {
                    cells.problem("action", "Ticket " + id + " is opened twice: its open row is line " + history.openLine);
                    return null;
                }
                history = new History(cells.line());
                histories.put(id, history);
                opened.add(history);
            } else if (history == null && action != null && ACTIONS.contains(action)) {
                cells.problem("action", "Ticket " + id + " has no open row before this " + action
                        + " row: a ticket's first row must be open");
            }
            return history;
        }

        /** Checks the cells an action takes and refuses those it does not; null when the time is none. */
        private UnaryOperator<Ticket> step(String action, Instant at) {
            String name = cells.text("name");
            if (action.equals("event") || action.equals("pause")) {
                if (name == null) {
                    String what = action.equals("event") ? "the event" : "the waiting state";
                    cells.problem("name", "Action '" + action + "' needs " + what + " in column 'name', was empty");
                } else if (action.equals("event")) {
                    checkEvent(name);
                }
            } else if (name != null) {
                cells.problem("name", "Action '" + action + "' takes no name, was '" + name + "'");
            }
            boolean classified = action.equals("open") || action.equals("reclassify");
            for (String column : CLASSIFICATION) {
                if (!classified && cells.text(column) != null) {
                    cells.problem(column, "Column '" + column + "' is for open and reclassify rows only, was '"
                            + cells.text(column) + "' on a " + action + " row");
                }
            }
            for (String column : header) {
                if (column.startsWith(FIELD) && !action.equals("open") && cells.text(column) != null) {
                    cells.problem(column, "Column '" + column + "' is for open rows only, was '" + cells.text(column) + "' on a "
                            + action + " row");
                }
            }
            Classification c = classified ? classification(action) : null;
            if (at == null) {
                return null;
            }
            return switch (action) {
                case "open" -> t -> opened(at, c);
                case "event" -> t -> t.event(at, name);
                case "pause" -> t -> t.pause(at, name);
                case "resume" -> t -> t.resume(at);
                case "reclassify" -> t -> t.reclassify(at, c);
                case "resolve" -> t -> t.resolve(at);
                case "reopen" -> t -> t.reopen(at);
                default -> t -> t.confirm(at);
            };
        }

        private void checkEvent(String name) {
            if (LIFECYCLE.containsKey(name)) {
                cells.problem("name", "Event '" + name + "' has its own action: write action '" + LIFECYCLE.get(name)
                        + "', with no name");
            } else if (!name.equals(Ticket.RESPONDED) && !events.contains(name)) {
                cells.problem("name", "Event '" + name + "' is not declared: expected responded or an event the policy declares "
                        + events);
            }
        }

        /** The whole classification of an open or reclassify row; null, and problems, when it has none. */
        private Classification classification(String action) {
            String category = cells.text("category");
            String severity = cells.text("severity");
            for (String column : List.of("category", "severity")) {
                if (cells.text(column) == null) {
                    cells.problem(column, "Action '" + action + "' needs a value in column '" + column
                            + "' (the whole classification), was empty");
                }
            }
            if (category == null || severity == null) {
                return null;
            }
            Classification c = Classification.of(category, severity);
            c = cells.text("kind") == null ? c : c.withKind(cells.text("kind"));
            c = cells.text("tier") == null ? c : c.withTier(cells.text("tier"));
            return cells.text("service") == null ? c : c.withService(cells.text("service"));
        }

        private Ticket opened(Instant at, Classification c) {
            Ticket ticket = Ticket.open(cells.text("ticket"), at, c);
            for (String column : header) {
                if (column.startsWith(FIELD) && cells.text(column) != null) {
                    ticket = ticket.withField(column.substring(FIELD.length()), cells.text(column));
                }
            }
            return ticket;
        }
    }

    // ----- writing -----

    /**
     * Writes tickets as an event log, with a header line: the rows of all tickets in time order, and
     * at one instant in the order of the list. Times are written in the zone's offset
     * ({@code 2026-11-20T10:15+08:00}). Reading the text back gives the same tickets, in the order
     * they were opened.
     *
     * @param tickets  the tickets, not null
     * @param zone  the zone whose offsets the times are written in, not null
     * @param out  where the text goes, not null
     * @throws IllegalArgumentException if two tickets have one id, or a ticket has a text the reader
     *     would not read back: an id with whitespace, or a name or field that is empty or starts or
     *     ends with whitespace
     * @throws IOException if the writer fails
     */
    public static void write(List<Ticket> tickets, ZoneId zone, Writer out) throws IOException {
        Objects.requireNonNull(tickets, "tickets");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(out, "out");
        record Entry(int ticket, int index, Instant at) {
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i++) {
            for (int j = 0; j < tickets.get(i).eventCount(); j++) {
                entries.add(new Entry(i, j, tickets.get(i).getEvent(j).at()));
            }
        }
        // each ticket's entries are in time order already: a stable sort by time keeps it
        entries.sort(Comparator.comparing(Entry::at).thenComparingInt(Entry::ticket).thenComparingInt(Entry::index));
        write(tickets, entries.stream().map(Entry::ticket).toList(), zone, out);
    }

    /**
     * Writes tickets as an event log in a given interleaving: {@code owners} holds, for each row,
     * the index in {@code tickets} of the ticket whose next entry it is.
     */
    static void write(List<Ticket> tickets, List<Integer> owners, ZoneId zone, Writer out) throws IOException {
        TreeSet<String> fields = new TreeSet<>();
        Set<String> ids = new HashSet<>();
        for (Ticket t : tickets) {
            fields.addAll(t.fields().keySet());
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("Ticket " + t.id() + " is given twice: an event log holds a ticket once");
            }
        }
        List<String> header = new ArrayList<>(COLUMNS);
        fields.forEach(f -> header.add(FIELD + f));
        line(out, header);
        int[] next = new int[tickets.size()];
        for (int owner : owners) {
            line(out, row(tickets.get(owner), next[owner]++, fields, zone));
        }
    }

    /** The cells of one entry of a ticket, in the writer's column order. */
    private static List<String> row(Ticket t, int index, Collection<String> fields, ZoneId zone) {
        TicketEvent e = t.getEvent(index);
        String action;
        String name = null;
        Classification c = null;
        if (index == 0) {
            action = "open";
            c = t.openingClassification();
        } else {
            switch (e.type()) {
                case PAUSE -> {
                    action = "pause";
                    name = e.waitingState().orElseThrow();
                }
                case RESUME -> action = "resume";
                case RECLASSIFY -> {
                    action = "reclassify";
                    c = e.classification().orElseThrow();
                }
                default -> {
                    action = LIFECYCLE.getOrDefault(e.name(), "event");
                    name = action.equals("event") ? e.name() : null;
                }
            }
        }
        if (t.id().codePoints().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Ticket " + t.id() + ": an id with whitespace cannot be written, the reader"
                    + " refuses it");
        }
        List<String> cells = new ArrayList<>(List.of(t.id(), time(e.at(), zone), action));
        cells.add(name == null ? "" : checked(t, "name", name));
        cells.add(c == null ? "" : checked(t, "category", c.category()));
        cells.add(c == null ? "" : checked(t, "severity", c.severity()));
        cells.add(c == null || c.kind().isEmpty() ? "" : checked(t, "kind", c.kind().get()));
        cells.add(c == null || c.tier().isEmpty() ? "" : checked(t, "tier", c.tier().get()));
        cells.add(c == null || c.service().isEmpty() ? "" : checked(t, "service", c.service().get()));
        for (String field : fields) {
            String value = t.fields().get(field);
            cells.add(index != 0 || value == null ? "" : checked(t, "field '" + checked(t, "field name", field) + "'", value));
        }
        return cells;
    }

    /** A text the reader reads back as it is: the reader strips cells and reads an empty one as none. */
    private static String checked(Ticket t, String what, String text) {
        if (text.isEmpty() || !text.equals(text.strip())) {
            throw new IllegalArgumentException("Ticket " + t.id() + ": " + what + " '" + text
                    + "' cannot be written: the reader strips whitespace around a cell and reads an empty one as none");
        }
        return text;
    }

    private static String time(Instant at, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(at);
        // an offset with seconds (local mean time, long ago) has no form the reader reads: such a time is written in UTC
        return offset.getTotalSeconds() % 60 == 0 ? at.atOffset(offset).toString() : at.toString();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            out.write((i == 0 ? "" : ",") + (quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell));
        }
        out.write('\n');
    }
}
