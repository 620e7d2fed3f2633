package org.slakit.track;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Ticket;

/**
 * Tracks the tickets of one policy as time passes: tickets' logs in ({@link #apply}), the changes of
 * their targets out ({@link #advanceTo}), at the instants they happen, each once.
 * <pre>{@code
 * SlaTracker tracker = SlaTracker.of(policy);
 * tracker.apply(Ticket.open("T-1", Instant.parse("2026-11-23T01:00:00Z"), Classification.of("software-error", "severe")));
 * for (SlaChange c : tracker.advanceTo(Instant.parse("2026-11-23T05:00:00Z"))) {
 *     System.out.println(c.toJson());   // STARTED at 01:00, ESCALATED at 03:00 and 04:00 (warn-at 50 %, 75 %), BREACHED at 05:00, …
 * }
 * }</pre>
 *
 * <h2>Changes</h2>
 * A ticket's status can change only at its own entries and at the {@code nextChangeAt} of its status
 * ({@link SlaStatus#nextChangeAt()}); the tracker evaluates the ticket at each such instant, in order,
 * and compares the status of every target with the one just before (a target absent before counts as
 * not started). That gives, at the instant {@code t} of the comparison:
 * <ul>
 * <li>{@code STARTED}: the state leaves {@code NOT_STARTED}, in the first cycle or in a new one (a
 *     reopening; {@link SlaChange#cycle()} and the status's {@code current().number()} say which);</li>
 * <li>{@code PAUSED}: the state becomes {@code PAUSED}; {@code RESUMED}: {@code PAUSED} becomes
 *     {@code RUNNING} (the status carries the deadline as the pause moved it);</li>
 * <li>{@code DEADLINE_MOVED}: a target running before (or paused) and running at {@code t} has a
 *     {@code dueAt} other than the one last reported for its cycle: after a pause that moved it, a
 *     reclassification, a restart ({@code restarts-on}), a new policy;</li>
 * <li>{@code MET}: the state becomes {@code MET};</li>
 * <li>{@code BREACHED}: a cycle has a {@code breachedAt} it did not have (or another one); the change
 *     is dated at {@code breachedAt}, the instant {@code evaluate} dates the breach, which is {@code t}
 *     itself except after a new policy ({@link #withPolicy});</li>
 * <li>{@code BREACH_WITHDRAWN}: a cycle loses the breach reported for it: a reclassification moved
 *     the deadline past it ("the deadline is never earlier than the reclassification") or re-judged an
 *     earlier cycle, the target was dropped, a late entry showed it did not happen, a new policy;</li>
 * <li>{@code DROPPED}: the target no longer applies (a reclassification, a new policy);</li>
 * <li>{@code UNKNOWN}: the state becomes {@code UNKNOWN} (beyond a calendar's holiday data);</li>
 * <li>{@code ESCALATED}: once for each escalation (percentage and recipient) the cycle had not fired,
 *     dated at the escalation's instant.</li>
 * </ul>
 * A change's {@link SlaChange#status()} is the target's status in {@code policy.evaluate(ticket,
 * change.at())}; so the tracker's answers are those of {@code evaluate} at the instants of the
 * changes. A breach is reported once, unless withdrawn; a breach withdrawn and then true again is
 * reported again. An escalation, a start or a move that later information makes untrue is not taken
 * back: only breaches are.
 *
 * <h2>Time</h2>
 * Time is passed in, never read: the tracker's instant, {@link #now()}, is that of the last
 * {@code advanceTo}, and the queries ({@link #status}, {@link #dueWithin}, {@link #breached},
 * {@link #queue}) answer as of it, with the logs as applied (late entries included, even before an
 * {@code advanceTo} has reported what they changed). {@code advanceTo} touches only the tickets
 * whose next instant of change has come: it keeps them in a priority queue by that instant, so its
 * cost grows with the changes, not with the tickets held. A ticket whose next instant is empty (every
 * target stopped, nothing can change without an entry) leaves the queue; the tracker keeps its log
 * until {@link #remove}, so that a reopening or a confirmation extends it.
 *
 * <h2>Late entries</h2>
 * {@code apply} reports nothing. Entries dated after {@code now()} are changes still to come; entries
 * at or before it are late (the request thread was slower than the timer): the next {@code advanceTo}
 * walks the ticket's history again with them and reports what it did not report before, dated when
 * it happened, so that its list, in time order, may start before the previous {@code advanceTo}'s
 * instant. A breach reported and no longer in the history is withdrawn, dated at the breach (at the
 * drop of its target, when the history dropped the target before the breach).
 *
 * <h2>Threads</h2>
 * Every method is thread-safe: a tracker shared by request threads that {@code apply} and one timer
 * thread that calls {@code advanceTo} is the common case. The tracker holds one lock: {@code apply}
 * validates the ticket outside it and then takes it briefly; {@code advanceTo} and {@code withPolicy}
 * hold it while they walk the tickets due, so an {@code apply} waits for at most one advance; the
 * queries take it to collect the tickets they need and evaluate them outside it. Changes come out of
 * {@code advanceTo} in the order the calls take the lock.
 * <p>
 * This class is mutable and thread-safe.
 */
