package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.HolidaySet;
import org.slakit.config.PolicyException;
import org.slakit.config.PolicyYaml;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.threeten.extra.LocalDateRange;

/**
 * The two readings of "N business days" side by side: {@code business-days: N} ends with the N-th
 * working day after the start's; {@code {days: N, at: same-time}} ends at the start's time of day on
 * it, or at the next opening when that time is closed.
 */
class BusinessDaysAtSameTimeTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Mon-Fri 09:00-12:00 and 13:30-18:00; Wednesday 2026-12-09's morning closed; one target on the given rule. */
    private static String policy(String rule) {
        return String.join("\n", "slakit: 1", "zone: Asia/Shanghai", "calendars:", "  office:",
                "    hours: {Mon-Fri: [09:00-12:00, 13:30-18:00]}", "    closed: [2026-12-09 09:00-12:00]",
                "severities: [general]", "categories: {bug: []}",
                "targets:", "  - {name: fix, stops-on: resolved, " + rule + "}", "");
    }

    private static SlaPolicy read(String yaml) {
        return PolicyYaml.read(new StringReader(yaml), "p.yaml", Path.of("."));
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    private static Optional<Instant> dueAt(SlaPolicy policy, String opened) {
        Ticket t = Ticket.open("T-1", at(opened), Classification.of("bug", "general"));
        return policy.evaluate(t, at(opened)).targets().get(0).dueAt();
    }

    static Stream<Arguments> readings() {
        return Stream.of(
            // opened, days, end-of-day reading, same-time reading
            Arguments.of("2026-12-07T10:30", 2, "2026-12-09T18:00", "2026-12-09T13:30"),   // Mon 10:30 + 2: Wed's morning is closed
            Arguments.of("2026-12-07T10:30", 1, "2026-12-08T18:00", "2026-12-08T10:30"),   // Mon 10:30 + 1: Tue 10:30
            Arguments.of("2026-12-04T17:00", 1, "2026-12-07T18:00", "2026-12-07T17:00"),   // Fri 17:00 + 1: Mon 17:00
            Arguments.of("2026-12-07T12:45", 1, "2026-12-08T18:00", "2026-12-08T13:30"),   // lunch: counted from 13:30
            Arguments.of("2026-12-05T20:00", 1, "2026-12-08T18:00", "2026-12-08T09:00"),   // Saturday night: from Mon 09:00
            Arguments.of("2026-12-07T18:00", 1, "2026-12-09T18:00", "2026-12-09T13:30"),   // at the close: from Tue 09:00, Wed 09:00 closed
            Arguments.of("2026-12-07T10:30", 0, "2026-12-07T18:00", "2026-12-07T10:30"));  // 0: the start itself
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("readings")
    void dueAt_bothReadings(String opened, int days, String endOfDay, String sameTime) {
        assertEquals(Optional.of(at(endOfDay)), dueAt(read(policy("business-days: " + days)), opened), "end-of-day");
        assertEquals(Optional.of(at(endOfDay)), dueAt(read(policy("business-days: {days: " + days + ", at: end-of-day}")), opened),
                "at: end-of-day");
        assertEquals(Optional.of(at(sameTime)), dueAt(read(policy("business-days: {days: " + days + ", at: same-time}")), opened),
                "at: same-time");
    }

    @Test
    void javaAndYaml_giveTheSamePolicy_andItIsWrittenBack() {
        SlaPolicy yaml = read(policy("business-days: {days: 2, at: same-time}"));
        SlaPolicy built = SlaPolicy.builder("p", ZONE)
                .calendar("office", BusinessCalendar.builder(ZONE).hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00")
                        .closed(LocalDate.of(2026, 12, 9), "09:00-12:00"))
                .severities("general").category("bug")
                .target("fix", t -> t.stopsOn("resolved").workingDaysAtSameTime(2)).build();
        assertEquals(built.targets(), yaml.targets());
        assertEquals(DeadlineRule.workingDaysAtSameTime(2), yaml.targets().get(0).rule());
        assertEquals("business-days 2 at same-time", yaml.targets().get(0).rule().toString());
        assertEquals(true, PolicyYaml.write(yaml).contains("business-days: {days: 2, at: same-time}")
                || PolicyYaml.write(yaml).contains("days: 2"), PolicyYaml.write(yaml));
        assertEquals(yaml, read(PolicyYaml.write(yaml)));
        assertEquals(new DeadlineRule.WorkingDays(2), DeadlineRule.workingDays(2));
    }

    @Test
    void explain_namesTheReading() {
        SlaPolicy policy = read(policy("business-days: {days: 1, at: same-time}"));
        Ticket t = Ticket.open("T-1", at("2026-12-07T10:30"), Classification.of("bug", "general"));
        String text = policy.evaluate(t, at("2026-12-07T11:00")).explain().toString();
        assertEquals(true, text.contains("boundary: the start's time of day on working day 2026-12-08 (Tue 2026-12-08 10:30+08:00,"
                + " the next opening if that time is closed), 1 working days after 2026-12-07"), text);
    }

    /**
     * A Hong Kong desk for the explanations: Mon-Fri 09:00-12:00 and 13:30-18:00, Sat 10:00-12:00;
     * Thursday 2026-12-24 closed from 13:00, Friday 2026-12-25 Christmas Day; fix is due one
     * working day later at the same time.
     */
    private static final ZoneId HK = ZoneId.of("Asia/Hong_Kong");
    private static final SlaPolicy DESK = SlaPolicy.builder("desk", HK)
            .calendar("office", BusinessCalendar.builder(HK).hours(MONDAY, FRIDAY, "09:00-12:00", "13:30-18:00")
                    .hours(SATURDAY, "10:00-12:00").closed(LocalDate.of(2026, 12, 24), "13:00-18:00")
                    .holidays(HolidaySet.builder("hk", "Hong Kong 2026", LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1),
                            LocalDate.of(2026, 12, 31))).dayOff(LocalDate.of(2026, 12, 25), "Christmas Day", "聖誕節").build()))
            .severities("general").category("bug")
            .target("fix", t -> t.stopsOn("resolved").workingDaysAtSameTime(1)).build();

    /**
     * The lines that start with a word of the explanation of a ticket opened at a local time in
     * Hong Kong, as of a minute later, without their indentation.
     */
    private static List<String> lines(String opened, String start) {
        Instant at = LocalDateTime.parse(opened).atZone(HK).toInstant();
        Ticket t = Ticket.open("T-1", at, Classification.of("bug", "general"));
        return DESK.evaluate(t, at.plusSeconds(60)).explain().toText().lines().map(String::strip)
                .filter(l -> l.startsWith(start)).toList();
    }

    static Stream<Arguments> sameTimeInsideHours() {
        return Stream.of(
            // opened, the boundary's words, the deadline's
            Arguments.of("2026-12-07T10:30", // Mon 10:30 + 1: Tue 10:30
                    "the start's time of day on working day 2026-12-08 (Tue 2026-12-08 10:30+08:00, the next opening if that time is"
                            + " closed), 1 working days after 2026-12-07",
                    "deadline Tue 2026-12-08 10:30+08:00 = start + budget 7h30m"),
            Arguments.of("2026-12-04T11:00", // Fri 11:00 + 1: Sat 11:00, inside Saturday's short hours
                    "the start's time of day on working day 2026-12-05 (Sat 2026-12-05 11:00+08:00, the next opening if that time is"
                            + " closed), 1 working days after 2026-12-04",
                    "deadline Sat 2026-12-05 11:00+08:00 = start + budget 6h30m"),
            Arguments.of("2026-12-05T11:30", // Sat 11:30 + 1: Mon 11:30, inside Monday's longer hours
                    "the start's time of day on working day 2026-12-07 (Mon 2026-12-07 11:30+08:00, the next opening if that time is"
                            + " closed), 1 working days after 2026-12-05",
                    "deadline Mon 2026-12-07 11:30+08:00 = start + budget 3h"));
    }

    /** When the same time of day is open, the deadline is exactly start + budget, and the words are those they were. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sameTimeInsideHours")
    void explain_sameTimeInsideHours_isStartPlusBudget(String opened, String boundary, String deadline) {
        assertEquals(List.of("boundary: " + boundary), lines(opened, "boundary:"));
        assertEquals(List.of(deadline), lines(opened, "deadline"));
    }

    static Stream<Arguments> sameTimeOutsideHours() {
        return Stream.of(
            // opened, dueAt, the boundary's words, the deadline's
            Arguments.of("2026-12-04T15:00", "2026-12-07T09:00", // Fri 15:00 + 1: Sat 15:00, after Saturday's close
                    "1 working day after Fri 2026-12-04 15:00+08:00 is Sat 2026-12-05 15:00+08:00, outside working hours: due at the"
                            + " next opening, Mon 2026-12-07 09:00+08:00",
                    "deadline Mon 2026-12-07 09:00+08:00 = the next opening after start + budget 5h, which runs out at the close"
                            + " Sat 2026-12-05 12:00+08:00"),
            Arguments.of("2026-12-04T12:30", "2026-12-07T09:00", // Fri lunch: from 13:30, + 1 is Sat 13:30, after Saturday's close
                    "1 working day after Fri 2026-12-04 13:30+08:00 (the opening the clock counts from) is Sat 2026-12-05"
                            + " 13:30+08:00, outside working hours: due at the next opening, Mon 2026-12-07 09:00+08:00",
                    "deadline Mon 2026-12-07 09:00+08:00 = the next opening after start + budget 6h30m, which runs out at the close"
                            + " Sat 2026-12-05 12:00+08:00"),
            Arguments.of("2026-12-05T20:00", "2026-12-08T09:00", // Saturday night: from Mon 09:00, + 1 is Tue 09:00, an opening
                    "the start's time of day on working day 2026-12-08 (Tue 2026-12-08 09:00+08:00, the next opening if that time is"
                            + " closed), 1 working days after 2026-12-07",
                    "deadline Tue 2026-12-08 09:00+08:00 = the next opening after start + budget 7h30m, which runs out at the close"
                            + " Mon 2026-12-07 18:00+08:00"));
    }

    /**
     * When the same time of day is closed, the deadline is the next opening, and the explanation
     * says so in a desk's words instead of "= start + budget", which would be the close before it.
     * A deadline at an opening is the next opening after the close at which the budget runs out.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sameTimeOutsideHours")
    void explain_sameTimeOutsideHours_saysTheDeadlineMovedToTheNextOpening(String opened, String dueAt, String boundary,
            String deadline) {
        Instant at = LocalDateTime.parse(opened).atZone(HK).toInstant();
        Ticket t = Ticket.open("T-1", at, Classification.of("bug", "general"));
        assertEquals(Optional.of(LocalDateTime.parse(dueAt).atZone(HK).toInstant()),
                DESK.evaluate(t, at).target("fix").orElseThrow().dueAt());
        assertEquals(List.of("boundary: " + boundary), lines(opened, "boundary:"));
        assertEquals(List.of(deadline), lines(opened, "deadline"));
    }

    static Stream<Arguments> sameTimeAndAHoliday() {
        return Stream.of(
            // opened, the boundary's words, the deadline's, the days skipped
            Arguments.of("2026-12-24T10:30", // Thu 10:30 + 1: Christmas Day is no working day, so Sat 10:30
                    "the start's time of day on working day 2026-12-26 (Sat 2026-12-26 10:30+08:00, the next opening if that time is"
                            + " closed), 1 working days after 2026-12-24",
                    "deadline Sat 2026-12-26 10:30+08:00 = start + budget 2h",
                    List.of("skipped 2026-12-24 closed 13:00-18:00", "skipped 2026-12-25 Christmas Day 聖誕節 (holiday)")),
            Arguments.of("2026-12-23T14:00", // Wed 14:00 + 1: Thu 14:00 is closed, the next opening is after Christmas Day
                    "1 working day after Wed 2026-12-23 14:00+08:00 is Thu 2026-12-24 14:00+08:00, outside working hours: due at the"
                            + " next opening, Sat 2026-12-26 10:00+08:00",
                    "deadline Sat 2026-12-26 10:00+08:00 = the next opening after start + budget 7h, which runs out at the close"
                            + " Thu 2026-12-24 12:00+08:00",
                    List.of("skipped 2026-12-24 closed 13:00-18:00", "skipped 2026-12-25 Christmas Day 聖誕節 (holiday)")),
            Arguments.of("2026-12-25T10:30", // opened on Christmas Day: counted from Sat 10:00, whose time of day Mon 10:00 keeps
                    "the start's time of day on working day 2026-12-28 (Mon 2026-12-28 10:00+08:00, the next opening if that time is"
                            + " closed), 1 working days after 2026-12-26",
                    "deadline Mon 2026-12-28 10:00+08:00 = start + budget 3h",
                    List.of("skipped 2026-12-25 Christmas Day 聖誕節 (holiday)")));
    }

    /**
     * A holiday is no working day: the same time of day is kept on the next working day, a time
     * moved to the next opening skips the holiday too, and a ticket opened on a holiday keeps the
     * time of day of the opening its clock counts from; the days skipped are named.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sameTimeAndAHoliday")
    void explain_sameTimeAndAHoliday_skipsTheHoliday(String opened, String boundary, String deadline, List<String> skipped) {
        assertEquals(List.of("boundary: " + boundary), lines(opened, "boundary:"));
        assertEquals(List.of(deadline), lines(opened, "deadline"));
        assertEquals(skipped, lines(opened, "skipped"));
    }

    /**
     * A desk whose Saturday is short, for waits after the budget ran out: Mon-Fri 09:00-18:00, Sat
     * 10:00-14:00, Hong Kong; one target on the given rule, the customer's waits pause it, and an
     * escalation at 100 %. Opened Fri 2026-12-04 15:00 with 1 working day at the same time, it is
     * due Mon 09:00: Sat 15:00 is after Saturday's close, so the budget of 7h (Fri 15:00-18:00, Sat
     * 10:00-14:00) runs out at Sat 14:00 and the deadline is the next opening.
     */
    private static SlaPolicy shortSaturday(Consumer<Target.Builder> rule) {
        return SlaPolicy.builder("short Saturday", HK)
                .calendar("office", BusinessCalendar.builder(HK).hours(MONDAY, FRIDAY, "09:00-18:00").hours(SATURDAY, "10:00-14:00"))
                .severities("general").category("bug").waiting("waiting-for-customer")
                .target("fix", t -> rule.accept(t.stopsOn("resolved")))
                .escalation(100, List.of("fix"), "complaints-desk").build();
    }

    private static Instant hk(String local) {
        return LocalDateTime.parse(local).atZone(HK).toInstant();
    }

    /**
     * A ticket opened Fri 2026-12-04 15:00 that waits for the customer from one local time to another
     * (null: still waiting), and is resolved at a third (null: not resolved).
     */
    private static Ticket waitingFrom(String from, String to, String resolved) {
        Ticket t = Ticket.open("T-1", hk("2026-12-04T15:00"), Classification.of("bug", "general")).pause(hk(from), "waiting-for-customer");
        if (to != null) {
            t = t.resume(hk(to));
        }
        return resolved == null ? t : t.resolve(hk(resolved));
    }

    static Stream<Arguments> waitAfterTheBudgetRanOut() {
        return Stream.of(
            // wait from, to, resolved, asOf, state, dueAt, remaining, the escalation's instant
            // waiting at the deadline: the wait began before it, so the deadline is not known until the wait ends
            Arguments.of("2026-12-05T14:00", null, null, "2026-12-07T09:00", TargetState.PAUSED, null, "PT0S", null),
            Arguments.of("2026-12-05T20:00", null, null, "2026-12-07T11:00", TargetState.PAUSED, null, "PT0S", null),
            // the wait adds its business time (Mon 09:00-12:00): nothing of the budget was left when it began, so the
            // deadline is its end, and a fix then is on time
            Arguments.of("2026-12-05T14:00", null, "2026-12-07T12:00", "2026-12-07T12:00", TargetState.MET, "2026-12-07T12:00", "PT0S",
                    null),
            Arguments.of("2026-12-05T14:00", "2026-12-07T12:00", null, "2026-12-07T13:00", TargetState.BREACHED, "2026-12-07T12:00",
                    "PT-1H", "2026-12-07T12:00"),
            Arguments.of("2026-12-06T10:00", "2026-12-07T10:30", "2026-12-07T11:00", "2026-12-07T11:00", TargetState.BREACHED,
                    "2026-12-07T10:30", "PT-30M", "2026-12-07T10:30"),
            // a wait wholly while closed counts, but moves the deadline by no business time
            Arguments.of("2026-12-05T20:00", "2026-12-06T20:00", null, "2026-12-07T09:00", TargetState.BREACHED, "2026-12-07T09:00",
                    "PT0S", "2026-12-07T09:00"),
            // a wait that begins at the deadline comes too late
            Arguments.of("2026-12-07T09:00", null, null, "2026-12-07T10:00", TargetState.BREACHED, "2026-12-07T09:00", "PT0S",
                    "2026-12-07T09:00"),
            // a wait that begins before the close, as with every rule: 2h used by Fri 17:00, 5h left from Mon 12:00
            Arguments.of("2026-12-04T17:00", "2026-12-07T12:00", null, "2026-12-07T12:00", TargetState.RUNNING, "2026-12-07T17:00",
                    "PT5H", null));
    }

    /**
     * DESIGN.md: "Pauses that begin before the running deadline add their business time: dueAt =
     * plus(start, budget + paused business time)". Under {@code at: same-time} the running deadline is
     * the opening after the close at which the budget runs out, so a wait that begins between that
     * close and that opening begins before the deadline and counts like any other: while it lasts the
     * target is paused, and afterwards it is due its business time later.
     */
    @ParameterizedTest(name = "wait {0} to {1}, resolved {2}, as of {3}")
    @MethodSource("waitAfterTheBudgetRanOut")
    void evaluate_sameTimeWaitAfterTheBudgetRanOut_countsTheWait(String from, String to, String resolved, String asOf,
            TargetState state, String dueAt, String remaining, String escalation) {
        SlaPolicy policy = shortSaturday(t -> t.workingDaysAtSameTime(1));
        TargetStatus s = policy.evaluate(waitingFrom(from, to, resolved), hk(asOf)).target("fix").orElseThrow();
        assertEquals(state, s.state(), "state");
        assertEquals(Optional.ofNullable(dueAt).map(BusinessDaysAtSameTimeTest::hk), s.dueAt(), "dueAt");
        assertEquals(Optional.of(Duration.parse(remaining)), s.remaining(), "remaining");
        assertEquals(state == TargetState.BREACHED ? s.dueAt() : Optional.empty(), s.breachedAt(), "breachedAt");
        assertEquals(escalation == null ? List.of() : List.of(new TargetStatus.Escalation(100, hk(escalation), "complaints-desk")),
                s.escalations(), "escalations");
    }

    static Stream<Arguments> waitAfterTheClose() {
        return Stream.of(
            // rule, dueAt without the wait; with a wait from Sat 14:00 (the close) to Mon 12:00, as of Mon 12:00
            // at the same time: due at the opening after the close, which the wait begins before
            Arguments.of((Consumer<Target.Builder>) t -> t.workingDaysAtSameTime(1), "2026-12-07T09:00", TargetState.MET,
                    "2026-12-07T12:00"),
            // every other rule is due at the close itself, which the wait does not begin before
            Arguments.of((Consumer<Target.Builder>) t -> t.workingDays(1), "2026-12-05T14:00", TargetState.BREACHED,
                    "2026-12-05T14:00"),
            Arguments.of((Consumer<Target.Builder>) t -> t.within("7h"), "2026-12-05T14:00", TargetState.BREACHED, "2026-12-05T14:00"),
            Arguments.of((Consumer<Target.Builder>) t -> t.endOfWorkingDay("4h"), "2026-12-05T14:00", TargetState.BREACHED,
                    "2026-12-05T14:00"));
    }

    /**
     * The same wait under each rule whose budget runs out at Saturday's close: only where the
     * deadline is the next opening does the wait begin before it; resolved at the wait's end.
     */
    @ParameterizedTest(name = "{1}")
    @MethodSource("waitAfterTheClose")
    void evaluate_waitAfterTheClose_countsOnlyBeforeTheDeadline(Consumer<Target.Builder> rule, String unpaused, TargetState state,
            String dueAt) {
        SlaPolicy policy = shortSaturday(rule);
        Ticket opened = Ticket.open("T-1", hk("2026-12-04T15:00"), Classification.of("bug", "general"));
        assertEquals(Optional.of(hk(unpaused)), policy.evaluate(opened, hk("2026-12-04T15:00")).target("fix").orElseThrow().dueAt(),
                "without the wait");
        TargetStatus s = policy.evaluate(waitingFrom("2026-12-05T14:00", null, "2026-12-07T12:00"), hk("2026-12-07T12:00"))
                .target("fix").orElseThrow();
        assertEquals(state, s.state(), "state");
        assertEquals(Optional.of(hk(dueAt)), s.dueAt(), "dueAt");
    }

    /** The explanation of a wait that began after the budget ran out at the close says what it moved the deadline by. */
    @Test
    void explain_sameTimeWaitAfterTheBudgetRanOut_saysItMovedTheDeadline() {
        SlaPolicy policy = shortSaturday(t -> t.workingDaysAtSameTime(1));
        List<String> lines = policy.evaluate(waitingFrom("2026-12-05T14:00", null, "2026-12-07T12:00"), hk("2026-12-07T12:00"))
                .explain().toText().lines().map(String::strip).toList();
        assertEquals(List.of("deadline Mon 2026-12-07 12:00+08:00 = start + budget 7h + paused business time 3h"),
                lines.stream().filter(l -> l.startsWith("deadline")).toList());
        assertEquals(List.of("pause from Sat 2026-12-05 14:00+08:00 to Mon 2026-12-07 12:00+08:00 moved the deadline 3h of business"
                + " time later"), lines.stream().filter(l -> l.startsWith("pause from")).toList());
        assertEquals(List.of("state MET"), lines.stream().filter(l -> l.startsWith("state")).toList());
    }

    @Test
    void read_badAt_namesTheValues() {
        PolicyException e = assertThrows(PolicyException.class, () -> read(policy("business-days: {days: 2, at: same-day}")));
        assertEquals(List.of("p.yaml:10:66: targets[0].business-days.at: business-days at must be 'end-of-day' (the end of the last"
                + " working day) or 'same-time' (the start's time of day on it), was 'same-day'"), e.lines());
        PolicyException missing = assertThrows(PolicyException.class, () -> read(policy("business-days: {at: same-time}")));
        assertEquals(List.of("p.yaml:10:52: targets[0].business-days: Missing required key 'days'"), missing.lines());
    }

    /**
     * A wait pushes a same-time deadline to the last close inside the holiday data (Thu 2026-12-31
     * 18:00), so that it lands at an opening beyond it: evaluate says UNKNOWN, naming the dates, and
     * never throws.
     */
    @Test
    void aDeadlineLandingAtAnOpeningBeyondTheData_isUnknown_notAnException() {
        SlaPolicy policy = SlaPolicy.builder("desk", ZONE)
                .calendar("office", BusinessCalendar.builder(ZONE).hours(MONDAY, FRIDAY, "09:00-18:00")
                        .coverage(LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))))
                .severities("general").category("bug").waiting("waiting-for-customer")
                .target("fix", t -> t.stopsOn("resolved").workingDaysAtSameTime(1).pausedBy("waiting-for-customer")).build();
        Ticket t = Ticket.open("T-1", at("2026-12-29T17:00"), Classification.of("bug", "general"))
                .pause(at("2026-12-29T17:30"), "waiting-for-customer").resume(at("2026-12-31T09:30"));
        TargetStatus fix = policy.evaluate(t, at("2026-12-31T10:00")).targets().get(0);
        assertEquals(TargetState.UNKNOWN, fix.state());
        assertEquals(true, fix.current().unknownReason().orElseThrow().contains("2027-01-01"), fix.current().unknownReason().toString());
    }
}
