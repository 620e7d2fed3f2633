package org.slakit.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slakit.track.TrackerWorlds.POLICY;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.slakit.ticket.Ticket;
import org.slakit.track.TrackerWorlds.Batch;
import org.slakit.track.TrackerWorlds.Feed;
import org.slakit.track.TrackerWorlds.World;

/**
 * {@link TicketHistory} is a tracker of one ticket: advancing each ticket alone, from the log and
 * instant last reported, gives each advance's changes of the tracker, ticket by ticket, late entries
 * included, and the next instant at which the tracker walks it again.
 */
class TicketHistoryProperties {

    @Provide
    Arbitrary<World> worlds() {
        return TrackerWorlds.worlds(4, 1500, true);
    }

    /** What the caller of TicketHistory keeps of one ticket. */
    private record Kept(Ticket reported, Instant reportedTo) {
    }

    @Property(tries = 200)
    boolean eachTicketAloneReportsWhatTheTrackerDoes(@ForAll("worlds") World w) {
        SlaTracker tracker = SlaTracker.of(POLICY);
        Feed feed = new Feed(w);
        Map<String, Kept> kept = new HashMap<>();
        while (feed.hasSteps()) {
            check(feed.step(tracker).get(0), kept);
        }
        check(feed.finish(tracker).get(0), kept);
        return true;
    }

    private static void check(Batch b, Map<String, Kept> kept) {
        for (Ticket log : b.held()) {
            Kept k = kept.get(log.id());
            TicketHistory.Advance a = k == null ? TicketHistory.advance(POLICY, null, null, log, b.now())
                    : TicketHistory.advance(POLICY, k.reported(), k.reportedTo(), log, b.now());
            List<SlaChange> tracker = b.changes().stream().filter(c -> c.ticketId().equals(log.id())).toList();
            assertEquals(tracker, a.changes(), () -> "ticket " + log.id() + " at " + b.now());
            a.next().ifPresent(n -> assertTrue(n.isAfter(b.now()), () -> "next " + n + " after " + b.now()));
            kept.put(log.id(), new Kept(log, b.now()));
        }
    }
}
