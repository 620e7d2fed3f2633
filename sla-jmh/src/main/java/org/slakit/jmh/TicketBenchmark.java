package org.slakit.jmh;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.policy.Condition;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetState;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * Measures the ticket clock: one evaluation of a ticket with two targets (a 2-hour response on
 * {@code 24x7} and an 8-hour fix on a split-shift office calendar, with warn-at and an
 * escalation) and 0, 5 or 20 pause cycles; and a help desk re-evaluating one million open tickets
 * on one thread.
 * <p>
 * Run with {@code java -jar sla-jmh/target/benchmarks.jar TicketBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s}.
 * Goals (issue 14): at most 300 ns per evaluation with no pause and 500 ns with 5 pause cycles, at most 1 KiB
 * allocated with 5; the million in at most 300 ms on one thread and 170 ms on two cores.
 */
public class TicketBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant MONDAY = LocalDateTime.parse("2026-11-23T08:00").atZone(ZONE).toInstant();

    static SlaPolicy policy() {
        return SlaPolicy.builder("benchmark", ZONE)
                .calendar("office", BusinessCalendar.builder(ZONE)
                        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                        .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00"))
                .severities("severe", "general")
                .category("software-error", "function-error", "data-mismatch")
                .waiting("waiting-for-customer")
                .events("workaround-given")
                .target("respond", t -> t.stopsOn("responded").within("2h").calendar("24x7").pausedBy())
                .target("fix", t -> t.when(Condition.any().withCategory("software-error"))
                        .stopsOn("workaround-given", "resolved").within("8h").warnAt(50, 75))
                .escalation(100, List.of("fix"), "complaints-desk")
                .build();
    }

    /** A ticket opened at an instant, responded to, then waiting and resumed the given number of times. */
    static Ticket ticket(String id, Instant opened, int pauseCycles) {
        Ticket t = Ticket.open(id, opened, Classification.of("software-error", "general").withKind("function-error"))
                .event(opened.plus(Duration.ofMinutes(20)), "responded");
        Instant at = opened.plus(Duration.ofMinutes(30));
        for (int i = 0; i < pauseCycles; i++) {
            t = t.pause(at, "waiting-for-customer").resume(at.plus(Duration.ofMinutes(25)));
            at = at.plus(Duration.ofMinutes(40));
        }
        return t;
    }

    /** Tickets with a number of pause cycles, opened at minutes spread over a working week. */
    @State(Scope.Benchmark)
    public static class Evaluation {
        private static final int SIZE = 1024;
        private static final int MASK = SIZE - 1;

        @Param({"0", "5", "20"})
        int pauseCycles;

        SlaPolicy policy;
        BusinessCalendar office;
        Ticket[] tickets;
        Instant[] asOf;

        @Setup
        public void setUp() {
            policy = policy();
            office = policy.calendar("office").orElseThrow();
            tickets = new Ticket[SIZE];
            asOf = new Instant[SIZE];
            for (int i = 0; i < SIZE; i++) {
                Instant opened = MONDAY.plus(Duration.ofMinutes(i * 7L % (5 * 24 * 60)));
                tickets[i] = ticket("T-" + i, opened, pauseCycles);
                asOf[i] = tickets[i].getEvent(tickets[i].eventCount() - 1).at().plus(Duration.ofMinutes(5));
            }
        }
    }

    /** Each thread's place in the tickets, so that threads share nothing the benchmark adds. */
    @State(Scope.Thread)
    public static class Cursor {
        int index;

        int next() {
            return index++ & Evaluation.MASK;
        }
    }

    /** One million open tickets, each responded to and with one finished wait. */
    @State(Scope.Benchmark)
    public static class HelpDesk {
        static final int TICKETS = 1_000_000;

        SlaPolicy policy;
        Ticket[] tickets;
        Instant asOf;

        @Setup
        public void setUp() {
            policy = policy();
            tickets = new Ticket[TICKETS];
            for (int i = 0; i < TICKETS; i++) {
                // opened over the two weeks before asOf, one every 1.2 s
                tickets[i] = ticket("T-" + i, MONDAY.plus(Duration.ofMillis(1200L * i)), 1);
            }
            asOf = MONDAY.plus(Duration.ofDays(14));
        }
    }

    /**
     * Evaluates one ticket.
     *
     * @param s  the tickets
     * @param c  this thread's place in them
     * @return the status, for JMH to consume
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public SlaStatus evaluate(Evaluation s, Cursor c) {
        int i = c.next();
        return s.policy.evaluate(s.tickets[i], s.asOf[i]);
    }

    /**
     * Baseline: what a peer engine does to recompute the fix target's deadline of the same ticket —
     * walk the event log for its waits, add up their business time by walking the office calendar's
     * windows day by day, then walk the windows again from the opening for the budget plus that
     * time. It computes one deadline where {@link #evaluate} computes the whole status of both
     * targets (states, elapsed, remaining, escalations, next change), so the ratio understates
     * the clock's lead.
     *
     * @param s  the tickets
     * @param c  this thread's place in them
     * @return the fix target's deadline, for JMH to consume
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Instant deadlineByWindowWalking(Evaluation s, Cursor c) {
        int i = c.next();
        return naiveFixDeadline(s.office, s.tickets[i]);
    }

    /** The fix target's deadline (8 h on the office calendar, every wait pausing it) by window walking. */
    static Instant naiveFixDeadline(BusinessCalendar office, Ticket ticket) {
        Duration paused = Duration.ZERO;
        Instant waitingSince = null;
        for (TicketEvent e : ticket.events()) {
            if (e.type() == TicketEvent.Type.PAUSE && waitingSince == null) {
                waitingSince = e.at();
            } else if (e.type() == TicketEvent.Type.RESUME && waitingSince != null) {
                paused = paused.plus(WindowWalking.between(office, waitingSince, e.at()));
                waitingSince = null;
            }
        }
        return WindowWalking.plus(office, ticket.openedAt(), FIX_BUDGET.plus(paused));
    }

    private static final Duration FIX_BUDGET = Duration.ofHours(8);

    /**
     * Re-evaluates a million open tickets on one thread, counting those still running.
     *
     * @param s  the tickets
     * @return the count of running fix targets, for JMH to consume
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int evaluateMillionOpenTickets(HelpDesk s) {
        int running = 0;
        for (Ticket t : s.tickets) {
            SlaStatus status = s.policy.evaluate(t, s.asOf);
            if (status.targets().get(1).state() == TargetState.RUNNING) {
                running++;
            }
        }
        return running;
    }

    /**
     * Re-evaluates the same million on every core, through a parallel stream as a user would call it:
     * the policy and its calendars are shared, and nothing in them may serialise the threads.
     *
     * @param s  the tickets
     * @return the count of running fix targets, for JMH to consume
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long evaluateMillionOpenTicketsInParallel(HelpDesk s) {
        return Arrays.stream(s.tickets).parallel()
                .filter(t -> s.policy.evaluate(t, s.asOf).targets().get(1).state() == TargetState.RUNNING)
                .count();
    }
}
