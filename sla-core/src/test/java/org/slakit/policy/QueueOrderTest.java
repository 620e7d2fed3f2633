package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Queue order ({@code policy.order}): severity, then problems before requirements, then tier, then the
 * earliest {@code dueAt} of the running targets (none last), then opened-at, then id.
 * <p>
 * The policy is in UTC and both its targets run on 24x7, so every deadline is the opening plus the
 * goal: {@code respond} 2 h (stopped by responded), {@code fix} 8 h (stopped by resolved). The queue
 * is ordered as of Mon 2026-11-23 11:00.
 */
class QueueOrderTest {

    private static final SlaPolicy POLICY = SlaPolicy.builder("Queue", ZoneOffset.UTC)
            .calendar("office", BusinessCalendar.builder(ZoneOffset.UTC).hours(MONDAY, FRIDAY, "09:00-18:00"))
            .severities("severe", "general")
            .category("software-error", "function-error")
            .requirementCategory("requirement", "new-feature")
            // defined after software-error: the order of categories means nothing to the queue
            .category("other", "network")
            .tier("premium")
            .tier("standard")
            .waiting("waiting-for-customer")
            .target("respond", t -> t.stopsOn("responded").within("2h").calendar("24x7"))
            .target("fix", t -> t.stopsOn("resolved").within("8h").calendar("24x7"))
            .build();

    private static final Instant AS_OF = at("2026-11-23T11:00");

    private static final Classification GENERAL = Classification.of("software-error", "general");
    private static final Classification SEVERE = Classification.of("software-error", "severe");
    private static final Classification REQUIREMENT = Classification.of("requirement", "general");

    private static Instant at(String local) {
        return Instant.parse(local + ":00Z");
    }

    private static Ticket open(String id, String opened, Classification c) {
        return Ticket.open(id, at(opened), c);
    }

    /** A general error opened at a time, both targets running. */
    private static Ticket general(String id, String opened) {
        return open(id, opened, GENERAL);
    }

