package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarCoverageException;
import org.slakit.policy.TargetStatus.Escalation;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * Runs one target entry's clock over one cycle of a ticket, as of an instant: start, restart,
 * pauses, budget, deadline, stop, breach and escalations.
 */
final class TargetClock {

    /** What one run found. */
    static final class Result {
        TargetState state;
        Instant dueAt;
        Duration elapsed = Duration.ZERO;
        Duration remaining;
        Instant breachedAt;
        List<Escalation> escalations = List.of();
        Instant nextChange;
    }

    private TargetClock() {
    }

    /**
     * Runs the clock of an entry over events [from, to) of a ticket.
     *
     * @param reclassifiedAt  the reclassification that changed this target's entry, or null
     * @param trace  collects the explanation, or null
     */
    static Result run(PolicyModel.Entry entry, Ticket ticket, int from, int to, Instant asOf, Instant reclassifiedAt,
            Trace.Target trace) {
        Target t = entry.target;
        Result r = new Result();
        int start = -1;
        int stop = -1;
        int restart = -1;
        for (int i = from; i < to; i++) {
            TicketEvent e = ticket.getEvent(i);
            if (e.type() != TicketEvent.Type.EVENT) {
                continue;
            }
            String name = e.name();
            if (start < 0) {
                if (t.startsOn().contains(name) || i == from && from > 0 && t.startsOn().contains(Ticket.OPENED)) {
                    start = i;
                } else if (t.stopsOn().contains(name)) {
                    if (trace != null) {
                        trace.note("stop event '" + name + "' at " + e.at() + " came before the clock started: not started for good");
                    }
                    r.state = TargetState.NOT_STARTED;
                    return r;
                }
            } else if (t.stopsOn().contains(name)) {
                stop = i;
                break;
            } else if (restart < 0 && t.restartsOn().contains(name)) {
                restart = i;
            }
        }
        if (start < 0) {
            if (trace != null) {
                trace.note("no starts-on event " + t.startsOn() + " yet: not started");
            }
            r.state = TargetState.NOT_STARTED;
            return r;
        }
        BusinessCalendar cal = entry.calendar;
        Instant clockStart = ticket.getEvent(start).at();
        Instant stopAt = stop >= 0 ? ticket.getEvent(stop).at() : null;
        Pauses pauses = Pauses.of(ticket, from, to, t);
        Budget budget = null;
        ConsumedTime clock = null;
        try {
            if (restart >= 0) {
                Instant restartAt = ticket.getEvent(restart).at();
                Instant due;
                try {
                    Budget before = Budget.of(entry, clockStart, false);
                    try {
                        due = new ConsumedTime(cal, clockStart, pauses, restartAt).instantAt(before.amount);
                    } catch (CalendarCoverageException ex) {
                        // a first deadline inside the coverage is known with the pauses cut at its end
                        ConsumedTime clipped = clippedAtCoverage(cal, clockStart, pauses, restartAt, before.amount);
                        if (clipped == null) {
                            throw ex;
                        }
                        due = clipped.instantAt(before.amount);
                    }
                } catch (CalendarCoverageException ex) {
                    // the first deadline lies beyond the coverage: a restart inside it came before any breach
                    Instant limit = coverageEnd(cal);
                    if (limit == null || !restartAt.isBefore(limit)
                            || clockStart.isBefore(cal.coverage().get().getStart().atStartOfDay(cal.zone()).toInstant())) {
                        throw ex;
                    }
                    due = null;
                }
                Instant line = due == null ? null : later(due, reclassifiedAt);
                if (line != null && !line.isAfter(restartAt)) {
                    if (trace != null) {
                        trace.note("restart event '" + ticket.getEvent(restart).name() + "' at " + restartAt
                                + " came after the breach at " + line + ": a breach is final, the restart is ignored");
                    }
                } else {
                    if (trace != null) {
                        trace.note("restarted by '" + ticket.getEvent(restart).name() + "' at " + restartAt
                                + " (started at " + clockStart + "): counted from the restart");
                    }
                    clockStart = restartAt;
                }
            }
            if (trace != null) {
                trace.clockStart = clockStart;
                Instant opening = cal.nextOpen(clockStart);
                if (!opening.equals(clockStart)) {
                    trace.note("clock started at " + clockStart + " while calendar '" + entry.calendarName
                            + "' was closed: counted from its opening at " + opening);
                }
            }
            budget = Budget.of(entry, clockStart, trace != null);
            clock = new ConsumedTime(cal, clockStart, pauses, stopAt);
            if (trace != null) {
                trace.budget = budget.amount;
                trace.boundary = budget.boundary;
            }
            Instant due = clock.instantAt(budget.amount);
            if (due == null) {
                r.state = TargetState.PAUSED;
                r.elapsed = elapsed(clock, cal, asOf);
                r.remaining = budget.amount.minus(r.elapsed);
                if (trace != null) {
                    trace.note("paused since a waiting state in paused-by began before the deadline: the deadline is not known until it ends");
                }
            } else {
                Instant line = later(due, reclassifiedAt);
                r.dueAt = due;
                if (trace != null) {
                    Duration paused = clock.pausedBefore(due);
                    trace.note("deadline " + due + " = start + budget " + Budget.words(budget.amount)
                            + (paused.isZero() ? "" : " + paused business time " + Budget.words(paused)));
                    if (!line.equals(due)) {
                        trace.note("the reclassification at " + reclassifiedAt + " changed this target's rule:"
                                + " a breach cannot be dated before it");
                    }
                    trace.countedUntil = stopAt != null && stopAt.isBefore(due) ? stopAt : due;
                }
                settle(r, cal, clock, budget, line, stopAt, asOf);
            }
        } catch (CalendarCoverageException ex) {
            ConsumedTime clipped = budget == null ? null : clippedAtCoverage(cal, clockStart, pauses, stopAt, budget.amount);
            if (clipped == null) {
                ConsumedTime counting = unknown(r, entry, clockStart, stopAt, budget, clock, pauses, asOf, ex, trace);
                if (budget != null && counting != null) {
                    // escalations inside the coverage fire whether or not the deadline is known
                    escalate(r, entry, budget, counting, stopAt, asOf, reclassifiedAt, trace);
                }
                return r;
            }
            // the deadline lies inside the coverage, and only later dates are beyond it (a wait or stop after the deadline)
            clock = clipped;
            r.dueAt = clock.instantAt(budget.amount);
            if (trace != null) {
                trace.note("deadline " + r.dueAt + " lies inside the calendar's coverage; what came after it reaches beyond it ("
                        + ex.getMessage() + ")");
                trace.countedUntil = r.dueAt;
            }
            settle(r, cal, clock, budget, later(r.dueAt, reclassifiedAt), stopAt, asOf);
        }
        escalate(r, entry, budget, clock, stopAt, asOf, reclassifiedAt, trace);
        return r;
    }

