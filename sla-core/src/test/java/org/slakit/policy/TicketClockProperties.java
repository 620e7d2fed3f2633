package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * Laws of the ticket clock, over random event logs on seed 000's rules (Mon-Fri 09-18 and Sat 10-18
 * office, 24x7 lines, end-of-business-day, restarts-on, warn-at and escalations) and a call-back
 * one working day later at the same time of day (business-days at same-time) in the worlds of
 * {@link ClockWorlds}: the Hong Kong office of a Hong Kong policy, and offices in London and New
 * York, in policies of other zones, over their clock changes.
 */
class TicketClockProperties {

    private static final List<Classification> CLASSES = List.of(
            Classification.of("software-error", "severe").withKind("exception"),
            Classification.of("software-error", "general").withKind("function-error"),
            Classification.of("software-error", "general").withKind("data-mismatch"),
            Classification.of("other", "other").withKind("network"),
            Classification.of("requirement", "requirement").withKind("new-feature"));
    private static final List<String> EVENTS = List.of("responded", "workaround-given", "proposal-given", "database-received",
            "replied", "customer-called");
    private static final List<String> WAITING = List.of("waiting-for-database", "waiting-for-onsite-test");

    /** One step of a generated log: minutes after the previous step, what happens, and a choice. */
    record Step(int minutes, int kind, int choice) {
    }

    /** A generated log: the world it happens in, the opening classification and instant, then the steps. */
    record Log(ClockWorlds.World world, int openingClass, int openedMinutes, List<Step> steps) {
        SlaPolicy policy() {
            return world.policy();
        }
    }