    private static Arguments row(String label, Ticket first, Ticket second) {
        return Arguments.of(label, first, second);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                // severity first: a severe error due 12:59 before a general one due 11:30, opened earlier
                row("severity before dueAt and opening", open("A", "2026-11-23T10:59", SEVERE), general("B", "2026-11-23T09:30")),
                // problems before requirements: a problem due 12:30 before a requirement due 11:30
                row("problem before requirement", general("A", "2026-11-23T10:30"), open("B", "2026-11-23T09:30", REQUIREMENT)),
                // the kind of report comes before the tier: a standard problem before a premium requirement
                row("problem before tier", open("A", "2026-11-23T10:30", GENERAL.withTier("standard")),
                        open("B", "2026-11-23T09:30", REQUIREMENT.withTier("premium"))),
                // a requirement's severity still comes first
                row("severe requirement before general problem", open("A", "2026-11-23T10:30", REQUIREMENT.withSeverity("severe")),
                        general("B", "2026-11-23T09:30")),
                // nothing else about categories: 'other' (defined last) due 11:30 before software-error due 12:00
                row("categories otherwise equal", open("A", "2026-11-23T09:30", Classification.of("other", "general")),
                        general("B", "2026-11-23T10:00")),
                // tier: premium due 12:30 before standard due 11:30
                row("premium before standard", open("A", "2026-11-23T10:30", GENERAL.withTier("premium")),
                        open("B", "2026-11-23T09:30", GENERAL.withTier("standard"))),
                // a ticket without a tier is of the default (last) tier: after premium...
                row("premium before no tier", open("A", "2026-11-23T10:30", GENERAL.withTier("premium")), general("B", "2026-11-23T09:30")),
                // ...and level with standard, so the deadline decides: standard due 11:30 before no tier due 12:00
                row("no tier level with standard", open("A", "2026-11-23T09:30", GENERAL.withTier("standard")),
                        general("B", "2026-11-23T10:00")),
                // earliest running dueAt: respond due 12:00 before fix due 17:00 (responded), though opened later
                row("dueAt before opening", general("A", "2026-11-23T10:00"),
                        general("B", "2026-11-23T09:00").event(at("2026-11-23T09:05"), "responded")),
                // the earliest of a ticket's running targets counts: respond 12:00 (fix 18:00) before fix 17:30 alone
                row("earliest of the running targets", general("A", "2026-11-23T10:00"),
                        general("B", "2026-11-23T09:30").event(at("2026-11-23T09:35"), "responded")),
                // none running is last: paused since 09:10, both targets PAUSED
                row("paused has no dueAt", general("A", "2026-11-23T10:00"),
                        general("B", "2026-11-23T09:00").pause(at("2026-11-23T09:10"), "waiting-for-customer")),
                // both targets breached (respond 22:00 Sun, fix 04:00 Mon): no running dueAt, last
                row("breached has no running dueAt", general("A", "2026-11-23T10:00"), general("B", "2026-11-22T20:00")),
                // both met: no running dueAt, last
                row("met has no running dueAt", general("A", "2026-11-23T10:00"), general("B", "2026-11-23T08:00")
                        .event(at("2026-11-23T08:10"), "responded").resolve(at("2026-11-23T08:20"))),
                // a breached respond (09:00) does not count while fix runs: 12:00 before fix 15:00
                row("breached target skipped, running one counts", general("A", "2026-11-23T10:00"), general("B", "2026-11-23T07:00")),
                // no running dueAt on either: the earlier opening first, whatever the ids
                row("none running, by opening", general("Z", "2026-11-23T08:00").pause(at("2026-11-23T08:05"), "waiting-for-customer"),
                        general("A", "2026-11-23T08:30").pause(at("2026-11-23T08:35"), "waiting-for-customer")),
                // the same dueAt (fix 17:00: 08:00 + 8 h + a 1 h pause; 09:00 + 8 h): the earlier opening first, whatever the ids
                row("same dueAt, by opening", general("Z", "2026-11-23T08:00").event(at("2026-11-23T08:05"), "responded")
                        .pause(at("2026-11-23T08:10"), "waiting-for-customer").resume(at("2026-11-23T09:10")),
                        general("A", "2026-11-23T09:00").event(at("2026-11-23T09:05"), "responded")),
                // everything equal: by id, as text ("T-10" before "T-2")
                row("same opening, by id as text", general("T-10", "2026-11-23T10:00"), general("T-2", "2026-11-23T10:00")),
                // the classification as of asOf, read retroactively: severe since 10:00 (respond 12:00) before severe due 12:40
                row("reclassified before asOf", general("A", "2026-11-23T10:00").reclassify(at("2026-11-23T10:30"), SEVERE),
                        open("B", "2026-11-23T10:40", SEVERE)),
                // a reclassification after asOf is not read: still general, after the severe one
                row("reclassified after asOf", open("B", "2026-11-23T10:40", SEVERE),
                        general("A", "2026-11-23T10:00").reclassify(at("2026-11-23T11:30"), SEVERE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void order_twoTickets_firstComesFirstInEitherInputOrder(String label, Ticket first, Ticket second) {
        assertEquals(List.of(first, second), POLICY.order(List.of(first, second), AS_OF));
        assertEquals(List.of(first, second), POLICY.order(List.of(second, first), AS_OF));
    }

    /** One ticket for each step of the order, in queue order. */
    private static List<Ticket> queue() {
        return List.of(
                open("Q1", "2026-11-23T10:50", SEVERE.withTier("standard")),                    // severe
                open("Q2", "2026-11-23T10:45", GENERAL.withTier("premium")),                    // general problem, premium
                general("Q3", "2026-11-23T10:00"),                                              // standard, due 12:00
                general("Q4", "2026-11-23T09:00").event(at("2026-11-23T09:05"), "responded"),   // standard, due 17:00
                general("Q5", "2026-11-23T08:00").pause(at("2026-11-23T08:10"), "waiting-for-customer"),  // nothing running
                general("Q6", "2026-11-23T08:00").pause(at("2026-11-23T08:20"), "waiting-for-customer"),  // same, by id
                open("Q7", "2026-11-23T10:55", REQUIREMENT.withTier("premium")));               // a requirement
    }

    @Test
    void order_everyPermutationOfAQueue_givesTheSameOrder() {
        List<Ticket> expected = queue();
        List<List<Ticket>> permutations = new ArrayList<>();
        permute(new ArrayList<>(expected), 0, permutations);
        assertEquals(5040, permutations.size());
        for (List<Ticket> input : permutations) {
            assertEquals(expected, POLICY.order(input, AS_OF), "input " + input.stream().map(Ticket::id).toList());
        }
    }

    private static void permute(List<Ticket> list, int k, List<List<Ticket>> out) {
        if (k == list.size()) {
            out.add(List.copyOf(list));
            return;
        }
        for (int i = k; i < list.size(); i++) {
            Collections.swap(list, k, i);
            permute(list, k + 1, out);
            Collections.swap(list, k, i);
        }
    }

    @Test
    void order_returnsANewList_andLeavesTheInputAlone() {
        List<Ticket> input = new ArrayList<>(queue());
        Collections.reverse(input);
        List<Ticket> before = List.copyOf(input);
        List<Ticket> out = POLICY.order(input, AS_OF);
        assertEquals(before, input);
        assertEquals(queue(), out);
        assertEquals(List.of(), POLICY.order(List.of(), AS_OF));
        // the same ticket twice is kept twice
        Ticket t = general("T", "2026-11-23T10:00");
        assertEquals(List.of(t, t), POLICY.order(List.of(t, t), AS_OF));
    }

    private static final String IN_POLICY = " in policy 'Queue' (";

    static Stream<Arguments> undefined() {
        Function<Classification, Ticket> bad = c -> Ticket.open("X-1", at("2026-11-23T09:00"), c);
        return Stream.of(
                // each undefined value of the opening classification
                Arguments.of(bad.apply(Classification.of("software-error", "urgent")),
                        "Ticket X-1: severity 'urgent' is not defined" + IN_POLICY + "severities: severe, general)"),
                Arguments.of(bad.apply(Classification.of("hardware", "general")),
                        "Ticket X-1: category 'hardware' is not defined" + IN_POLICY + "categories: software-error, requirement, other)"),
                Arguments.of(bad.apply(GENERAL.withKind("new-feature")),
                        "Ticket X-1: kind 'new-feature' is not a kind of category 'software-error'" + IN_POLICY + "kinds: function-error)"),
                Arguments.of(bad.apply(GENERAL.withTier("gold")),
                        "Ticket X-1: tier 'gold' is not defined" + IN_POLICY + "tiers: premium, standard)"),
                Arguments.of(bad.apply(GENERAL.withService("on-site")),
                        "Ticket X-1: service 'on-site' is not an entitlement of any tier" + IN_POLICY + "services: none)"),
                // a reclassification at or before asOf to an undefined value
                Arguments.of(bad.apply(GENERAL).reclassify(at("2026-11-23T11:00"), Classification.of("software-error", "urgent")),
                        "Ticket X-1: severity 'urgent' is not defined" + IN_POLICY + "severities: severe, general)"),
                // an undeclared waiting state
                Arguments.of(bad.apply(GENERAL).pause(at("2026-11-23T09:30"), "waiting-for-godot"),
                        "Ticket X-1: waiting state 'waiting-for-godot' is not declared" + IN_POLICY + "waiting states: waiting-for-customer)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("undefined")
    void order_oneTicketWithAnUndefinedValue_failsAsAWhole(Ticket bad, String message) {
        List<Ticket> tickets = List.of(general("A", "2026-11-23T10:00"), bad, general("B", "2026-11-23T10:30"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> POLICY.order(tickets, AS_OF));
        assertEquals(message, ex.getMessage());
    }

    @Test
    void order_undefinedValueAfterAsOf_isNotRead() {
        Ticket later = general("A", "2026-11-23T10:00").reclassify(at("2026-11-23T11:01"), Classification.of("software-error", "urgent"));
        Ticket severe = open("B", "2026-11-23T10:30", SEVERE);
        assertEquals(List.of(severe, later), POLICY.order(List.of(later, severe), AS_OF));
    }

    @Test
    void order_nulls_rejected() {
        assertEquals("tickets", assertThrows(NullPointerException.class, () -> POLICY.order(null, AS_OF)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> POLICY.order(List.of(), null)).getMessage());
        List<Ticket> withNull = new ArrayList<>();
        withNull.add(general("A", "2026-11-23T10:00"));
        withNull.add(null);
        assertEquals("ticket", assertThrows(NullPointerException.class, () -> POLICY.order(withNull, AS_OF)).getMessage());
    }
}
