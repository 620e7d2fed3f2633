package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.policy.TargetStatus.Cycle;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * The deadline after a reclassification (DESIGN.md, "Reclassification"): where a reclassification
 * changes a target's entry, the deadline is never earlier than the reclassification, and that moved
 * deadline is the one reported, judged against, restarted from, escalated on and left to.
 * <p>
 * Asia/Shanghai, Mon-Fri 09:00-18:00; {@code fix}: severe within 4 h, otherwise the end of the
 * business day with a 30 min cutoff, stopped by {@code resolved}. Monday 2026-11-23 09:00 is 01:00Z.
 */
class ReclassificationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Classification SEVERE = Classification.of("software-error", "severe").withKind("exception");
    private static final Classification GENERAL = Classification.of("software-error", "general").withKind("exception");

    private static SlaPolicy policy(UnaryOperator<PolicyParts> parts) {
        PolicyParts p = parts.apply(new PolicyParts());
        return SlaPolicy.builder("reclassification", SHANGHAI)
                .calendar("office", BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00"))
                .severities("severe", "general")
                .category("software-error", "function-error", "exception")
                .events("database-received")
                .target("fix", t -> {
                    t.when(Condition.any().withSeverity("severe")).stopsOn("resolved").within("4h").restartsOn(p.restartsOn);
                    if (p.warnAt != null) {
                        t.warnAt(p.warnAt);
                    }
                })
                .target("fix", t -> t.stopsOn("resolved").endOfWorkingDay("30m").restartsOn(p.restartsOn))
                .target("respond", t -> t.when(Condition.any().withSeverity("severe")).stopsOn("responded").within("2h"))
                .target("respond", t -> t.stopsOn("responded").workingDays(1))
                .build();
    }

    /** The variable parts of the policy. */
    static final class PolicyParts {
        String[] restartsOn = {};
        String warnAt;

        PolicyParts restartsOn(String event) {
            restartsOn = new String[] {event};
            return this;
        }

        PolicyParts warnAt(String percent) {
            warnAt = percent;
            return this;
        }
    }

    private static final SlaPolicy POLICY = policy(p -> p);

    private static Instant z(String hhmm) {
        return Instant.parse("2026-11-23T" + hhmm + ":00Z");
    }

    private static TargetStatus fix(SlaPolicy policy, Ticket t, Instant asOf) {
        return policy.evaluate(t, asOf).target("fix").orElseThrow();
    }

    @Test
    void evaluate_resolvedBeforeTheReclassification_metAgainstTheMovedDeadline() {
        // general 09:00, resolved 14:00, severe from 15:00: 4 h from 09:00 is 13:00, moved to 15:00 (07:00Z)
        Ticket t = Ticket.open("R-1", z("01:00"), GENERAL).resolve(z("06:00")).reclassify(z("07:00"), SEVERE);
        TargetStatus fix = fix(POLICY, t, z("08:00"));
        assertEquals(TargetState.MET, fix.state());
        assertEquals(Optional.of(z("07:00")), fix.dueAt());
        assertEquals(Optional.empty(), fix.breachedAt());
        // budget 4 h + 2 h by which the deadline moved - 5 h elapsed
        assertEquals(Optional.of(Duration.ofHours(1)), fix.remaining());
        assertEquals(Duration.ofHours(5), fix.elapsed());
    }

    @Test
    void evaluate_warningBeforeTheReclassification_movesPastTheStop() {
        // 50 % of 4 h is 11:00, moved to 15:00, after the stop at 14:00: no warning
        SlaPolicy warned = policy(p -> p.warnAt("50%"));
        Ticket t = Ticket.open("R-2", z("01:00"), GENERAL).resolve(z("06:00")).reclassify(z("07:00"), SEVERE);
        TargetStatus fix = fix(warned, t, z("08:00"));
        assertEquals(TargetState.MET, fix.state());
        assertEquals(Optional.of(z("07:00")), fix.dueAt());
        assertEquals(List.of(), fix.escalations());
    }

    @Test
    void evaluate_restartBeforeTheMovedDeadline_counts() {
        // first deadline 13:00 moved to 15:00: the database at 14:00 comes before it, so 4 h from 14:00 = 18:00 (10:00Z)
        SlaPolicy restarting = policy(p -> p.restartsOn("database-received"));
        Ticket t = Ticket.open("R-3", z("01:00"), GENERAL).event(z("06:00"), "database-received").reclassify(z("07:00"), SEVERE);
        TargetStatus fix = fix(restarting, t, z("08:00"));
        assertEquals(TargetState.RUNNING, fix.state());
        assertEquals(Optional.of(z("10:00")), fix.dueAt());
    }

    @Test
    void evaluate_earlierCycle_isJudgedAgainstTheMovedDeadline() {
        Ticket t = Ticket.open("R-4", z("01:00"), GENERAL).resolve(z("06:00")).reclassify(z("07:00"), SEVERE).reopen(z("07:30"));
        TargetStatus fix = fix(POLICY, t, z("08:00"));
        assertEquals(1, fix.cycles().size());
        Cycle first = fix.cycles().get(0);
        assertEquals(TargetState.MET, first.state());
        assertEquals(Optional.of(z("07:00")), first.dueAt());
        // the new cycle: 4 h from the reopening at 15:30, 2.5 h on Monday and 1.5 h on Tuesday
        assertEquals(Optional.of(Instant.parse("2026-11-24T02:30:00Z")), fix.dueAt());
    }

    @Test
    void evaluate_lastReclassificationThatChangedTheEntry_movesTheDeadline() {
        // severe 09:00, general from 10:00, severe again from 14:00: due 13:00 moved to 14:00 (06:00Z)
        Ticket t = Ticket.open("R-5", z("01:00"), SEVERE).reclassify(z("02:00"), GENERAL).reclassify(z("06:00"), SEVERE);
        TargetStatus fix = fix(POLICY, t, z("07:00"));
        assertEquals(TargetState.BREACHED, fix.state());
        assertEquals(Optional.of(z("06:00")), fix.dueAt());
        assertEquals(Optional.of(z("06:00")), fix.breachedAt());
        // budget 4 h + 1 h moved - 6 h elapsed
        assertEquals(Optional.of(Duration.ofHours(-1)), fix.remaining());
    }

    @Test
    void evaluate_earlierCycleClosedBeforeItsMovedDeadline_isRunning() {
        // respond: general 09:00 (one business day); resolved 12:00 without a response, reopened 14:00, severe from 15:00:
        // the first cycle, judged as of 14:00, had 2 h from 09:00 = 11:00 moved to 15:00 (07:00Z)
        Ticket t = Ticket.open("R-6", z("01:00"), GENERAL).resolve(z("04:00")).reopen(z("06:00")).reclassify(z("07:00"), SEVERE);
        TargetStatus respond = POLICY.evaluate(t, z("07:30")).target("respond").orElseThrow();
        Cycle first = respond.cycles().get(0);
        assertEquals(TargetState.RUNNING, first.state());
        assertEquals(Optional.of(z("07:00")), first.dueAt());
    }

    @Test
    void explain_movedDeadline_saysFromWhenToWhenAndWhy() {
        Ticket t = Ticket.open("R-1", z("01:00"), GENERAL).resolve(z("06:00")).reclassify(z("07:00"), SEVERE);
        List<String> notes = POLICY.evaluate(t, z("08:00")).explain().targets().get(0).notes();
        assertTrue(notes.contains("deadline moved from 2026-11-23T05:00:00Z to 2026-11-23T07:00:00Z: the reclassification at"
                + " 2026-11-23T07:00:00Z changed this target's rule, and a deadline is never earlier than the reclassification"),
                notes.toString());
    }

    @Test
    void evaluate_reclassificationThatKeepsTheEntry_movesNothing() {
        // general to general (another kind of the same entry): the deadline stays 18:00 (10:00Z)
        Ticket t = Ticket.open("R-7", z("01:00"), GENERAL).reclassify(z("07:00"), GENERAL.withKind("function-error"));
        TargetStatus fix = fix(POLICY, t, z("08:00"));
        assertEquals(Optional.of(z("10:00")), fix.dueAt());
        assertEquals(Optional.of(Duration.ofHours(2)), fix.remaining());
    }
}
