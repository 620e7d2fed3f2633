package org.slakit.jmh;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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

/**
 * A far deadline on a calendar built for the question: build the split-hours calendar (unbounded,
 * no holidays) and ask one {@code plus}, up to 200,000 h, about the most a policy may ask of it (100
 * years of its 37.5 h a week is 195,666 h). A zone without daylight saving (Asia/Shanghai) and one
 * with it (Europe/Berlin), against window walking on the same fresh calendar in the same run.
 * <p>
 * Run: {@code java -jar sla-jmh/target/benchmarks.jar ColdDeadlineBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ColdDeadlineBenchmark {

    private static final Instant START = Instant.parse("2026-11-23T01:00:00Z");

    @Param({"Asia/Shanghai", "Europe/Berlin"})
    String zone;

    @Param({"40", "40000", "190000"})
    long hours;

    @Param({"INDEX", "WINDOW_WALKING"})
    CalendarBenchmark.Algorithm algorithm;

    private ZoneId zoneId;
    private Duration amount;

    @Setup
    public void setUp() {
        zoneId = ZoneId.of(zone);
        amount = Duration.ofHours(hours);
        if (algorithm == CalendarBenchmark.Algorithm.MINUTE_STEPPING) {
            throw new IllegalArgumentException("minute stepping is not run at these horizons");
        }
    }

    @Benchmark
    public Instant buildAndPlus() {
        BusinessCalendar cal = BusinessCalendar.builder(zoneId)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                .build();
        return algorithm == CalendarBenchmark.Algorithm.INDEX ? cal.plus(START, amount) : WindowWalking.plus(cal, START, amount);
    }
}
