package org.slakit.track;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;
import org.slakit.policy.TargetStatus.Cycle;
import org.slakit.policy.TargetStatus.Escalation;
import org.slakit.ticket.Ticket;

/**
 * The changes between a ticket's status just before an instant and at it, target by target, in the
 * order of {@link SlaChange.Kind}. A target absent before is compared with a clock not started; a
 * cycle a reopening closed is compared for its breach only.
 */
final class StatusDiff {

    private StatusDiff() {
    }

    /**
     * Adds the changes at t to out.
     *
     * @param before  the status before t, null before the opening
     * @param lastDue  the deadline last reported for each target and cycle ({@link #dueKey}), updated
     * @param lastStatus  the status a target dropped at t had last
     */
    static void diff(SlaPolicy policy, Ticket log, SlaStatus before, SlaStatus after, Instant t, Map<String, Instant> lastDue,
            Function<String, TargetStatus> lastStatus, List<SlaChange> out) {
        String id = log.id();
        for (TargetStatus n : after.targets()) {
            TargetStatus p = before == null ? null : before.target(n.name()).orElse(null);
            target(policy, log, id, p, n, t, lastDue, out);
        }
        if (before == null) {
            return;
        }
        for (TargetStatus p : before.targets()) {
            if (after.target(p.name()).isPresent()) {
                continue;
            }
            TargetStatus last = lastStatus.apply(p.name());
            int current = p.current().number();
            for (int c = 1; c <= current; c++) {
                if (cycle(p, c).breachedAt().isPresent()) {
                    out.add(new SlaChange(id, p.name(), c, SlaChange.Kind.BREACH_WITHDRAWN, t, Optional.empty(), last));
                }
            }
            out.add(new SlaChange(id, p.name(), current, SlaChange.Kind.DROPPED, t, Optional.empty(), last));
        }
    }

    static String dueKey(String target, int cycle) {
        return target + "#" + cycle;
    }

    /** A target's cycle of a number: an earlier one, the current one, or null when it has no such cycle yet. */
    private static Cycle cycle(TargetStatus s, int number) {
        if (s == null) {
            return null;
        }
        int current = s.current().number();
        return number < current ? s.cycles().get(number - 1) : number == current ? s.current() : null;
    }

    private static void target(SlaPolicy policy, Ticket log, String id, TargetStatus p, TargetStatus n, Instant t,
            Map<String, Instant> lastDue, List<SlaChange> out) {
        String name = n.name();
        int current = n.current().number();
        for (int c = 1; c < current; c++) {
            Cycle oc = cycle(p, c);
            Cycle nc = n.cycles().get(c - 1);
            withdrawn(id, name, c, oc, nc, t, n, out);
            breached(policy, log, id, name, c, oc, nc, t, n, out);
        }
        Cycle oc = cycle(p, current);
        Cycle nc = n.current();
        TargetState os = oc == null ? TargetState.NOT_STARTED : oc.state();
        TargetState ns = nc.state();
        withdrawn(id, name, current, oc, nc, t, n, out);
        if (os == TargetState.NOT_STARTED && ns != TargetState.NOT_STARTED) {
            out.add(change(id, name, current, SlaChange.Kind.STARTED, t, n));
        }
        if (ns == TargetState.PAUSED && os != TargetState.PAUSED) {
            out.add(change(id, name, current, SlaChange.Kind.PAUSED, t, n));
        }
        if (os == TargetState.PAUSED && ns == TargetState.RUNNING) {
            out.add(change(id, name, current, SlaChange.Kind.RESUMED, t, n));
        }
        String key = dueKey(name, current);
        if (nc.dueAt().isPresent()) {
            Instant previous = lastDue.put(key, nc.dueAt().get());
            if (ns == TargetState.RUNNING && os != TargetState.NOT_STARTED && previous != null && !previous.equals(nc.dueAt().get())) {
                out.add(change(id, name, current, SlaChange.Kind.DEADLINE_MOVED, t, n));
            }
        }
        if (ns == TargetState.MET && os != TargetState.MET) {
            out.add(change(id, name, current, SlaChange.Kind.MET, t, n));
        }
        breached(policy, log, id, name, current, oc, nc, t, n, out);
        if (ns == TargetState.UNKNOWN && os != TargetState.UNKNOWN) {
            out.add(change(id, name, current, SlaChange.Kind.UNKNOWN, t, n));
        }
        List<Escalation> earlier = oc == null ? List.of() : oc.escalations();
        for (Escalation e : nc.escalations()) {
            if (earlier.stream().noneMatch(x -> x.percent() == e.percent() && x.recipient().equals(e.recipient()))) {
                out.add(new SlaChange(id, name, current, SlaChange.Kind.ESCALATED, e.at(), Optional.of(e),
                        statusAt(policy, log, name, e.at(), t, n)));
            }
        }
    }

    private static void withdrawn(String id, String name, int c, Cycle oc, Cycle nc, Instant t, TargetStatus n, List<SlaChange> out) {
        if (oc != null && oc.breachedAt().isPresent() && !oc.breachedAt().equals(nc.breachedAt())) {
            out.add(change(id, name, c, SlaChange.Kind.BREACH_WITHDRAWN, t, n));
        }
    }

    private static void breached(SlaPolicy policy, Ticket log, String id, String name, int c, Cycle oc, Cycle nc, Instant t,
            TargetStatus n, List<SlaChange> out) {
        if (nc.breachedAt().isPresent() && (oc == null || !nc.breachedAt().equals(oc.breachedAt()))) {
            Instant at = nc.breachedAt().get();
            out.add(new SlaChange(id, name, c, SlaChange.Kind.BREACHED, at, Optional.empty(), statusAt(policy, log, name, at, t, n)));
        }
    }

    private static SlaChange change(String id, String name, int c, SlaChange.Kind kind, Instant t, TargetStatus n) {
        return new SlaChange(id, name, c, kind, t, Optional.empty(), n);
    }

    /**
     * The target's status at a change dated before t (a breach or an escalation a new policy
     * revealed): evaluated there, so that a change's status is always evaluate's at its instant.
     */
    private static TargetStatus statusAt(SlaPolicy policy, Ticket log, String name, Instant at, Instant t, TargetStatus n) {
        return at.equals(t) ? n : policy.evaluate(log, at).target(name).orElse(n);
    }
}
