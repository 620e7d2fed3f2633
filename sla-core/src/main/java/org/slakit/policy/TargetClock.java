package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarCoverageException;
import org.slakit.policy.TargetStatus.Escalation;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * Runs one target entry's clock over one cycle of a ticket, as of an instant. {@link #run} reads
 * top to bottom: the start, a restart, the budget, the deadline, the stop or breach, and the
 * escalations. Where the calendar's holiday data ends, {@link CoverageFallback} settles what can
 * still be known.
 */
final class TargetClock {

    final PolicyModel.Entry entry;
    final BusinessCalendar calendar;
    final Ticket ticket;
    final Instant asOf;
    /** The reclassification that changed this target's entry, or null: no breach is dated before it. */
    final Instant reclassifiedAt;
    final ClockTrace trace;
    /** The cycle's events are those of indices [from, to). */
    final int from;
    final int to;

    /** Indices of the start, the stop and the first restart among the cycle's events; -1 when none. */
    int start = -1;
    int stop = -1;
    int restart = -1;
    Instant clockStart;
    Instant stopAt;
    Pauses pauses;
    Budget budget;
    ConsumedTime consumed;

    // ----- the outcome -----
    TargetState state;
    Instant dueAt;
    Duration elapsed = Duration.ZERO;
    Duration remaining;
    Instant breachedAt;
    List<Escalation> escalations = List.of();
    Instant nextChange;
    /** For an unknown state: the dates beyond the calendar's data. */
    String unknownReason;

    private TargetClock(PolicyModel.Entry entry, Ticket ticket, int from, int to, Instant asOf, Instant reclassifiedAt,
            ClockTrace trace) {
        this.entry = entry;
        this.calendar = entry.calendar;
        this.ticket = ticket;
        this.from = from;
        this.to = to;
        this.asOf = asOf;
        this.reclassifiedAt = reclassifiedAt;
        this.trace = trace;
    }

    /** Runs the clock of an entry over events [from, to) of a ticket, as of an instant. */
    static TargetClock run(PolicyModel.Entry entry, Ticket ticket, int from, int to, Instant asOf, Instant reclassifiedAt,
            ClockTrace trace) {
        TargetClock clock = new TargetClock(entry, ticket, from, to, asOf, reclassifiedAt, trace);
        clock.run();
        return clock;
    }

    private void run() {
        if (!findEvents()) {
            state = TargetState.NOT_STARTED;
            return;
        }
        clockStart = ticket.getEvent(start).at();
        stopAt = stop >= 0 ? ticket.getEvent(stop).at() : null;
        pauses = Pauses.of(ticket, from, to, entry.target);
        try {
            Restart.apply(this);
            trace.clockStarted(clockStart, calendar, entry.calendarName);
            if (budget == null) {
                budget = Budget.of(entry, clockStart);
            }
            consumed = ConsumedTime.of(calendar, clockStart, pauses, stopAt, budget);
            trace.budget(budget);
            Instant due = dueAt(consumed, budget);
            if (due == null) {
                paused();
            } else {
                trace.deadline(due, budget, consumed);
                Instant moved = notBeforeReclassification(due);
                trace.countedUntil(stopAt != null && stopAt.isBefore(moved) ? stopAt : moved);
                judge(due);
            }
        } catch (CalendarCoverageException ex) {
            if (!CoverageFallback.settle(this, ex)) {
                return;
            }
        }
        escalate();
    }

    /**
     * Finds the start, the stop and the first restart of the cycle; false when the clock does not
     * start: no start event yet, or a stop before any.
     */
    private boolean findEvents() {
        Target t = entry.target;
        for (int i = from; i < to; i++) {
            TicketEvent e = ticket.getEvent(i);
            if (e.type() != TicketEvent.Type.EVENT) {
                continue;
            }
            String name = e.name();
            if (start < 0) {
                // a reopening starts the cycle as if the ticket had been opened then
                if (t.startsOn().contains(name) || i == from && from > 0 && t.startsOn().contains(Ticket.OPENED)) {
                    start = i;
                } else if (t.stopsOn().contains(name)) {
                    trace.stoppedBeforeStart(name, e.at());
                    return false;
                }
            } else if (t.stopsOn().contains(name)) {
                stop = i;
                break;
            } else if (restart < 0 && t.restartsOn().contains(name)) {
                restart = i;
            }
        }
        if (start < 0) {
            trace.notStartedYet(t.startsOn());
            return false;
        }
        return true;
    }

