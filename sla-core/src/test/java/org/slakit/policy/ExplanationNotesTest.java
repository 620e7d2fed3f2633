package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slakit.policy.Seeds.HONG_KONG;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * The notes an explanation gives for a target's clock, and escalations at fractional percentages.
 * Each test pins behaviour a PIT survivor showed untested (docs/QUALITY.md). 2026-11-23 is a Monday;
 * Hong Kong is UTC+8, so 10:00 there is 02:00Z.
 */
class ExplanationNotesTest {

    private static final Classification SEVERE = Classification.of("software-error", "severe").withKind("exception");

    private static Instant hk(String local) {
        return Seeds.at(HONG_KONG, local);
    }

    /** Office Mon-Fri 09:00-18:00; fix starts when the ticket is accepted, 4 h, warnings at 12.5 % and 0.5 %. */
    private static final SlaPolicy ACCEPTED = SlaPolicy.builder("P", HONG_KONG)
            .calendar("office", BusinessCalendar.builder(HONG_KONG).hours(MONDAY, FRIDAY, "09:00-18:00"))
            .severities("severe")
            .category("software-error", "exception")
            .waiting("waiting-for-customer")
            .events("accepted")
            .target("fix", t -> t.startsOn("accepted").stopsOn("resolved").within("4h").warnAt(0.5, 12.5))
            .build();

    private static List<String> notes(SlaPolicy p, Ticket t, Instant asOf) {
        return p.evaluate(t, asOf).explain().targets().get(0).notes();
    }

    @Test
    void notes_noStartEventYet_sayNotStarted() {
        Ticket t = Ticket.open("N-1", hk("2026-11-23T10:00"), SEVERE);
        assertEquals(TargetState.NOT_STARTED, ACCEPTED.evaluate(t, hk("2026-11-23T11:00")).target("fix").orElseThrow().state());
        List<String> notes = notes(ACCEPTED, t, hk("2026-11-23T11:00"));
        assertTrue(notes.contains("no starts-on event [accepted] yet: not started"), notes.toString());
    }

    @Test
    void notes_stopBeforeStart_sayNotStartedForGood() {
        Ticket t = Ticket.open("N-2", hk("2026-11-23T10:00"), SEVERE).resolve(hk("2026-11-23T10:30"));
        List<String> notes = notes(ACCEPTED, t, hk("2026-11-23T11:00"));
        assertTrue(notes.contains("stop event 'resolved' at 2026-11-23T02:30:00Z came before the clock started: not started for good"),
                notes.toString());
    }

    @Test
    void notes_openPauseBeforeTheDeadline_sayTheDeadlineIsNotKnown() {
        Ticket t = Ticket.open("N-3", hk("2026-11-23T10:00"), SEVERE).event(hk("2026-11-23T10:00"), "accepted")
                .pause(hk("2026-11-23T11:00"), "waiting-for-customer");
        TargetStatus fix = ACCEPTED.evaluate(t, hk("2026-11-23T12:00")).target("fix").orElseThrow();
        assertEquals(Optional.empty(), fix.dueAt());
        List<String> notes = notes(ACCEPTED, t, hk("2026-11-23T12:00"));
        assertTrue(notes.contains("paused since a waiting state in paused-by began before the deadline: the deadline is not known"
                + " until it ends"), notes.toString());
    }

    @Test
    void escalations_fractionalPercentages_fireAtTheirExactShare() {
        // 0.5 % of 4 h is 72 s; 12.5 % is 30 min
        Ticket t = Ticket.open("F-1", hk("2026-11-23T10:00"), SEVERE).event(hk("2026-11-23T10:00"), "accepted");
        TargetStatus fix = ACCEPTED.evaluate(t, hk("2026-11-23T10:45")).target("fix").orElseThrow();
        assertEquals(List.of(new TargetStatus.Escalation(0.5, hk("2026-11-23T10:01:12"), "warning"),
                new TargetStatus.Escalation(12.5, hk("2026-11-23T10:30"), "warning")), fix.escalations());
        List<String> notes = notes(ACCEPTED, t, hk("2026-11-23T10:45"));
        assertTrue(notes.contains("escalation at 12.5% of the budget fired at 2026-11-23T02:30:00Z, notifying warning"),
                notes.toString());
    }

    @Test
    void notes_reopenedTicket_nameTheCycle_firstCycleNamesNone() {
        Ticket first = Ticket.open("R-1", hk("2026-11-23T10:00"), SEVERE);
        List<String> none = notes(Seeds.seed000(), first, hk("2026-11-23T11:00"));
        assertTrue(none.stream().noneMatch(n -> n.startsWith("cycle")), none.toString());
        Ticket reopened = first.resolve(hk("2026-11-23T11:00")).reopen(hk("2026-11-23T12:00"));
        List<String> notes = notes(Seeds.seed000(), reopened, hk("2026-11-23T13:00"));
        assertTrue(notes.contains("cycle 2, started by the reopening at 2026-11-23T04:00:00Z"), notes.toString());
    }

    @Test
    void notes_reclassifiedTicket_sayWhen() {
        Classification general = Classification.of("software-error", "general").withKind("function-error");
        Ticket t = Ticket.open("R-2", hk("2026-11-23T10:00"), general).reclassify(hk("2026-11-23T11:00"), SEVERE);
        List<String> notes = notes(Seeds.seed000(), t, hk("2026-11-23T12:00"));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("reclassified at 2026-11-23T03:00:00Z: read as if the ticket had been ")
                && n.endsWith(" since it was opened")), notes.toString());
    }

    /** The text names a target's entry as a reader counts the file's list, from 1; the version is in the heading. */
    @Test
    void entryInWords_targetsAndVersionedTargets_countFromOne() {
        assertEquals("entry 1 of targets", Explanation.entryInWords("targets[0]"));
        assertEquals("entry 12 of targets", Explanation.entryInWords("targets[11]"));
        assertEquals("entry 3 of targets", Explanation.entryInWords("versions[1].targets[2]"));
        assertEquals("out-of-hours", Explanation.entryInWords("out-of-hours"));
    }
}
