package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.config.PolicyException;
import org.slakit.config.PolicyYaml;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

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

    @Test
    void read_badAt_namesTheValues() {
        PolicyException e = assertThrows(PolicyException.class, () -> read(policy("business-days: {days: 2, at: same-day}")));
        assertEquals(List.of("p.yaml:10:66: targets[0].business-days.at: business-days at must be 'end-of-day' (the end of the last"
                + " working day) or 'same-time' (the start's time of day on it), was 'same-day'"), e.lines());
        PolicyException missing = assertThrows(PolicyException.class, () -> read(policy("business-days: {at: same-time}")));
        assertEquals(List.of("p.yaml:10:52: targets[0].business-days: Missing required key 'days'"), missing.lines());
    }
}
