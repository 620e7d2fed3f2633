package org.slakit.track;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;
import org.slakit.policy.TargetStatus.Cycle;
import org.slakit.policy.TargetStatus.Escalation;
import org.slakit.ticket.Ticket;

/**
 * The reference: every ticket evaluated at every minute, each target's cycles set side by side with
 * the minute before. Slow and plain, with no queue and no {@code nextChangeAt}; right only when every
 * change falls on a whole minute (entries on whole minutes, a policy whose budgets and windows are
 * whole minutes, as seed 000's are).
 */
final class NaiveTracker {

    private NaiveTracker() {
    }

    /** The changes of whole logs from the first opening to an instant, minute by minute. */
    static List<SlaChange> changes(SlaPolicy policy, List<Ticket> tickets, Instant from, Instant to) {
        List<SlaChange> out = new ArrayList<>();
        for (Ticket t : tickets) {
            Map<String, Instant> lastDue = new HashMap<>();
            SlaStatus before = null;
            for (Instant m = from; !m.isAfter(to); m = m.plus(Duration.ofMinutes(1))) {
                if (m.isBefore(t.openedAt())) {
                    continue;
                }
                SlaStatus now = policy.evaluate(t, m);
                compare(policy, t, before, now, m, lastDue, out);
                before = now;
            }
        }
        return out;
    }

    private static List<Cycle> cycles(TargetStatus s) {
        List<Cycle> all = new ArrayList<>(s.cycles());
        all.add(s.current());
        return all;
    }

    private static void compare(SlaPolicy policy, Ticket t, SlaStatus before, SlaStatus now, Instant m, Map<String, Instant> lastDue,
            List<SlaChange> out) {
        for (TargetStatus n : now.targets()) {
            Optional<TargetStatus> p = before == null ? Optional.empty() : before.target(n.name());
            List<Cycle> olds = p.map(NaiveTracker::cycles).orElse(List.of());
            List<Cycle> news = cycles(n);
            for (int i = 0; i < news.size(); i++) {
                Cycle nc = news.get(i);
                Cycle oc = i < olds.size() ? olds.get(i) : null;
                boolean current = i == news.size() - 1;
                // a cycle the minute before that was current is compared in full only while it still is
                boolean same = current && (oc == null || i == olds.size() - 1);
                Optional<Instant> ob = oc == null ? Optional.empty() : oc.breachedAt();
                List<SlaChange.Kind> kinds = new ArrayList<>();
                if (ob.isPresent() && !ob.equals(nc.breachedAt())) {
                    kinds.add(SlaChange.Kind.BREACH_WITHDRAWN);
                }
                TargetState os = oc == null || !same ? TargetState.NOT_STARTED : oc.state();
                if (current) {
                    TargetState ns = nc.state();
                    if (os == TargetState.NOT_STARTED && ns != TargetState.NOT_STARTED) {
                        kinds.add(SlaChange.Kind.STARTED);
                    }
                    if (os != TargetState.PAUSED && ns == TargetState.PAUSED) {
                        kinds.add(SlaChange.Kind.PAUSED);
                    }
                    if (os == TargetState.PAUSED && ns == TargetState.RUNNING) {
                        kinds.add(SlaChange.Kind.RESUMED);
                    }
                    String key = n.name() + " " + nc.number();
                    if (nc.dueAt().isPresent()) {
                        Instant last = lastDue.put(key, nc.dueAt().get());
                        if (ns == TargetState.RUNNING && os != TargetState.NOT_STARTED && last != null && !last.equals(nc.dueAt().get())) {
                            kinds.add(SlaChange.Kind.DEADLINE_MOVED);
                        }
                    }
                    if (os != TargetState.MET && ns == TargetState.MET) {
                        kinds.add(SlaChange.Kind.MET);
                    }
                }
                for (SlaChange.Kind k : kinds) {
                    out.add(new SlaChange(t.id(), n.name(), i + 1, k, m, Optional.empty(), n));
                }
                if (nc.breachedAt().isPresent() && !nc.breachedAt().equals(ob)) {
                    out.add(new SlaChange(t.id(), n.name(), i + 1, SlaChange.Kind.BREACHED, nc.breachedAt().get(), Optional.empty(), n));
                }
                if (current && nc.state() == TargetState.UNKNOWN && os != TargetState.UNKNOWN) {
                    out.add(new SlaChange(t.id(), n.name(), i + 1, SlaChange.Kind.UNKNOWN, m, Optional.empty(), n));
                }
                if (current) {
                    List<Escalation> fired = oc == null || !same ? List.of() : oc.escalations();
                    for (Escalation e : nc.escalations()) {
                        if (fired.stream().noneMatch(f -> f.percent() == e.percent() && f.recipient().equals(e.recipient()))) {
                            out.add(new SlaChange(t.id(), n.name(), i + 1, SlaChange.Kind.ESCALATED, e.at(), Optional.of(e), n));
                        }
                    }
                }
            }
        }
        if (before != null) {
            for (TargetStatus p : before.targets()) {
                if (now.target(p.name()).isEmpty()) {
                    List<Cycle> olds = cycles(p);
                    for (Cycle c : olds) {
                        if (c.breachedAt().isPresent()) {
                            out.add(new SlaChange(t.id(), p.name(), c.number(), SlaChange.Kind.BREACH_WITHDRAWN, m, Optional.empty(), p));
                        }
                    }
                    out.add(new SlaChange(t.id(), p.name(), olds.size(), SlaChange.Kind.DROPPED, m, Optional.empty(), p));
                }
            }
        }
    }
}
