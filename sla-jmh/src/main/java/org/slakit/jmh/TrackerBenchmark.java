package org.slakit.jmh;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Ticket;
import org.slakit.track.SlaTracker;

/**
 * Measures {@link SlaTracker}: a simulated week in one-minute steps ({@code advanceTo} 10,080 times)
 * over many open tickets, beside the naive loop that re-evaluates every open ticket at each step and
 * compares it with the minute before. One operation is the whole week; it returns the number of
 * changes found, and the setup prints it, so that the time per change is the score divided by it.
 * The tickets are those of {@link TicketBenchmark} (a 2-hour response on 24x7, an 8-hour fix on a
 * split-shift office with warn-at and an escalation), opened over the working week, each with a
 * response, a wait and, for half of them, a resolution.
 * <p>
 * The setup prints the heap a tracked ticket takes beyond its log in the middle of the week (the tracker holds the caller's
 * {@code Ticket}s); {@code -prof gc} adds what a week allocates.
 * <p>
 * Run with {@code java -jar sla-jmh/target/benchmarks.jar TrackerBenchmark -f 1 -wi 1 -i 3 -r 1s}
 * (a million tickets need about 4 GiB of heap, given to the fork; the naive loop, at 100 tickets,
 * takes about a second a week); a quick check: {@code -f 1 -wi 0 -i 1 -r 1s -p tickets=100 -p naiveTickets=20}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms6g"})
public class TrackerBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant MONDAY = LocalDateTime.parse("2026-11-23T00:00").atZone(ZONE).toInstant();
    private static final int WEEK = 7 * 24 * 60;
    private static final SlaPolicy POLICY = TicketBenchmark.policy();

    /** The tickets of a week, opened at random minutes of its working days. */
    static List<Ticket> week(int size) {
        Random random = new Random(20261202);
        List<Ticket> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Instant opened = MONDAY.plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)));
            Ticket t = TicketBenchmark.ticket("W-" + i, opened, 1);
            if (random.nextBoolean()) {
                t = t.resolve(opened.plus(Duration.ofMinutes(90 + random.nextInt(900))));
            }
            out.add(t);
        }
        return out;
    }

    /** A desk's tickets for the tracker. */
    @State(Scope.Benchmark)
    public static class Desk {
        @Param({"10000", "1000000"})
        int tickets;

        List<Ticket> logs;

        @Setup(Level.Trial)
        public void setUp() {
            logs = week(tickets);
            long before = usedHeap();
            SlaTracker tracker = SlaTracker.of(POLICY);
            logs.forEach(tracker::apply);
            tracker.advanceTo(MONDAY.plus(Duration.ofDays(3)));
            long after = usedHeap();
            System.out.printf("tracker: %d bytes of heap per tracked ticket beyond its log, on Thursday (%d tickets)%n",
                    (after - before) / tickets, tracker.size());
            System.out.println("tracker: " + trackWeek(logs) + " changes in the week of " + tickets + " tickets");
        }
    }

    /** A smaller desk's tickets for the naive loop, which costs tickets × minutes evaluations. */
    @State(Scope.Benchmark)
    public static class SmallDesk {
        @Param({"100"})
        int naiveTickets;

        List<Ticket> logs;

        @Setup(Level.Trial)
        public void setUp() {
            logs = week(naiveTickets);
            System.out.println("naive: " + naiveWeek(logs) + " changes in the week of " + naiveTickets + " tickets");
        }
    }

    /** The heap in use after collecting garbage until it stops shrinking. */
    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = runtime.totalMemory() - runtime.freeMemory();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    static long trackWeek(List<Ticket> logs) {
        SlaTracker tracker = SlaTracker.of(POLICY);
        logs.forEach(tracker::apply);
        long changes = 0;
        for (int m = 1; m <= WEEK; m++) {
            changes += tracker.advanceTo(MONDAY.plus(Duration.ofMinutes(m))).size();
        }
        return changes;
    }

    /** Every ticket opened by each minute, evaluated then; a change is a target's state, deadline or escalations differing. */
    static long naiveWeek(List<Ticket> logs) {
        SlaStatus[] before = new SlaStatus[logs.size()];
        long changes = 0;
        for (int m = 1; m <= WEEK; m++) {
            Instant now = MONDAY.plus(Duration.ofMinutes(m));
            for (int i = 0; i < before.length; i++) {
                Ticket t = logs.get(i);
                if (t.openedAt().isAfter(now)) {
                    continue;
                }
                SlaStatus s = POLICY.evaluate(t, now);
                changes += differences(before[i], s);
                before[i] = s;
            }
        }
        return changes;
    }

    private static int differences(SlaStatus before, SlaStatus after) {
        int n = 0;
        for (TargetStatus a : after.targets()) {
            TargetStatus b = before == null ? null : before.target(a.name()).orElse(null);
            if (b == null || b.state() != a.state()) {
                n++;
            }
            if (b != null && b.dueAt().isPresent() && a.dueAt().isPresent() && !b.dueAt().equals(a.dueAt())) {
                n++;
            }
            n += a.escalations().size() - (b == null ? 0 : b.escalations().size());
        }
        return n;
    }

    @Benchmark
    public long tracker(Desk desk) {
        return trackWeek(desk.logs);
    }

    @Benchmark
    public long naive(SmallDesk desk) {
        return naiveWeek(desk.logs);
    }
}
