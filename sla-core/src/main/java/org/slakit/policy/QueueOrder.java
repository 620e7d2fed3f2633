package org.slakit.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Sorts tickets into queue order: severity, problems before requirements, tier, earliest running
 * deadline (none last), opening instant, id.
 */
final class QueueOrder {

    private QueueOrder() {
    }

    private record Key(Ticket ticket, int severity, int requirement, int tier, Instant due) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparingInt(Key::severity)
            .thenComparingInt(Key::requirement)
            .thenComparingInt(Key::tier)
            .thenComparing(Key::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(k -> k.ticket().openedAt())
            .thenComparing(k -> k.ticket().id());

    static List<Ticket> order(SlaPolicy policy, Collection<Ticket> tickets, Instant asOf) {
        PolicyModel model = policy.model;
        List<Key> keys = new ArrayList<>(tickets.size());
        for (Ticket t : tickets) {
            java.util.Objects.requireNonNull(t, "ticket");
            SlaStatus status = policy.evaluate(t, asOf);
            Classification c = TicketView.of(t, asOf).classification;
            Instant due = null;
            for (TargetStatus s : status.targets()) {
                if (s.state() == TargetState.RUNNING && s.dueAt().isPresent() && (due == null || s.dueAt().get().isBefore(due))) {
                    due = s.dueAt().get();
                }
            }
            String tier = model.tierOf(c);
            keys.add(new Key(t, model.severityRank.get(c.severity()), model.categories.get(c.category()).requirement() ? 1 : 0,
                    tier == null ? 0 : model.tierRank.get(tier), due));
        }
        keys.sort(ORDER);
        List<Ticket> out = new ArrayList<>(keys.size());
        keys.forEach(k -> out.add(k.ticket()));
        return out;
    }
}