public final class SlaTracker {

    /** Time order; at one instant, by ticket id, and a ticket's changes in the order they were found. */
    static final Comparator<SlaChange> ORDER = Comparator.comparing(SlaChange::at).thenComparing(SlaChange::ticketId);

    private static final Comparator<Tracked> BY_NEXT = Comparator.<Tracked, Instant>comparing(t -> t.next)
            .thenComparing(t -> t.id);

    private final Object lock = new Object();
    private SlaPolicy policy;
    private Instant now;
    private final Map<String, Tracked> tickets = new HashMap<>();
    private final TreeSet<Tracked> queue = new TreeSet<>(BY_NEXT);

    /** One ticket: the log as applied, the prefix of it whose changes are reported, and its walk. */
    private static final class Tracked {
        final String id;
        /** The log as applied. */
        Ticket log;
        /** The prefix of the log whose history is reported up to now; null when nothing is. */
        Ticket walked;
        /** The walk of walked, at or before now. */
        Walk walk = Walk.start();
        /** The next instant at which the ticket must be walked; null when nothing can change. */
        Instant next;

        Tracked(Ticket log) {
            this.id = log.id();
            this.log = log;
        }

        boolean isPending() {
            return walked == null || walked.eventCount() < log.eventCount();
        }
    }

    private SlaTracker(SlaPolicy policy) {
        this.policy = policy;
    }

    /**
     * Obtains an empty tracker for a policy; it has no instant until the first {@link #advanceTo}.
     *
     * @param policy  the policy, not null
     * @return a new tracker, not null
     */
    public static SlaTracker of(SlaPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return new SlaTracker(policy);
    }

    /**
     * Gets the policy the tickets are evaluated against.
     *
     * @return the policy, not null
     */
    public SlaPolicy policy() {
        synchronized (lock) {
            return policy;
        }
    }

    /**
     * Gets the tracker's instant: that of the last {@link #advanceTo} (or of the snapshot restored).
     *
     * @return the instant, empty before the first advance
     */
    public Optional<Instant> now() {
        synchronized (lock) {
            return Optional.ofNullable(now);
        }
    }

