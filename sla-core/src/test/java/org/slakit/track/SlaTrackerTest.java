package org.slakit.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slakit.policy.Seeds.HONG_KONG;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slakit.config.TicketYaml;
import org.slakit.policy.Seeds;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * The tracker on seed 000's policy (Hong Kong; office Mon-Fri 09:00-18:00, Sat 10:00-18:00): a severe
 * error's {@code fix} is due in 4 business hours, warned at 50 % and 75 %, escalated to the
 * complaints desk at 100 %; a general function error's {@code fix} is due at the end of the business
 * day (30 min cutoff). Times are local, Monday 2026-11-23 unless said otherwise.
 */
class SlaTrackerTest {

    private static final SlaPolicy POLICY = Seeds.seed000();
    private static final Classification SEVERE = Classification.of("software-error", "severe").withKind("exception");
    private static final Classification GENERAL = Classification.of("software-error", "general").withKind("function-error");

    private static Instant at(String hhmm) {
        return Seeds.at(HONG_KONG, "2026-11-23T" + hhmm);
    }

    private static Ticket severe() {
        return Ticket.open("T-1", at("10:00"), SEVERE);
    }

    /** Each change as {@code kind@HH:MM}, with the escalation's percentage and cycle when they matter. */
    private static List<String> described(List<SlaChange> changes) {
        return changes.stream().map(c -> c.kind() + "@" + c.at().atZone(HONG_KONG).toLocalTime()
                + c.escalation().map(e -> " " + (int) e.percent() + "% " + e.recipient()).orElse("")
                + (c.cycle() > 1 ? " #" + c.cycle() : "")).toList();
    }

    private static SlaTracker tracking(Ticket... tickets) {
        SlaTracker tracker = SlaTracker.of(POLICY);
        for (Ticket t : tickets) {
            tracker.apply(t);
        }
        return tracker;
    }

    @Test
    void advanceTo_severeTicket_startsWarnsTwiceBreachesAndEscalatesAtTheDeadline() {
        SlaTracker tracker = tracking(severe());
        List<SlaChange> changes = tracker.advanceTo(at("14:00"));
        assertEquals(List.of("STARTED@10:00", "ESCALATED@12:00 50% warning", "ESCALATED@13:00 75% warning", "BREACHED@14:00",
                "ESCALATED@14:00 100% complaints-desk"), described(changes));
        for (SlaChange c : changes) {
            assertEquals(POLICY.evaluate(severe(), c.at()).target("fix").orElseThrow(), c.status(), c.toString());
        }
    }

    @Test
    void advanceTo_breachExactlyAtNow_isIncludedAndNotOneNanosecondBefore() {
        SlaTracker tracker = tracking(severe());
        assertEquals(List.of("STARTED@10:00", "ESCALATED@12:00 50% warning", "ESCALATED@13:00 75% warning"),
                described(tracker.advanceTo(at("14:00").minusNanos(1))));
        assertEquals(List.of("BREACHED@14:00", "ESCALATED@14:00 100% complaints-desk"), described(tracker.advanceTo(at("14:00"))));
    }

    @Test
    void advanceTo_sameInstantAgain_returnsNothing() {
        SlaTracker tracker = tracking(severe());
        tracker.advanceTo(at("14:00"));
        assertEquals(List.of(), tracker.advanceTo(at("14:00")));
        assertEquals(List.of(), tracker.advanceTo(at("17:00")));
    }

