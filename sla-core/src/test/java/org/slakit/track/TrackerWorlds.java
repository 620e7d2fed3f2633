package org.slakit.track;

import static org.slakit.policy.Seeds.HONG_KONG;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.slakit.policy.Seeds;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Random help desks on seed 000's policy: a few tickets, each a random log (responses, waits,
 * reclassifications, resolutions, reopenings, confirmations), and a clock that advances in random
 * steps while the entries are applied as they happen, or a while after (late).
 */
final class TrackerWorlds {

    static final SlaPolicy POLICY = Seeds.seed000();
    /** Monday 2026-11-23 00:00 in Hong Kong. */
    static final Instant BASE = Seeds.at(HONG_KONG, "2026-11-23T00:00");

    static final List<Classification> CLASSES = List.of(
            Classification.of("software-error", "severe").withKind("exception"),
            Classification.of("software-error", "general").withKind("function-error"),
            Classification.of("software-error", "general").withKind("data-mismatch"),
            Classification.of("other", "other").withKind("network"),
            Classification.of("requirement", "requirement").withKind("new-feature"));
    static final List<String> EVENTS = List.of("responded", "workaround-given", "proposal-given", "database-received", "replied");
    static final List<String> WAITING = List.of("waiting-for-database", "waiting-for-onsite-test");

    private TrackerWorlds() {
    }

    /** One entry of a generated log: minutes after the entry before, what happens, and a choice. */
    record Step(int minutes, int kind, int choice) {
    }

    /** A generated log: the opening classification, minutes after BASE, then the steps. */
    record Log(int openingClass, int openedMinutes, List<Step> steps) {
    }

    /** Tickets, the clock's steps in minutes, and how many minutes late the entries are applied. */
    record World(List<Log> logs, List<Integer> advances, int delay) {
    }

