package org.slakit.examples;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slakit.config.PolicyException;
import org.slakit.config.Timestamps;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Reads many tickets from a help desk's CSV export, one row per ticket, as documented in
 * {@code examples/tickets/README.md}: {@code id, opened, category, severity} required; {@code kind,
 * tier, service}; a column per event ({@code responded}, {@code resolved}, {@code confirmed} and
 * any event the policy declares) holding when it happened; {@code pauses} as
 * {@code STATE=START/END;…}; {@code field:NAME} for intake fields. Any other column is an error.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TicketCsv {

    private static final List<String> REQUIRED = List.of("id", "opened", "category", "severity");
    private static final Set<String> CLASSIFICATION = Set.of("id", "opened", "category", "severity", "kind", "tier", "service");

    private TicketCsv() {
    }

    /**
     * Reads every row into a ticket.
     *
     * @param reader  the CSV text, with a header line, not null
     * @param fileName  the name to give the file in messages, not null
     * @param zone  the zone of local date-times (the policy's), not null
     * @param events  the events the policy declares, not null
     * @return the tickets in file order, not null
     * @throws PolicyException if any row or column has a problem, naming every one with line and column
     * @throws IOException if the reader fails
     */
    public static List<Ticket> read(Reader reader, String fileName, ZoneId zone, Collection<String> events) throws IOException {
        return readRows(reader, fileName, zone, events).stream().map(Row::ticket).toList();
    }

    /**
     * One ticket read from the file, and the line of its row (in an event log, its {@code open} row).
     *
     * @param ticket  the ticket, not null
     * @param line  the row's line in the file, from 2
     */
    public record Row(Ticket ticket, int line) {
        /**
         * Validates the components.
         *
         * @throws NullPointerException if the ticket is null
         */
        public Row {
            Objects.requireNonNull(ticket, "ticket");
        }
    }

    /**
     * Reads every row into a ticket, keeping each row's line for messages about the ticket later.
     *
     * @param reader  the CSV text, with a header line, not null
     * @param fileName  the name to give the file in messages, not null
     * @param zone  the zone of local date-times (the policy's), not null
     * @param events  the events the policy declares, not null
     * @return the tickets with their lines, in file order, not null
     * @throws PolicyException if any row or column has a problem, naming every one with line and column
     * @throws IOException if the reader fails
     */
    public static List<Row> readRows(Reader reader, String fileName, ZoneId zone, Collection<String> events) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(events, "events");
        return readRows(CsvTable.read(reader, fileName), zone, events);
    }

    /** Reads the rows of a table already read, throwing its problems and those of the rows. */
    static List<Row> readRows(CsvTable table, ZoneId zone, Collection<String> events) {
        List<Row> out = new ArrayList<>();
        if (table.checkHeader(REQUIRED, "id, opened, category, severity, kind, tier, service, responded, resolved, confirmed, "
                + "pauses, field:NAME or an event the policy declares " + events, column -> isKnown(column, events))) {
            Set<String> ids = new HashSet<>();
            for (CsvTable.Cells cells : table.rows()) {
                RowReader r = new RowReader(cells, table.header(), zone);
                Ticket ticket = r.ticket(events);
                if (ticket != null) {
                    if (!ids.add(ticket.id())) {
                        cells.problem("id", "Ticket id '" + ticket.id() + "' appears twice in the file");
                    } else {
                        out.add(new Row(ticket, cells.line()));
                    }
                }
            }
        }
        table.throwIfProblems();
        return out;
    }

    private static boolean isKnown(String column, Collection<String> events) {
        return CLASSIFICATION.contains(column) || column.equals("pauses") || column.startsWith("field:")
                || column.equals(Ticket.RESPONDED) || column.equals(Ticket.RESOLVED) || column.equals(Ticket.CONFIRMED)
                || events.contains(column);
    }

    /** One row being read: its cells, and where they are for messages. */
    private static final class RowReader {
        private final CsvTable.Cells cells;
        private final List<String> header;
        private final ZoneId zone;

        RowReader(CsvTable.Cells cells, List<String> header, ZoneId zone) {
            this.cells = cells;
            this.header = header;
            this.zone = zone;
        }

        void problem(String column, String message) {
            cells.problem(column, message);
        }

        String text(String column) {
            return cells.text(column);
        }

        Instant time(String column, String text) {
            return cells.time(column, text, zone);
        }

        /** The steps of the row's history: time, order at that time, and what to do. */
        private record Step(Instant at, int order, String column, java.util.function.UnaryOperator<Ticket> action) {
        }

        Ticket ticket(Collection<String> events) {
            String id = text("id");
            for (String column : REQUIRED) {
                cells.required(column);
            }
            if (id != null) {
                cells.checkId("id", id);
            }
            if (cells.isBad()) {
                return null;
            }
            Instant openedAt = time("opened", text("opened"));
            Classification c = classification();
            List<Step> steps = steps();
            if (cells.isBad() || openedAt == null) {
                return null;
            }
            Ticket ticket = opened(id, openedAt, c);
            for (int i = 0; ticket != null && i < steps.size(); i++) {
                Step step = steps.get(i);
                try {
                    ticket = step.action.apply(ticket);
                } catch (IllegalArgumentException | DateTimeException e) {
                    problem(step.column, Timestamps.local(e.getMessage(), zone));
                    return null;
                }
            }
            return ticket;
        }

        private Classification classification() {
            Classification c = Classification.of(text("category"), text("severity"));
            if (text("kind") != null) {
                c = c.withKind(text("kind"));
            }
            if (text("tier") != null) {
                c = c.withTier(text("tier"));
            }
            if (text("service") != null) {
                c = c.withService(text("service"));
            }
            return c;
        }

        /** The row's milestones and pauses, in the order they are applied. */
        private List<Step> steps() {
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i);
                String v = text(column);
                if (v == null || CLASSIFICATION.contains(column) || column.startsWith("field:") || column.equals("pauses")) {
                    continue;
                }
                Instant at = time(column, v);
                if (at == null) {
                    continue;
                }
                if (column.equals(Ticket.RESOLVED)) {
                    steps.add(new Step(at, 3, column, t -> t.resolve(at)));
                } else if (column.equals(Ticket.CONFIRMED)) {
                    steps.add(new Step(at, 4, column, t -> t.confirm(at)));
                } else {
                    steps.add(new Step(at, 1, column, t -> t.event(at, column)));
                }
            }
            String pauses = text("pauses");
            if (pauses != null) {
                pauses(pauses, steps);
            }
            // at one instant: resume, events in column order, pause, resolved, confirmed
            steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
            return steps;
        }

        /** The ticket as opened, with its fields; null (and a problem) when the id is refused. */
        private Ticket opened(String id, Instant openedAt, Classification c) {
            try {
                Ticket ticket = Ticket.open(id, openedAt, c);
                for (String column : header) {
                    if (column.startsWith("field:") && text(column) != null) {
                        ticket = ticket.withField(column.substring("field:".length()), text(column));
                    }
                }
                return ticket;
            } catch (IllegalArgumentException e) {
                problem("id", e.getMessage());
                return null;
            }
        }

        private void pauses(String text, List<Step> steps) {
            String[] waits = text.split(";");
            for (int i = 0; i < waits.length; i++) {
                String wait = waits[i].strip();
                int eq = wait.indexOf('=');
                int slash = wait.indexOf('/', eq + 1);
                if (eq <= 0 || slash < 0) {
                    problem("pauses", "Wait '" + wait + "' must be STATE=START/END (END empty while still waiting)");
                    continue;
                }
                String state = wait.substring(0, eq).strip();
                Instant start = time("pauses", wait.substring(eq + 1, slash).strip());
                String endText = wait.substring(slash + 1).strip();
                if (start == null) {
                    continue;
                }
                steps.add(new Step(start, 2, "pauses", t -> t.pause(start, state)));
                if (endText.isEmpty()) {
                    if (i != waits.length - 1) {
                        problem("pauses", "Only the last wait may still be going on, was '" + wait + "'");
                    }
                    continue;
                }
                Instant end = time("pauses", endText);
                if (end != null) {
                    steps.add(new Step(end, 0, "pauses", t -> t.resume(end)));
                }
            }
        }
    }
}
