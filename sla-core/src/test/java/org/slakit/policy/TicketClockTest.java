package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slakit.policy.Seeds.HONG_KONG;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.threeten.extra.LocalDateRange;

/** The clock's rules beyond the seeds' own examples. 2026-11-23 is a Monday; Hong Kong is UTC+8. */
class TicketClockTest {

    private static final Classification SEVERE = Classification.of("software-error", "severe").withKind("exception");
    private static final Classification GENERAL = Classification.of("software-error", "general").withKind("function-error");

    private static Instant hk(String local) {
        return Seeds.at(HONG_KONG, local);
    }

    /** Seed 000, with a version from 2027-01-01 whose severe goal is 2 h and whose escalation is team-lead at 75 %. */
    private static final SlaPolicy VERSIONED = Seeds.seed000Builder()
            .version(LocalDate.parse("2027-01-01"), v -> v
                    .target("fix", t -> t.when(Condition.any().withSeverity("severe")).stopsOn("workaround-given", "resolved").within("2h"))
                    .escalation(75, List.of("fix"), "team-lead")
                    .intake(List.of("company"), java.util.Map.of()))
            .build();

    @Test
    void versions_ticketMetUnderVersion1_staysMetAfterVersion2() {
        // opened Thu 2026-12-31 10:00 under the 4 h goal (due 14:00), resolved 13:30: met, also as of 2027-01-05
        Ticket t = Ticket.open("V-1", hk("2026-12-31T10:00"), SEVERE).resolve(hk("2026-12-31T13:30"));
        TargetStatus fix = VERSIONED.evaluate(t, hk("2027-01-05T10:00")).target("fix").orElseThrow();
        assertEquals(TargetState.MET, fix.state());
        assertEquals(Optional.of(hk("2026-12-31T14:00")), fix.dueAt());
        assertEquals(Optional.of(LocalDate.parse("2027-01-01")), VERSIONED.versionAt(hk("2027-01-01T00:00")));
        assertEquals(Optional.empty(), VERSIONED.versionAt(hk("2026-12-31T23:59")));
    }

    @Test
    void versions_ticketOpenedUnderVersion2_takesItsGoalAndEscalations() {
        // Mon 2027-01-04 10:00 + 2 h = 12:00; 75 % = 11:30 team-lead; the version keeps no warn-at
        Ticket t = Ticket.open("V-2", hk("2027-01-04T10:00"), SEVERE);
        TargetStatus fix = VERSIONED.evaluate(t, hk("2027-01-04T11:45")).target("fix").orElseThrow();
        assertEquals(Optional.of(hk("2027-01-04T12:00")), fix.dueAt());
        assertEquals(List.of(new TargetStatus.Escalation(75, hk("2027-01-04T11:30"), "team-lead")), fix.escalations());
        // the version's targets hold only fix: reply is gone for tickets opened under it
        assertEquals(List.of("fix"), VERSIONED.evaluate(t, hk("2027-01-04T11:45")).targets().stream().map(TargetStatus::name).toList());
        assertEquals(List.of(), VERSIONED.missingFields(t.withField("company", "ACME")));
    }

    @Test
    void escalations_pausedTimeDoesNotAdvanceThem() {
        // severe Mon 10:00 (4 h), waiting 11:00-13:00: 50 % (2 h consumed) at 14:00, not 12:00; due 16:00
        Ticket t = Ticket.open("E-1", hk("2026-11-23T10:00"), SEVERE)
                .pause(hk("2026-11-23T11:00"), "waiting-for-database").resume(hk("2026-11-23T13:00"));
        TargetStatus fix = Seeds.seed000().evaluate(t, hk("2026-11-23T14:00")).target("fix").orElseThrow();
        assertEquals(List.of(new TargetStatus.Escalation(50, hk("2026-11-23T14:00"), "warning")), fix.escalations());
        assertEquals(Optional.of(hk("2026-11-23T16:00")), fix.dueAt());
    }

