package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendars.HolidaySets;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/** The README's quick start, as written there, with the results its comments promise. */
class QuickStartTest {

    /** The quick start's policy, ticket and evaluation, as written there. */
    private static SlaStatus quickStartStatus() {
        SlaPolicy policy = PolicyYaml.load(Path.of("policies/hk-pos-erp.yaml"));
        Ticket ticket = Ticket.open("T-1", Instant.parse("2026-11-20T09:00:00Z"),
                Classification.of("software-error", "severe").withKind("function-error"));
        SlaStatus status = policy.evaluate(ticket, Instant.parse("2026-11-20T09:30:00Z"));
        return status;
    }

    @Test
    void policyQuickStart_severeOnFridayEvening_isDueSaturdayAt13() {
        SlaStatus status = quickStartStatus();
        assertEquals(1, status.targets().size());
        TargetStatus fix = status.targets().get(0);
        assertEquals("fix", fix.name());
        assertEquals(TargetState.RUNNING, fix.state());
        assertEquals(Instant.parse("2026-11-21T05:00:00Z"), fix.dueAt().orElseThrow());
    }

    /** The quick start's two printing lines, as written there, print what its comment says. */
    @Test
    void policyQuickStart_printsTheLineItsCommentShows_andTheExplanation() {
        SlaStatus status = quickStartStatus();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            status.targets().forEach(t -> System.out.println(t.name() + " " + t.state() + " due " + t.dueAt().orElseThrow()));
            System.out.print(status.explain().toText());
        } finally {
            System.setOut(stdout);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("fix RUNNING due 2026-11-21T05:00:00Z" + System.lineSeparator()), text);
        assertTrue(text.contains("within 4h on calendar 'office'") && text.contains("budget 4h")
                && text.contains("windows counted: Fri 2026-11-20 17:00+08:00/Fri 2026-11-20 18:00+08:00 "
                        + "Sat 2026-11-21 10:00+08:00/Sat 2026-11-21 13:00+08:00"), text);
    }

    @Test
    void calendarQuickStart_morningUsedUp_endsAtNoon() {
        BusinessCalendar cal = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00")
                .holidays(HolidaySets.chinaMainland())
                .build();
        Instant due = cal.plus(Instant.parse("2026-11-23T01:00:00Z"), Duration.ofHours(3));
        assertEquals(Instant.parse("2026-11-23T04:00:00Z"), due);
    }
}
