package org.slakit.track;

import java.util.Map;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * Prefixes of ticket logs, rebuilt through {@link Ticket}'s own methods, and the check that one log extends another.
 */
final class Logs {

    private Logs() {
    }

    /** The ticket with the first entries of a log (the opening counts as the first), and its fields. */
    static Ticket prefix(Ticket log, int entries) {
        Ticket t = Ticket.open(log.id(), log.openedAt(), log.openingClassification());
        for (Map.Entry<String, String> f : log.fields().entrySet()) {
            t = t.withField(f.getKey(), f.getValue());
        }
        for (int i = 1; i < entries; i++) {
            t = append(t, log.getEvent(i));
        }
        return t;
    }

    /** Adds one entry, as the log had it. */
    static Ticket append(Ticket t, TicketEvent e) {
        return switch (e.type()) {
            case PAUSE -> t.pause(e.at(), e.waitingState().orElseThrow());
            case RESUME -> t.resume(e.at());
            case RECLASSIFY -> t.reclassify(e.at(), e.classification().orElseThrow());
            default -> t.event(e.at(), e.name());
        };
    }

    /** Checks that a log extends the one held for its id: the same opening, the entries held at its start. */
    static void checkExtends(Ticket held, Ticket log) {
        String problem = null;
        if (!held.openingClassification().equals(log.openingClassification())) {
            problem = "it was opened as " + log.openingClassification() + ", the tracker holds " + held.openingClassification();
        } else if (log.eventCount() < held.eventCount()) {
            problem = "it has " + log.eventCount() + " entries, the tracker holds " + held.eventCount();
        } else {
            for (int i = 0; i < held.eventCount() && problem == null; i++) {
                if (!held.getEvent(i).equals(log.getEvent(i))) {
                    problem = "entry " + (i + 1) + " is " + log.getEvent(i) + ", the tracker holds " + held.getEvent(i);
                }
            }
        }
        if (problem != null) {
            throw new IllegalArgumentException("Ticket " + log.id() + ": the log does not extend the one the tracker holds: " + problem);
        }
    }
}
