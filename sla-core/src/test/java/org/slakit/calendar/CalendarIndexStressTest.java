package org.slakit.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Eight threads extend one unbounded calendar's lazy index at once, from year -99,999 to 150,000,
 * in both directions and in different orders, and get the answers one thread gets from a calendar of
 * its own. The work is a fixed number of queries; the timeout only stops a hang.
 */
class CalendarIndexStressTest {

    private static final int THREADS = 8;
    private static final int QUERIES = 1_200;

    private static BusinessCalendar calendar() {
        // a DST zone and split hours, so that chunks differ from one another
        return BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(SATURDAY, "22:00-02:00")
                .build();
    }

    private static List<Object> answers(BusinessCalendar cal, List<Instant> starts, List<Integer> order) {
        Object[] out = new Object[starts.size()];
        for (int i : order) {
            Instant s = starts.get(i);
            out[i] = List.of(cal.plus(s, Duration.ofHours(300)), cal.minus(s, Duration.ofHours(50)),
                    cal.between(s, s.plus(Duration.ofDays(1_000))), cal.isOpen(s), cal.nextOpen(s));
        }
        return List.of(out);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void lazyIndex_eightThreadsFromYearMinus99999To150000_agreeWithOneThread() throws Exception {
        Random random = new Random(20261202);
        Instant first = Instant.parse("-99999-01-01T00:00:00Z");
        long span = Instant.parse("+150000-01-01T00:00:00Z").getEpochSecond() - first.getEpochSecond();
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            starts.add(first.plusSeconds((long) (random.nextDouble() * span)).plusNanos(random.nextInt(1_000_000_000)));
        }
        List<Integer> inOrder = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            inOrder.add(i);
        }
        List<Object> expected = answers(calendar(), starts, inOrder);

        BusinessCalendar shared = calendar();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Object>>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                List<Integer> order = new ArrayList<>(inOrder);
                if (thread % 2 == 0) {
                    Collections.shuffle(order, new Random(thread));
                } else {
                    Collections.reverse(order);
                }
                futures.add(pool.submit(() -> answers(shared, starts, order)));
            }
            for (int thread = 0; thread < THREADS; thread++) {
                assertEquals(expected, futures.get(thread).get(), "thread " + thread);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
