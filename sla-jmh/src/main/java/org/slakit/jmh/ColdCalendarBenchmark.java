package org.slakit.jmh;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * A calendar's first answer: build a calendar and ask one {@code plus} of 4 h, as a multi-tenant desk
 * does that builds a calendar per customer or per request. Two shapes: the peers' nine-to-five (Mon-Fri
 * 09:00-18:00 with 18 holidays given as dates) and seed 001's split hours with mainland China's holiday
 * set. Baselines in the same run: the build alone, and the same {@code plus} on a calendar kept warm.
 * <p>
 * Run: {@code java -jar sla-jmh/target/benchmarks.jar ColdCalendarBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class ColdCalendarBenchmark {

    /** Tuesday 2026-03-10, 09:00 in Shanghai. */
    private static final Instant START = Instant.parse("2026-03-10T01:00:00Z");
    private static final Duration FOUR_HOURS = Duration.ofHours(4);

    /** The calendars built. */
    public enum Shape {
        /** Mon-Fri 09:00-18:00 and 18 holidays of 2026 given one by one, as the peers are measured. */
        NINE_TO_FIVE_18_HOLIDAYS {
            @Override
            CalendarBuilder builder() {
                CalendarBuilder b = BusinessCalendar.builder(CalendarShapes.SHANGHAI)
                        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-18:00");
                for (LocalDate d : HOLIDAYS) {
                    b.holiday(d);
                }
                return b;
            }
        },
        /** Seed 001: Mon-Fri 09:00-12:00 + 13:30-18:00, Sat 10:00-12:00 + 13:30-18:00, with the cn set. */
        SPLIT_HOURS_CN {
            @Override
            CalendarBuilder builder() {
                return CalendarShapes.mainlandSplitHours().holidays(HolidaySets.chinaMainland());
            }
        };

        abstract CalendarBuilder builder();
    }

    private static final LocalDate[] HOLIDAYS = {
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
        LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 23),
        LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5),
        LocalDate.of(2026, 6, 19), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2),
        LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
    };

    @Param
    Shape shape;

    private BusinessCalendar kept;

    @Setup
    public void setUp() {
        kept = shape.builder().build();
        kept.plus(START, FOUR_HOURS);
    }

    @Benchmark
    public Instant buildAndPlus() {
        return shape.builder().build().plus(START, FOUR_HOURS);
    }

    @Benchmark
    public BusinessCalendar buildOnly() {
        return shape.builder().build();
    }

    @Benchmark
    public Instant plusOnKeptCalendar() {
        return kept.plus(START, FOUR_HOURS);
    }
}