    /** Decides the state once the deadline (or the breach line) is known. */
    private static void settle(Result r, BusinessCalendar cal, ConsumedTime clock, Budget budget, Instant line, Instant stopAt,
            Instant asOf) {
        if (stopAt != null) {
            r.state = stopAt.isAfter(line) ? TargetState.BREACHED : TargetState.MET;
            r.elapsed = elapsed(clock, cal, stopAt);
        } else {
            r.state = asOf.isBefore(line) ? TargetState.RUNNING : TargetState.BREACHED;
            r.elapsed = elapsed(clock, cal, asOf);
            if (r.state == TargetState.RUNNING) {
                r.nextChange = line;
            }
        }
        if (r.state == TargetState.BREACHED) {
            r.breachedAt = line;
        }
        r.remaining = budget.amount.minus(r.elapsed);
    }

    /**
     * The clock with its pauses cut at the end of the calendar's coverage, when the deadline it gives
     * lies inside the coverage; null otherwise. Such a deadline is exact: a pause that begins before it
     * cannot end beyond the coverage, or the deadline would lie beyond it too.
     */
    private static ConsumedTime clippedAtCoverage(BusinessCalendar cal, Instant clockStart, Pauses pauses, Instant stopAt,
            Duration budget) {
        Instant limit = coverageEnd(cal);
        if (limit == null || !clockStart.isBefore(limit)) {
            return null;
        }
        try {
            ConsumedTime clipped = new ConsumedTime(cal, clockStart, pauses, stopAt != null && stopAt.isBefore(limit) ? stopAt : limit);
            Instant due = clipped.instantAt(budget);
            return due != null && due.isBefore(limit) ? clipped : null;
        } catch (CalendarCoverageException ex) {
            return null;
        }
    }