    /**
     * Records a ticket's log as it now stands. A ticket not seen before is added; for an id seen
     * before, the log must extend the one held: the same opening, and the entries held, in order, at
     * the start of it (its fields may differ; the new ones are kept). Nothing is reported here: the
     * changes the log makes, including those of entries at or before {@link #now()} (late ones), come
     * out of the next {@link #advanceTo}.
     *
     * @param ticket  the ticket, not null
     * @throws IllegalArgumentException if the log does not extend the one held for its id, naming the
     *     ticket and the first entry that differs, or if the ticket uses a classification value or
     *     waiting state the policy does not define
     */
    public void apply(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        SlaPolicy checked = policy();
        validate(checked, ticket);
        synchronized (lock) {
            if (checked != policy) {
                validate(policy, ticket);
            }
            Tracked t = tickets.get(ticket.id());
            if (t == null) {
                t = new Tracked(ticket);
                tickets.put(t.id, t);
            } else {
                Logs.checkExtends(t.log, ticket);
                unschedule(t);
                t.log = ticket;
            }
            // entries after now change nothing reported: the walk may take them in at once
            int seen = t.walked == null ? 0 : t.walked.eventCount();
            if (seen == ticket.eventCount() || now == null || ticket.getEvent(seen).at().isAfter(now)) {
                t.walked = ticket;
            }
            schedule(t);
        }
    }

    private static void validate(SlaPolicy policy, Ticket ticket) {
        policy.evaluate(ticket, ticket.getEvent(ticket.eventCount() - 1).at());
    }

    private void unschedule(Tracked t) {
        if (t.next != null) {
            queue.remove(t);
            t.next = null;
        }
    }

    private void schedule(Tracked t) {
        Instant next = t.walked == null ? null : t.walk.next(t.walked);
        if (t.isPending()) {
            Instant first = t.log.getEvent(t.walked == null ? 0 : t.walked.eventCount()).at();
            next = next == null || first.isBefore(next) ? first : next;
        }
        t.next = next;
        if (next != null) {
            queue.add(t);
        }
    }