    @Test
    void nextChangeAt_isTheNextEscalationOrBreach() {
        SlaPolicy p = Seeds.seed000();
        Ticket t = Ticket.open("N-1", hk("2026-11-23T10:00"), SEVERE);
        assertEquals(Optional.of(hk("2026-11-23T12:00")), p.evaluate(t, hk("2026-11-23T10:30")).nextChangeAt());
        assertEquals(Optional.of(hk("2026-11-23T13:00")), p.evaluate(t, hk("2026-11-23T12:00")).nextChangeAt());
        assertEquals(Optional.of(hk("2026-11-23T14:00")), p.evaluate(t, hk("2026-11-23T13:30")).nextChangeAt());
        // breached, no later escalation: nothing changes without an event
        assertEquals(Optional.empty(), p.evaluate(t, hk("2026-11-23T14:00")).nextChangeAt());
        // met: nothing changes
        assertEquals(Optional.empty(), p.evaluate(t.resolve(hk("2026-11-23T11:00")), hk("2026-11-23T11:00")).nextChangeAt());
    }

    @Test
    void stopAtTheDeadline_meets_eventsAtAsOfCount() {
        SlaPolicy p = Seeds.seed000();
        Ticket t = Ticket.open("M-1", hk("2026-11-23T10:00"), SEVERE).resolve(hk("2026-11-23T14:00"));
        TargetStatus fix = p.evaluate(t, hk("2026-11-23T14:00")).target("fix").orElseThrow();
        assertEquals(TargetState.MET, fix.state());
        // the 100 % escalation at the very instant of the stop does not fire
        assertEquals(List.of(50.0, 75.0), fix.escalations().stream().map(TargetStatus.Escalation::percent).toList());
        TargetStatus late = p.evaluate(Ticket.open("M-2", hk("2026-11-23T10:00"), SEVERE).resolve(hk("2026-11-23T14:01")),
                hk("2026-11-23T15:00")).target("fix").orElseThrow();
        assertEquals(TargetState.BREACHED, late.state());
        assertEquals(Optional.of(Duration.ofMinutes(-1)), late.remaining());
    }

    @Test
    void pause_beginningAtOrAfterTheDeadline_doesNotMoveIt() {
        // general error Mon 10:00, end of business day: due Mon 18:00. A wait to Tue 10:00 from 18:00 (the deadline
        // itself), or from 20:00 (closed: no business time between the deadline and it), begins too late to move it
        SlaPolicy p = Seeds.seed000();
        for (String from : List.of("2026-11-23T18:00", "2026-11-23T20:00")) {
            Ticket t = Ticket.open("P-1", hk("2026-11-23T10:00"), GENERAL)
                    .pause(hk(from), "waiting-for-database").resume(hk("2026-11-24T10:00"));
            TargetStatus fix = p.evaluate(t, hk("2026-11-24T11:00")).target("fix").orElseThrow();
            assertEquals(TargetState.BREACHED, fix.state(), from);
            assertEquals(Optional.of(hk("2026-11-23T18:00")), fix.dueAt(), from);
            assertEquals(Optional.of(hk("2026-11-23T18:00")), fix.breachedAt(), from);
        }
        // from 17:59 it begins before the deadline: 1 min of Monday and 1 h of Tuesday are added, due Tue 10:01
        Ticket t = Ticket.open("P-2", hk("2026-11-23T10:00"), GENERAL)
                .pause(hk("2026-11-23T17:59"), "waiting-for-database").resume(hk("2026-11-24T10:00"));
        assertEquals(Optional.of(hk("2026-11-24T10:01")), p.evaluate(t, hk("2026-11-24T11:00")).target("fix").orElseThrow().dueAt());
    }