    @Test
    void advanceTo_backInTime_throws() {
        SlaTracker tracker = tracking(severe());
        tracker.advanceTo(at("14:00"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tracker.advanceTo(at("13:00")));
        assertEquals("SlaTracker: time must not go back, was advanceTo(2026-11-23T05:00:00Z) after 2026-11-23T06:00:00Z", e.getMessage());
    }

    @Test
    void advanceTo_pauseBeforeTheDeadline_movesItAndTheWarnings() {
        Ticket t = severe().pause(at("11:00"), "waiting-for-database").resume(at("12:00"));
        SlaTracker tracker = tracking(t);
        List<SlaChange> changes = tracker.advanceTo(at("15:00"));
        assertEquals(List.of("STARTED@10:00", "PAUSED@11:00", "RESUMED@12:00", "DEADLINE_MOVED@12:00", "ESCALATED@13:00 50% warning",
                "ESCALATED@14:00 75% warning", "BREACHED@15:00", "ESCALATED@15:00 100% complaints-desk"), described(changes));
        assertEquals(Optional.of(at("14:00")), changes.get(0).status().dueAt());
        assertEquals(Optional.empty(), changes.get(1).status().dueAt());
        assertEquals(Optional.of(at("15:00")), changes.get(2).status().dueAt());
    }

    @Test
    void advanceTo_reclassifiedAfterTheBreach_withdrawsItAndMovesTheDeadline() {
        SlaTracker tracker = tracking(severe());
        tracker.advanceTo(at("14:30"));
        tracker.apply(severe().reclassify(at("15:00"), GENERAL));
        List<SlaChange> changes = tracker.advanceTo(at("18:00"));
        // general: the end of the business day, and never earlier than the reclassification
        assertEquals(List.of("BREACH_WITHDRAWN@15:00", "DEADLINE_MOVED@15:00", "BREACHED@18:00",
                "ESCALATED@18:00 100% complaints-desk"), described(changes));
        assertEquals(TargetState.RUNNING, changes.get(0).status().state());
        assertEquals(Optional.of(at("18:00")), changes.get(1).status().dueAt());
        assertEquals(1, changes.get(0).cycle());
    }

    @Test
    void advanceTo_reopened_startsTheSecondCycle() {
        Ticket t = severe().resolve(at("11:00")).reopen(at("12:00"));
        SlaTracker tracker = tracking(t);
        List<SlaChange> changes = tracker.advanceTo(at("12:00"));
        assertEquals(List.of("STARTED@10:00", "MET@11:00", "STARTED@12:00 #2"), described(changes));
        TargetStatus second = changes.get(2).status();
        assertEquals(2, second.current().number());
        assertEquals(Optional.of(at("16:00")), second.dueAt());
        assertEquals(TargetState.MET, second.cycles().get(0).state());
    }

    @Test
    void advanceTo_lateStop_reportsTheMetAndWithdrawsTheBreach() {
        SlaTracker tracker = tracking(severe());
        tracker.advanceTo(at("14:30"));
        // entered at 14:30: the workaround was given at 13:30
        tracker.apply(severe().event(at("13:30"), "workaround-given"));
        List<SlaChange> changes = tracker.advanceTo(at("14:30"));
        assertEquals(List.of("MET@13:30", "BREACH_WITHDRAWN@14:00"), described(changes));
        assertEquals(TargetState.MET, changes.get(1).status().state());
        assertEquals(List.of(), tracker.advanceTo(at("18:00")));
    }

    @Test
    void advanceTo_lateReclassificationDropsABreachedTarget_withdrawsTheBreachAtTheDrop() {
        Classification requirement = Classification.of("requirement", "requirement").withKind("new-feature");
        Ticket t = Ticket.open("T-4", at("10:00"), requirement);
        SlaTracker tracker = tracking(t);
        Instant wednesday = at("10:00").plus(Duration.ofDays(2));
        // reply: 48 h on 24x7, breached on Wednesday at 10:00
        assertEquals(List.of("STARTED@10:00", "BREACHED@10:00", "ESCALATED@10:00 100% complaints-desk"),
                described(tracker.advanceTo(wednesday.plus(Duration.ofHours(1)))));
        // entered on Wednesday: it was a severe error, known since Tuesday 10:00
        Instant tuesday = at("10:00").plus(Duration.ofDays(1));
        tracker.apply(t.reclassify(tuesday, SEVERE));
        List<SlaChange> changes = tracker.advanceTo(wednesday.plus(Duration.ofHours(1)));
        List<SlaChange> reply = changes.stream().filter(c -> c.target().equals("reply")).toList();
        assertEquals(List.of("BREACH_WITHDRAWN@10:00", "DROPPED@10:00"), described(reply));
        assertEquals(tuesday, reply.get(0).at());
        assertEquals(POLICY.evaluate(t, tuesday.minusNanos(1)).target("reply").orElseThrow(), reply.get(0).status());
        // fix: due never earlier than the reclassification, so breached at once
        assertEquals(List.of("STARTED@10:00", "BREACHED@10:00", "ESCALATED@10:00 50% warning", "ESCALATED@10:00 75% warning",
                "ESCALATED@10:00 100% complaints-desk"), described(changes.stream().filter(c -> c.target().equals("fix")).toList()));
    }

    @Test
    void advanceTo_ticketOpenedBeforeNow_reportsItsPast() {
        SlaTracker tracker = SlaTracker.of(POLICY);
        tracker.advanceTo(at("12:30"));
        tracker.apply(severe());
        assertEquals(List.of("STARTED@10:00", "ESCALATED@12:00 50% warning"), described(tracker.advanceTo(at("12:30"))));
    }

    @Test
    void apply_logThatDoesNotExtendTheOneHeld_throwsNamingTheTicket() {
        SlaTracker tracker = tracking(severe().event(at("10:20"), "responded"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tracker.apply(severe().resolve(at("10:30"))));
        assertEquals("Ticket T-1: the log does not extend the one the tracker holds: entry 2 is 2026-11-23T02:30:00Z resolved,"
                + " the tracker holds 2026-11-23T02:20:00Z responded", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> tracker.apply(severe()));
        assertEquals("Ticket T-1: the log does not extend the one the tracker holds: it has 1 entries, the tracker holds 2",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> tracker.apply(Ticket.open("T-1", at("10:00"), GENERAL)));
        assertEquals("Ticket T-1: the log does not extend the one the tracker holds: it was opened as "
                + "{category: software-error, severity: general, kind: function-error}, the tracker holds "
                + "{category: software-error, severity: severe, kind: exception}", e.getMessage());
    }

    @Test
    void apply_valueThePolicyDoesNotDefine_throwsAndKeepsNothing() {
        SlaTracker tracker = SlaTracker.of(POLICY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tracker.apply(Ticket.open("T-9", at("10:00"), Classification.of("hardware", "severe"))));
        assertTrue(e.getMessage().startsWith("Ticket T-9: category 'hardware' is not defined"), e.getMessage());
        assertEquals(0, tracker.size());
    }

    @Test
    void apply_sameLogWithNewFields_keepsTheFieldsAndReportsNothing() {
        SlaTracker tracker = tracking(severe());
        tracker.advanceTo(at("10:30"));
        tracker.apply(severe().withField("company", "ACME"));
        assertEquals(List.of(), tracker.advanceTo(at("10:30")));
        assertEquals("ACME", tracker.ticket("T-1").orElseThrow().fields().get("company"));
    }

    @Test
    void withPolicy_newVersion_movesTheDeadlinesOfTheTicketsItGoverns() {
        // seed 000 with a stricter version from Monday 2026-12-07: fix within 30 min, escalated to the team lead at 10 %
        SlaPolicy versioned = Seeds.seed000Builder()
                .version(LocalDate.parse("2026-12-07"), v -> v
                        .target("fix", t -> t.stopsOn("resolved").within("30m"))
                        .escalation(10, List.of("fix"), "team-lead"))
                .build();
        Instant opened = Seeds.at(HONG_KONG, "2026-12-07T10:00");
        Ticket governed = Ticket.open("T-2", opened, GENERAL);
        Ticket before = Ticket.open("T-1", opened.minus(Duration.ofDays(3)), GENERAL);
        SlaTracker tracker = tracking(governed, before);
        tracker.advanceTo(opened.plus(Duration.ofMinutes(10)));
        List<SlaChange> changes = tracker.withPolicy(versioned);
        assertEquals(List.of("ESCALATED@10:03 10% team-lead", "DEADLINE_MOVED@10:10"), described(changes));
        assertTrue(changes.stream().allMatch(c -> c.ticketId().equals("T-2")));
        assertEquals(Optional.of(opened.plus(Duration.ofMinutes(30))), changes.get(1).status().dueAt());
        assertEquals(versioned, tracker.policy());
        assertEquals(List.of("BREACHED@10:30"), described(tracker.advanceTo(opened.plus(Duration.ofMinutes(30)))));
    }

    @Test
    void withPolicy_beforeTheFirstAdvance_reportsNothing() {
        SlaTracker tracker = tracking(severe());
        assertEquals(List.of(), tracker.withPolicy(Seeds.seed000Builder().version(LocalDate.parse("2026-11-01"), v -> v
                .target("fix", t -> t.stopsOn("resolved").within("30m"))).build()));
        assertEquals(List.of("STARTED@10:00", "BREACHED@10:30", "ESCALATED@10:30 100% complaints-desk"),
                described(tracker.advanceTo(at("11:00"))));
    }

    @Test
    void queries_answerAsOfTheTrackersInstant() {
        Ticket general = Ticket.open("T-2", at("09:30"), GENERAL);
        Ticket resolved = Ticket.open("T-3", at("09:00"), SEVERE).resolve(at("09:30"));
        SlaTracker tracker = tracking(severe(), general, resolved);
        IllegalStateException none = assertThrows(IllegalStateException.class, tracker::breached);
        assertEquals("SlaTracker: no instant yet, call advanceTo first", none.getMessage());
        tracker.advanceTo(at("13:30"));
        assertEquals(Optional.of(at("13:30")), tracker.now());
        List<SlaTracker.TicketTarget> due = tracker.dueWithin(Duration.ofHours(5));
        assertEquals(List.of("T-1 fix 14:00", "T-2 fix 18:00"), due.stream()
                .map(d -> d.ticketId() + " " + d.status().name() + " " + d.status().dueAt().orElseThrow().atZone(HONG_KONG).toLocalTime())
                .toList());
        assertEquals(POLICY.evaluate(severe(), at("13:30")).target("fix").orElseThrow(), due.get(0).status());
        assertEquals(1, tracker.dueWithin(Duration.ofMinutes(30)).size());
        assertEquals(List.of(), tracker.breached());
        tracker.advanceTo(at("14:00"));
        assertEquals(List.of("T-1"), tracker.breached().stream().map(SlaTracker.TicketTarget::ticketId).toList());
        assertEquals(List.of("T-1", "T-2"), tracker.queue().stream().map(Ticket::id).toList());
        assertEquals(Optional.of(POLICY.evaluate(general, at("14:00"))), tracker.status("T-2"));
        assertEquals(Optional.empty(), tracker.status("T-404"));
        assertThrows(IllegalArgumentException.class, () -> tracker.dueWithin(Duration.ofMinutes(-1)));
    }

    @Test
    void remove_forgetsTheTicket() {
        SlaTracker tracker = tracking(severe());
        assertTrue(tracker.remove("T-1"));
        assertEquals(0, tracker.size());
        assertEquals(List.of(), tracker.advanceTo(at("15:00")));
    }

    @Test
    void toJson_writesOneLine() {
        SlaTracker tracker = tracking(severe());
        List<SlaChange> changes = tracker.advanceTo(at("12:00"));
        assertEquals("{\"ticket\":\"T-1\",\"target\":\"fix\",\"cycle\":1,\"kind\":\"ESCALATED\",\"at\":\"2026-11-23T04:00:00Z\","
                + "\"escalation\":{\"percent\":50,\"at\":\"2026-11-23T04:00:00Z\",\"notify\":\"warning\"},\"state\":\"RUNNING\","
                + "\"started_at\":\"2026-11-23T02:00:00Z\",\"due_at\":\"2026-11-23T06:00:00Z\",\"breached_at\":null,"
                + "\"elapsed\":\"PT2H\",\"remaining\":\"PT2H\"}", changes.get(1).toJson());
    }

    private static Ticket full() {
        return severe().withField("company", "ACME").event(at("10:20"), "responded").pause(at("11:00"), "waiting-for-database")
                .resume(at("12:00")).reclassify(at("12:10"), GENERAL).resolve(at("12:30")).reopen(at("13:00")).resolve(at("13:10"))
                .confirm(at("13:20"));
    }

    @Test
    void snapshot_writesAHeaderAndOneLineATicket() {
        SlaTracker tracker = tracking(full());
        tracker.advanceTo(at("14:00"));
        assertEquals("{\"slakit-tracker\":1,\"policy\":\"Hong Kong POS/ERP vendor, after-sales service\","
                + "\"now\":\"2026-11-23T06:00:00Z\",\"tickets\":1}\n"
                + "{\"id\":\"T-1\",\"opened\":\"2026-11-23T02:00:00Z\","
                + "\"classification\":{\"category\":\"software-error\",\"severity\":\"severe\",\"kind\":\"exception\"},"
                + "\"fields\":{\"company\":\"ACME\"},\"events\":[{\"at\":\"2026-11-23T02:20:00Z\",\"event\":\"responded\"},"
                + "{\"at\":\"2026-11-23T03:00:00Z\",\"pause\":\"waiting-for-database\"},{\"at\":\"2026-11-23T04:00:00Z\",\"resume\":null},"
                + "{\"at\":\"2026-11-23T04:10:00Z\",\"reclassify\":{\"category\":\"software-error\",\"severity\":\"general\","
                + "\"kind\":\"function-error\"}},{\"at\":\"2026-11-23T04:30:00Z\",\"resolve\":null},"
                + "{\"at\":\"2026-11-23T05:00:00Z\",\"reopen\":null},{\"at\":\"2026-11-23T05:10:00Z\",\"resolve\":null},"
                + "{\"at\":\"2026-11-23T05:20:00Z\",\"confirm\":null}]}\n", tracker.snapshot());
    }

    @Test
    void snapshot_aTicketLineIsATicketFileInJson() {
        SlaTracker tracker = tracking(full());
        String line = tracker.snapshot().split("\n")[1];
        Ticket read = TicketYaml.read(new StringReader("{\"slakit-ticket\":1," + line.substring(1)), "T-1.json", HONG_KONG);
        assertEquals(full(), read);
    }

    @Test
    void restore_lateEntriesNotYetReported_reportsThemAfterTheRestart() {
        SlaTracker tracker = tracking(severe());
        tracker.advanceTo(at("14:30"));
        tracker.apply(severe().event(at("13:30"), "workaround-given"));
        String snapshot = tracker.snapshot();
        assertTrue(snapshot.contains("\"reported\":1}"), snapshot);
        SlaTracker restored = SlaTracker.restore(POLICY, new StringReader(snapshot));
        assertEquals(Optional.of(at("14:30")), restored.now());
        assertEquals(snapshot, restored.snapshot());
        assertEquals(tracker.advanceTo(at("15:00")), restored.advanceTo(at("15:00")));
    }

    @Test
    void restore_badLines_throwNamingTheLine() {
        String header = "{\"slakit-tracker\":1,\"policy\":\"p\",\"tickets\":1}\n";
        String[][] cases = {
            // not JSON
            {header + "{\"id\":", "Snapshot line 2: not JSON: Unexpected end-of-input within/between Object entries"},
            // no header
            {"{\"id\":\"T-1\"}\n", "Snapshot line 1: a snapshot starts with {\"slakit-tracker\":1, …}, was '{\"id\":\"T-1\"}'"},
            // an unknown key
            {header + "{\"id\":\"T-1\",\"opened\":\"2026-11-23T02:00:00Z\",\"classification\":{\"category\":\"software-error\","
                    + "\"severity\":\"severe\"},\"status\":1}",
                "Snapshot line 2: unknown key 'status' in a ticket (known: classification, events, fields, id, opened, reported)"},
            // a local time
            {header + "{\"id\":\"T-1\",\"opened\":\"2026-11-23T10:00\",\"classification\":{\"category\":\"software-error\","
                    + "\"severity\":\"severe\"}}",
                "Snapshot line 2: 'opened' must be an ISO-8601 instant such as 2026-11-23T01:00:00Z, was '2026-11-23T10:00'"},
            // a rule of the log
            {header + "{\"id\":\"T-1\",\"opened\":\"2026-11-23T02:00:00Z\",\"classification\":{\"category\":\"software-error\","
                    + "\"severity\":\"severe\"},\"events\":[{\"at\":\"2026-11-23T03:00:00Z\",\"resume\":null}]}",
                "Snapshot line 2: Ticket T-1: only a waiting ticket can resume, but it is open, was resume at 2026-11-23T03:00:00Z"},
            // too few lines
            {header, "Snapshot: the header counts 1 tickets, the lines hold 0"},
        };
        for (String[] c : cases) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SlaTracker.restore(POLICY, new StringReader(c[0])), c[1]);
            assertEquals(c[1], e.getMessage());
        }
    }
}
