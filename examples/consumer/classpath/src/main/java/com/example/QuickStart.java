package com.example;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendars.HolidaySets;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

public class QuickStart {
    public static void main(String[] args) {
        // A policy: a severe error is fixed within 4 business hours of the Hong Kong office.
        SlaPolicy policy = PolicyYaml.read("""
                slakit: 1
                name: POS vendor, after-sales service
                zone: Asia/Hong_Kong
                calendars:
                  office:
                    hours:
                      Mon-Fri: 09:00-18:00
                      Sat: 10:00-18:00
                    holidays: [hk]                # Hong Kong public holidays (sla-calendars)
                severities: [severe, general]
                categories:
                  software-error: [function-error, exception]
                events: [workaround-given]
                targets:
                  - name: fix
                    when: {severity: severe}
                    stops-on: [workaround-given, resolved]
                    within: 4h                    # business time on the office calendar
                """, "quick-start.yaml");
        Ticket ticket = Ticket.open("T-1", Instant.parse("2026-11-20T09:00:00Z"),       // Fri 17:00 in Hong Kong
                Classification.of("software-error", "severe").withKind("function-error"));
        SlaStatus status = policy.evaluate(ticket, Instant.parse("2026-11-20T09:30:00Z"));
        status.targets().forEach(t -> System.out.println(t.name() + " " + t.state() + " due " + t.dueAt().orElseThrow()));
        System.out.print(status.explain().toText());                                    // why: rule, budget, windows

        // Or only the calendar: mainland hours with a lunch break, and mainland China's holidays.
        BusinessCalendar cal = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00")
                .holidays(HolidaySets.chinaMainland())
                .build();
        Instant due = cal.plus(Instant.parse("2026-11-23T01:00:00Z"), Duration.ofHours(3));   // Mon 09:00 + 3h
        System.out.println("calendar: due " + due);                                    // Mon 12:00, not 13:30
    }
}
