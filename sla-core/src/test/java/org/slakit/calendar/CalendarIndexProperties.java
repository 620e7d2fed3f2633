package org.slakit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The index compiles a chunk's spans lazily: about a month around the instants first asked, grown
 * as later questions need, and whole once that is half the chunk. The law: no answer depends on what
 * was asked before. A calendar asked a random sequence of questions answers each as a calendar
 * built for that one question does, and as one whose chunks were all compiled whole first.
 */
class CalendarIndexProperties {

    /** One question of the sequence. */
    record Question(String name, Function<BusinessCalendar, Object> ask) {
        Object answer(BusinessCalendar cal) {
            try {
                return ask.apply(cal);
            } catch (DateTimeException ex) {
                return ex.getClass().getSimpleName() + ": " + ex.getMessage();
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Sequence(CalendarWorlds.World world, List<Question> questions) {
    }

    @Provide
    Arbitrary<Sequence> sequences() {
        return CalendarWorlds.worlds().flatMap(w -> question(w).list().ofMinSize(2).ofMaxSize(12)
                .map(qs -> new Sequence(w, qs)));
    }

    private static Arbitrary<Question> question(CalendarWorlds.World w) {
        Arbitrary<Instant> t = CalendarWorlds.instants(w);
        // amounts as in the calendar laws, and far ones that cross chunks (a chunk is about 388 days)
        Arbitrary<Duration> amount = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, CalendarWorlds.amounts()),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(800, 8_000).map(Duration::ofHours)));
        Arbitrary<Duration> reach = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 60 * 86_400L).map(Duration::ofSeconds)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(60, 1_200).map(Duration::ofDays)));
        return Arbitraries.oneOf(
                Combinators.combine(t, amount).as((s, a) -> new Question("plus(" + s + ", " + a + ")", c -> c.plus(s, a))),
                Combinators.combine(t, amount).as((s, a) -> new Question("minus(" + s + ", " + a + ")", c -> c.minus(s, a))),
                Combinators.combine(t, reach).as((s, d) -> new Question("between(" + s + ", +" + d + ")",
                        c -> c.between(s, s.plus(d)))),
                t.map(s -> new Question("isOpen(" + s + ")", c -> c.isOpen(s))),
                t.map(s -> new Question("nextOpen(" + s + ")", c -> c.nextOpen(s))),
                t.map(s -> new Question("nextClose(" + s + ")", c -> c.nextClose(s))));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void answersDoNotDependOnWhatWasAskedBefore(@ForAll("sequences") Sequence seq) {
        BusinessCalendar asked = seq.world().def().toCalendar();
        BusinessCalendar whole = seq.world().def().toCalendar();
        List<Object> inTurn = new ArrayList<>();
        List<Object> alone = new ArrayList<>();
        List<Object> fromWhole = new ArrayList<>();
        for (Question q : seq.questions()) {
            inTurn.add(q.answer(asked));
            alone.add(q.answer(seq.world().def().toCalendar()));
        }
        statistics(asked.index);
        for (Question q : seq.questions()) {
            wholeChunksAround(whole.index, q, seq);
            fromWhole.add(q.answer(whole));
        }
        assertEquals(alone, inTurn, seq.questions().toString());
        assertEquals(alone, fromWhole, seq.questions().toString());
    }

    /** Compiles whole every chunk of the region and the chunks either side. */
    private static void wholeChunksAround(CalendarIndex index, Question q, Sequence seq) {
        long first = CalendarIndex.chunkId(seq.world().base().minusDays(400).toEpochDay() * 86_400L);
        long last = CalendarIndex.chunkId(seq.world().base().plusDays(800).toEpochDay() * 86_400L);
        for (long id = first; id <= last; id++) {
            index.chunk(id);
        }
    }

    /** What the sequence left in the index: partial chunks, grown ones, whole ones. */
    private static void statistics(CalendarIndex index) {
        int partial = 0;
        int whole = 0;
        int grown = 0;
        for (long id = -200; id <= 200; id++) {
            Chunk c = index.peek(id);
            if (c == null || !c.hasSpans()) {
                continue;
            }
            if (c.isFull()) {
                whole++;
            } else {
                partial++;
                if (c.to - c.from > 2 * CalendarIndex.STRETCH + 2 * 86_400L) {
                    grown++;
                }
            }
        }
        Statistics.label("a partial chunk").collect(partial > 0);
        Statistics.label("a partial chunk grown").collect(grown > 0);
        Statistics.label("a whole chunk").collect(whole > 0);
        Statistics.label("a partial chunk").coverage(cov -> cov.check(true).percentage(p -> p >= 50));
        Statistics.label("a partial chunk grown").coverage(cov -> cov.check(true).percentage(p -> p >= 10));
        Statistics.label("a whole chunk").coverage(cov -> cov.check(true).percentage(p -> p >= 10));
    }
}
