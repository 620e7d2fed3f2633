package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slakit.policy.TargetStatus.Cycle;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * The ticket clock: evaluates a ticket against a policy as of an instant. The version is the one in
 * force at the ticket's first opening; its classification as of the instant is read retroactively;
 * each applicable target runs a {@link TargetClock} over every cycle the reopenings made.
 */
final class TicketClock {

    private TicketClock() {
    }

    static SlaStatus evaluate(SlaPolicy policy, Ticket ticket, Instant asOf) {
        return run(policy, TicketView.of(ticket, asOf), asOf, Trace.NONE);
    }

    /** Evaluates as {@link #explain} does, recording: the status that its explanation is of. */
    static SlaStatus evaluateRecording(SlaPolicy policy, Ticket ticket, Instant asOf) {
        return run(policy, TicketView.of(ticket, asOf), asOf, new Trace());
    }

    static Explanation explain(SlaPolicy policy, Ticket ticket, Instant asOf) {
        Trace trace = new Trace();
        TicketView view = TicketView.of(ticket, asOf);
        run(policy, view, asOf, trace);
        PolicyModel.Regime regime = policy.model.regimeAt(ticket.openedAt());
        List<Explanation.TargetTrace> traces = new ArrayList<>();
        for (TargetRecord t : trace.targets) {
            traces.add(CountedWindows.trace(t, view, asOf));
        }
        return new Explanation(ticket.id(), asOf, regime.label(), traces, trace.dropped, policy.zone());
    }

    private static SlaStatus run(SlaPolicy policy, TicketView view, Instant asOf, Trace trace) {
        PolicyModel model = policy.model;
        ClassificationCheck.check(model, view);
        PolicyModel.Regime regime = model.regimeAt(view.ticket.openedAt());
        List<TargetStatus> statuses = new ArrayList<>(regime.names.length);
        Instant next = null;
        for (int n = 0; n < regime.names.length; n++) {
            PolicyModel.Entry entry = regime.applicable(n, view.classification, model.defaultTier);
            Instant changedAt = view.reclassifications == 0 ? null : entryChangedAt(regime, n, view, model.defaultTier);
            if (entry == null) {
                noteDropped(regime, n, view, model.defaultTier, changedAt, trace);
                continue;
            }
            if (view.limit == 0) {
                statuses.add(new TargetStatus(regime.names[n], entry.target, entry.calendarName, notStarted(view.ticket.openedAt()),
                        List.of()));
                continue;
            }
            TargetClock clock = currentCycle(regime, n, entry, view, asOf, changedAt, trace);
            int current = view.currentCycle();
            Cycle now = cycle(current + 1, view.event(view.cycleStart(current)).at(), null, clock);
            statuses.add(new TargetStatus(regime.names[n], entry.target, entry.calendarName, now,
                    earlierCycles(entry, view, changedAt)));
            if (clock.nextChange != null && (next == null || clock.nextChange.isBefore(next))) {
                next = clock.nextChange;
            }
        }
        return new SlaStatus(policy, view.ticket, asOf, statuses, next);
    }

    /** The instant of the last reclassification that changed the entry a target name applies; null when none did. */
    private static Instant entryChangedAt(PolicyModel.Regime regime, int n, TicketView view, String defaultTier) {
        PolicyModel.Entry previous = regime.applicable(n, view.ticket.openingClassification(), defaultTier);
        Instant changedAt = null;
        for (int i = 1; i < view.limit; i++) {
            TicketEvent e = view.event(i);
            if (e.type() == TicketEvent.Type.RECLASSIFY) {
                PolicyModel.Entry now = regime.applicable(n, e.classification().orElseThrow(), defaultTier);
                if (now != previous) {
                    changedAt = e.at();
                }
                previous = now;
            }
        }
        return changedAt;
    }

