package org.slakit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slakit.flink.Fixtures.HK;
import static org.slakit.flink.Fixtures.POLICY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.track.SlaChange;
import org.slakit.track.SlaTracker;

/** The function on Flink's operator test harness, its clocks driven by hand. */
class SlaFunctionHarnessTest {

    /** Monday 2026-11-23 09:00 in Hong Kong. */
    private static final Instant NINE = Instant.parse("2026-11-23T01:00:00Z");
    private static final Ticket SEVERE = Ticket.open("T-1", NINE, Classification.of("software-error", "severe").withKind("exception"));

    private static KeyedBroadcastOperatorTestHarness<String, TicketEntry, PolicyUpdate, String> harness(SlaFunction.Time time,
            Instant horizon) throws Exception {
        KeyedBroadcastOperatorTestHarness<String, TicketEntry, PolicyUpdate, String> h = ProcessFunctionTestHarnesses
                .forKeyedBroadcastProcessFunction(new SlaFunction(HK, time, horizon), e -> e.ticket, Types.STRING, SlaFunction.POLICY);
        // no Kryo: the state and the records must all have Flink's own serializers
        h.getExecutionConfig().configure(Configuration.fromMap(Map.of("pipeline.generic-types", "false")),
                SlaFunctionHarnessTest.class.getClassLoader());
        assertTrue(h.getExecutionConfig().getSerializerConfig().hasGenericTypesDisabled());
        // the operator's event time is the least of its inputs': the policy input is done with time
        h.processBroadcastWatermark(Long.MAX_VALUE);
        return h;
    }

    private static void send(KeyedBroadcastOperatorTestHarness<String, TicketEntry, PolicyUpdate, String> h, Ticket t) throws Exception {
        for (TicketEntry e : TicketEntries.of(t)) {
            h.processElement(new StreamRecord<>(e, e.at.toEpochMilli()));
        }
    }

    private static List<String> json(List<SlaChange> changes) {
        return changes.stream().map(SlaChange::toJson).toList();
    }

    private static List<String> drain(KeyedBroadcastOperatorTestHarness<String, TicketEntry, PolicyUpdate, String> h) {
        List<String> out = new ArrayList<>(h.extractOutputValues());
        h.getOutput().clear();
        return out;
    }

    @Test
    void eventTime_theWatermarkReleasesTheTrackersChangesAsItPassesThem() throws Exception {
        var h = harness(SlaFunction.Time.EVENT, null);
        send(h, SEVERE);
        assertEquals(1, h.numEventTimeTimers(), "one timer for the ticket");
        assertEquals(List.of(), drain(h), "nothing before the watermark");
        SlaTracker tracker = SlaTracker.of(POLICY);
        tracker.apply(SEVERE);
        for (String t : List.of("2026-11-23T01:00:00Z", "2026-11-23T02:59:59Z", "2026-11-23T03:00:00Z", "2026-11-23T05:30:00Z")) {
            Instant at = Instant.parse(t);
            h.processWatermark(at.toEpochMilli());
            assertEquals(json(tracker.advanceTo(at)), drain(h), "up to " + t);
            assertEquals(1, h.numEventTimeTimers(), "one timer at " + t);
        }
    }

    @Test
    void eventTime_aNewEntryMovesTheTimerAndIsReportedAtItsInstant() throws Exception {
        var h = harness(SlaFunction.Time.EVENT, null);
        send(h, SEVERE);
        h.processWatermark(NINE.toEpochMilli());
        drain(h);
        Ticket met = SEVERE.event(NINE.plusSeconds(1800), "workaround-given");
        h.processElement(new StreamRecord<>(TicketEntries.of(met).get(1), NINE.plusSeconds(1800).toEpochMilli()));
        assertEquals(1, h.numEventTimeTimers(), "the timer moved, not added");
        h.processWatermark(NINE.plusSeconds(3600 * 10).toEpochMilli());
        SlaTracker tracker = SlaTracker.of(POLICY);
        tracker.apply(SEVERE);
        tracker.advanceTo(NINE);
        tracker.apply(met);
        assertEquals(json(tracker.advanceTo(NINE.plusSeconds(3600 * 10))), drain(h));
        assertEquals(0, h.numEventTimeTimers(), "every target stopped: no timer");
    }

