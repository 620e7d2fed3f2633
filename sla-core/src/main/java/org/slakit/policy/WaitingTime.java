package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarCoverageException;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * The business time a clock spent paused, by waiting state: each wait in a state that pauses the
 * target, cut to the clock's start and to its stop (or the instant it is judged as of), measured on
 * the target's calendar and, where that calendar's data ends, only up to that end. Together with
 * the elapsed time it makes up the business time from the start to the stop: the same pauses
 * {@link ConsumedTime} leaves out.
 */
final class WaitingTime {

    private WaitingTime() {
    }

    /** Calculates the paused business time of a clock that started, by state in order of first wait. */
    static Map<String, Duration> byState(TargetClock clock) {
        if (clock.pauses.size == 0) {
            return Map.of();
        }
        Instant end = clock.stopAt != null ? clock.stopAt : clock.asOf;
        Instant limit = CoverageFallback.coverageEnd(clock.calendar);
        if (limit != null && end.isAfter(limit)) {
            end = limit;
        }
        Map<String, Duration> paused = new LinkedHashMap<>(4);
        String state = null;
        Instant since = null;
        for (int i = clock.from; i < clock.to; i++) {
            TicketEvent e = clock.ticket.getEvent(i);
            String next;
            if (e.type() == TicketEvent.Type.PAUSE) {
                String waiting = e.waitingState().orElseThrow();
                next = clock.entry.target.isPausedBy(waiting) ? waiting : null;
            } else if (e.type() == TicketEvent.Type.RESUME || e.type() == TicketEvent.Type.EVENT && Ticket.RESOLVED.equals(e.name())) {
                next = null;
            } else {
                continue;
            }
            if (state != null && !state.equals(next)) {
                add(paused, state, clock, since, e.at(), end);
            }
            if (next != null && !next.equals(state)) {
                since = e.at();
            }
            state = next;
        }
        if (state != null) {
            add(paused, state, clock, since, end, end);
        }
        if (paused.size() == 1) {
            Map.Entry<String, Duration> only = paused.entrySet().iterator().next();
            return Map.of(only.getKey(), only.getValue());
        }
        return paused;
    }

    private static void add(Map<String, Duration> paused, String state, TargetClock clock, Instant from, Instant to, Instant end) {
        Instant a = from.isBefore(clock.clockStart) ? clock.clockStart : from;
        Instant b = to.isAfter(end) ? end : to;
        if (!b.isAfter(a)) {
            return;
        }
        BusinessCalendar calendar = clock.calendar;
        Duration time;
        try {
            time = calendar.between(a, b);
        } catch (CalendarCoverageException ex) {
            // a calendar whose data starts after the wait: nothing can be said of it
            return;
        }
        paused.merge(state, time, Duration::plus);
    }
}
