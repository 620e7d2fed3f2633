package org.slakit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.slakit.ticket.Ticket;

/**
 * The contract: on a local MiniCluster at parallelism 2, replayed in event time up to a horizon,
 * the job emits the changes the in-process tracker reports for the same tickets up to that
 * instant, the same for each ticket, in the same order.
 */
class SlaJobContractTest {

    /** The job's changes, as JSON lines grouped by ticket. */
    static Map<String, List<String>> job(List<Ticket> tickets, Instant horizon) throws Exception {
        Configuration config = new Configuration();
        // no Kryo anywhere: a type that needs it fails the job
        config.setString("pipeline.generic-types", "false");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, config);
        DataStream<TicketEntry> entries = env.fromData(GeneratedTickets.entries(tickets), TypeInformation.of(TicketEntry.class))
                .setParallelism(1).assignTimestampsAndWatermarks(SlaJob.eventTime());
        DataStream<String> changes = SlaJob.changes(entries, SlaJob.updates(env, List.of()),
                new SlaFunction(Fixtures.HK, SlaFunction.Time.EVENT, horizon));
        List<String> out = new ArrayList<>();
        try (CloseableIterator<String> it = changes.executeAndCollect("contract")) {
            it.forEachRemaining(out::add);
        }
        return Fixtures.byTicketJson(out);
    }

    @Test
    void sampleWeek_theJobReportsWhatTheTrackerDoes() throws Exception {
        List<Ticket> week = Fixtures.sampleWeek();
        Instant horizon = Fixtures.WEEK.plus(Duration.ofDays(14));
        Map<String, List<String>> expected = Fixtures.tracker(Fixtures.POLICY, week, horizon);
        assertEquals(21, week.size());
        assertTrue(expected.values().stream().mapToInt(List::size).sum() > 60, "the week has many changes: " + expected.size());
        assertEquals(expected, job(week, horizon));
    }

    @Test
    void sampleWeek_midWeekHorizon_nothingAfterIt() throws Exception {
        List<Ticket> week = Fixtures.sampleWeek();
        Instant horizon = Fixtures.WEEK.plus(Duration.ofDays(3)).plusSeconds(3600 * 5 + 17);
        assertEquals(Fixtures.tracker(Fixtures.POLICY, week, horizon), job(week, horizon));
    }

    @Test
    void generatedTickets_theJobReportsWhatTheTrackerDoes() throws Exception {
        int count = Integer.getInteger("slakit.flink.contractTickets", 100_000);
        List<Ticket> tickets = GeneratedTickets.tickets(count, 11, Fixtures.WEEK);
        Instant horizon = Fixtures.WEEK.plus(Duration.ofDays(10));
        Map<String, List<String>> expected = Fixtures.tracker(Fixtures.POLICY, tickets, horizon);
        Map<String, List<String>> actual = job(tickets, horizon);
        assertEquals(expected.size(), actual.size(), "tickets with changes");
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey());
        }
    }
}