    @Test
    void restart_afterTheNewEntrysDeadlineButBeforeTheReclassification_stillCounts() {
        // opened Mon 09:00 as a general function error; the database arrives Tue 10:00; from Tue 12:00 it is a data
        // mismatch, whose 24 h from the opening ended Tue 09:00. No breach is dated before the reclassification, so
        // the restart at Tue 10:00 came in time, and the clock runs 24 h from it: due Wed 10:00
        Ticket t = Ticket.open("R-2", hk("2026-11-23T09:00"), GENERAL)
                .event(hk("2026-11-24T10:00"), "database-received")
                .reclassify(hk("2026-11-24T12:00"), GENERAL.withKind("data-mismatch"));
        TargetStatus fix = Seeds.seed000().evaluate(t, hk("2026-11-24T13:00")).target("fix").orElseThrow();
        assertEquals(TargetState.RUNNING, fix.state());
        assertEquals(Optional.of(hk("2026-11-25T10:00")), fix.dueAt());
    }

    @Test
    void clockStartingWhileClosed_runningWithDueKnownAndNothingElapsed() {
        // severe Sunday 11:00: counted from Mon 09:00, due Mon 13:00
        Ticket t = Ticket.open("C-1", hk("2026-11-22T11:00"), SEVERE);
        TargetStatus fix = Seeds.seed000().evaluate(t, hk("2026-11-22T20:00")).target("fix").orElseThrow();
        assertEquals(TargetState.RUNNING, fix.state());
        assertEquals(Optional.of(hk("2026-11-23T13:00")), fix.dueAt());
        assertEquals(Duration.ZERO, fix.elapsed());
        assertEquals(Optional.of(Duration.ofHours(4)), fix.remaining());
    }

