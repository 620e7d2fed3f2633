package org.slakit.policy;

import java.time.Instant;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * A ticket as it stood at an instant: the events at or before it (later ones are ignored, those at
 * it count), its classification then, and the cycles its reopenings made. Every answer of the clock
 * reads the ticket through one of these, so events after the instant are cut in one place.
 */
final class TicketView {

    private static final int[] FIRST_CYCLE_ONLY = {0};

    final Ticket ticket;
    /** The events read are those of indices [0, limit). */
    final int limit;
    /** The classification in force at the last event read. */
    final Classification classification;
    final int reclassifications;
    /** The index of the event that starts each cycle: the opening, then each reopening. */
    private final int[] cycleStarts;

    private TicketView(Ticket ticket, int limit, Classification classification, int reclassifications, int[] cycleStarts) {
        this.ticket = ticket;
        this.limit = limit;
        this.classification = classification;
        this.reclassifications = reclassifications;
        this.cycleStarts = cycleStarts;
    }

    /** Views a ticket as of an instant; every event when the instant is null. */
    static TicketView of(Ticket ticket, Instant asOf) {
        int limit = ticket.eventCount();
        while (asOf != null && limit > 0 && ticket.getEvent(limit - 1).at().isAfter(asOf)) {
            limit--;
        }
        Classification current = ticket.openingClassification();
        int reclassifications = 0;
        int reopens = 0;
        for (int i = 1; i < limit; i++) {
            TicketEvent e = ticket.getEvent(i);
            if (e.type() == TicketEvent.Type.RECLASSIFY) {
                reclassifications++;
                current = e.classification().orElseThrow();
            } else if (isReopening(e)) {
                reopens++;
            }
        }
        return new TicketView(ticket, limit, current, reclassifications, reopens == 0 ? FIRST_CYCLE_ONLY
                : cycleStarts(ticket, limit, reopens));
    }

    private static int[] cycleStarts(Ticket ticket, int limit, int reopens) {
        int[] starts = new int[reopens + 1];
        int c = 1;
        for (int i = 1; i < limit; i++) {
            if (isReopening(ticket.getEvent(i))) {
                starts[c++] = i;
            }
        }
        return starts;
    }

    private static boolean isReopening(TicketEvent e) {
        return e.type() == TicketEvent.Type.EVENT && Ticket.REOPENED.equals(e.name());
    }

    TicketEvent event(int index) {
        return ticket.getEvent(index);
    }

    /** Gets the index of the event that starts a cycle. */
    int cycleStart(int cycle) {
        return cycleStarts[cycle];
    }

    /** Gets the index after the last event of a cycle: the next cycle's start, or the limit for the last. */
    int cycleEnd(int cycle) {
        return cycle + 1 < cycleStarts.length ? cycleStarts[cycle + 1] : limit;
    }

    /** Gets the index of the current cycle, the last one. */
    int currentCycle() {
        return cycleStarts.length - 1;
    }
}
