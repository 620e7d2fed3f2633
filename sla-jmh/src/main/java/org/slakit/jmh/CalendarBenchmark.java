package org.slakit.jmh;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
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
import org.slakit.calendar.CalendarBuilder;
import org.slakit.calendars.HolidaySets;

/**
 * {@code plus} and {@code between} on the mainland split-hours calendar, with and without mainland
 * China's holidays, against the two baselines
 * measured in the same run: window walking (what peer libraries do) and minute stepping.
 * <p>
 * Run: {@code java -jar sla-jmh/target/benchmarks.jar CalendarBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s}
 * (add {@code -prof gc} to see allocation per operation).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CalendarBenchmark {

    private static final int SIZE = 1024;
    private static final int MASK = SIZE - 1;

    /** How the answer is computed. */
    public enum Algorithm {
        /** slakit's compiled index. */
        INDEX,
        /** Baseline: consume the open windows day by day. */
        WINDOW_WALKING,
        /** Baseline: ask whether each minute is open. */
        MINUTE_STEPPING
    }

    /** Which holidays the calendar has. */
    public enum Holidays {
        /** Weekly hours only. */
        NONE,
        /** Mainland China's public holidays and make-up working days, 2019-2026 (about 30 a year). */
        CN;

        BusinessCalendar calendar() {
            CalendarBuilder b = CalendarShapes.mainlandSplitHours();
            return (this == NONE ? b : b.holidays(HolidaySets.chinaMainland())).build();
        }
    }

    /** The spans {@code between} is measured over. */
    public enum Span {
        /** One calendar day. */
        DAY(Duration.ofDays(1)),
        /** Thirty days. */
        MONTH(Duration.ofDays(30)),
        /** 365 days. */
        YEAR(Duration.ofDays(365));

        final Duration length;

        Span(Duration length) {
            this.length = length;
        }
    }

    /** Start instants on whole minutes in 2019-2024, so that 4,000 h stays inside 2019-2026. */
    static Instant[] starts(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant first = LocalDateTime.parse("2019-01-01T00:00").atZone(CalendarShapes.SHANGHAI).toInstant();
        long minutes = Duration.ofDays(6 * 365).toMinutes();
        Instant[] out = new Instant[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = first.plus(Duration.ofMinutes(random.nextLong(minutes)));
        }
        return out;
    }

    /** Inputs of {@code plus}. */
    @State(Scope.Thread)
    public static class PlusInput {
        @Param({"INDEX", "WINDOW_WALKING", "MINUTE_STEPPING"})
        Algorithm algorithm;
        @Param({"CN", "NONE"})
        Holidays holidays;
        @Param({"1", "40", "400", "4000"})
        int hours;

        BusinessCalendar calendar;
        Instant[] starts;
        Duration amount;
        int next;

        @Setup
        public void setUp() {
            calendar = holidays.calendar();
            starts = starts(42);
            amount = Duration.ofHours(hours);
            // build the index over the whole range before measuring
            for (Instant s : starts) {
                calendar.plus(s, amount);
            }
        }
    }

    /** Inputs of {@code between}. */
    @State(Scope.Thread)
    public static class BetweenInput {
        @Param({"INDEX", "WINDOW_WALKING", "MINUTE_STEPPING"})
        Algorithm algorithm;
        @Param({"CN", "NONE"})
        Holidays holidays;
        @Param({"DAY", "MONTH", "YEAR"})
        Span span;

        BusinessCalendar calendar;
        Instant[] starts;
        Instant[] ends;
        int next;

        @Setup
        public void setUp() {
            calendar = holidays.calendar();
            starts = starts(7);
            ends = new Instant[SIZE];
            for (int i = 0; i < SIZE; i++) {
                ends[i] = starts[i].plus(span.length);
                calendar.between(starts[i], ends[i]);
            }
        }
    }

    @Benchmark
    public Instant plus(PlusInput in) {
        Instant start = in.starts[in.next++ & MASK];
        switch (in.algorithm) {
            case INDEX:
                return in.calendar.plus(start, in.amount);
            case WINDOW_WALKING:
                return WindowWalking.plus(in.calendar, start, in.amount);
            default:
                return MinuteStepping.plus(in.calendar, start, in.amount);
        }
    }

    @Benchmark
    public Duration between(BetweenInput in) {
        int i = in.next++ & MASK;
        switch (in.algorithm) {
            case INDEX:
                return in.calendar.between(in.starts[i], in.ends[i]);
            case WINDOW_WALKING:
                return WindowWalking.between(in.calendar, in.starts[i], in.ends[i]);
            default:
                return MinuteStepping.between(in.calendar, in.starts[i], in.ends[i]);
        }
    }
}
