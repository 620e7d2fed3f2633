package org.slakit.flink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;

/**
 * Measures the job's throughput on a local MiniCluster at parallelism 2: N generated tickets
 * ({@link GeneratedTickets}, seed 11, opened over the week of 2026-11-16) on seed 000's policy,
 * their entries replayed in event time without watermarks, so that every entry goes through the
 * keyed state first and every timer up to the horizon (ten days on) fires at the end of input; the
 * changes go to a discarding sink. Prints the entries, the wall time of the job (MiniCluster start
 * included) and entries per second:
 * <pre>
 * mvn -B -o -q -pl examples/flink -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=/tmp/flink-cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -cp examples/flink/target/classes:$(cat /tmp/flink-cp.txt) org.slakit.flink.Throughput 1000000 examples/policies/hk-pos-erp.yaml
 * </pre>
 */
public final class Throughput {

    private static final long SEED = 11;
    /** Monday 2026-11-16 00:00 in Hong Kong. */
    private static final Instant WEEK = Instant.parse("2026-11-15T16:00:00Z");

    private Throughput() {
    }

    /** One generated ticket's entries, from its number. */
    private static final class Entries implements FlatMapFunction<Long, TicketEntry> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(Long n, Collector<TicketEntry> out) {
            TicketEntries.of(GeneratedTickets.ticket(n, SEED, WEEK)).forEach(out::collect);
        }
    }

    /**
     * Runs the measure.
     *
     * @param args  the number of tickets, and the policy file (default {@code examples/policies/hk-pos-erp.yaml})
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2 || !args[0].matches("[1-9][0-9]{0,8}")) {
            System.err.println("usage: Throughput TICKETS [POLICY.yaml]   (TICKETS from 1 to 999999999)");
            System.exit(2);
        }
        long tickets = Long.parseLong(args[0]);
        String yaml = Files.readString(Path.of(args.length > 1 ? args[1] : "examples/policies/hk-pos-erp.yaml"), StandardCharsets.UTF_8);
        long entries = 0;
        for (long i = 0; i < tickets; i++) {
            entries += GeneratedTickets.ticket(i, SEED, WEEK).eventCount();
        }
        Configuration config = new Configuration();
        config.setString("pipeline.generic-types", "false");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, config);
        DataStream<TicketEntry> in = env.fromSequence(0, tickets - 1).flatMap(new Entries())
                .returns(TypeInformation.of(TicketEntry.class))
                .assignTimestampsAndWatermarks(WatermarkStrategy.<TicketEntry>noWatermarks()
                        .withTimestampAssigner((e, ts) -> e.at.toEpochMilli()));
        SlaJob.changes(in, SlaJob.updates(env, List.of()),
                new SlaFunction(yaml, SlaFunction.Time.EVENT, WEEK.plus(Duration.ofDays(10)))).sinkTo(new DiscardingSink<>());
        long start = System.nanoTime();
        JobExecutionResult result = env.execute("slakit throughput");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d tickets, %d entries, %.1f s (job %d ms), %.0f entries/s%n", tickets, entries, seconds,
                result.getNetRuntime(), entries / seconds);
    }
}
