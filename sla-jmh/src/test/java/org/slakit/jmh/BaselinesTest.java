package org.slakit.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendars.HolidaySets;

/** The baselines must compute the same answers as the index, or the ratios mean nothing. */
class BaselinesTest {

    private static final BusinessCalendar CALENDAR =
            CalendarShapes.mainlandSplitHours().holidays(HolidaySets.chinaMainland()).build();

    @ParameterizedTest
    @ValueSource(ints = {1, 40, 400})
    void plus_baselinesAgreeWithIndex(int hours) {
        Instant[] starts = CalendarBenchmark.starts(1);
        Duration amount = Duration.ofHours(hours);
        for (int i = 0; i < 64; i++) {
            Instant expected = CALENDAR.plus(starts[i], amount);
            assertEquals(expected, WindowWalking.plus(CALENDAR, starts[i], amount), "window walking from " + starts[i]);
            assertEquals(expected, MinuteStepping.plus(CALENDAR, starts[i], amount), "minute stepping from " + starts[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30})
    void between_baselinesAgreeWithIndex(int days) {
        Instant[] starts = CalendarBenchmark.starts(2);
        for (int i = 0; i < 32; i++) {
            Instant end = starts[i].plus(Duration.ofDays(days));
            Duration expected = CALENDAR.between(starts[i], end);
            assertEquals(expected, WindowWalking.between(CALENDAR, starts[i], end), "window walking from " + starts[i]);
            assertEquals(expected, MinuteStepping.between(CALENDAR, starts[i], end), "minute stepping from " + starts[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 20})
    void ticketBaseline_agreesWithTheClock(int pauseCycles) {
        TicketBenchmark.Evaluation s = new TicketBenchmark.Evaluation();
        s.pauseCycles = pauseCycles;
        s.setUp();
        for (int i = 0; i < 64; i++) {
            Instant clock = s.policy.evaluate(s.tickets[i], s.asOf[i]).target("fix").orElseThrow().dueAt().orElseThrow();
            assertEquals(clock, TicketBenchmark.naiveFixDeadline(s.office, s.tickets[i]), "ticket " + s.tickets[i]);
        }
    }
}
