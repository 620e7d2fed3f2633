package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarCoverageException;

/**
 * What a clock can still know when its calendar's holiday data ends: a deadline that lies inside the
 * data is exact even when later events reach beyond it; a stop inside the data before the budget ran
 * out is met; anything else that needs dates beyond the data is {@link TargetState#UNKNOWN}.
 */
final class CoverageFallback {

    private CoverageFallback() {
    }

    /**
     * Settles a clock whose run needed dates beyond its calendar's data.
     *
     * @return true if the clock's escalations should still be fired, with {@link TargetClock#consumed} set
     */
    static boolean settle(TargetClock clock, CalendarCoverageException ex) {
        ConsumedTime clipped = clock.budget == null ? null
                : clipped(clock.calendar, clock.clockStart, clock.pauses, clock.stopAt, clock.budget);
        if (clipped == null) {
            ConsumedTime counting = unknown(clock, ex);
            // escalations inside the coverage fire whether or not the deadline is known
            clock.consumed = counting;
            return clock.budget != null && counting != null;
        }
        // the deadline lies inside the coverage, and only later dates are beyond it (a wait or stop after the deadline)
        clock.consumed = clipped;
        Instant due = TargetClock.dueAt(clipped, clock.budget);
        clock.trace.deadlineWithinCoverage(due, ex.getMessage());
        clock.judge(due);
        // the windows shown run to the reported deadline, moved or not, as on the clock's main path
        clock.trace.countedUntil(clock.dueAt);
        return true;
    }

    /**
     * The clock with its pauses cut at the end of the calendar's coverage, when the deadline it gives
     * lies inside the coverage; null otherwise. Such a deadline is exact: a pause that begins before it
     * cannot end beyond the coverage, or the deadline would lie beyond it too.
     */
    static ConsumedTime clipped(BusinessCalendar cal, Instant clockStart, Pauses pauses, Instant stopAt, Budget budget) {
        Instant limit = coverageEnd(cal);
        if (limit == null || !clockStart.isBefore(limit)) {
            return null;
        }
        try {
            ConsumedTime clipped = ConsumedTime.of(cal, clockStart, pauses, stopAt != null && stopAt.isBefore(limit) ? stopAt : limit, budget);
            // where it lands: a same-time deadline at a close inside the data may land at an opening beyond it
            Instant due = TargetClock.dueAt(clipped, budget);
            return due != null && due.isBefore(limit) ? clipped : null;
        } catch (CalendarCoverageException ex) {
            return null;
        }
    }

    /** Settles a target whose deadline needs dates beyond the coverage; returns the clock that counted its time, or null. */
    private static ConsumedTime unknown(TargetClock clock, CalendarCoverageException ex) {
        BusinessCalendar cal = clock.calendar;
        Instant stopAt = clock.stopAt;
        Instant limit = coverageEnd(cal);
        Duration elapsed;
        ConsumedTime counting = null;
        try {
            counting = clock.consumed != null ? clock.consumed
                    : ConsumedTime.of(cal, clock.clockStart, clock.pauses,
                            stopAt != null || limit == null || limit.isAfter(clock.asOf) ? stopAt : limit, clock.budget);
            elapsed = consumedWithin(counting, cal, stopAt != null ? stopAt : clock.asOf);
        } catch (CalendarCoverageException again) {
            // a pause reaching beyond the data: nothing can be said of the time counted
            elapsed = Duration.ZERO;
        }
        clock.elapsed = elapsed;
        boolean stopInside = stopAt != null && limit != null && stopAt.isBefore(limit);
        if (stopInside && (clock.budget == null || elapsed.compareTo(clock.budget.amount) < 0)) {
            clock.state = TargetState.MET;
            clock.trace.metBeforeCoverageEnds(ex.getMessage(), stopAt);
        } else {
            clock.state = TargetState.UNKNOWN;
            clock.unknownReason = ex.getMessage();
            clock.trace.unknown(ex.getMessage());
        }
        return counting;
    }

    /**
     * Checks if a restart counts although the first deadline lies beyond the coverage: it came inside
     * the coverage, so before any breach, and the clock started inside it too.
     */
    static boolean restartCountsBeyondCoverage(BusinessCalendar cal, Instant clockStart, Instant restartAt) {
        Instant limit = coverageEnd(cal);
        return limit != null && restartAt.isBefore(limit)
                && !clockStart.isBefore(cal.coverage().get().getStart().atStartOfDay(cal.zone()).toInstant());
    }

    /** The business time consumed up to t, or up to the end of the calendar's coverage when t lies beyond it. */
    static Duration consumedWithin(ConsumedTime clock, BusinessCalendar cal, Instant t) {
        try {
            return clock.consumedAt(t);
        } catch (CalendarCoverageException ex) {
            Instant limit = coverageEnd(cal);
            try {
                return limit != null && t.isAfter(limit) ? clock.consumedAt(limit) : Duration.ZERO;
            } catch (CalendarCoverageException again) {
                return Duration.ZERO;
            }
        }
    }

    /** The first instant after the calendar's coverage, or null when it is unbounded. */
    static Instant coverageEnd(BusinessCalendar cal) {
        return cal.coverage().map(c -> c.getEnd().atStartOfDay(cal.zone()).toInstant()).orElse(null);
    }
}
