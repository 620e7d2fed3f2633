package org.slakit.flink;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/**
 * The example job: reads tickets' entries from a file of JSON lines ({@link EntryJson}), tracks them
 * under a policy file, and prints their SLA changes as JSON lines. On a cluster:
 * <pre>
 * flink run examples/flink/target/slakit-flink.jar --policy hk-pos-erp.yaml --events events.jsonl \
 *     [--update 2026-11-25T00:00:00Z=hk-pos-erp-v2.yaml] [--event-time --horizon 2026-11-30T00:00:00Z]
 * </pre>
 * A production job reads the entries from its own source (a Kafka topic of help-desk changes, say)
 * into {@link #changes} instead. Exit codes: 0 done, 1 bad input (the message names the file, line
 * and rule), 2 bad arguments.
 */
public final class SlaJob {

    private SlaJob() {
    }

    /**
     * Builds the tracking part of a pipeline.
     *
     * @param entries  the tickets' entries, in time order per ticket, not null
     * @param updates  the policy updates, not null
     * @param function  the function, not null
     * @return the changes as JSON lines; the rejected input's messages are its side output
     *     {@link SlaFunction#ERRORS}
     */
    public static SingleOutputStreamOperator<String> changes(DataStream<TicketEntry> entries, DataStream<PolicyUpdate> updates,
            SlaFunction function) {
        return entries.keyBy(e -> e.ticket, Types.STRING).connect(updates.broadcast(SlaFunction.POLICY))
                .process(function, Types.STRING).name("slakit SLA tracker");
    }

    /**
     * Sets the entries' instants as their event times; the watermark follows the latest entry.
     *
     * @return the strategy, not null
     */
    public static WatermarkStrategy<TicketEntry> eventTime() {
        return WatermarkStrategy.<TicketEntry>forMonotonousTimestamps().withTimestampAssigner((e, ts) -> e.at.toEpochMilli())
                .withIdleness(Duration.ofMinutes(1));
    }

    /**
     * Runs the job.
     *
     * @param args  the arguments, as the class comment shows
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Path policy = null;
        Path events = null;
        List<String> updates = new ArrayList<>();
        boolean eventTime = false;
        Instant horizon = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--policy" -> policy = Path.of(value(args, ++i));
                    case "--events" -> events = Path.of(value(args, ++i));
                    case "--update" -> updates.add(value(args, ++i));
                    case "--event-time" -> eventTime = true;
                    case "--horizon" -> horizon = Instant.parse(value(args, ++i));
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
            if (policy == null || events == null) {
                throw new IllegalArgumentException("--policy FILE and --events FILE are required");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("slakit-flink: " + e.getMessage());
            err.println("usage: --policy FILE --events FILE [--update INSTANT=FILE]... [--event-time] [--horizon INSTANT]");
            return 2;
        }
        String yaml;
        List<TicketEntry> entries;
        List<PolicyUpdate> changes = new ArrayList<>();
        try {
            yaml = Files.readString(policy, StandardCharsets.UTF_8);
            entries = read(events);
            for (String u : updates) {
                int eq = u.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("--update takes INSTANT=FILE, was '" + u + "'");
                }
                changes.add(new PolicyUpdate(Files.readString(Path.of(u.substring(eq + 1)), StandardCharsets.UTF_8),
                        Instant.parse(u.substring(0, eq))));
            }
            SlaFunction function = new SlaFunction(yaml, eventTime ? SlaFunction.Time.EVENT : SlaFunction.Time.PROCESSING, horizon);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            DataStream<TicketEntry> in = env.fromData(entries, TypeInformation.of(TicketEntry.class));
            if (eventTime) {
                in = in.assignTimestampsAndWatermarks(eventTime());
            }
            SingleOutputStreamOperator<String> tracked = changes(in, updates(env, changes), function);
            tracked.print();
            tracked.getSideOutput(SlaFunction.ERRORS).printToErr();
            env.execute("slakit SLA tracker");
            return 0;
        } catch (IllegalArgumentException | DateTimeParseException | IOException e) {
            err.println("slakit-flink: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // a policy file's problems (PolicyException) name the file, line and rule
            err.println("slakit-flink: " + e.getMessage());
            return 1;
        }
    }

    /**
     * A bounded stream of policy updates, for replays; an empty list gives a stream with none (Flink's
     * {@code fromData} takes no empty collection).
     *
     * @param env  the environment, not null
     * @param updates  the updates, not null
     * @return the stream, not null
     */
    public static DataStream<PolicyUpdate> updates(StreamExecutionEnvironment env, List<PolicyUpdate> updates) {
        if (updates.isEmpty()) {
            return env.fromSequence(0, 0).flatMap((Long n, Collector<PolicyUpdate> none) -> {
            }).returns(TypeInformation.of(PolicyUpdate.class)).name("no policy updates");
        }
        return env.fromData(updates, TypeInformation.of(PolicyUpdate.class));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** Reads a file of JSON lines; blank lines are skipped. */
    static List<TicketEntry> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<TicketEntry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(EntryJson.read(lines.get(i), file + ":" + (i + 1)));
            }
        }
        return out;
    }
}
