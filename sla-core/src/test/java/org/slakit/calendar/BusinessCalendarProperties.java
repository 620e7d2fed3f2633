package org.slakit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.slakit.calendar.CalendarWorlds.World;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * The laws of DESIGN.md ("The calendar: semantics that must hold exactly"), each checked on random
 * calendars in zones with and without DST, and every public answer compared with
 * {@link ReferenceCalendar}.
 */
class BusinessCalendarProperties {

    /** One random world with three instants, two amounts, a date and a count of days. */
    record Case(World world, Instant t1, Instant t2, Instant t3, Duration a, Duration b, LocalDate date, int days) {
        BusinessCalendar cal() {
            return world.cal();
        }

        ReferenceCalendar ref() {
            return world.ref();
        }

        Instant earlier() {
            return t1.isBefore(t2) ? t1 : t2;
        }

        Instant later() {
            return t1.isBefore(t2) ? t2 : t1;
        }

        Duration smaller() {
            return a.compareTo(b) <= 0 ? a : b;
        }

        Duration larger() {
            return a.compareTo(b) <= 0 ? b : a;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return CalendarWorlds.worlds().flatMap(w -> Combinators.combine(CalendarWorlds.instants(w), CalendarWorlds.instants(w),
                CalendarWorlds.instants(w), CalendarWorlds.amounts(), CalendarWorlds.amounts(), CalendarWorlds.dates(w),
                Arbitraries.integers().between(-12, 12))
                .as((t1, t2, t3, a, b, date, days) -> new Case(w, t1, t2, t3, a, b, date, days)));
    }

    /** Records what the generators reached, and demands that they reach DST days, holidays, closures and more. */
    private static void statistics(Case c) {
        World w = c.world();
        Statistics.label("dst").collect(w.dstDate() != null);
        Statistics.label("holiday").collect(!w.def().holidays().isEmpty());
        Statistics.label("closure").collect(!w.def().closures().isEmpty());
        Statistics.label("make-up day").collect(!w.def().workdays().isEmpty());
        Statistics.label("holiday set").collect(!w.def().setDaysOff().isEmpty() || !w.def().setWorkdays().isEmpty());
        Statistics.label("closed every year").collect(!w.def().everyYear().isEmpty());
        Statistics.label("overnight").collect(w.hasOvernight());
        Statistics.label("start open").collect(c.cal().isOpen(c.t1()));
        long edge = (c.t1().getEpochSecond() >> 25) + 1 << 25;
        Statistics.label("chunk edge within 60 days").collect(edge - c.t1().getEpochSecond() < 60 * 86_400L);
        Statistics.label("dst").coverage(cov -> cov.check(true).percentage(p -> p >= 25));
        Statistics.label("holiday").coverage(cov -> cov.check(true).percentage(p -> p >= 30));
        Statistics.label("closure").coverage(cov -> cov.check(true).percentage(p -> p >= 30));
        Statistics.label("make-up day").coverage(cov -> cov.check(true).percentage(p -> p >= 30));
        Statistics.label("overnight").coverage(cov -> cov.check(true).percentage(p -> p >= 10));
        Statistics.label("holiday set").coverage(cov -> cov.check(true).percentage(p -> p >= 30));
        Statistics.label("closed every year").coverage(cov -> cov.check(true).percentage(p -> p >= 15));
        Statistics.label("chunk edge within 60 days").coverage(cov -> cov.check(true).percentage(p -> p >= 10));
        Statistics.label("start open").coverage(cov -> {
            cov.check(true).percentage(p -> p >= 20);
            cov.check(false).percentage(p -> p >= 20);
        });
    }

    // ----- the laws -----

