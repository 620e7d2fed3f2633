package org.slakit.track;

import java.util.Map;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * Prefixes of ticket logs, rebuilt through {@link Ticket}'s own methods.
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
}