    /** Notes a target that applied under an earlier classification and no longer applies. */
    private static void noteDropped(PolicyModel.Regime regime, int n, TicketView view, String defaultTier, Instant changedAt,
            Trace trace) {
        if (view.reclassifications == 0) {
            return;
        }
        PolicyModel.Entry earlier = regime.applicable(n, view.ticket.openingClassification(), defaultTier);
        for (int i = 1; i < view.limit && earlier == null; i++) {
            TicketEvent e = view.event(i);
            if (e.type() == TicketEvent.Type.RECLASSIFY) {
                earlier = regime.applicable(n, e.classification().orElseThrow(), defaultTier);
            }
        }
        if (earlier != null) {
            trace.dropped(regime.names[n], regime.targetsPath + "[" + earlier.index + "]", changedAt, view.classification);
        }
    }

    /** Judges each earlier cycle as of the reopening that closed it, under the current classification. */
    private static List<Cycle> earlierCycles(PolicyModel.Entry entry, TicketView view, Instant changedAt) {
        int earlier = view.currentCycle();
        if (earlier == 0) {
            return List.of();
        }
        List<Cycle> cycles = new ArrayList<>(earlier);
        for (int c = 0; c < earlier; c++) {
            Instant closedAt = view.event(view.cycleEnd(c)).at();
            TargetClock r = TargetClock.run(entry, view.ticket, view.cycleStart(c), view.cycleEnd(c), closedAt, changedAt,
                    ClockTrace.NONE);
            cycles.add(cycle(c + 1, view.event(view.cycleStart(c)).at(), closedAt, r));
        }
        return cycles;
    }

    private static TargetClock currentCycle(PolicyModel.Regime regime, int n, PolicyModel.Entry entry, TicketView view,
            Instant asOf, Instant changedAt, Trace trace) {
        ClockTrace t = trace == Trace.NONE ? ClockTrace.NONE
                : trace.target(regime.names[n], regime.targetsPath + "[" + entry.index + "]", entry);
        if (changedAt != null) {
            t.reclassified(changedAt, view.classification);
        }
        int current = view.currentCycle();
        if (current > 0) {
            t.cycle(current + 1, view.event(view.cycleStart(current)).at());
        }
        TargetClock clock = TargetClock.run(entry, view.ticket, view.cycleStart(current), view.limit, asOf, changedAt, t);
        t.outcome(clock.state);
        return clock;
    }

    /** A target whose clock has nothing to read: asOf is before the opening. */
    private static Cycle notStarted(Instant openedAt) {
        return new Cycle(1, openedAt, Optional.empty(), TargetState.NOT_STARTED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Duration.ZERO, Optional.empty(), Map.of(), List.of(), Optional.empty());
    }

    /**
     * A cycle as reported: no deadline while paused, unknown or not started, and no remaining time
     * while not started or unknown.
     */
    private static Cycle cycle(int number, Instant openedAt, Instant closedAt, TargetClock r) {
        TargetState s = r.state;
        boolean started = r.clockStart != null && s != TargetState.NOT_STARTED;
        boolean hidesDue = s == TargetState.PAUSED || s == TargetState.UNKNOWN || s == TargetState.NOT_STARTED;
        boolean hidesRemaining = s == TargetState.NOT_STARTED || s == TargetState.UNKNOWN;
        Optional<TargetStatus.Stop> stop = r.stopAt == null ? Optional.empty()
                : Optional.of(new TargetStatus.Stop(r.ticket.getEvent(r.stop).name(), r.stopAt));
        return new Cycle(number, openedAt, Optional.ofNullable(closedAt), s, started ? Optional.of(r.clockStart) : Optional.empty(),
                hidesDue ? Optional.empty() : Optional.ofNullable(r.dueAt), stop, Optional.ofNullable(r.breachedAt), r.elapsed,
                hidesRemaining ? Optional.empty() : Optional.ofNullable(r.remaining),
                started && r.pauses != null ? WaitingTime.byState(r) : Map.of(), r.escalations, Optional.ofNullable(r.unknownReason));
    }
}
