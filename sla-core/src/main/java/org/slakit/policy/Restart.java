package org.slakit.policy;

import java.time.Instant;
import org.slakit.calendar.CalendarCoverageException;

/**
 * A restart ({@code restarts-on}: "the clock starts when we receive the database"): the first such
 * event after the start and before a stop moves the clock's start to it, so that no breach or
 * escalation before it counts — unless the deadline counted from the first start had already passed
 * by then, since a breach is final.
 */
final class Restart {

    private Restart() {
    }

    /** Moves the clock's start to its restart when the restart still counts; keeps the budget when it does not. */
    static void apply(TargetClock clock) {
        if (clock.restart < 0) {
            return;
        }
        String event = clock.ticket.getEvent(clock.restart).name();
        Instant restartAt = clock.ticket.getEvent(clock.restart).at();
        Budget before = null;
        Instant firstDeadline;
        try {
            before = Budget.of(clock.entry, clock.clockStart);
            firstDeadline = firstDeadline(clock, before, restartAt);
        } catch (CalendarCoverageException ex) {
            if (!CoverageFallback.restartCountsBeyondCoverage(clock.calendar, clock.clockStart, restartAt)) {
                throw ex;
            }
            firstDeadline = null;
        }
        Instant line = firstDeadline == null ? null : clock.notBeforeReclassification(firstDeadline);
        if (line != null && !line.isAfter(restartAt)) {
            clock.trace.restartIgnored(event, restartAt, line);
            clock.budget = before;
        } else {
            clock.trace.restarted(event, restartAt, clock.clockStart);
            clock.clockStart = restartAt;
        }
    }

    /** The deadline counted from the first start, with the pauses up to the restart. */
    private static Instant firstDeadline(TargetClock clock, Budget before, Instant restartAt) {
        try {
            return TargetClock.dueAt(ConsumedTime.of(clock.calendar, clock.clockStart, clock.pauses, restartAt, before), before);
        } catch (CalendarCoverageException ex) {
            // a first deadline inside the coverage is known with the pauses cut at its end
            ConsumedTime clipped = CoverageFallback.clipped(clock.calendar, clock.clockStart, clock.pauses, restartAt, before);
            if (clipped == null) {
                throw ex;
            }
            return TargetClock.dueAt(clipped, before);
        }
    }
}