    @Property(edgeCases = EdgeCasesMode.NONE)
    void plusZeroIsIdentity(@ForAll("cases") Case c) {
        assertEquals(c.t1(), c.cal().plus(c.t1(), Duration.ZERO));
        assertEquals(c.t1(), c.cal().minus(c.t1(), Duration.ZERO));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void deadlineThatUsesUpAWindowEndsAtItsClose(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        Instant close;
        try {
            close = cal.nextClose(c.t1());
        } catch (DateTimeException neverCloses) {
            assertEquals("throws DateTimeException", outcome(() -> c.ref().nextClose(c.t1())), "reference closes");
            return;
        }
        Duration rest = cal.between(c.t1(), close);
        assertTrue(rest.compareTo(Duration.ZERO) > 0);
        assertEquals(close, cal.plus(c.t1(), rest));
        assertFalse(cal.isOpen(close));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void startAtClosedTimeCountsFromNextOpening(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        Instant open = cal.nextOpen(c.t1());
        assertEquals(Duration.ZERO, cal.between(c.t1(), open));
        if (!c.a().isZero()) {
            assertEquals(cal.plus(open, c.a()), cal.plus(c.t1(), c.a()));
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void plusIsAssociativeForNonNegativeAmounts(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        assertEquals(cal.plus(c.t1(), c.a().plus(c.b())), cal.plus(cal.plus(c.t1(), c.a()), c.b()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void betweenIsAdditiveAtAnySplitPoint(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        assertEquals(cal.between(c.t1(), c.t3()), cal.between(c.t1(), c.t2()).plus(cal.between(c.t2(), c.t3())));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void betweenOfPlusIsTheAmount(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        assertEquals(c.a(), cal.between(c.t1(), cal.plus(c.t1(), c.a())));
        assertEquals(c.a(), cal.between(cal.minus(c.t1(), c.a()), c.t1()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void plusIsTheEarliestAndMinusTheLatestSuchInstant(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        if (c.a().isZero()) {
            return;
        }
        Instant end = cal.plus(c.t1(), c.a());
        assertTrue(cal.between(c.t1(), end.minusNanos(1)).compareTo(c.a()) < 0);
        Instant start = cal.minus(c.t1(), c.a());
        assertTrue(cal.between(start.plusNanos(1), c.t1()).compareTo(c.a()) < 0);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void plusOfNegativeIsMinus(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        assertEquals(cal.minus(c.t1(), c.a()), cal.plus(c.t1(), c.a().negated()));
        assertEquals(cal.plus(c.t1(), c.a()), cal.minus(c.t1(), c.a().negated()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void plusIsMonotonicInStart(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        assertFalse(cal.plus(c.earlier(), c.a()).isAfter(cal.plus(c.later(), c.a())));
        assertFalse(cal.minus(c.earlier(), c.a()).isAfter(cal.minus(c.later(), c.a())));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void plusIsMonotonicInAmount(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        assertFalse(cal.plus(c.t1(), c.smaller()).isAfter(cal.plus(c.t1(), c.larger())));
        assertFalse(cal.minus(c.t1(), c.smaller()).isBefore(cal.minus(c.t1(), c.larger())));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void minusUndoesPlusWhenStartIsOpen(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        Instant start = cal.nextOpen(c.t1());
        assertTrue(cal.isOpen(start));
        assertEquals(start, cal.minus(cal.plus(start, c.a()), c.a()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void betweenIsAntisymmetric(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        assertEquals(cal.between(c.t1(), c.t2()).negated(), cal.between(c.t2(), c.t1()));
        assertEquals(Duration.ZERO, cal.between(c.t1(), c.t1()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void isOpenExactlyWhereTimeIsCounted(@ForAll("cases") Case c) {
        BusinessCalendar cal = c.cal();
        assertEquals(cal.between(c.t1(), c.t1().plusNanos(1)).equals(Duration.ofNanos(1)), cal.isOpen(c.t1()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void openIntervalsOfAllDatesAreTheOpenTime(@ForAll("cases") Case c) {
        // The open time of [from, to) is the union of every date's intervals, clipped; nothing counted twice.
        BusinessCalendar cal = c.cal();
        LocalDate d = c.date();
        Instant from = d.atStartOfDay(c.world().zone()).toInstant();
        Instant to = d.plusDays(1).atStartOfDay(c.world().zone()).toInstant();
        List<Interval> all = new ArrayList<>();
        for (LocalDate x = d.minusDays(1); !x.isAfter(d); x = x.plusDays(1)) {
            for (Interval i : cal.openIntervals(x)) {
                if (i.getStart().isBefore(to) && i.getEnd().isAfter(from)) {
                    all.add(Interval.of(i.getStart().isBefore(from) ? from : i.getStart(), i.getEnd().isAfter(to) ? to : i.getEnd()));
                }
            }
        }
        all.sort((x, y) -> x.getStart().compareTo(y.getStart()));
        Duration sum = Duration.ZERO;
        Instant reached = from;
        for (Interval i : all) {
            Instant s = i.getStart().isBefore(reached) ? reached : i.getStart();
            if (i.getEnd().isAfter(s)) {
                sum = sum.plus(Duration.between(s, i.getEnd()));
                reached = i.getEnd();
            }
        }
        assertEquals(sum, cal.between(from, to));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void boundedCalendarAnswersInsideItsCoverageAndThrowsBeyond(@ForAll("cases") Case c) {
        World w = c.world();
        LocalDate first = w.base().plusDays(Math.floorMod(c.days(), 6));
        LocalDate last = first.plusDays(8 + Math.floorMod(c.days() * 7, 20));
        // without a holiday set, whose calendar extrapolates
        CalendarDefinition plain = w.def().withHolidaySet(Set.of(), Map.of());
        BusinessCalendar bounded = plain.toCalendar(LocalDateRange.ofClosed(first, last));
        BusinessCalendar cal = plain.toCalendar();
        // the day before the coverage may be a holiday or a make-up day: its windows running past midnight are not known
        Instant coverStart = first.atStartOfDay(w.zone()).toInstant();
        LocalDate before = first.minusDays(1);
        for (DayOfWeek day : List.of(before.getDayOfWeek(), DayOfWeek.MONDAY)) {
            for (String window : w.def().hours(day)) {
                Instant end = ReferenceCalendar.endOf(w.zone(), before, window);
                coverStart = end.isAfter(coverStart) ? end : coverStart;
            }
        }
        Instant coverEnd = last.plusDays(1).atStartOfDay(w.zone()).toInstant();
        Instant t = c.t1();
        boolean known = !t.isBefore(coverStart) && !t.isAfter(coverEnd);
        boolean openKnown = known && t.isBefore(coverEnd);
        Statistics.label("start covered").collect(known);

        Instant due = cal.plus(t, c.a());
        expect(known && !due.isAfter(coverEnd), due, () -> bounded.plus(t, c.a()), "plus");
        Instant from = cal.minus(t, c.a());
        expect(known && !from.isBefore(coverStart), from, () -> bounded.minus(t, c.a()), "minus");
        boolean bothKnown = known && !c.t2().isBefore(coverStart) && !c.t2().isAfter(coverEnd);
        expect(bothKnown, cal.between(t, c.t2()), () -> bounded.between(t, c.t2()), "between");
        expect(openKnown, cal.isOpen(t), () -> bounded.isOpen(t), "isOpen");
        Instant open = cal.nextOpen(t);
        expect(openKnown && open.isBefore(coverEnd), open, () -> bounded.nextOpen(t), "nextOpen");
        boolean dateKnown = !c.date().isBefore(first) && !c.date().isAfter(last);
        expect(dateKnown, cal.isWorkingDay(c.date()), () -> bounded.isWorkingDay(c.date()), "isWorkingDay");
        expect(dateKnown, cal.openIntervals(c.date()), () -> bounded.openIntervals(c.date()), "openIntervals");
        Statistics.label("start covered").coverage(cov -> {
            cov.check(true).percentage(p -> p >= 20);
            cov.check(false).percentage(p -> p >= 10);
        });
    }

    /** The bounded answer equals the unbounded one when its dates are covered, and is a coverage error otherwise. */
    private static void expect(boolean covered, Object unbounded, Supplier<?> bounded, String what) {
        if (covered) {
            assertEquals(unbounded, bounded.get(), what);
            return;
        }
        try {
            Object answer = bounded.get();
            throw new AssertionError(what + " answered " + answer + " though it depends on dates beyond the coverage");
        } catch (CalendarCoverageException expected) {
            assertTrue(expected.getMessage().startsWith("Date " + expected.date() + " is outside"), what);
        }
    }

    // ----- agreement with the reference -----

    @Property(edgeCases = EdgeCasesMode.NONE)
    void agreesWithReferenceOnPlus(@ForAll("cases") Case c) {
        statistics(c);
        assertEquals(c.ref().plus(c.t1(), c.a()), c.cal().plus(c.t1(), c.a()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void agreesWithReferenceOnMinus(@ForAll("cases") Case c) {
        statistics(c);
        assertEquals(c.ref().minus(c.t1(), c.a()), c.cal().minus(c.t1(), c.a()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void agreesWithReferenceOnBetween(@ForAll("cases") Case c) {
        statistics(c);
        assertEquals(c.ref().between(c.t1(), c.t2()), c.cal().between(c.t1(), c.t2()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void agreesWithReferenceOnIsOpen(@ForAll("cases") Case c) {
        statistics(c);
        for (Instant t : List.of(c.t1(), c.t2(), c.t3())) {
            assertEquals(c.ref().isOpen(t), c.cal().isOpen(t), "isOpen(" + t + ")");
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void agreesWithReferenceOnNextOpen(@ForAll("cases") Case c) {
        statistics(c);
        assertEquals(c.ref().nextOpen(c.t1()), c.cal().nextOpen(c.t1()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void agreesWithReferenceOnNextClose(@ForAll("cases") Case c) {
        statistics(c);
        assertEquals(outcome(() -> c.ref().nextClose(c.t1())), outcome(() -> c.cal().nextClose(c.t1())));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void agreesWithReferenceOnEndOfBusinessDay(@ForAll("cases") Case c) {
        statistics(c);
        assertEquals(c.ref().endOfBusinessDay(c.t1()), c.cal().endOfBusinessDay(c.t1()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void agreesWithReferenceOnPlusWorkingDays(@ForAll("cases") Case c) {
        statistics(c);
        assertEquals(c.ref().plusWorkingDays(c.date(), c.days()), c.cal().plusWorkingDays(c.date(), c.days()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void agreesWithReferenceOnIsWorkingDay(@ForAll("cases") Case c) {
        statistics(c);
        assertEquals(c.ref().isWorkingDay(c.date()), c.cal().isWorkingDay(c.date()));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void agreesWithReferenceOnOpenIntervals(@ForAll("cases") Case c) {
        statistics(c);
        List<ReferenceCalendar.Span> expected = c.ref().openIntervals(c.date());
        List<ReferenceCalendar.Span> actual = c.cal().openIntervals(c.date()).stream()
                .map(i -> new ReferenceCalendar.Span(i.getStart(), i.getEnd())).toList();
        assertEquals(expected, actual);
    }

    /** The value, or the kind of exception thrown. */
    private static Object outcome(Supplier<?> answer) {
        try {
            return answer.get();
        } catch (DateTimeException ex) {
            return "throws DateTimeException";
        }
    }
}
