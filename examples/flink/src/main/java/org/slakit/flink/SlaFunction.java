package org.slakit.flink;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Ticket;
import org.slakit.track.SlaChange;
import org.slakit.track.TicketHistory;

/**
 * The SLA tracker as a Flink function, keyed by ticket id: tickets' entries in, the changes of their
 * targets out ({@link SlaChange#toJson()}, one per element), the same changes {@code SlaTracker}
 * reports, in the same order for each ticket. Per ticket it keeps the entries (a list of
 * {@link TicketEntry} POJOs) and its {@link Progress}, and one timer, at the instant of its next
 * possible change rounded up to the millisecond; a new entry moves the timer earlier when it comes
 * first. At the timer it advances the ticket ({@link TicketHistory#advance}) to the timer's instant.
 * <p>
 * Timers are processing-time ({@link Time#PROCESSING}, production: changes come out as the clock
 * reaches them) or event-time ({@link Time#EVENT}, replays and tests: the watermark drives them, the
 * entries' instants being their timestamps). With a horizon, nothing after it is reported, so that a
 * replay's output is {@code SlaTracker.advanceTo(horizon)}'s, even as the end of input fires every
 * timer.
 * <p>
 * The policy is the one given, until a {@link PolicyUpdate} comes on the broadcast input: it is kept
 * in broadcast state, and the job behaves as the tracker's {@code advanceTo(update.at)} then
 * {@code withPolicy}. An update a ticket held does not fit is rejected whole. (Flink lets a
 * broadcast element touch every key's state but not its timers: a ticket keeps the timer it had,
 * so a change the new policy brings earlier comes out at that timer, dated when it happened, and a
 * ticket with no timer left is walked again at its next entry.) Bad entries and
 * updates are not kept: their messages go to the side output {@link #ERRORS}.
 * <p>
 * This class is not thread-safe; Flink runs one instance per parallel task.
 */
public class SlaFunction extends KeyedBroadcastProcessFunction<String, TicketEntry, PolicyUpdate, String> {

    private static final long serialVersionUID = 1L;

    /** Which clock drives the timers. */
    public enum Time {
        /** The machine's clock: production. */
        PROCESSING,
        /** The watermark: replays and tests. */
        EVENT
    }

    /** The broadcast state holding the policy in force: key {@code yaml}, its text. */
    public static final MapStateDescriptor<String, String> POLICY = new MapStateDescriptor<>("policy", Types.STRING, Types.STRING);
    /** The side output of the messages of entries and updates rejected. */
    public static final OutputTag<String> ERRORS = new OutputTag<>("errors", Types.STRING);

    static final ListStateDescriptor<TicketEntry> LOG = new ListStateDescriptor<>("log", TypeInformation.of(TicketEntry.class));
    static final ValueStateDescriptor<Progress> PROGRESS = new ValueStateDescriptor<>("progress", TypeInformation.of(Progress.class));
    private static final String KEY = "yaml";

    private final String initialPolicy;
    private final Time time;
    private final long horizon;

    private transient String parsedYaml;
    private transient SlaPolicy parsed;

    /**
     * Creates the function.
     *
     * @param policyYaml  the policy file's text, the policy until an update, not null
     * @param time  the clock of the timers, not null
     * @param horizon  the last instant reported, null for none
     */
    public SlaFunction(String policyYaml, Time time, Instant horizon) {
        this.initialPolicy = Objects.requireNonNull(policyYaml, "policyYaml");
        this.time = Objects.requireNonNull(time, "time");
        this.horizon = horizon == null ? Long.MAX_VALUE : horizon.toEpochMilli();
        PolicyYaml.read(policyYaml, "the job's policy");
    }

    private SlaPolicy policy(ReadOnlyBroadcastState<String, String> state) throws Exception {
        String yaml = state.get(KEY);
        return policy(yaml == null ? initialPolicy : yaml);
    }

    private SlaPolicy policy(String yaml) {
        if (!yaml.equals(parsedYaml)) {
            parsed = PolicyYaml.read(yaml, "the job's policy");
            parsedYaml = yaml;
        }
        return parsed;
    }

