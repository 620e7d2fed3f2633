package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.slakit.policy.Seeds.HONG_KONG;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;
import org.slakit.ticket.Ticket;

/**
 * The policies the ticket clock's laws run on, each with the week its tickets open in: seed 000 as
 * written (a Hong Kong office in a Hong Kong policy), and seed 000's rules on an office that keeps
 * its hours in a zone of its own, in a week that holds one of that zone's clock changes. The
 * changes fall four to five days into the week, so tickets open on both sides of them and the
 * clocks of many run across them: while the office is closed at the UK's change (Sunday 01:00
 * UTC), inside an open window at the US ones (a Saturday night shift until Sunday 06:00 is an hour
 * shorter in spring, an hour longer in autumn).
 * <p>
 * Each policy adds to seed 000's rules a call-back for software errors one working day later at
 * the same time of day ({@code business-days: {days: 1, at: same-time}}, warned at 50 %), on a desk
 * in the office's zone that opens mornings and afternoons on alternate days (Mon, Wed, Fri
 * 08:00-12:00; Tue, Thu, Sat 13:00-17:00): the same time of day is always closed on the next
 * working day, so every such deadline is the next opening after the close at which the budget runs
 * out, a day or more later.
 */
final class ClockWorlds {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /**
     * A policy, the same policy with a stricter version from two weeks after {@code base}, the same
     * rules and office in a UTC policy, the instant from which tickets open (within a week), and the
     * office's clock change in that week (null when its zone has none).
     */
    record World(String name, SlaPolicy policy, SlaPolicy versioned, SlaPolicy inUtc, Instant base, Instant change) {
        /**
         * Minutes after base at which tickets open: anywhere in the week as {@code week} spreads
         * them, or, in a world with a clock change, two in three of them in the 30 hours before it
         * (or the 2 after), so that many clocks run across it.
         */
        Arbitrary<Integer> openings(Arbitrary<Integer> week) {
            if (change == null) {
                return week;
            }
            int at = (int) Duration.between(base, change).toMinutes();
            return Arbitraries.frequencyOf(Tuple.of(1, week),
                    Tuple.of(2, Arbitraries.integers().between(at - 30 * 60, at + 2 * 60).withDistribution(RandomDistribution.uniform())));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final World HONG_KONG_OFFICE = world("Hong Kong office, Hong Kong policy", HONG_KONG, Seeds::office000,
            "2026-11-23T00:00");
    /** The UK's autumn change, Sunday 2026-10-25 01:00 UTC (09:00 in Hong Kong), while the office is closed. */
    static final World LONDON_OFFICE = world("London office, Hong Kong policy, UK autumn change", HONG_KONG,
            () -> BusinessCalendar.builder(LONDON).hours(MONDAY, FRIDAY, "09:00-18:00").hours(SATURDAY, "10:00-18:00"),
            "2026-10-21T00:00");
    /** The US spring change, Sunday 2027-03-14 02:00 EST, inside the night shift; the UK's, 2027-03-28, two weeks on. */
    static final World NEW_YORK_SPRING = world("New York office with a night shift, London policy, US spring change", LONDON,
            ClockWorlds::nightShift, "2027-03-10T00:00");
    /** The US autumn change, Sunday 2026-11-01 02:00 EDT, inside the night shift. */
    static final World NEW_YORK_AUTUMN = world("New York office with a night shift, Hong Kong policy, US autumn change",
            HONG_KONG, ClockWorlds::nightShift, "2026-10-28T00:00");

    static final List<World> ALL = List.of(HONG_KONG_OFFICE, LONDON_OFFICE, NEW_YORK_SPRING, NEW_YORK_AUTUMN);

    private ClockWorlds() {
    }

    /** Seed 000's office hours in New York, with a Saturday night shift 22:00-06:00 that spans the Sunday 02:00 changes. */
    private static CalendarBuilder nightShift() {
        return BusinessCalendar.builder(NEW_YORK).hours(MONDAY, FRIDAY, "09:00-18:00").hours(SATURDAY, "10:00-18:00", "22:00-06:00");
    }

    private static World world(String name, ZoneId zone, Supplier<CalendarBuilder> office, String base) {
        ZoneId officeZone = office.get().build().zone();
        Instant from = Seeds.at(zone, base);
        LocalDate version = LocalDate.parse(base.substring(0, 10)).plusDays(14);
        SlaPolicy policy = rules(zone, office.get(), officeZone).build();
        ZoneOffsetTransition change = policy.calendar("office").orElseThrow().zone().getRules().nextTransition(from);
        if (change != null && change.getInstant().isAfter(from.plus(Duration.ofDays(7)))) {
            throw new AssertionError(name + ": the office's clock change " + change + " is not in the week from " + base);
        }
        return new World(name, policy, rules(zone, office.get(), officeZone)
                .version(version, v -> v
                        .target("fix", t -> t.stopsOn("resolved").within("30m"))
                        .target("reply", t -> t.stopsOn("replied").within("1h").calendar("24x7"))
                        .escalation(10, List.of("fix", "reply"), "team-lead"))
                .build(), rules(ZoneOffset.UTC, office.get(), officeZone).build(), from,
                change == null ? null : change.getInstant());
    }

    /**
     * Seed 000's rules on an office, and the call-back at the same time of day on a desk in the
     * office's zone, in a policy of the given zone.
     */
    private static PolicyBuilder rules(ZoneId zone, CalendarBuilder office, ZoneId officeZone) {
        return Seeds.seed000Builder(zone, office).events("customer-called")
                .calendar("desk", BusinessCalendar.builder(officeZone).hours(MONDAY, "08:00-12:00").hours(WEDNESDAY, "08:00-12:00")
                        .hours(FRIDAY, "08:00-12:00").hours(TUESDAY, "13:00-17:00").hours(THURSDAY, "13:00-17:00")
                        .hours(SATURDAY, "13:00-17:00"))
                .target("call-back", t -> t.when(Condition.any().withCategory("software-error")).stopsOn("customer-called")
                        .workingDaysAtSameTime(1).calendar("desk").warnAt(50));
    }

    /** Every world, as often as each other (jqwik's edge cases would favour the first and the last). */
    static Arbitrary<World> worlds() {
        return Arbitraries.of(ALL).withoutEdgeCases();
    }

    /** Checks if a policy has a calendar whose zone is not the policy's. */
    static boolean hasCalendarInAnotherZone(SlaPolicy policy) {
        return policy.calendars().values().stream().anyMatch(c -> !c.zone().equals(policy.zone()));
    }

    /**
     * Collects the world of a try, whether its policy has a calendar in another zone than its own,
     * and whether a target's clock on a business calendar ran across a change of that calendar's
     * offset: from the clock's start to the later of asOf and the deadline.
     */
    static void collect(World world, Ticket ticket, Instant asOf, SlaStatus status) {
        Statistics.label("world").collect(world.name());
        Statistics.label("calendar in another zone than the policy's").collect(hasCalendarInAnotherZone(world.policy()));
        String across = "no";
        for (TargetStatus s : status.targets()) {
            if (SlaPolicy.ALWAYS_OPEN.equals(s.calendar())) {
                continue;
            }
            BusinessCalendar cal = world.policy().calendar(s.calendar()).orElseThrow();
            Instant from = s.current().startedAt().orElse(ticket.openedAt());
            Instant to = s.dueAt().filter(asOf::isBefore).orElse(asOf);
            ZoneOffsetTransition change = cal.zone().getRules().nextTransition(from);
            if (change != null && change.getInstant().isBefore(to)) {
                across = cal.isOpen(change.getInstant()) ? "inside an open window" : "while its calendar is closed";
                break;
            }
        }
        Statistics.label("clock across a DST change").collect(across);
    }

    /**
     * Checks that the worlds were reached: each one, a policy with a calendar in another zone, and
     * clocks across a DST change, some of them inside an open window. About a third of the shares
     * seen over many runs (a quarter for each world, three quarters with a calendar in another zone,
     * 11 to 13 % of clocks across a change, 7 to 9 % inside an open window, 3 to 4 % while the
     * calendar is closed), so that a fair generator never fails them.
     */
    static void checkCoverage() {
        Statistics.label("world").coverage(c -> {
            for (World w : ALL) {
                c.check(w.name()).percentage(p -> p >= 10);
            }
        });
        Statistics.label("calendar in another zone than the policy's").coverage(c -> c.check(true).percentage(p -> p >= 50));
        Statistics.label("clock across a DST change").coverage(c -> {
            c.checkQuery(v -> !v.get(0).equals("no")).percentage(p -> p >= 4);
            c.check("inside an open window").percentage(p -> p >= 2.5);
        });
    }
}