    @Provide
    Arbitrary<Log> logs() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.integers().between(0, 90), Arbitraries.integers().between(0, 2000)),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 99)).as(Step::new);
        return ClockWorlds.worlds().flatMap(world -> Combinators.combine(Arbitraries.just(world),
                Arbitraries.integers().between(0, CLASSES.size() - 1), world.openings(Arbitraries.integers().between(0, 7 * 24 * 60)),
                step.list().ofMaxSize(14)).as(Log::new));
    }

    /**
     * Logs in which every kind of step has a fair share: waits and resumes as often as events,
     * resolutions and reopenings (or confirmations) two steps in fifteen, reclassifications and
     * database receipts one; most steps within 90 minutes of the one before; openings anywhere in
     * the world's week (and near its clock change), and as many long logs as short ones (jqwik
     * leans towards short lists and small numbers, so these are spread evenly). So the laws below
     * meet pauses that move a deadline before it passes, restarts, reopened cycles and changed
     * entries, which logs() seldom makes.
     */
    @Provide
    Arbitrary<Log> busyLogs() {
        Arbitrary<Integer> minutes = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, 90).withDistribution(RandomDistribution.uniform())),
                Tuple.of(1, Arbitraries.integers().between(0, 2000).withDistribution(RandomDistribution.uniform())));
        Arbitrary<Integer> choice = Arbitraries.integers().between(0, 99);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(minutes, Arbitraries.integers().between(0, 2), choice).as(Step::new)),
                Tuple.of(3, Combinators.combine(minutes, Arbitraries.just(3), choice).as(Step::new)),
                Tuple.of(3, Combinators.combine(minutes, Arbitraries.just(4), choice).as(Step::new)),
                // a choice below 30 reclassifies
                Tuple.of(1, Combinators.combine(minutes, Arbitraries.just(6), Arbitraries.integers().between(0, 29)).as(Step::new)),
                Tuple.of(2, Combinators.combine(minutes, Arbitraries.just(7), choice).as(Step::new)),
                Tuple.of(2, Combinators.combine(minutes, Arbitraries.just(9), choice).as(Step::new)),
                // database-received, the restart of a data mismatch's fix
                Tuple.of(1, Combinators.combine(minutes, Arbitraries.just(0), Arbitraries.just(EVENTS.indexOf("database-received")))
                        .as(Step::new)));
        return ClockWorlds.worlds().flatMap(world -> Combinators.combine(Arbitraries.just(world),
                Arbitraries.integers().between(0, CLASSES.size() - 1),
                world.openings(Arbitraries.integers().between(0, 7 * 24 * 60).withDistribution(RandomDistribution.uniform())),
                step.list().ofMaxSize(14).withSizeDistribution(RandomDistribution.uniform())).as(Log::new));
    }

    /**
     * Busy logs that open as a software error and first wait for the customer from a minute between
     * the close at which the call-back's budget runs out and its deadline, the next opening a day or
     * more later, to up to a day after that opening; the busy logs' short steps seldom begin a wait
     * there.
     */
    @Provide
    Arbitrary<Log> waitingLogs() {
        return busyLogs().flatMap(busy -> {
            Log log = new Log(busy.world(), busy.openingClass() % 3, busy.openedMinutes(), busy.steps());
            Target callBack = log.policy().targets().stream().filter(t -> t.name().equals("call-back")).findFirst().orElseThrow();
            BusinessCalendar desk = log.policy().calendar(callBack.calendar().orElseThrow()).orElseThrow();
            Instant opened = log.world().base().plus(Duration.ofMinutes(log.openedMinutes()));
            Instant runsOut = desk.plus(opened, budget(callBack, desk, opened));
            long toClose = Duration.between(opened, runsOut).toMinutes();
            long gap = Duration.between(runsOut, desk.nextOpen(runsOut)).toMinutes();
            return Combinators.combine(Arbitraries.longs().between(0, Math.max(0, gap - 1)),
                    Arbitraries.longs().between(1, 24 * 60), Arbitraries.integers().between(0, 99)).as((k, past, choice) -> {
                        List<Step> steps = new ArrayList<>(List.of(new Step((int) (toClose + k), 3, choice),
                                new Step((int) (gap - k + past), 4, choice)));
                        steps.addAll(log.steps());
                        return new Log(log.world(), log.openingClass(), log.openedMinutes(), steps);
                    });
        });
    }

    /** A share in thousandths, evenly spread (jqwik's default leans towards small numbers). */
    @Provide
    Arbitrary<Integer> permille() {
        return Arbitraries.integers().between(0, 1000).withDistribution(RandomDistribution.uniform());
    }

    /** Builds a ticket from a log, skipping the steps its state does not allow. */
    static Ticket ticket(Log log) {
        return ticket(log, Integer.MAX_VALUE, null);
    }

    /**
     * Builds a ticket from a log up to a number of steps; extra, if given, is applied after the step
     * at its index.
     */
    static Ticket ticket(Log log, int steps, Extra extra) {
        Instant at = log.world().base().plus(Duration.ofMinutes(log.openedMinutes()));
        Ticket t = Ticket.open("P-1", at, CLASSES.get(log.openingClass()));
        for (int i = 0; i < log.steps().size() && i < steps; i++) {
            Step s = log.steps().get(i);
            at = at.plus(Duration.ofMinutes(s.minutes()));
            t = apply(t, s, at);
            if (extra != null && extra.after == i) {
                Instant next = i + 1 < log.steps().size() ? at.plus(Duration.ofMinutes(log.steps().get(i + 1).minutes())) : null;
                t = extra.apply(t, at, next);
            }
        }
        return t;
    }

    private static Ticket apply(Ticket t, Step s, Instant at) {
        boolean resolved = t.state() == Ticket.State.RESOLVED;
        switch (s.kind()) {
            case 0, 1, 2:
                return t.event(at, EVENTS.get(s.choice() % EVENTS.size()));
            case 3:
                return resolved ? t : t.pause(at, WAITING.get(s.choice() % WAITING.size()));
            case 4, 5:
                return t.state() == Ticket.State.WAITING ? t.resume(at) : t;
            case 6:
                return s.choice() < 30 ? t.reclassify(at, CLASSES.get(s.choice() % CLASSES.size())) : t;
            case 7, 8:
                return resolved ? t : t.resolve(at);
            default:
                return resolved ? (s.choice() < 50 ? t.reopen(at) : t.confirm(at)) : t;
        }
    }

    /** Something added to a log after one of its steps. */
    abstract static class Extra {
        final int after;

        Extra(int after) {
            this.after = after;
        }

        /** Applies the extra at an instant; it must end by the next step's instant, when there is one. */
        abstract Ticket apply(Ticket t, Instant at, Instant next);
    }

    private static Instant lastAt(Ticket t) {
        return t.getEvent(t.eventCount() - 1).at();
    }

    @Property(tries = 300)
    boolean aPauseNeverMakesADeadlineEarlier(@ForAll("logs") Log log, @ForAll @IntRange(min = -1, max = 14) int after,
            @ForAll @IntRange(min = 1, max = 3000) int pauseMinutes, @ForAll @IntRange(min = 0, max = 1) int state) {
        SlaPolicy policy = log.policy();
        Ticket without = ticket(log);
        Ticket with = ticket(log, Integer.MAX_VALUE, new Extra(after) {
            @Override
            Ticket apply(Ticket t, Instant at, Instant next) {
                Instant end = at.plus(Duration.ofMinutes(pauseMinutes));
                return t.state() == Ticket.State.OPEN ? t.pause(at, WAITING.get(state)).resume(next != null && next.isBefore(end) ? next : end) : t;
            }
        });
        if (after < 0) {
            with = without.state() == Ticket.State.OPEN
                    ? without.pause(lastAt(without), WAITING.get(state)).resume(lastAt(without).plus(Duration.ofMinutes(pauseMinutes)))
                    : without;
        }
        // evaluated a day after everything, so that no pause is still open
        Instant asOf = lastAt(with).plus(Duration.ofDays(1));
        SlaStatus a = policy.evaluate(without, asOf);
        SlaStatus b = policy.evaluate(with, asOf);
        ClockWorlds.collect(log.world(), with, asOf, b);
        ClockWorlds.checkCoverage();
        for (TargetStatus x : a.targets()) {
            Optional<TargetStatus> y = b.target(x.name());
            if (y.isPresent() && x.dueAt().isPresent() && y.get().dueAt().isPresent()) {
                Statistics.label("compared").collect(x.state(), y.get().state());
                Statistics.label("deadline moved").collect(y.get().dueAt().get().isAfter(x.dueAt().get()));
                if (y.get().dueAt().get().isBefore(x.dueAt().get())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A log and an instant strictly inside it: at least one of its events comes after asOf. */
    record Cut(Log log, Instant asOf) {
    }

    /** Distinct instants of a ticket's events, in order. */
    private static List<Instant> instants(Ticket t) {
        List<Instant> out = new ArrayList<>();
        for (TicketEvent e : t.events()) {
            if (out.isEmpty() || e.at().isAfter(out.get(out.size() - 1))) {
                out.add(e.at());
            }
        }
        return out;
    }

    /**
     * Cuts a log strictly inside: asOf is one of its instants but the last (so that events at asOf
     * count), or lies between two of them; either way at least one event comes after it.
     */
    @Provide
    Arbitrary<Cut> cuts() {
        return busyLogs().filter(log -> instants(ticket(log)).size() >= 2).flatMap(log -> {
            List<Instant> at = instants(ticket(log));
            return Combinators.combine(Arbitraries.integers().between(0, at.size() - 2),
                    Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(1, 999))))
                    .as((i, permille) -> new Cut(log, at.get(i).plus(
                            Duration.between(at.get(i), at.get(i + 1)).multipliedBy(permille).dividedBy(1000))));
        });
    }

    /** The log's steps whose instants are at or before asOf: the ticket as it stood then. */
    private static Ticket truncated(Log log, Instant asOf) {
        Instant at = log.world().base().plus(Duration.ofMinutes(log.openedMinutes()));
        int steps = 0;
        for (Step s : log.steps()) {
            at = at.plus(Duration.ofMinutes(s.minutes()));
            if (at.isAfter(asOf)) {
                break;
            }
            steps++;
        }
        return ticket(log, steps, null);
    }

    /** The stop events of a policy's targets. */
    private static Set<String> stops(SlaPolicy policy) {
        return policy.targets().stream().flatMap(t -> t.stopsOn().stream()).collect(Collectors.toSet());
    }

    /** The restart events of a policy's targets. */
    private static Set<String> restarts(SlaPolicy policy) {
        return policy.targets().stream().flatMap(t -> t.restartsOn().stream()).collect(Collectors.toSet());
    }

    @Property(tries = 300)
    boolean eventsAfterAsOfNeverChangeTheStatus(@ForAll("cuts") Cut cut) {
        SlaPolicy policy = cut.log().policy();
        Ticket full = ticket(cut.log());
        Ticket prefix = truncated(cut.log(), cut.asOf());
        List<TicketEvent> after = full.events().subList(prefix.eventCount(), full.eventCount());
        // the prefix is exactly the events at or before asOf
        if (!full.events().subList(0, prefix.eventCount()).equals(prefix.events())
                || after.stream().anyMatch(e -> !e.at().isAfter(cut.asOf()))) {
            return false;
        }
        Statistics.label("events after the cut").collect(after.isEmpty() ? "none" : "at least one");
        Statistics.label("asOf at an event").collect(cut.asOf().equals(prefix.getEvent(prefix.eventCount() - 1).at()));
        Statistics.label("pause after the cut").collect(after.stream().anyMatch(e -> e.type() == TicketEvent.Type.PAUSE));
        Statistics.label("resume after the cut").collect(after.stream().anyMatch(e -> e.type() == TicketEvent.Type.RESUME));
        Statistics.label("stop after the cut").collect(after.stream().anyMatch(e -> e.type() == TicketEvent.Type.EVENT
                && stops(policy).contains(e.name())));
        Statistics.label("restart after the cut").collect(after.stream().anyMatch(e -> e.type() == TicketEvent.Type.EVENT
                && restarts(policy).contains(e.name())));
        Statistics.label("reopen after the cut").collect(after.stream().anyMatch(e -> e.type() == TicketEvent.Type.EVENT
                && Ticket.REOPENED.equals(e.name())));
        Statistics.label("reclassification after the cut").collect(after.stream().anyMatch(e -> e.type() == TicketEvent.Type.RECLASSIFY));
        // the events after the cut matter once they count: as of the first of them, the two tickets differ
        Instant next = after.get(0).at();
        Statistics.label("the next event changes the status").collect(
                !policy.evaluate(full, next).targets().equals(policy.evaluate(prefix, next).targets()));
        SlaStatus a = policy.evaluate(prefix, cut.asOf());
        Statistics.label("states").collect(a.targets().isEmpty() ? "none" : a.targets().get(0).state());
        ClockWorlds.collect(cut.log().world(), prefix, cut.asOf(), a);
        ClockWorlds.checkCoverage();

        // about half the shares seen over many runs, so that a fair generator never fails them
        Statistics.label("events after the cut").coverage(c -> c.check("at least one").percentage(p -> p == 100.0));
        Statistics.label("asOf at an event").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("pause after the cut").coverage(c -> c.check(true).percentage(p -> p >= 12));
        Statistics.label("stop after the cut").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("restart after the cut").coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("reopen after the cut").coverage(c -> c.check(true).percentage(p -> p >= 3));
        Statistics.label("reclassification after the cut").coverage(c -> c.check(true).percentage(p -> p >= 8));
        Statistics.label("the next event changes the status").coverage(c -> c.check(true).percentage(p -> p >= 12));
        return a.equals(policy.evaluate(full, cut.asOf()));
    }

    @Property(tries = 300)
    boolean nothingChangesBeforeNextChangeAtAndSomethingDoesAtIt(@ForAll("logs") Log log,
            @ForAll @IntRange(min = 0, max = 3000) int waitMinutes, @ForAll @IntRange(min = 1, max = 999) int permille) {
        SlaPolicy policy = log.policy();
        Ticket t = ticket(log);
        Instant asOf = lastAt(t).plus(Duration.ofMinutes(waitMinutes));
        SlaStatus now = policy.evaluate(t, asOf);
        Optional<Instant> next = now.nextChangeAt();
        Statistics.label("next change").collect(next.isPresent());
        ClockWorlds.collect(log.world(), t, next.orElse(asOf), now);
        ClockWorlds.checkCoverage();
        if (next.isEmpty()) {
            return sameOutcome(now, policy.evaluate(t, asOf.plus(Duration.ofDays(30).multipliedBy(permille).dividedBy(1000))));
        }
        if (!next.get().isAfter(asOf)) {
            return false;
        }
        Duration gap = Duration.between(asOf, next.get());
        Instant between = asOf.plus(gap.multipliedBy(permille).dividedBy(1000));
        if (!between.isAfter(asOf) || !between.isBefore(next.get())) {
            return !sameOutcome(now, policy.evaluate(t, next.get()));
        }
        return sameOutcome(now, policy.evaluate(t, between)) && !sameOutcome(now, policy.evaluate(t, next.get()));
    }

    private static boolean sameOutcome(SlaStatus a, SlaStatus b) {
        if (a.targets().size() != b.targets().size()) {
            return false;
        }
        for (int i = 0; i < a.targets().size(); i++) {
            TargetStatus x = a.targets().get(i);
            TargetStatus y = b.targets().get(i);
            if (x.state() != y.state() || !x.dueAt().equals(y.dueAt()) || !x.escalations().equals(y.escalations())) {
                return false;
            }
        }
        return true;
    }

    /**
     * DESIGN.md's deadline: a target's {@code dueAt} is {@code plus(start, budget + paused business
     * time)}, where the pauses that count are those that begin before the running deadline (each one
     * moves it, so a later pause may then begin before it too), the start is the cycle's or a restart
     * that came before the deadline, and the budget is the rule's at that start. Written here from the
     * calendar's public {@code plus}, {@code between} and {@code endOfBusinessDay}, not from the
     * clock's classes; the log is read as the policy reads it (the classification as of asOf,
     * retroactively; the last reopening's cycle). Judged for every target with a {@code dueAt}
     * (running, met, breached), except where a reclassification moved the deadline to its own instant.
     */
    @Property(tries = 1000)
    boolean dueAtIsTheStartPlusTheBudgetAndThePausedBusinessTimeBeforeIt(@ForAll("busyLogs") Log log,
            @ForAll("permille") int permille) {
        if (!dueAtIsAsDesigned(log, permille)) {
            return false;
        }
        // about half the shares seen over many runs, so that a fair generator never fails them
        Statistics.label("judged").coverage(c -> {
            c.check(TargetState.RUNNING).percentage(p -> p >= 25);
            c.check(TargetState.MET).percentage(p -> p >= 8);
            c.check(TargetState.BREACHED).percentage(p -> p >= 6);
        });
        Statistics.label("rule").coverage(c -> {
            c.check("within").percentage(p -> p >= 25);
            c.check("end-of-business-day").percentage(p -> p >= 6);
            c.check("business-days").percentage(p -> p >= 15);
        });
        Statistics.label("pauses that moved it").coverage(c -> c.checkQuery(v -> !v.get(0).equals("none")).percentage(p -> p >= 5));
        // a count: only the data mismatch's fix restarts, so the call-back's entries would thin a share
        Statistics.label("restart").coverage(c -> c.check("counted").count(n -> n >= 5));
        Statistics.label("cycle").coverage(c -> c.check("after a reopening").percentage(p -> p >= 2));
        Statistics.label("entry changed by a reclassification").coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("moved to the reclassification").coverage(c -> c.check(true).percentage(p -> p >= 0.5));
        ClockWorlds.checkCoverage();
        return true;
    }

    /**
     * The same law where the call-back's deadline is the next opening after the close at which its
     * budget runs out, and the ticket waits from between the two to past that opening: the wait
     * begins before the deadline, so it adds its business time like any other.
     */
    @Property(tries = 300)
    boolean dueAtCountsAWaitBegunAfterTheBudgetRanOutAtACloseBeforeTheNextOpening(@ForAll("waitingLogs") Log log,
            @ForAll("permille") int permille) {
        if (!dueAtIsAsDesigned(log, permille)) {
            return false;
        }
        // about half the share seen over many runs
        Statistics.label(AFTER_THE_CLOSE).coverage(c -> c.check(true).percentage(p -> p >= 15));
        return true;
    }

    /** Once a try: whether a same-time deadline was moved by a pause begun at or after the close at which its budget ran out. */
    private static final String AFTER_THE_CLOSE = "a same-time deadline moved by a pause begun after its budget ran out at a close";

    /** Checks every target's dueAt of a log, as of a share of it, against the design's words; collects the statistics. */
    private static boolean dueAtIsAsDesigned(Log log, int permille) {
        SlaPolicy policy = log.policy();
        Ticket t = ticket(log);
        // anywhere from the opening to a day after the last event
        Instant asOf = t.openedAt().plus(Duration.between(t.openedAt(), lastAt(t).plus(Duration.ofDays(1))).multipliedBy(permille).dividedBy(1000));
        int limit = 0;
        while (limit < t.eventCount() && !t.getEvent(limit).at().isAfter(asOf)) {
            limit++;
        }
        Classification opening = t.openingClassification();
        Classification current = opening;
        int cycle = 0;
        for (int i = 1; i < limit; i++) {
            TicketEvent e = t.getEvent(i);
            if (e.type() == TicketEvent.Type.RECLASSIFY) {
                current = e.classification().orElseThrow();
            } else if (e.type() == TicketEvent.Type.EVENT && Ticket.REOPENED.equals(e.name())) {
                cycle = i;
            }
        }
        SlaStatus status = policy.evaluate(t, asOf);
        ClockWorlds.collect(log.world(), t, asOf, status);
        boolean afterTheClose = false;
        for (TargetStatus s : status.targets()) {
            if (s.dueAt().isEmpty()) {
                Statistics.label("judged").collect("no dueAt: " + s.state());
                continue;
            }
            int entry = applicable(policy, s.name(), current);
            Target target = policy.targets().get(entry);
            if (!target.startsOn().equals(List.of(Ticket.OPENED))) {
                throw new AssertionError("this law reads seed 000's targets, which start on opened: " + target);
            }
            // the last reclassification that changed the target's entry
            Instant changedAt = null;
            int previous = applicable(policy, s.name(), opening);
            for (int i = 1; i < limit; i++) {
                if (t.getEvent(i).type() == TicketEvent.Type.RECLASSIFY) {
                    int now = applicable(policy, s.name(), t.getEvent(i).classification().orElseThrow());
                    if (now != previous) {
                        changedAt = t.getEvent(i).at();
                    }
                    previous = now;
                }
            }
            BusinessCalendar cal = policy.calendar(target.calendar().orElse(policy.calendars().keySet().iterator().next()))
                    .orElseThrow();
            // the cycle's stop and restart, and its pauses, up to asOf
            Instant stop = null;
            Instant restart = null;
            List<Instant[]> pauses = new ArrayList<>();
            boolean pausing = false;
            for (int i = cycle; i < limit; i++) {
                TicketEvent e = t.getEvent(i);
                boolean now = pausing;
                if (e.type() == TicketEvent.Type.PAUSE) {
                    now = target.isPausedBy(e.waitingState().orElseThrow());
                } else if (e.type() == TicketEvent.Type.RESUME || e.type() == TicketEvent.Type.EVENT && Ticket.RESOLVED.equals(e.name())) {
                    now = false;
                }
                if (now && !pausing) {
                    pauses.add(new Instant[] {e.at(), null});
                } else if (!now && pausing) {
                    pauses.get(pauses.size() - 1)[1] = e.at();
                }
                pausing = now;
                if (i > cycle && e.type() == TicketEvent.Type.EVENT && stop == null) {
                    if (target.stopsOn().contains(e.name())) {
                        stop = e.at();
                    } else if (restart == null && target.restartsOn().contains(e.name())) {
                        restart = e.at();
                    }
                }
            }
            Instant start = t.getEvent(cycle).at();
            String restarted = "none";
            if (restart != null) {
                // a restart counts when it comes before the deadline as it stood then (never before the reclassification)
                Instant before = later(runningDeadline(cal, start, target, pauses, restart).due(), changedAt);
                restarted = before.isAfter(restart) ? "counted" : "too late";
                if (before.isAfter(restart)) {
                    start = restart;
                }
            }
            Deadline deadline = runningDeadline(cal, start, target, pauses, stop);
            // a deadline is never earlier than the reclassification that changed the target's entry
            boolean moved = changedAt != null && changedAt.isAfter(deadline.due());
            Instant expected = later(deadline.due(), changedAt);
            afterTheClose |= deadline.afterTheClose();
            Statistics.label("judged").collect(s.state());
            Statistics.label("moved to the reclassification").collect(moved);
            Statistics.label("rule").collect(target.rule().key());
            int moving = deadline.moving();
            Statistics.label("pauses that moved it").collect(moving == 0 ? "none" : moving == 1 ? "one" : "two or more");
            Statistics.label("restart").collect(restarted);
            Statistics.label("cycle").collect(cycle == 0 ? "first" : "after a reopening");
            Statistics.label("entry changed by a reclassification").collect(changedAt != null);
            if (!s.dueAt().get().equals(expected)) {
                return false;
            }
        }
        // once a try, so that the label has entries whatever the try held
        Statistics.label(AFTER_THE_CLOSE).collect(afterTheClose);
        return true;
    }

    /**
     * DESIGN.md's remaining time: {@code remaining} is the business time left from the evaluation
     * point (the stop, or asOf while no stop came) to the reported {@code dueAt}, negative once past
     * it, on the target's calendar — whenever no pause lies between the two. That holds for a deadline
     * a reclassification moved too, since the budget grows by the business time by which it moved.
     */
    @Property(tries = 1000)
    boolean remainingIsTheBusinessTimeFromTheEvaluationPointToDueAt(@ForAll("busyLogs") Log log,
            @ForAll("permille") int permille) {
        SlaPolicy policy = log.policy();
        Ticket t = ticket(log);
        Instant asOf = t.openedAt().plus(Duration.between(t.openedAt(), lastAt(t).plus(Duration.ofDays(1))).multipliedBy(permille).dividedBy(1000));
        TicketView view = TicketView.of(t, asOf);
        int cycle = view.cycleStart(view.currentCycle());
        SlaStatus status = policy.evaluate(t, asOf);
        ClockWorlds.collect(log.world(), t, asOf, status);
        for (TargetStatus s : status.targets()) {
            if (s.dueAt().isEmpty() || s.remaining().isEmpty()) {
                Statistics.label("judged").collect("no dueAt: " + s.state());
                continue;
            }
            Target target = policy.targets().get(applicable(policy, s.name(), view.classification));
            BusinessCalendar cal = policy.calendar(target.calendar().orElse(policy.calendars().keySet().iterator().next()))
                    .orElseThrow();
            Instant point = asOf;
            for (int i = cycle + 1; i < view.limit; i++) {
                TicketEvent e = t.getEvent(i);
                if (e.type() == TicketEvent.Type.EVENT && target.stopsOn().contains(e.name())) {
                    point = e.at();
                    break;
                }
            }
            Instant due = s.dueAt().get();
            if (pausedBetween(t, cycle, view.limit, target, point.isBefore(due) ? point : due, point.isBefore(due) ? due : point)) {
                Statistics.label("judged").collect("a pause between: not judged");
                continue;
            }
            Statistics.label("judged").collect(s.state());
            Statistics.label("remaining").collect(s.remaining().get().isNegative() ? "negative" : "zero or more");
            if (!s.remaining().get().equals(cal.between(point, due))) {
                return false;
            }
        }
        Statistics.label("judged").coverage(c -> {
            c.check(TargetState.RUNNING).percentage(p -> p >= 20);
            c.check(TargetState.MET).percentage(p -> p >= 5);
            c.check(TargetState.BREACHED).percentage(p -> p >= 3);
        });
        Statistics.label("remaining").coverage(c -> c.check("negative").percentage(p -> p >= 3));
        ClockWorlds.checkCoverage();
        return true;
    }

    /** Checks if a pause of a target within events [from, to) overlaps [lo, hi); a pause still open runs on without end. */
    private static boolean pausedBetween(Ticket t, int from, int to, Target target, Instant lo, Instant hi) {
        Instant pauseStart = null;
        for (int i = from; i < to; i++) {
            TicketEvent e = t.getEvent(i);
            boolean pausing = e.type() == TicketEvent.Type.PAUSE && target.isPausedBy(e.waitingState().orElseThrow());
            boolean ends = e.type() == TicketEvent.Type.RESUME || e.type() == TicketEvent.Type.PAUSE && !pausing
                    || e.type() == TicketEvent.Type.EVENT && Ticket.RESOLVED.equals(e.name());
            if (pausing && pauseStart == null) {
                pauseStart = e.at();
            } else if (ends && pauseStart != null) {
                if (pauseStart.isBefore(hi) && e.at().isAfter(lo)) {
                    return true;
                }
                pauseStart = null;
            }
        }
        return pauseStart != null && pauseStart.isBefore(hi);
    }

    /** The index in the policy's targets of the first entry of a name whose when matches (seed 000 has no tiers). */
    private static int applicable(SlaPolicy policy, String name, Classification c) {
        for (int i = 0; i < policy.targets().size(); i++) {
            Target t = policy.targets().get(i);
            if (t.name().equals(name) && t.when().matches(c, null)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The budget of the rule at a start: the duration; the business time to the end of the (next)
     * business day; or, for N business days, to the end of the N-th working day after the start's, or
     * at the same time, to the time of day of the opening the clock counts from on that day (to the
     * next opening when that time is closed).
     */
    private static Duration budget(Target target, BusinessCalendar cal, Instant start) {
        if (target.rule() instanceof DeadlineRule.Within w) {
            return w.duration();
        }
        if (target.rule() instanceof DeadlineRule.WorkingDays d) {
            LocalDate day = cal.workingDayOf(start);
            LocalDate last = cal.plusWorkingDays(day, d.days());
            if (!d.sameTime()) {
                return cal.between(start, cal.endOfWorkingDay(last));
            }
            // a start after midnight in an overnight window keeps its day after the working day
            ZonedDateTime opening = cal.nextOpen(start).atZone(cal.zone());
            LocalDate date = last.plusDays(ChronoUnit.DAYS.between(day, opening.toLocalDate()));
            return cal.between(start, cal.nextOpen(ZonedDateTime.of(date, opening.toLocalTime(), cal.zone()).toInstant()));
        }
        DeadlineRule.EndOfWorkingDay e = (DeadlineRule.EndOfWorkingDay) target.rule();
        Instant end = cal.endOfBusinessDay(start);
        Duration left = cal.between(start, end);
        // less than the cutoff left: the end of the next working day, which is the business day after this one's end
        return left.compareTo(e.cutoff()) >= 0 ? left : cal.between(start, cal.endOfBusinessDay(end));
    }

    /**
     * A deadline, how many pauses moved it by some business time, and whether one of those began at
     * or after the close at which the budget (with the pauses before) runs out, before the opening the
     * deadline lands at.
     */
    private record Deadline(Instant due, int moving, boolean afterTheClose) {
    }

    /**
     * The deadline as the design words it: plus(start, budget), moved on by the business time of each
     * pause (clipped to the start and to the stop, if any) that begins before the deadline as it then
     * stands. Business days at the same time land at the next opening when plus gives a close, so a
     * pause that begins in the closed time between them begins before the deadline too.
     */
    private static Deadline runningDeadline(BusinessCalendar cal, Instant start, Target target, List<Instant[]> pauses, Instant stop) {
        Duration budget = budget(target, cal, start);
        boolean toOpening = target.rule() instanceof DeadlineRule.WorkingDays d && d.sameTime();
        Duration paused = Duration.ZERO;
        Instant runsOut = cal.plus(start, budget);
        Instant due = toOpening ? cal.nextOpen(runsOut) : runsOut;
        int moving = 0;
        boolean afterTheClose = false;
        for (Instant[] p : pauses) {
            Instant a = p[0].isBefore(start) ? start : p[0];
            Instant b = p[1] == null || stop != null && p[1].isAfter(stop) ? stop : p[1];
            if (stop != null && !a.isBefore(stop) || b != null && !b.isAfter(a)) {
                continue;
            }
            if (!a.isBefore(due)) {
                break;
            }
            if (b == null) {
                throw new AssertionError("a pause still open before the deadline leaves no dueAt");
            }
            Duration length = cal.between(a, b);
            if (!length.isZero()) {
                moving++;
                afterTheClose |= !a.isBefore(runsOut);
            }
            paused = paused.plus(length);
            runsOut = cal.plus(start, budget.plus(paused));
            due = toOpening ? cal.nextOpen(runsOut) : runsOut;
        }
        return new Deadline(due, moving, afterTheClose);
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    @Property(tries = 200)
    boolean aTicketOpenedUnderVersion1KeepsItsOutcomeAfterVersion2TakesEffect(@ForAll("logs") Log log,
            @ForAll @IntRange(min = 0, max = 40000) int minutes) {
        SlaPolicy policy = log.policy();
        Ticket t = ticket(log);
        // opened in the world's week, before its version of two weeks after
        Instant asOf = t.openedAt().plus(Duration.ofMinutes(minutes));
        SlaStatus v1 = policy.evaluate(t, asOf);
        SlaStatus both = log.world().versioned().evaluate(t, asOf);
        Statistics.label("met stays met").collect(v1.targets().stream().anyMatch(s -> s.state() == TargetState.MET));
        ClockWorlds.collect(log.world(), t, asOf, v1);
        ClockWorlds.checkCoverage();
        return v1.targets().equals(both.targets()) && v1.nextChangeAt().equals(both.nextChangeAt());
    }

    /**
     * {@code evaluate} skips the escalations after the first one still to come, which an explanation
     * computes and notes: both give the same status.
     */
    @Property(tries = 1000)
    boolean anEvaluationThatRecordsNothingGivesTheStatusOfOneThatRecords(@ForAll("busyLogs") Log log,
            @ForAll @IntRange(min = 0, max = 6000) int minutes) {
        SlaPolicy policy = log.policy();
        Ticket t = ticket(log);
        Instant asOf = lastAt(t).plus(Duration.ofMinutes(minutes));
        SlaStatus quiet = policy.evaluate(t, asOf);
        SlaStatus recorded = TicketClock.evaluateRecording(policy, t, asOf);
        ClockWorlds.collect(log.world(), t, asOf, quiet);
        ClockWorlds.checkCoverage();
        for (TargetStatus s : quiet.targets()) {
            Statistics.label("escalations fired").collect(s.escalations().size());
            Statistics.label("state").collect(s.state());
        }
        return quiet.targets().equals(recorded.targets()) && quiet.nextChangeAt().equals(recorded.nextChangeAt());
    }

    /**
     * The policy's zone is the one its times are shown in and its versions begin in, while each
     * calendar counts in its own: the same rules on the same office in a UTC policy give every
     * ticket the same status.
     */
    @Property(tries = 300)
    boolean thePolicysZoneChangesNoStatus(@ForAll("busyLogs") Log log, @ForAll("permille") int permille) {
        Ticket t = ticket(log);
        Instant asOf = t.openedAt().plus(Duration.between(t.openedAt(), lastAt(t).plus(Duration.ofDays(1))).multipliedBy(permille).dividedBy(1000));
        SlaStatus here = log.policy().evaluate(t, asOf);
        SlaStatus utc = log.world().inUtc().evaluate(t, asOf);
        ClockWorlds.collect(log.world(), t, asOf, here);
        ClockWorlds.checkCoverage();
        return here.targets().equals(utc.targets()) && here.nextChangeAt().equals(utc.nextChangeAt());
    }

    @Property(tries = 300)
    boolean reclassifyingToTheSameClassificationChangesNothing(@ForAll("logs") Log log,
            @ForAll @IntRange(min = -1, max = 14) int after, @ForAll @IntRange(min = 0, max = 3000) int waitMinutes) {
        SlaPolicy policy = log.policy();
        Ticket t = ticket(log);
        Ticket same = after < 0 ? t.reclassify(lastAt(t), t.classification()) : ticket(log, Integer.MAX_VALUE, new Extra(after) {
            @Override
            Ticket apply(Ticket x, Instant at, Instant next) {
                return x.reclassify(at, x.classification());
            }
        });
        Instant asOf = lastAt(same).plus(Duration.ofMinutes(waitMinutes));
        SlaStatus a = policy.evaluate(t, asOf);
        SlaStatus b = policy.evaluate(same, asOf);
        ClockWorlds.collect(log.world(), same, asOf, b);
        ClockWorlds.checkCoverage();
        return a.targets().equals(b.targets()) && a.nextChangeAt().equals(b.nextChangeAt());
    }

    /**
     * Every cycle's business time from its clock's start to its stop (or its end, or asOf) is the
     * time counted plus the time paused, state by state, and the current cycle repeats the status.
     */
    @Property(tries = 1000)
    boolean elapsedPlusPausedIsTheBusinessTimeFromTheStartToTheStop(@ForAll("busyLogs") Log log, @ForAll("permille") int permille) {
        SlaPolicy policy = log.policy();
        Ticket t = ticket(log);
        Instant asOf = t.openedAt().plus(Duration.between(t.openedAt(), lastAt(t).plus(Duration.ofDays(1))).multipliedBy(permille).dividedBy(1000));
        SlaStatus status = policy.evaluate(t, asOf);
        ClockWorlds.collect(log.world(), t, asOf, status);
        for (TargetStatus s : status.targets()) {
            TargetStatus.Cycle now = s.current();
            if (now.state() != s.state() || !now.dueAt().equals(s.dueAt()) || !now.remaining().equals(s.remaining())
                    || now.number() != s.cycles().size() + 1 || now.closedAt().isPresent()) {
                return false;
            }
            BusinessCalendar calendar = policy.calendar(s.calendar()).orElseThrow();
            List<TargetStatus.Cycle> all = new ArrayList<>(s.cycles());
            all.add(now);
            for (TargetStatus.Cycle c : all) {
                if (c.startedAt().isEmpty()) {
                    Statistics.label("cycle").collect("not started");
                    continue;
                }
                Instant end = c.stop().map(TargetStatus.Stop::at).orElse(c.closedAt().orElse(asOf));
                Statistics.label("cycle").collect(c.paused().size() > 1 ? "paused in two states" : c.paused().isEmpty() ? "no pause" : "paused",
                        c.stop().isPresent() ? "stopped" : "not stopped", c.number() > 1 ? "reopened" : "first");
                if (!c.elapsed().plus(c.pausedTotal()).equals(calendar.between(c.startedAt().get(), end))) {
                    return false;
                }
            }
        }
        Statistics.label("cycle").coverage(k -> {
            k.check("paused", "stopped", "first").count(n -> n > 0);
            k.check("paused", "not stopped", "reopened").count(n -> n > 0);
            k.check("no pause", "stopped", "reopened").count(n -> n > 0);
        });
        ClockWorlds.checkCoverage();
        return true;
    }
}