    @Override
    public void processElement(TicketEntry e, ReadOnlyContext ctx, Collector<String> out) throws Exception {
        SlaPolicy policy = policy(ctx.getBroadcastState(POLICY));
        ListState<TicketEntry> logState = getRuntimeContext().getListState(LOG);
        List<TicketEntry> entries = entries(logState);
        try {
            Ticket log = entries.isEmpty() ? TicketEntries.log(List.of(e)) : TicketEntries.apply(TicketEntries.log(entries), e);
            policy.evaluate(log, e.at);
        } catch (IllegalArgumentException | IllegalStateException ex) {
            ctx.output(ERRORS, ex.getMessage());
            return;
        }
        logState.add(e);
        ValueState<Progress> progressState = getRuntimeContext().getState(PROGRESS);
        Progress p = progressState.value();
        if (p == null) {
            p = new Progress();
        }
        if (!e.at.isAfter(Instant.ofEpochMilli(horizon))) {
            long at = ceilMillis(e.at);
            if (p.timer == Long.MIN_VALUE || at < p.timer) {
                schedule(ctx.timerService(), p, at);
            }
        }
        progressState.update(p);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
        ValueState<Progress> progressState = getRuntimeContext().getState(PROGRESS);
        Progress p = progressState.value();
        p.timer = Long.MIN_VALUE;
        Instant to = Instant.ofEpochMilli(timestamp);
        if (p.reportedTo != null && to.isBefore(p.reportedTo)) {
            // a late entry's timer: the ticket is reported further already
            to = p.reportedTo;
        }
        List<TicketEntry> entries = entries(getRuntimeContext().getListState(LOG));
        TicketHistory.Advance a = advance(policy(ctx.getBroadcastState(POLICY)), entries, p, to, out);
        a.next().ifPresent(next -> {
            if (!next.isAfter(Instant.ofEpochMilli(horizon))) {
                schedule(ctx.timerService(), p, ceilMillis(next));
            }
        });
        progressState.update(p);
    }

    /** Advances one ticket to an instant, emits its changes and records the progress. */
    private static TicketHistory.Advance advance(SlaPolicy policy, List<TicketEntry> entries, Progress p, Instant to,
            Collector<String> out) {
        Ticket log = TicketEntries.log(entries);
        Ticket reported = p.reported == 0 ? null : TicketEntries.log(entries.subList(0, p.reported));
        TicketHistory.Advance a = TicketHistory.advance(policy, reported, p.reportedTo, log, to);
        a.changes().forEach(c -> out.collect(c.toJson()));
        p.reported = entries.size();
        p.reportedTo = to;
        return a;
    }

    @Override
    public void processBroadcastElement(PolicyUpdate u, Context ctx, Collector<String> out) throws Exception {
        SlaPolicy old = policy(ctx.getBroadcastState(POLICY));
        SlaPolicy policy;
        try {
            policy = PolicyYaml.read(u.yaml, "the policy update at " + u.at);
            List<String> misfits = new ArrayList<>();
            ctx.applyToKeyedState(LOG, (key, state) -> {
                try {
                    Ticket log = TicketEntries.log(entries(state));
                    policy.evaluate(log, log.getEvent(log.eventCount() - 1).at());
                } catch (IllegalArgumentException ex) {
                    misfits.add(ex.getMessage());
                }
            });
            if (!misfits.isEmpty()) {
                throw new IllegalArgumentException("The policy update at " + u.at + " does not fit " + misfits.size()
                        + " ticket(s) held, first: " + misfits.get(0));
            }
        } catch (RuntimeException ex) {
            ctx.output(ERRORS, ex.getMessage());
            return;
        }
        ctx.applyToKeyedState(PROGRESS, (key, state) -> {
            Progress p = state.value();
            if (p == null) {
                return;
            }
            List<TicketEntry> entries = entries(getRuntimeContext().getListState(LOG));
            Instant at = p.reportedTo == null || u.at.isAfter(p.reportedTo) ? u.at : p.reportedTo;
            Ticket log = TicketEntries.log(entries);
            if (!at.isAfter(Instant.ofEpochMilli(horizon)) && !log.openedAt().isAfter(at)) {
                advance(old, entries, p, at, out);
                TicketHistory.withPolicy(old, policy, log, at).forEach(c -> out.collect(c.toJson()));
            }
            state.update(p);
        });
        ctx.getBroadcastState(POLICY).put(KEY, u.yaml);
    }

    private void schedule(TimerService timers, Progress p, long at) {
        if (p.timer != Long.MIN_VALUE) {
            if (time == Time.EVENT) {
                timers.deleteEventTimeTimer(p.timer);
            } else {
                timers.deleteProcessingTimeTimer(p.timer);
            }
        }
        if (time == Time.EVENT) {
            timers.registerEventTimeTimer(at);
        } else {
            timers.registerProcessingTimeTimer(at);
        }
        p.timer = at;
    }

    private static List<TicketEntry> entries(ListState<TicketEntry> state) throws Exception {
        List<TicketEntry> out = new ArrayList<>();
        Iterable<TicketEntry> it = state.get();
        if (it != null) {
            it.forEach(out::add);
        }
        return out;
    }

    /** An instant in epoch milliseconds, rounded up. */
    static long ceilMillis(Instant t) {
        long ms = t.toEpochMilli();
        return t.getNano() % 1_000_000 == 0 ? ms : ms + 1;
    }
}
