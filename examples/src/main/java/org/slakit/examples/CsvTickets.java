package org.slakit.examples;

import java.io.IOException;
import java.io.Reader;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slakit.config.PolicyException;

/**
 * Reads a CSV file of tickets in whichever of the two formats its header names: an event log
 * ({@link EventLogCsv}, one row per change) when the header has the columns {@code ticket},
 * {@code at} and {@code action}, and otherwise one row per ticket ({@link TicketCsv}). This is what
 * the command line reads {@code --tickets} with.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CsvTickets {

    private CsvTickets() {
    }

    /**
     * Reads every ticket, in the format the header names, with the line of its row (an event log's
     * {@code open} row).
     *
     * @param reader  the CSV text, with a header line, not null
     * @param fileName  the name to give the file in messages, not null
     * @param zone  the zone of local date-times (the policy's), not null
     * @param events  the events the policy declares, not null
     * @return the tickets with their lines, in file order (an event log: the order of its open rows), not null
     * @throws PolicyException if any row or column has a problem, naming every one with line and column
     * @throws IOException if the reader fails
     */
    public static List<TicketCsv.Row> readRows(Reader reader, String fileName, ZoneId zone, Collection<String> events)
            throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(events, "events");
        CsvTable table = CsvTable.read(reader, fileName);
        return EventLogCsv.isEventLog(table.header()) ? EventLogCsv.readRows(table, zone, events)
                : TicketCsv.readRows(table, zone, events);
    }
}
