package org.slakit.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slakit.policy.TargetStatus.Cycle;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;
import org.threeten.extra.Interval;

/**
 * Evaluates a ticket against a policy as of an instant: the version of its first opening, its
 * final classification read retroactively, its cycles, and each applicable target's clock.
 */
final class TicketEvaluation {

    private TicketEvaluation() {
    }

    static SlaStatus evaluate(SlaPolicy policy, Ticket ticket, Instant asOf) {
        return run(policy, ticket, asOf, null);
    }

    static Explanation explain(SlaPolicy policy, Ticket ticket, Instant asOf) {
        Trace trace = new Trace();
        run(policy, ticket, asOf, trace);
        PolicyModel.Regime regime = policy.model.regimeAt(ticket.openedAt());
        List<Explanation.TargetTrace> traces = new ArrayList<>();
        for (Trace.Target t : trace.targets) {
            traces.add(CountedWindows.trace(t, ticket, asOf));
        }
        return new Explanation(ticket.id(), asOf, regime.label(), traces, trace.dropped, policy.zone());
    }

    private static SlaStatus run(SlaPolicy policy, Ticket ticket, Instant asOf, Trace trace) {
        PolicyModel model = policy.model;
        ClassificationCheck.check(model, ticket, asOf);
        PolicyModel.Regime regime = model.regimeAt(ticket.openedAt());

        // Events after asOf are ignored; events at asOf count.
        int limit = ticket.eventCount();
        while (limit > 0 && ticket.getEvent(limit - 1).at().isAfter(asOf)) {
            limit--;
        }
        Classification opening = ticket.openingClassification();
        Classification current = opening;
        int reclassifications = 0;
        int reopens = 0;
        for (int i = 1; i < limit; i++) {
            TicketEvent e = ticket.getEvent(i);
            if (e.type() == TicketEvent.Type.RECLASSIFY) {
                reclassifications++;
                current = e.classification().orElseThrow();
            } else if (e.type() == TicketEvent.Type.EVENT && Ticket.REOPENED.equals(e.name())) {
                reopens++;
            }
        }
        int[] cycleStarts = new int[reopens + 1];
        if (reopens > 0) {
            int c = 1;
            for (int i = 1; i < limit; i++) {
                TicketEvent e = ticket.getEvent(i);
                if (e.type() == TicketEvent.Type.EVENT && Ticket.REOPENED.equals(e.name())) {
                    cycleStarts[c++] = i;
                }
            }
        }

        List<TargetStatus> statuses = new ArrayList<>(regime.names.length);
        Instant next = null;
        for (int n = 0; n < regime.names.length; n++) {
            String name = regime.names[n];
            PolicyModel.Entry entry = regime.applicable(n, current, model.defaultTier);
            Instant changedAt = null;
            PolicyModel.Entry earlier = null;
            if (reclassifications > 0) {
                PolicyModel.Entry previous = regime.applicable(n, opening, model.defaultTier);
                earlier = previous;
                for (int i = 1; i < limit; i++) {
                    TicketEvent e = ticket.getEvent(i);
                    if (e.type() == TicketEvent.Type.RECLASSIFY) {
                        PolicyModel.Entry now = regime.applicable(n, e.classification().orElseThrow(), model.defaultTier);
                        if (now != previous) {
                            changedAt = e.at();
                        }
                        if (earlier == null) {
                            earlier = now;
                        }
                        previous = now;
                    }
                }
            }
            if (entry == null) {
                if (trace != null && earlier != null) {
                    trace.dropped.add("target " + name + " (" + regime.targetsPath + "[" + earlier.index + "]): applied before the"
                            + " reclassification at " + changedAt + " but not to " + current);
                }
                continue;
            }
            if (limit == 0) {
                statuses.add(new TargetStatus(name, TargetState.NOT_STARTED, Optional.empty(), java.time.Duration.ZERO,
                        Optional.empty(), Optional.empty(), List.of(), List.of()));
                continue;
            }
            List<Cycle> cycles = List.of();
            if (reopens > 0) {
                cycles = new ArrayList<>(reopens);
                for (int c = 0; c < reopens; c++) {
                    Instant closedAt = ticket.getEvent(cycleStarts[c + 1]).at();
                    TargetClock.Result r = TargetClock.run(entry, ticket, cycleStarts[c], cycleStarts[c + 1], closedAt,
                            changedAt, null);
                    cycles.add(new Cycle(ticket.getEvent(cycleStarts[c]).at(), closedAt, r.state, Optional.ofNullable(r.dueAt),
                            Optional.ofNullable(r.breachedAt)));
                }
            }
            Trace.Target t = trace == null ? null : trace.target(name, regime.targetsPath + "[" + entry.index + "]", entry);
            if (t != null && changedAt != null) {
                t.note("reclassified at " + changedAt + ": read as if the ticket had been " + current + " since it was opened");
            }
            if (t != null && reopens > 0) {
                t.note("cycle " + (reopens + 1) + ", started by the reopening at " + ticket.getEvent(cycleStarts[reopens]).at());
            }
            TargetClock.Result r = TargetClock.run(entry, ticket, cycleStarts[reopens], limit, asOf, changedAt, t);
            if (t != null) {
                t.state = r.state;
            }
            boolean hidesDue = r.state == TargetState.PAUSED || r.state == TargetState.UNKNOWN || r.state == TargetState.NOT_STARTED;
            statuses.add(new TargetStatus(name, r.state, hidesDue ? Optional.empty() : Optional.ofNullable(r.dueAt), r.elapsed,
                    r.state == TargetState.NOT_STARTED || r.state == TargetState.UNKNOWN ? Optional.empty() : Optional.ofNullable(r.remaining),
                    Optional.ofNullable(r.breachedAt), r.escalations, cycles));
            if (r.nextChange != null && (next == null || r.nextChange.isBefore(next))) {
                next = r.nextChange;
            }
        }
        return new SlaStatus(policy, ticket, asOf, statuses, next);
    }

    /** Lists the pauses of a target in a cycle as intervals, an open one ending at asOf. */
    static List<Interval> pauses(Ticket ticket, int from, int to, Target target, Instant asOf) {
        Pauses p = Pauses.of(ticket, from, to, target);
        List<Interval> out = new ArrayList<>(p.size);
        for (int i = 0; i < p.size; i++) {
            Instant end = p.ends[i] == null ? asOf : p.ends[i];
            out.add(Interval.of(p.starts[i], end.isBefore(p.starts[i]) ? p.starts[i] : end));
        }
        return out;
    }
}