    /** Calculates the deadline: the instant the clock has consumed the budget; null while a pause before it is open. */
    static Instant dueAt(ConsumedTime consumed, Budget budget) {
        return budget.landing(consumed, consumed.instantAt(budget.amount));
    }

    /** Gets an instant moved to no earlier than the reclassification that changed this target's entry. */
    Instant notBeforeReclassification(Instant t) {
        return reclassifiedAt != null && reclassifiedAt.isAfter(t) ? reclassifiedAt : t;
    }

    /**
     * Reports the deadline the rule gives, moved to no earlier than a reclassification that changed
     * the entry, and settles the state against it.
     */
    void judge(Instant due) {
        dueAt = notBeforeReclassification(due);
        if (!dueAt.equals(due)) {
            trace.deadlineMoved(due, dueAt);
        }
        settle(due);
    }

    private void paused() {
        state = TargetState.PAUSED;
        elapsed = CoverageFallback.consumedWithin(consumed, calendar, asOf);
        remaining = budget.amount.minus(elapsed);
        trace.pausedBeforeDeadline();
    }

    /**
     * Decides the state against the deadline: met or breached by a stop, else running or breached as
     * of asOf. The budget left grows by the unpaused business time by which the deadline moved, so it
     * is the business time left to the reported deadline.
     */
    private void settle(Instant unmoved) {
        if (stopAt != null) {
            state = stopAt.isAfter(dueAt) ? TargetState.BREACHED : TargetState.MET;
            elapsed = CoverageFallback.consumedWithin(consumed, calendar, stopAt);
        } else {
            state = asOf.isBefore(dueAt) ? TargetState.RUNNING : TargetState.BREACHED;
            elapsed = CoverageFallback.consumedWithin(consumed, calendar, asOf);
            if (state == TargetState.RUNNING) {
                nextChange = dueAt;
            }
        }
        if (state == TargetState.BREACHED) {
            breachedAt = dueAt;
        }
        Duration moved = unmoved.equals(dueAt) ? Duration.ZERO
                : CoverageFallback.consumedWithin(consumed, calendar, dueAt).minus(CoverageFallback.consumedWithin(consumed, calendar, unmoved));
        remaining = budget.amount.plus(moved).minus(elapsed);
    }

    /**
     * Fires the escalations whose instants have come, none at or after a stop, and notes the next one.
     * The percentages ascend, so their instants do: without a trace to note them, the escalations
     * after the first one still to come (or the first beyond the data, or at the stop) are not
     * computed, as nothing of them would show.
     */
    private void escalate() {
        double[] percents = entry.percents;
        boolean quiet = trace == ClockTrace.NONE;
        List<Escalation> fired = null;
        for (int k = 0; k < percents.length; k++) {
            Instant at;
            try {
                at = budget.landing(consumed, consumed.instantAt(share(budget.amount, percents[k])));
            } catch (CalendarCoverageException ex) {
                trace.escalationBeyondCoverage(percents[k]);
                if (quiet) {
                    break;
                }
                continue;
            }
            if (at == null) {
                continue;
            }
            at = notBeforeReclassification(at);
            if (stopAt != null && !at.isBefore(stopAt)) {
                if (quiet) {
                    break;
                }
                continue;
            }
            if (at.isAfter(asOf)) {
                if (stopAt == null && state != TargetState.PAUSED && (nextChange == null || at.isBefore(nextChange))) {
                    nextChange = at;
                }
                if (quiet) {
                    break;
                }
                continue;
            }
            if (fired == null) {
                fired = new ArrayList<>(percents.length);
            }
            fired.add(new Escalation(percents[k], at, entry.notify[k]));
            trace.escalationFired(percents[k], at, entry.notify[k]);
        }
        if (fired != null) {
            escalations = fired;
        }
    }

    /** The share of a budget at a percentage, exact for whole percentages. */
    static Duration share(Duration budget, double percent) {
        if (percent == Math.rint(percent)) {
            long p = (long) percent;
            try {
                // in nanoseconds when they fit (budgets up to 2,900 years at 100%): Duration's own division goes through BigDecimal
                return Duration.ofNanos(Math.multiplyExact(budget.toNanos(), p) / 100);
            } catch (ArithmeticException tooLong) {
                return budget.multipliedBy(p).dividedBy(100);
            }
        }
        return Duration.ofNanos(Math.round(budget.toNanos() * (percent / 100.0)));
    }
}
