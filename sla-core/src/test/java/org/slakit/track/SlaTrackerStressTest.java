package org.slakit.track;

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
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slakit.ticket.Ticket;

/**
 * Four request threads apply tickets' logs, entry by entry, while one timer thread advances the
 * clock a minute at a time over the same week and a desk thread queries; in the end the tracker
 * holds what one fed on one thread holds (logs, reported prefixes, breaches). The work is a fixed number of tickets; the
 * timeout only stops a hang.
 */
class SlaTrackerStressTest {

    private static final int THREADS = 4;
    private static final int TICKETS = 200;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void applyAndAdvance_onManyThreads_endAsOnOneThread() throws Exception {
        Random random = new Random(20261202);
        List<List<Ticket>> histories = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            TrackerWorlds.Log log = new TrackerWorlds.Log(random.nextInt(TrackerWorlds.CLASSES.size()), random.nextInt(5 * 24 * 60),
                    steps(random));
            histories.add(TrackerWorlds.history("S-" + i, log));
        }
        Instant end = TrackerWorlds.BASE.plus(Duration.ofDays(9));
        SlaTracker shared = SlaTracker.of(TrackerWorlds.POLICY);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 2);
        AtomicBoolean applied = new AtomicBoolean();
        List<SlaChange> changes = new ArrayList<>();
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int first = thread;
                requests.add(pool.submit(() -> {
                    for (int i = first; i < TICKETS; i += THREADS) {
                        histories.get(i).forEach(shared::apply);
                    }
                }));
            }
            Future<?> timer = pool.submit(() -> {
                Instant t = TrackerWorlds.BASE;
                while (!applied.get() || t.isBefore(end)) {
                    t = t.isBefore(end) ? t.plus(Duration.ofMinutes(1)) : t;
                    changes.addAll(shared.advanceTo(t));
                }
            });
            Future<?> desk = pool.submit(() -> {
                while (!applied.get()) {
                    if (shared.now().isPresent()) {
                        shared.dueWithin(Duration.ofHours(1));
                        shared.breached();
                        shared.queue();
                    }
                }
            });
            for (Future<?> f : requests) {
                f.get();
            }
            applied.set(true);
            timer.get();
            desk.get();
        } finally {
            pool.shutdownNow();
        }
        SlaTracker alone = SlaTracker.of(TrackerWorlds.POLICY);
        histories.forEach(h -> alone.apply(h.get(h.size() - 1)));
        alone.advanceTo(end);
        shared.advanceTo(end);
        assertEquals(alone.breached(), shared.breached());
        assertEquals(alone.snapshot(), shared.snapshot());
        assertEquals(true, changes.stream().anyMatch(c -> c.kind() == SlaChange.Kind.BREACHED), "some breaches reported");
    }

    private static List<TrackerWorlds.Step> steps(Random random) {
        List<TrackerWorlds.Step> steps = new ArrayList<>();
        int n = random.nextInt(10);
        for (int i = 0; i < n; i++) {
            steps.add(new TrackerWorlds.Step(random.nextInt(240), random.nextInt(10), random.nextInt(100)));
        }
        return steps;
    }
}