    /** Settles a target whose deadline needs dates beyond the coverage; returns the clock that counted its time, or null. */
    private static ConsumedTime unknown(Result r, PolicyModel.Entry entry, Instant clockStart, Instant stopAt, Budget budget,
            ConsumedTime clock, Pauses pauses, Instant asOf, CalendarCoverageException ex, Trace.Target trace) {
        BusinessCalendar cal = entry.calendar;
        Instant limit = coverageEnd(cal);
        Duration elapsed;
        ConsumedTime counting = null;
        try {
            counting = clock != null ? clock
                    : new ConsumedTime(cal, clockStart, pauses, stopAt != null || limit == null || limit.isAfter(asOf) ? stopAt : limit);
            elapsed = elapsed(counting, cal, stopAt != null ? stopAt : asOf);
        } catch (CalendarCoverageException again) {
            // a pause reaching beyond the data: nothing can be said of the time counted
            elapsed = Duration.ZERO;
        }
        r.elapsed = elapsed;
        boolean stopInside = stopAt != null && limit != null && stopAt.isBefore(limit);
        if (stopInside && (budget == null || elapsed.compareTo(budget.amount) < 0)) {
            r.state = TargetState.MET;
            if (trace != null) {
                trace.note("the deadline needs dates beyond the calendar's coverage (" + ex.getMessage()
                        + "), but the stop at " + stopAt + " lies inside it, before the budget ran out: met");
            }
        } else {
            r.state = TargetState.UNKNOWN;
            if (trace != null) {
                trace.note("unknown: " + ex.getMessage());
            }
        }
        return counting;
    }

    /** The business time consumed up to t, or up to the end of the calendar's coverage when t lies beyond it. */
    private static Duration elapsed(ConsumedTime clock, BusinessCalendar cal, Instant t) {
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
        Optional<org.threeten.extra.LocalDateRange> coverage = cal.coverage();
        if (coverage.isEmpty()) {
            return null;
        }
        ZoneId zone = cal.zone();
        LocalDate after = coverage.get().getEnd();
        return after.atStartOfDay(zone).toInstant();
    }

    private static void escalate(Result r, PolicyModel.Entry entry, Budget budget, ConsumedTime clock, Instant stopAt,
            Instant asOf, Instant reclassifiedAt, Trace.Target trace) {
        double[] percents = entry.percents;
        if (percents.length == 0) {
            return;
        }
        List<Escalation> fired = null;
        for (int k = 0; k < percents.length; k++) {
            Instant at;
            try {
                at = clock.instantAt(share(budget.amount, percents[k]));
            } catch (CalendarCoverageException ex) {
                if (trace != null) {
                    trace.note("escalation at " + PolicyChecks.percentText(percents[k]) + " needs dates beyond the calendar's coverage: not fired");
                }
                continue;
            }
            if (at == null) {
                continue;
            }
            at = later(at, reclassifiedAt);
            if (stopAt != null && !at.isBefore(stopAt)) {
                continue;
            }
            if (!at.isAfter(asOf)) {
                if (fired == null) {
                    fired = new ArrayList<>(percents.length);
                }
                fired.add(new Escalation(percents[k], at, entry.notify[k]));
                if (trace != null) {
                    trace.note("escalation at " + PolicyChecks.percentText(percents[k]) + " of the budget fired at " + at
                            + ", notifying " + entry.notify[k]);
                }
            } else if (stopAt == null && r.state != TargetState.PAUSED && (r.nextChange == null || at.isBefore(r.nextChange))) {
                r.nextChange = at;
            }
        }
        if (fired != null) {
            r.escalations = fired;
        }
    }

    /** The share of a budget at a percentage, exact for whole percentages. */
    static Duration share(Duration budget, double percent) {
        if (percent == Math.rint(percent)) {
            long p = (long) percent;
            long seconds = budget.getSeconds();
            // whole minutes times whole percent divides exactly by 100 when the minutes do
            return Duration.ofSeconds(seconds).multipliedBy(p).plusNanos(budget.getNano() * p).dividedBy(100);
        }
        return Duration.ofNanos(Math.round(budget.toNanos() * (percent / 100.0)));
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