    @Test
    void processingTime_theHandDrivenClockFiresTheTimers() throws Exception {
        var h = harness(SlaFunction.Time.PROCESSING, null);
        h.setProcessingTime(NINE.toEpochMilli() - 1);
        send(h, SEVERE);
        assertEquals(1, h.numProcessingTimeTimers());
        h.setProcessingTime(NINE.plusSeconds(3600 * 2).toEpochMilli());
        SlaTracker tracker = SlaTracker.of(POLICY);
        tracker.apply(SEVERE);
        List<String> expected = new ArrayList<>(json(tracker.advanceTo(NINE)));
        expected.addAll(json(tracker.advanceTo(NINE.plusSeconds(3600 * 2))));
        assertEquals(expected, drain(h));
        assertTrue(expected.size() >= 2, "started and warned at 50 %: " + expected);
    }

    @Test
    void horizon_nothingAfterItIsReportedEvenAtTheEndOfInput() throws Exception {
        Instant horizon = NINE.plusSeconds(3600 * 2 + 1800);
        var h = harness(SlaFunction.Time.EVENT, horizon);
        send(h, SEVERE);
        h.processWatermark(Long.MAX_VALUE);
        SlaTracker tracker = SlaTracker.of(POLICY);
        tracker.apply(SEVERE);
        assertEquals(json(tracker.advanceTo(horizon)), drain(h));
        assertEquals(0, h.numEventTimeTimers());
    }

    @Test
    void badEntry_goesToTheSideOutputNamingTheRule_andIsNotKept() throws Exception {
        var h = harness(SlaFunction.Time.EVENT, null);
        send(h, SEVERE);
        TicketEntry resume = new TicketEntry();
        resume.ticket = "T-1";
        resume.at = NINE.plusSeconds(60);
        resume.action = "resume";
        h.processElement(new StreamRecord<>(resume, resume.at.toEpochMilli()));
        TicketEntry unknown = new TicketEntry();
        unknown.ticket = "T-2";
        unknown.at = NINE;
        unknown.action = "open";
        unknown.category = "hardware";
        unknown.severity = "severe";
        h.processElement(new StreamRecord<>(unknown, unknown.at.toEpochMilli()));
        List<String> errors = h.getSideOutput(SlaFunction.ERRORS).stream().map(StreamRecord::getValue).toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Ticket T-1, entry TicketEntry[T-1 2026-11-23T01:01:00Z resume]: "), errors.get(0));
        assertTrue(errors.get(1).contains("hardware"), errors.get(1));
        h.processWatermark(NINE.plusSeconds(3600 * 6).toEpochMilli());
        SlaTracker tracker = SlaTracker.of(POLICY);
        tracker.apply(SEVERE);
        assertEquals(json(tracker.advanceTo(NINE.plusSeconds(3600 * 6))), drain(h), "T-1 as if the resume never came, no T-2");
    }

    @Test
    void policyUpdate_behavesAsAdvanceToThenWithPolicy() throws Exception {
        String stricter = HK.replace("warn-at: [50%, 75%]", "warn-at: [25%, 50%, 75%]");
        assertTrue(!stricter.equals(HK), "the policy file has the warn-at line");
        SlaPolicy after = PolicyYaml.read(stricter, "stricter");
        var h = harness(SlaFunction.Time.EVENT, null);
        send(h, SEVERE);
        Instant at = NINE.plusSeconds(600);
        h.processWatermark(NINE.toEpochMilli());
        h.processBroadcastElement(new StreamRecord<>(new PolicyUpdate(stricter, at), at.toEpochMilli()));
        h.processWatermark(NINE.plusSeconds(3600 * 6).toEpochMilli());
        SlaTracker tracker = SlaTracker.of(POLICY);
        tracker.apply(SEVERE);
        List<String> expected = new ArrayList<>(json(tracker.advanceTo(NINE)));
        expected.addAll(json(tracker.advanceTo(at)));
        expected.addAll(json(tracker.withPolicy(after)));
        expected.addAll(json(tracker.advanceTo(NINE.plusSeconds(3600 * 6))));
        assertEquals(expected, drain(h));
        assertTrue(expected.stream().anyMatch(c -> c.contains("\"percent\":25")), "the new policy's 25 % warning: " + expected);
    }

    @Test
    void policyUpdate_thatATicketHeldDoesNotFit_isRejectedWhole() throws Exception {
        var h = harness(SlaFunction.Time.EVENT, null);
        send(h, SEVERE);
        String without = HK.replace("severe", "critical");
        h.processBroadcastElement(new StreamRecord<>(new PolicyUpdate(without, NINE), NINE.toEpochMilli()));
        List<String> errors = h.getSideOutput(SlaFunction.ERRORS).stream().map(StreamRecord::getValue).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("The policy update at 2026-11-23T01:00:00Z does not fit 1 ticket(s) held, first: "),
                errors.get(0));
        assertEquals(null, h.getBroadcastState(SlaFunction.POLICY).get("yaml"), "the old policy stays");
    }
}