    private static PolicyBuilder small() {
        return SlaPolicy.builder("small", HONG_KONG)
                .calendar("office", BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00"))
                .severities("normal").category("problem", "bug").waiting("waiting-for-customer").events("arranged");
    }

    @Test
    void workingDays_saturdayNight_oneWorkingDayIsTuesdaysEnd() {
        SlaPolicy p = small().target("arrange", t -> t.stopsOn("arranged").workingDays(1)).build();
        Ticket t = Ticket.open("B-1", hk("2026-11-21T22:00"), Classification.of("problem", "normal"));
        TargetStatus s = p.evaluate(t, hk("2026-11-21T22:00")).targets().get(0);
        assertEquals(Optional.of(hk("2026-11-24T18:00")), s.dueAt());
    }

    @Test
    void startsOn_stopBeforeStart_notStartedForGood() {
        SlaPolicy p = small().target("fix", t -> t.startsOn("responded").stopsOn("arranged").within("1h")).build();
        Ticket t = Ticket.open("S-1", hk("2026-11-23T10:00"), Classification.of("problem", "normal"))
                .event(hk("2026-11-23T10:05"), "arranged").event(hk("2026-11-23T10:10"), "responded");
        TargetStatus s = p.evaluate(t, hk("2026-11-23T12:00")).targets().get(0);
        assertEquals(TargetState.NOT_STARTED, s.state());
        assertEquals(Optional.empty(), s.dueAt());
        assertEquals(Optional.empty(), s.remaining());
        Ticket waiting = Ticket.open("S-2", hk("2026-11-23T10:00"), Classification.of("problem", "normal"));
        assertEquals(TargetState.NOT_STARTED, p.evaluate(waiting, hk("2026-11-23T12:00")).targets().get(0).state());
        // started on responded at 10:10: due 11:10
        Ticket started = waiting.event(hk("2026-11-23T10:10"), "responded");
        assertEquals(Optional.of(hk("2026-11-23T11:10")), p.evaluate(started, hk("2026-11-23T10:30")).targets().get(0).dueAt());
    }

    @Test
    void coverage_beyondData_unknown_stopInsideMet_passedDueBreached() {
        CalendarBuilder covered = BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00")
                .coverage(LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-24")));
        SlaPolicy p = SlaPolicy.builder("covered", HONG_KONG).calendar("office", covered)
                .severities("normal").category("problem").target("fix", t -> t.stopsOn("resolved").within("4h")).build();
        Classification c = Classification.of("problem", "normal");
        // Tue 17:00 + 4 h needs Wednesday, beyond the data
        Ticket late = Ticket.open("U-1", hk("2026-11-24T17:00"), c);
        TargetStatus unknown = p.evaluate(late, hk("2026-11-24T17:30")).targets().get(0);
        assertEquals(TargetState.UNKNOWN, unknown.state());
        assertEquals(Optional.empty(), unknown.dueAt());
        assertEquals(Duration.ofMinutes(30), unknown.elapsed());
        assertTrue(p.evaluate(late, hk("2026-11-24T17:30")).explain().toText().contains("unknown: Date 2026-11-25 is outside"));
        // resolved Tue 17:30, inside the data: met
        assertEquals(TargetState.MET, p.evaluate(late.resolve(hk("2026-11-24T17:30")), hk("2026-11-26T00:00")).targets().get(0).state());
        // Tue 10:00 + 4 h = Tue 14:00, known and passed when evaluated on Thursday: breached, elapsed up to the data's end
        TargetStatus breached = p.evaluate(Ticket.open("U-2", hk("2026-11-24T10:00"), c), hk("2026-11-26T10:00")).targets().get(0);
        assertEquals(TargetState.BREACHED, breached.state());
        assertEquals(Optional.of(hk("2026-11-24T14:00")), breached.breachedAt());
        assertEquals(Duration.ofHours(8), breached.elapsed());
        // a date rule whose end lies beyond the data, with a wait running past it: unknown, and evaluation does not throw
        SlaPolicy eod = SlaPolicy.builder("covered", HONG_KONG).calendar("office", covered).severities("normal").category("problem")
                .waiting("waiting-for-customer").target("fix", t -> t.stopsOn("resolved").workingDays(1)).build();
        Ticket waiting = Ticket.open("U-3", hk("2026-11-24T10:00"), c).pause(hk("2026-11-24T11:00"), "waiting-for-customer");
        SlaStatus s = eod.evaluate(waiting, hk("2026-11-27T10:00"));
        assertEquals(TargetState.UNKNOWN, s.targets().get(0).state());
        assertEquals(Duration.ofHours(1), s.targets().get(0).elapsed());
        assertTrue(s.explain().toText().contains("unknown: Date 2026-11-25 is outside"), s.explain().toText());
    }

    @Test
    void coverage_passedDueThenAWaitReachingBeyondTheData_staysBreached() {
        CalendarBuilder covered = BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00")
                .coverage(LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-27")));
        SlaPolicy p = SlaPolicy.builder("covered", HONG_KONG).calendar("office", covered).severities("normal").category("problem")
                .waiting("waiting-for-customer").target("fix", t -> t.stopsOn("resolved").within("4h")).build();
        Classification c = Classification.of("problem", "normal");
        // Mon 10:00 + 4 h = Mon 14:00, inside the data; the wait begins Wed 10:00, after the breach, and ends beyond the data
        Ticket t = Ticket.open("U-4", hk("2026-11-23T10:00"), c)
                .pause(hk("2026-11-25T10:00"), "waiting-for-customer").resume(hk("2026-11-30T10:00"));
        TargetStatus s = p.evaluate(t, hk("2026-12-01T10:00")).targets().get(0);
        assertEquals(TargetState.BREACHED, s.state());
        assertEquals(Optional.of(hk("2026-11-23T14:00")), s.dueAt());
        assertEquals(Optional.of(hk("2026-11-23T14:00")), s.breachedAt());
        // Mon 8 h + Tue 9 h + Wed 1 h before the wait
        assertEquals(Duration.ofHours(18), s.elapsed());
        assertEquals(Optional.of(Duration.ofHours(-14)), s.remaining());
        // a wait that begins beyond the data, long after the breach: breached too, elapsed up to the data's end (Mon 8 h + 4 x 9 h)
        TargetStatus late = p.evaluate(Ticket.open("U-5", hk("2026-11-23T10:00"), c).pause(hk("2026-11-30T10:00"), "waiting-for-customer"),
                hk("2026-12-01T10:00")).targets().get(0);
        assertEquals(TargetState.BREACHED, late.state());
        assertEquals(Optional.of(hk("2026-11-23T14:00")), late.breachedAt());
        assertEquals(Duration.ofHours(44), late.elapsed());
    }

    @Test
    void coverage_restartInsideTheDataWhoseFirstDeadlineIsBeyondIt_countsFromTheRestart() {
        CalendarBuilder covered = BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00")
                .coverage(LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-27")));
        SlaPolicy p = SlaPolicy.builder("covered", HONG_KONG).calendar("office", covered).severities("normal").category("problem")
                .events("database-received")
                .target("fix", t -> t.stopsOn("resolved").restartsOn("database-received").within("4h")).build();
        // Fri 15:00 + 4 h needs Monday, beyond the data; the database comes Fri 16:00, inside it: counted from 16:00
        Ticket t = Ticket.open("U-6", hk("2026-11-27T15:00"), Classification.of("problem", "normal"))
                .event(hk("2026-11-27T16:00"), "database-received");
        TargetStatus s = p.evaluate(t, hk("2026-11-27T17:00")).targets().get(0);
        assertEquals(TargetState.UNKNOWN, s.state());
        assertEquals(Duration.ofHours(1), s.elapsed());
        TargetStatus met = p.evaluate(t.resolve(hk("2026-11-27T17:30")), hk("2026-11-27T18:00")).targets().get(0);
        assertEquals(TargetState.MET, met.state());
        assertEquals(Duration.ofMinutes(90), met.elapsed());
    }

    @Test
    void coverage_breachInsideTheDataThenAWaitAndARestartBeyondIt_staysBreached() {
        CalendarBuilder covered = BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00")
                .coverage(LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-27")));
        SlaPolicy p = SlaPolicy.builder("covered", HONG_KONG).calendar("office", covered).severities("normal").category("problem")
                .waiting("waiting-for-customer").events("database-received")
                .target("fix", t -> t.stopsOn("resolved").restartsOn("database-received").within("4h")).build();
        // Mon 10:00 + 4 h = Mon 14:00, breached; the wait and the database come the Monday after, beyond the data
        Ticket t = Ticket.open("U-8", hk("2026-11-23T10:00"), Classification.of("problem", "normal"))
                .pause(hk("2026-11-30T10:00"), "waiting-for-customer").event(hk("2026-12-01T10:00"), "database-received");
        TargetStatus s = p.evaluate(t, hk("2026-12-02T10:00")).targets().get(0);
        assertEquals(TargetState.BREACHED, s.state());
        assertEquals(Optional.of(hk("2026-11-23T14:00")), s.breachedAt());
    }

    @Test
    void coverage_deadlineBeyondTheData_escalationsInsideItStillFire() {
        CalendarBuilder covered = BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00")
                .coverage(LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-27")));
        SlaPolicy p = SlaPolicy.builder("covered", HONG_KONG).calendar("office", covered).severities("normal").category("problem")
                .target("fix", t -> t.stopsOn("resolved").within("50h").warnAt(50, 75)).build();
        // Mon 09:00 + 50 h needs the Monday after, beyond the data; 50 % (25 h) is Wed 16:00, 75 % (37h30m) Fri 10:30
        Ticket t = Ticket.open("U-7", hk("2026-11-23T09:00"), Classification.of("problem", "normal"));
        SlaStatus s = p.evaluate(t, hk("2026-11-26T10:00"));
        assertEquals(TargetState.UNKNOWN, s.targets().get(0).state());
        assertEquals(List.of(new TargetStatus.Escalation(50, hk("2026-11-25T16:00"), "warning")), s.targets().get(0).escalations());
        assertEquals(Optional.of(hk("2026-11-27T10:30")), s.nextChangeAt());
        // resolved Thu 10:00, inside the data: met, with the warning that fired before
        TargetStatus met = p.evaluate(t.resolve(hk("2026-11-26T10:00")), hk("2026-11-26T10:00")).targets().get(0);
        assertEquals(TargetState.MET, met.state());
        assertEquals(List.of(new TargetStatus.Escalation(50, hk("2026-11-25T16:00"), "warning")), met.escalations());
    }

    @Test
    void sameClassificationReclassify_changesNothing() {
        SlaPolicy p = Seeds.seed000();
        Ticket t = Ticket.open("R-1", hk("2026-11-23T09:00"), SEVERE);
        Ticket again = t.reclassify(hk("2026-11-23T12:00"), SEVERE);
        Instant asOf = hk("2026-11-23T15:00");
        assertEquals(p.evaluate(t, asOf).targets(), p.evaluate(again, asOf).targets());
        assertEquals(Optional.of(hk("2026-11-23T13:00")), p.evaluate(again, asOf).targets().get(0).breachedAt());
    }

    @Test
    void undefinedValues_evaluateOrderRouteMissingFields_nameTicketAndValue() {
        SlaPolicy p = Seeds.seed000();
        Ticket bad = Ticket.open("X-1", hk("2026-11-23T09:00"), Classification.of("software-error", "urgent"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> p.evaluate(bad, hk("2026-11-23T10:00")));
        assertEquals("Ticket X-1: severity 'urgent' is not defined in policy 'Hong Kong POS/ERP vendor, after-sales service'"
                + " (severities: severe, general, other, requirement)", ex.getMessage());
        Ticket good = Ticket.open("X-2", hk("2026-11-23T09:00"), GENERAL);
        ex = assertThrows(IllegalArgumentException.class, () -> p.order(List.of(good, bad), hk("2026-11-23T10:00")));
        assertTrue(ex.getMessage().startsWith("Ticket X-1: severity 'urgent'"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> p.evaluate(
                Ticket.open("X-3", hk("2026-11-23T09:00"), GENERAL.withKind("new-feature")), hk("2026-11-23T10:00")));
        assertEquals("Ticket X-3: kind 'new-feature' is not a kind of category 'software-error' in policy"
                + " 'Hong Kong POS/ERP vendor, after-sales service' (kinds: function-error, exception, data-mismatch)", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> p.evaluate(
                good.pause(hk("2026-11-23T09:30"), "waiting-for-godot"), hk("2026-11-23T10:00")));
        assertTrue(ex.getMessage().startsWith("Ticket X-2: waiting state 'waiting-for-godot' is not declared"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> p.route(Classification.of("hardware", "severe"), hk("2026-11-23T10:00")));
        assertEquals("Classification {category: hardware, severity: severe}: category 'hardware' is not defined in policy"
                + " 'Hong Kong POS/ERP vendor, after-sales service' (categories: software-error, other, requirement, consultation)",
                ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> p.missingFields(bad));
        assertTrue(ex.getMessage().startsWith("Ticket X-1: severity 'urgent'"), ex.getMessage());
        // an undefined value after asOf is not read
        Ticket later = good.reclassify(hk("2026-11-23T11:00"), Classification.of("software-error", "urgent"));
        assertEquals(TargetState.RUNNING, p.evaluate(later, hk("2026-11-23T10:00")).targets().get(0).state());
    }

    @Test
    void unusedEvents_areIgnored() {
        SlaPolicy p = Seeds.seed000();
        Ticket t = Ticket.open("I-1", hk("2026-11-23T10:00"), SEVERE).event(hk("2026-11-23T10:30"), "customer-called");
        assertEquals(Optional.of(hk("2026-11-23T14:00")), p.evaluate(t, hk("2026-11-23T11:00")).targets().get(0).dueAt());
    }

    @Test
    void explain_namesVersionRuleBudgetWindowsPausesAndBoundary() {
        SlaPolicy p = Seeds.seed000();
        // general error Mon 10:00, paused 11:00-16:00: due Tue 14:00
        Ticket t = Ticket.open("X-7", hk("2026-11-23T10:00"), GENERAL)
                .pause(hk("2026-11-23T11:00"), "waiting-for-onsite-test").resume(hk("2026-11-23T16:00"));
        Explanation e = p.evaluate(t, hk("2026-11-23T17:00")).explain();
        assertEquals("the policy as written", e.version());
        Explanation.TargetTrace fix = e.targets().get(0);
        assertEquals("targets[3]", fix.entry());
        // in the text, as a reader counts the file's entries
        assertTrue(e.toText().startsWith("Ticket X-7 as of Mon 2026-11-23 17:00+08:00, under the policy as written\n"
                + "target fix (entry 4 of targets): end-of-business-day, cutoff 30m on calendar 'office'\n"), e.toText());
        assertEquals("end-of-business-day, cutoff 30m", fix.rule());
        assertEquals(Optional.of(Duration.ofHours(8)), fix.budget());
        assertEquals(Optional.of("end of business day 2026-11-23 (2026-11-23T10:00:00Z): 8h of business time left,"
                + " at least the cutoff 30m"), fix.boundary());
        assertEquals(List.of(org.threeten.extra.Interval.of(hk("2026-11-23T11:00"), hk("2026-11-23T16:00"))), fix.pauses());
        assertEquals(List.of(org.threeten.extra.Interval.of(hk("2026-11-23T10:00"), hk("2026-11-23T18:00")),
                org.threeten.extra.Interval.of(hk("2026-11-24T09:00"), hk("2026-11-24T14:00"))), fix.windowsCounted());
        assertEquals(TargetState.RUNNING, fix.state());
        String text = e.toUtcText();
        assertTrue(text.contains("deadline 2026-11-24T06:00:00Z = start + budget 8h + paused business time 5h"), text);
        assertTrue(text.contains("pause from 2026-11-23T03:00:00Z to 2026-11-23T08:00:00Z moved the deadline 5h of business time later"), text);
        // toText writes the same times in the policy's zone, as the support desk reads them
        String local = e.toText();
        assertTrue(local.contains("deadline Tue 2026-11-24 14:00+08:00 = start + budget 8h + paused business time 5h"), local);
        assertTrue(local.contains("pause from Mon 2026-11-23 11:00+08:00 to Mon 2026-11-23 16:00+08:00 moved the deadline 5h"), local);
    }

    @Test
    void explain_listsHolidaysAndClosuresSkipped() {
        SlaPolicy p = small().target("fix", t -> t.stopsOn("resolved").within("12h")).build();
        SlaPolicy withHoliday = SlaPolicy.builder("h", HONG_KONG)
                .calendar("office", BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00")
                        .holiday(LocalDate.parse("2026-11-24")).closed(LocalDate.parse("2026-11-25"), "13:00-18:00"))
                .severities("normal").category("problem").target("fix", t -> t.stopsOn("resolved").within("12h")).build();
        Ticket t = Ticket.open("H-1", hk("2026-11-23T09:00"), Classification.of("problem", "normal"));
        // 9 h Monday, Tuesday a holiday, 3 h Wednesday morning before the closure: due Wed 12:00
        Explanation e = withHoliday.evaluate(t, hk("2026-11-23T10:00")).explain();
        assertEquals(List.of("2026-11-24 closed all day", "2026-11-25 closed 13:00-18:00"), e.targets().get(0).skipped());
        assertEquals(Optional.of(hk("2026-11-25T12:00")), withHoliday.evaluate(t, hk("2026-11-23T10:00")).targets().get(0).dueAt());
        // without the holiday, the plain calendar: due Tue 12:00
        assertEquals(Optional.of(hk("2026-11-24T12:00")), p.evaluate(t, hk("2026-11-23T10:00")).targets().get(0).dueAt());
    }
}