    /** Worlds of up to four tickets; in half of them the entries come late, by up to ten hours. */
    static Arbitrary<World> worlds(int maxTickets, int maxGap, boolean late) {
        return worlds(maxTickets, maxGap, late ? Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(1, 600).withDistribution(RandomDistribution.uniform()))) : Arbitraries.just(0));
    }

    /** Worlds whose entries all come late, by two hours to a day. */
    static Arbitrary<World> lateWorlds() {
        return worlds(4, 1500, Arbitraries.integers().between(120, 1440).withDistribution(RandomDistribution.uniform()));
    }

    private static Arbitrary<World> worlds(int maxTickets, int maxGap, Arbitrary<Integer> delay) {
        Arbitrary<Integer> minutes = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 90).withDistribution(RandomDistribution.uniform())),
                Tuple.of(1, Arbitraries.integers().between(0, maxGap).withDistribution(RandomDistribution.uniform())));
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(minutes, Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 99))
                        .as(Step::new)),
                Tuple.of(3, Combinators.combine(minutes, Arbitraries.just(3), Arbitraries.integers().between(0, 99)).as(Step::new)),
                Tuple.of(3, Combinators.combine(minutes, Arbitraries.just(4), Arbitraries.integers().between(0, 99)).as(Step::new)),
                Tuple.of(2, Combinators.combine(minutes, Arbitraries.just(6), Arbitraries.integers().between(0, 99)).as(Step::new)),
                Tuple.of(2, Combinators.combine(minutes, Arbitraries.just(7), Arbitraries.integers().between(0, 99)).as(Step::new)),
                Tuple.of(2, Combinators.combine(minutes, Arbitraries.just(9), Arbitraries.integers().between(0, 99)).as(Step::new)));
        Arbitrary<Log> log = Combinators.combine(Arbitraries.integers().between(0, CLASSES.size() - 1),
                Arbitraries.integers().between(0, 2 * 24 * 60).withDistribution(RandomDistribution.uniform()),
                step.list().ofMaxSize(10).withSizeDistribution(RandomDistribution.uniform())).as(Log::new);
        Arbitrary<Integer> advance = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 120).withDistribution(RandomDistribution.uniform())),
                Tuple.of(1, Arbitraries.integers().between(0, 3000).withDistribution(RandomDistribution.uniform())));
        return Combinators.combine(log.list().ofMinSize(1).ofMaxSize(maxTickets), advance.list().ofMinSize(1).ofMaxSize(20), delay)
                .as(World::new);
    }

    /** The successive logs of a ticket, from its opening to its last entry, skipping steps its state does not allow. */
    static List<Ticket> history(String id, Log log) {
        Instant at = BASE.plus(Duration.ofMinutes(log.openedMinutes()));
        Ticket t = Ticket.open(id, at, CLASSES.get(log.openingClass()));
        List<Ticket> out = new ArrayList<>(List.of(t));
        for (Step s : log.steps()) {
            at = at.plus(Duration.ofMinutes(s.minutes()));
            Ticket next = apply(t, s, at);
            if (next != t) {
                out.add(next);
                t = next;
            }
        }
        return out;
    }

    private static Ticket apply(Ticket t, Step s, Instant at) {
        boolean resolved = t.state() == Ticket.State.RESOLVED;
        return switch (s.kind()) {
            case 0, 1, 2 -> t.event(at, EVENTS.get(s.choice() % EVENTS.size()));
            case 3 -> resolved ? t : t.pause(at, WAITING.get(s.choice() % WAITING.size()));
            case 4 -> t.state() == Ticket.State.WAITING ? t.resume(at) : t;
            case 6 -> t.reclassify(at, CLASSES.get(s.choice() % CLASSES.size()));
            case 7 -> resolved ? t : t.resolve(at);
            default -> resolved ? (s.choice() < 50 ? t.reopen(at) : t.confirm(at)) : t;
        };
    }

    /** The whole logs of a world's tickets, T-0, T-1, … */
    static List<Ticket> tickets(World w) {
        List<Ticket> out = new ArrayList<>();
        for (int i = 0; i < w.logs().size(); i++) {
            List<Ticket> h = history("T-" + i, w.logs().get(i));
            out.add(h.get(h.size() - 1));
        }
        return out;
    }

    /** An instant after which nothing changes: three days after the last entry of any ticket. */
    static Instant end(World w) {
        return tickets(w).stream().map(t -> t.getEvent(t.eventCount() - 1).at()).max(Comparator.naturalOrder()).orElseThrow()
                .plus(Duration.ofDays(3));
    }

    /** A batch of changes, and the logs the tracker held when it reported them. */
    record Batch(Instant now, List<SlaChange> changes, List<Ticket> held) {
    }

    /**
     * Feeds a world's entries to trackers as the clock advances: before each advance to t, every log
     * whose last entry is at or before t minus the delay is applied.
     */
    static final class Feed {
        private final List<Ticket> logs = new ArrayList<>();
        private final World world;
        private int next;
        private Instant now = BASE;
        private int advance;

        Feed(World w) {
            this.world = w;
            for (int i = 0; i < w.logs().size(); i++) {
                logs.addAll(history("T-" + i, w.logs().get(i)));
            }
            logs.sort(Comparator.comparing((Ticket t) -> t.getEvent(t.eventCount() - 1).at()));
        }

        boolean hasSteps() {
            return advance < world.advances().size();
        }

        /** Takes the next step of the clock on every tracker, and returns each tracker's batch. */
        List<Batch> step(SlaTracker... trackers) {
            return to(now.plus(Duration.ofMinutes(world.advances().get(advance++))), world.delay(), trackers);
        }

        /** Applies every entry and advances to the end. */
        List<Batch> finish(SlaTracker... trackers) {
            advance = world.advances().size();
            Instant end = end(world);
            return to(end.isAfter(now) ? end : now, 0, trackers);
        }

        /** Applies, without advancing, every log whose last entry is at or before the clock: late ones, when there is a delay. */
        void catchUp(SlaTracker... trackers) {
            applyTo(now, trackers);
        }

        private void applyTo(Instant applied, SlaTracker... trackers) {
            while (next < logs.size() && !logs.get(next).getEvent(logs.get(next).eventCount() - 1).at().isAfter(applied)) {
                for (SlaTracker tracker : trackers) {
                    tracker.apply(logs.get(next));
                }
                next++;
            }
        }

        private List<Batch> to(Instant t, int delay, SlaTracker... trackers) {
            applyTo(t.minus(Duration.ofMinutes(delay)), trackers);
            List<Batch> batches = new ArrayList<>();
            for (SlaTracker tracker : trackers) {
                List<SlaChange> changes = tracker.advanceTo(t);
                List<Ticket> held = new ArrayList<>();
                for (int i = 0; i < world.logs().size(); i++) {
                    tracker.ticket("T-" + i).ifPresent(held::add);
                }
                batches.add(new Batch(t, changes, held));
            }
            now = t;
            return batches;
        }
    }
}