    /**
     * Advances the tracker's instant and returns every change that happened up to and including it
     * and was not reported before, in time order (at one instant, by ticket id). A breach exactly at
     * {@code now} is included; advancing again to the same instant returns what late entries applied
     * since changed, and otherwise nothing.
     *
     * @param now  the new instant, not before {@link #now()}, not null
     * @return the changes, not null, unmodifiable
     * @throws IllegalArgumentException if now is before the tracker's instant
     */
    public List<SlaChange> advanceTo(Instant now) {
        Objects.requireNonNull(now, "now");
        List<SlaChange> out = new ArrayList<>();
        synchronized (lock) {
            if (this.now != null && now.isBefore(this.now)) {
                throw new IllegalArgumentException("SlaTracker: time must not go back, was advanceTo(" + now + ") after " + this.now);
            }
            while (!queue.isEmpty() && !queue.first().next.isAfter(now)) {
                Tracked t = queue.pollFirst();
                t.next = null;
                walk(t, now, out);
                schedule(t);
            }
            this.now = now;
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    private void walk(Tracked t, Instant to, List<SlaChange> out) {
        if (t.isPending()) {
            Instant first = t.log.getEvent(t.walked == null ? 0 : t.walked.eventCount()).at();
            if (t.walk.at() != null && !first.isAfter(t.walk.at())) {
                t.walk = LateEntries.rewalk(policy, t.walked, now, t.log, to, out);
                t.walked = t.log;
                return;
            }
            t.walked = t.log;
        }
        t.walk.run(policy, t.log, to, out);
    }

    /**
     * Replaces the policy, such as by one with a new version, and reports the changes it makes. The
     * tickets it governs otherwise (those opened on or after the effective date of a version added or
     * changed; every ticket when more than the versions changed) are evaluated under both as of
     * {@link #now()}, and compared as a change at an instant is: a running target whose deadline
     * moved is {@code DEADLINE_MOVED}, dated {@code now()}; a breach the new policy dates earlier is
     * {@code BREACHED} at that instant; a breach it takes back is {@code BREACH_WITHDRAWN}. Before the
     * first advance it reports nothing. (It returns nothing new: the tracker itself changes.)
     *
     * @param policy  the new policy, not null
     * @return the changes, in time order, not null, unmodifiable
     * @throws IllegalArgumentException if a ticket held uses a value the new policy does not define;
     *     the tracker is then unchanged
     */
    public List<SlaChange> withPolicy(SlaPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        List<SlaChange> out = new ArrayList<>();
        synchronized (lock) {
            SlaPolicy old = this.policy;
            boolean sameBase = PolicyChange.sameBase(old, policy);
            List<Tracked> governed = new ArrayList<>();
            for (Tracked t : tickets.values()) {
                if (!sameBase || !Objects.equals(PolicyChange.governing(old, t.log.openedAt()), PolicyChange.governing(policy, t.log.openedAt()))) {
                    validate(policy, t.log);
                    governed.add(t);
                }
            }
            governed.sort(Comparator.comparing(t -> t.id));
            for (Tracked t : governed) {
                if (now != null && t.walked != null) {
                    unschedule(t);
                    SlaStatus before = old.evaluate(t.walked, now);
                    SlaStatus after = policy.evaluate(t.walked, now);
                    StatusDiff.diff(policy, t.walked, before, after, now, t.walk.lastDue(),
                            name -> before.target(name).orElseThrow(), out);
                    t.walk = Walk.silently(policy, t.walked, now);
                    schedule(t);
                }
            }
            this.policy = policy;
        }
        out.sort(ORDER);
        return List.copyOf(out);
    }

    // ----- queries -----

    /** A target of a ticket, as a query finds it. */
    private record Found(Ticket log, SlaPolicy policy, Instant at) {
    }

    private Instant requireNow() {
        if (now == null) {
            throw new IllegalStateException("SlaTracker: no instant yet, call advanceTo first");
        }
        return now;
    }

    /**
     * Gets a ticket's log, as last applied.
     *
     * @param ticketId  the ticket's id, not null
     * @return the ticket, empty when the tracker holds none of that id
     */
    public Optional<Ticket> ticket(String ticketId) {
        Objects.requireNonNull(ticketId, "ticketId");
        synchronized (lock) {
            Tracked t = tickets.get(ticketId);
            return t == null ? Optional.empty() : Optional.of(t.log);
        }
    }

    /**
     * Gets the number of tickets held, open or not.
     *
     * @return the number of tickets
     */
    public int size() {
        synchronized (lock) {
            return tickets.size();
        }
    }

    /**
     * Removes a ticket, such as one confirmed; applied again later, it is a new ticket to the
     * tracker, whose changes are all reported again.
     *
     * @param ticketId  the ticket's id, not null
     * @return true if the tracker held it
     */
    public boolean remove(String ticketId) {
        Objects.requireNonNull(ticketId, "ticketId");
        synchronized (lock) {
            Tracked t = tickets.remove(ticketId);
            if (t != null) {
                unschedule(t);
            }
            return t != null;
        }
    }

    /**
     * Calculates a ticket's status as of {@link #now()}: {@code policy().evaluate(ticket, now())}.
     *
     * @param ticketId  the ticket's id, not null
     * @return the status, empty when the tracker holds no ticket of that id
     * @throws IllegalStateException before the first {@link #advanceTo}
     */
    public Optional<SlaStatus> status(String ticketId) {
        Objects.requireNonNull(ticketId, "ticketId");
        Found f;
        synchronized (lock) {
            Tracked t = tickets.get(ticketId);
            if (t == null) {
                requireNow();
                return Optional.empty();
            }
            f = new Found(t.log, policy, requireNow());
        }
        return Optional.of(f.policy.evaluate(f.log, f.at));
    }

    /**
     * Lists the running targets due within a duration of {@link #now()} (due at or before
     * {@code now() + within}), earliest first, then by ticket id and the policy's order of targets.
     * Paused targets have no deadline and are not listed.
     *
     * @param within  how soon, not negative, not null
     * @return the targets with their tickets, as of now(), not null
     * @throws IllegalArgumentException if within is negative
     * @throws IllegalStateException before the first {@link #advanceTo}
     */
    public List<TicketTarget> dueWithin(Duration within) {
        Objects.requireNonNull(within, "within");
        if (within.isNegative()) {
            throw new IllegalArgumentException("SlaTracker: dueWithin takes a duration not negative, was " + within);
        }
        Instant at;
        Predicate<TargetStatus> due;
        List<Ticket> logs;
        SlaPolicy p;
        synchronized (lock) {
            at = requireNow();
            p = policy;
            Instant limit = Queries.plusOrMax(at, within);
            due = s -> s.state() == TargetState.RUNNING && s.dueAt().isPresent() && !s.dueAt().get().isAfter(limit);
            logs = collect(due, false);
        }
        List<TicketTarget> out = Queries.matching(p, logs, at, due);
        out.sort(Comparator.comparing((TicketTarget t) -> t.status().dueAt().orElseThrow()).thenComparing(TicketTarget::ticketId));
        return List.copyOf(out);
    }

    /**
     * Lists the breached targets of the tickets open as of {@link #now()} (opened and not resolved
     * then), in the current cycle, by breach, then ticket id and the policy's order of targets.
     *
     * @return the targets with their tickets, as of now(), not null
     * @throws IllegalStateException before the first {@link #advanceTo}
     */
    public List<TicketTarget> breached() {
        Instant at;
        List<Ticket> logs;
        SlaPolicy p;
        synchronized (lock) {
            at = requireNow();
            p = policy;
            logs = collect(Queries.BREACHED, true);
        }
        List<TicketTarget> out = Queries.matching(p, logs, at, Queries.BREACHED);
        out.sort(Comparator.comparing((TicketTarget t) -> t.status().breachedAt().orElseThrow()).thenComparing(TicketTarget::ticketId));
        return List.copyOf(out);
    }

    private static final Predicate<TargetStatus> BREACHED = s -> s.state() == TargetState.BREACHED;

    /**
     * The logs of the tickets that may have a target matching, as of now: those whose walk says so,
     * and those with late entries not yet walked (their status is evaluated afresh).
     */
    private List<Ticket> collect(Predicate<TargetStatus> matches, boolean openOnly) {
        List<Ticket> out = new ArrayList<>();
        for (Tracked t : tickets.values()) {
            if (openOnly && !Queries.isOpenAt(t.log, now)) {
                continue;
            }
            boolean late = t.isPending() && !t.log.getEvent(t.walked == null ? 0 : t.walked.eventCount()).at().isAfter(now);
            SlaStatus s = t.walk.status();
            if (late || s != null && s.targets().stream().anyMatch(matches)) {
                out.add(t.log);
            }
        }
        return out;
    }

    /**
     * Sorts the tickets open as of {@link #now()} (opened and not resolved then) into the policy's
     * queue order: {@code policy().order(openTickets, now())}.
     *
     * @return the tickets, first to work on first, not null
     * @throws IllegalStateException before the first {@link #advanceTo}
     */
    public List<Ticket> queue() {
        Instant at;
        List<Ticket> open = new ArrayList<>();
        SlaPolicy p;
        synchronized (lock) {
            at = requireNow();
            p = policy;
            for (Tracked t : tickets.values()) {
                if (Queries.isOpenAt(t.log, at)) {
                    open.add(t.log);
                }
            }
        }
        return List.copyOf(p.order(open, at));
    }

    // ----- snapshot -----

    /**
     * Writes the tracker's tickets as JSON lines, from which {@link #restore} rebuilds a tracker that
     * reports the same future changes. The first line is a header, then one line per ticket, by id:
     * <pre>
     * {"slakit-tracker":1,"policy":"Hong Kong POS/ERP vendor, after-sales service","now":"2026-11-23T04:00:00Z","tickets":1}
     * {"id":"T-1","opened":"2026-11-23T01:00:00Z","classification":{"category":"software-error","severity":"severe"},
     *  "fields":{"company":"ACME"},"events":[{"at":"2026-11-23T01:20:00Z","event":"responded"},
     *  {"at":"2026-11-23T02:00:00Z","pause":"waiting-for-database"},{"at":"2026-11-23T03:00:00Z","resume":null},
     *  {"at":"2026-11-23T03:10:00Z","reclassify":{"category":"software-error","severity":"general"}},
     *  {"at":"2026-11-23T03:30:00Z","resolve":null}],"reported":5}
     * </pre>
     * (each ticket on one line). {@code now} is absent before the first advance. A ticket's keys are
     * those of the ticket file format ({@code org.slakit.config.TicketYaml}): {@code id},
     * {@code opened}, {@code classification} (the opening one: {@code category}, {@code severity},
     * and optional {@code kind}, {@code tier}, {@code service}), {@code fields} (absent when none)
     * and {@code events} after the opening, each {@code at} and one action ({@code event},
     * {@code pause}, {@code resume}, {@code reclassify}, {@code resolve}, {@code reopen},
     * {@code confirm}; those that take no value have {@code null}); instants are ISO-8601 in UTC.
     * {@code reported} is how many entries of the log, counting the opening as the first, the changes
     * reported so far account for; it is absent when that is all of them, and smaller when entries
     * applied late have not been reported yet. The policy is not written: {@code policy} is its name,
     * for people to read.
     *
     * @return the JSON lines, each ended by a line break, not null
     */
    public String snapshot() {
        synchronized (lock) {
            StringBuilder sb = new StringBuilder(SnapshotJson.header(policy.name(), now, tickets.size())).append('\n');
            tickets.values().stream().sorted(Comparator.comparing(t -> t.id)).forEach(t -> sb
                    .append(SnapshotJson.ticket(t.log, t.walked == null ? 0 : t.walked.eventCount())).append('\n'));
            return sb.toString();
        }
    }

    /**
     * Rebuilds a tracker from the lines {@link #snapshot()} wrote, under a policy: its instant is the
     * snapshot's, its tickets' logs are the snapshot's, and the changes it reports from then on are
     * those the tracker that wrote it would have reported. Blank lines are ignored.
     *
     * @param policy  the policy, normally the one the snapshot was taken under, not null
     * @param snapshot  the JSON lines, not null
     * @return the tracker, not null
     * @throws IllegalArgumentException if a line is not in the format, a ticket appears twice, the
     *     header's count of tickets is not the number of lines, or a ticket breaks a rule of the log or
     *     of the policy, naming the line
     * @throws UncheckedIOException if the reader fails
     */
    public static SlaTracker restore(SlaPolicy policy, Reader snapshot) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(snapshot, "snapshot");
        SlaTracker tracker = new SlaTracker(policy);
        int expected = SnapshotJson.read(snapshot, header -> tracker.now = header.now(), tracker::restore);
        if (expected != tracker.tickets.size()) {
            throw new IllegalArgumentException("Snapshot: the header counts " + expected + " tickets, the lines hold "
                    + tracker.tickets.size());
        }
        return tracker;
    }

    private void restore(SnapshotJson.Line line, int number) {
        Ticket log = line.ticket();
        if (tickets.containsKey(log.id())) {
            throw new IllegalArgumentException("Snapshot line " + number + ": ticket " + log.id() + " appears twice");
        }
        try {
            validate(policy, log);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Snapshot line " + number + ": " + e.getMessage(), e);
        }
        Tracked t = new Tracked(log);
        if (line.reported() > 0) {
            t.walked = Logs.prefix(log, line.reported());
            if (now != null) {
                t.walk = Walk.silently(policy, t.walked, now);
            }
        }
        tickets.put(t.id, t);
        schedule(t);
    }

    /**
     * A target of a ticket, as a query of the tracker finds it.
     *
     * @param ticketId  the ticket's id, not null
     * @param status  the target's status as of the tracker's instant, not null
     */
    public record TicketTarget(String ticketId, TargetStatus status) {
        /**
         * Checks the components.
         *
         * @param ticketId  the ticket's id, not null
         * @param status  the target's status as of the tracker's instant, not null
         * @throws NullPointerException if a component is null
         */
        public TicketTarget {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(status, "status");
        }
    }
}
