package org.slakit.track;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slakit.policy.TargetStatus;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Ticket;

/**
 * The changes that entries dated at or before the instant a ticket was last walked to make: the
 * ticket's history is walked again under the longer log, and compared with the history reported
 * (that of the shorter log, up to the tracker's instant before). What is new is reported; a breach
 * reported and no longer in the history is withdrawn, dated at the breach (or at the drop of its
 * target, when the history dropped the target before it); a breach still in the
 * history whose report a withdrawal cancelled is reported again.
 */
final class LateEntries {

    private LateEntries() {
    }

    /** What identifies a change across two walks: the escalation fired, or the deadline a move set. */
    private record Key(String target, int cycle, SlaChange.Kind kind, Instant at, Object detail) {
        static Key of(SlaChange c) {
            Object detail = switch (c.kind()) {
                case ESCALATED -> c.escalation().orElseThrow().percent() + " " + c.escalation().orElseThrow().recipient();
                case DEADLINE_MOVED -> c.status().dueAt().orElse(null);
                default -> null;
            };
            return new Key(c.target(), c.cycle(), c.kind(), c.at(), detail);
        }
    }

    /**
     * Walks a log again and adds the changes not reported to out.
     *
     * @param reported  the log the reported changes come from, null when none were
     * @param reportedTo  the instant they were reported to
     * @return the walk of the log, at to
     */
    static Walk rewalk(SlaPolicy policy, Ticket reported, Instant reportedTo, Ticket log, Instant to, List<SlaChange> out) {
        List<SlaChange> old = new ArrayList<>();
        if (reported != null) {
            Walk.start().run(policy, reported, reportedTo, old);
        }
        List<SlaChange> now = new ArrayList<>();
        Walk walk = Walk.start();
        walk.run(policy, log, to, now);
        Set<Key> known = new HashSet<>();
        old.forEach(c -> known.add(Key.of(c)));
        List<SlaChange> fresh = new ArrayList<>();
        for (SlaChange c : now) {
            if (!known.contains(Key.of(c))) {
                fresh.add(c);
            }
        }
        // the breaches a reader of every report holds now, and those the history holds
        Map<String, SlaChange> held = standing(old);
        Map<String, SlaChange> truth = standing(now);
        Set<Key> breaches = new HashSet<>();
        now.stream().filter(c -> c.kind() == SlaChange.Kind.BREACHED).forEach(c -> breaches.add(Key.of(c)));
        List<SlaChange> withdrawn = new ArrayList<>();
        // a breach the history never had is withdrawn first; one it had and then withdrew goes with that withdrawal
        for (SlaChange b : List.copyOf(held.values())) {
            if (!breaches.contains(Key.of(b))) {
                withdrawn.add(withdrawal(policy, log, b, now));
                held.remove(StatusDiff.dueKey(b.target(), b.cycle()));
            }
        }
        fresh.sort(SlaTracker.ORDER);
        fresh.forEach(c -> standing(held, c));
        for (SlaChange b : held.values()) {
            SlaChange t = truth.get(StatusDiff.dueKey(b.target(), b.cycle()));
            if (t == null || !t.at().equals(b.at())) {
                withdrawn.add(withdrawal(policy, log, b, now));
            }
        }
        for (SlaChange t : truth.values()) {
            SlaChange b = held.get(StatusDiff.dueKey(t.target(), t.cycle()));
            if (b == null || !b.at().equals(t.at())) {
                fresh.add(t);
            }
        }
        fresh.addAll(0, withdrawn);
        out.addAll(fresh);
        return walk;
    }

    /**
     * The withdrawal of a breach no longer in the history: dated at the breach, with the target's status
     * then; or, when the target no longer applied then, at the instant the history dropped it, with the
     * status it had last.
     */
    private static SlaChange withdrawal(SlaPolicy policy, Ticket log, SlaChange breach, List<SlaChange> history) {
        Optional<TargetStatus> then = policy.evaluate(log, breach.at()).target(breach.target());
        if (then.isPresent()) {
            return new SlaChange(breach.ticketId(), breach.target(), breach.cycle(), SlaChange.Kind.BREACH_WITHDRAWN, breach.at(),
                    Optional.empty(), then.get());
        }
        SlaChange dropped = null;
        for (SlaChange c : history) {
            if (c.kind() == SlaChange.Kind.DROPPED && c.target().equals(breach.target()) && !c.at().isAfter(breach.at())) {
                dropped = c;
            }
        }
        // a target absent at the breach was dropped before it: the history holds the drop
        Objects.requireNonNull(dropped, "the drop of " + breach.target());
        return new SlaChange(breach.ticketId(), breach.target(), breach.cycle(), SlaChange.Kind.BREACH_WITHDRAWN, dropped.at(),
                Optional.empty(), dropped.status());
    }

    private static Map<String, SlaChange> standing(List<SlaChange> changes) {
        Map<String, SlaChange> held = new LinkedHashMap<>();
        changes.forEach(c -> standing(held, c));
        return held;
    }

    private static void standing(Map<String, SlaChange> held, SlaChange c) {
        if (c.kind() == SlaChange.Kind.BREACHED) {
            held.put(StatusDiff.dueKey(c.target(), c.cycle()), c);
        } else if (c.kind() == SlaChange.Kind.BREACH_WITHDRAWN) {
            held.remove(StatusDiff.dueKey(c.target(), c.cycle()));
        }
    }
}
