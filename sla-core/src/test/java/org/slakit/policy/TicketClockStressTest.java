package org.slakit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Eight threads evaluate the four seed policies at once, each policy shared while its calendars'
 * indexes are still cold, and get the statuses one thread gets from policies of its own. The work is
 * a fixed number of evaluations; the timeout only stops a hang.
 */
class TicketClockStressTest {

    private static final int THREADS = 8;
    private static final int TICKETS = 2_000;
    private static final int ROUNDS = 5;

    private static final List<Supplier<SlaPolicy>> SEEDS = List.of(Seeds::seed000, Seeds::seed001, Seeds::seed002,
            Seeds::seed003);

    /** Tickets spread over fifteen years, with responses, waits, reclassifications, resolutions and reopenings. */
    private static List<Ticket> tickets(SlaPolicy policy, Random random) {
        SlaPolicy.Category category = policy.categories().get(0);
        List<Ticket> out = new ArrayList<>();
        Instant from = Instant.parse("2019-01-01T00:00:00Z");
        for (int i = 0; i < TICKETS; i++) {
            Instant at = from.plusSeconds(random.nextInt(15 * 365 * 86_400));
            Classification c = Classification.of(category.name(), policy.severities().get(random.nextInt(policy.severities().size())))
                    .withKind(category.kinds().get(random.nextInt(category.kinds().size())));
            Ticket t = Ticket.open("S-" + i, at, c);
            for (int step = 0; step < 6; step++) {
                at = at.plus(Duration.ofMinutes(random.nextInt(600)));
                t = switch (random.nextInt(5)) {
                    case 0 -> t.event(at, Ticket.RESPONDED);
                    case 1 -> t.state() == Ticket.State.OPEN && !policy.waitingStates().isEmpty()
                            ? t.pause(at, policy.waitingStates().get(0)) : t;
                    case 2 -> t.state() == Ticket.State.WAITING ? t.resume(at) : t;
                    case 3 -> t.state() == Ticket.State.RESOLVED ? t.reopen(at) : t.resolve(at);
                    default -> t.reclassify(at, c.withKind(category.kinds().get(random.nextInt(category.kinds().size()))));
                };
            }
            out.add(t);
        }
        return out;
    }

    private static List<SlaStatus> evaluate(SlaPolicy policy, List<Ticket> tickets, int offset) {
        SlaStatus[] out = new SlaStatus[tickets.size()];
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < tickets.size(); k++) {
                int i = (k + offset) % tickets.size();
                Ticket t = tickets.get(i);
                out[i] = policy.evaluate(t, t.events().get(t.eventCount() - 1).at().plus(Duration.ofHours(round)));
            }
        }
        return List.of(out);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void evaluate_eightThreadsOnColdSeedPolicies_agreeWithOneThread() throws Exception {
        Random random = new Random(20261202);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Supplier<SlaPolicy> seed : SEEDS) {
                List<Ticket> tickets = tickets(seed.get(), random);
                List<SlaStatus> expected = evaluate(seed.get(), tickets, 0);
                SlaPolicy shared = seed.get();
                List<Future<List<SlaStatus>>> futures = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    int offset = thread * (TICKETS / THREADS);
                    futures.add(pool.submit(() -> evaluate(shared, tickets, offset)));
                }
                for (int thread = 0; thread < THREADS; thread++) {
                    assertEquals(expected, futures.get(thread).get(), shared.name() + ", thread " + thread);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
