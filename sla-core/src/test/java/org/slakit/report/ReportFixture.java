package org.slakit.report;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;
import org.slakit.policy.Condition;
import org.slakit.policy.DisplayNames;
import org.slakit.policy.PolicyBuilder;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * A week computed by hand: Asia/Shanghai, Mon-Fri 09:00-18:00; {@code respond} within 1 h (stopped
 * by {@code responded}); {@code fix} severe within 4 h, otherwise within 9 h (stopped by
 * {@code resolved}, paused while waiting for the customer); the 100 % escalation of fix notifies the
 * complaints desk; follow-up every Monday 10:00. Monday 2026-11-23 09:00 is 01:00Z. Judged as of
 * Friday 2026-11-27 18:00.
 * <p>
 * The facts, as computed by hand:
 * <pre>
 * ticket  customer  class            target  cycle  state     taken   overrun  notes
 * T1      ACME      severe           respond 1      MET       30m
 * T1                                 fix     1      MET       3h               due Mon 13:00; confirmed Tue 10:00
 * T2      ACME      general          respond 1      BREACHED  1h30m   30m      due Mon 11:00, responded 11:30
 * T2                                 fix     1      MET       9h               waited Mon 14:00-Tue 10:00 (5h); due and resolved Tue 15:00
 * T3      BETA      severe           respond 1      MET       20m
 * T3                                 fix     1      BREACHED  29h     25h      due Wed 11:00, still open; escalated Wed 11:00
 * T4      ACME      general          respond 1      MET       10m
 * T4                                 fix     1      BREACHED  12h     3h       due Wed 18:00, resolved Thu 12:00; escalated Wed 18:00
 * T4                                 respond 2      BREACHED  12h     11h      reopened Thu 15:00, due 16:00, no response
 * T4                                 fix     2      MET       5h               due Fri 15:00, resolved Fri 11:00
 * T5      BETA      consultation     respond 1      RUNNING  30m               opened Fri 17:30, due Mon 09:30
 * T5                                 fix     1      RUNNING  30m               due Mon 17:30
 * </pre>
 */
final class ReportFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Classification SEVERE = Classification.of("software-error", "severe").withKind("exception");
    static final Classification GENERAL = Classification.of("software-error", "general").withKind("exception");
    static final Classification CONSULTATION = Classification.of("consultation", "general");
    static final Instant AS_OF = at("2026-11-27T18:00");

    static final SlaPolicy POLICY = policy("4h", c -> { });
    /** The same, but severe errors fixed within 2 h. */
    static final SlaPolicy STRICTER = policy("2h", c -> { });

    private ReportFixture() {
    }

    static SlaPolicy policy(String severeFix, Consumer<CalendarBuilder> calendar) {
        CalendarBuilder office = BusinessCalendar.builder(SHANGHAI).hours(MONDAY, FRIDAY, "09:00-18:00");
        calendar.accept(office);
        PolicyBuilder b = SlaPolicy.builder("fixture", SHANGHAI)
                .calendar("office", office)
                .severities("severe", "general")
                .category("software-error", "exception")
                .category("consultation")
                .waiting("waiting-for-customer")
                .target("respond", t -> t.stopsOn("responded").within("1h"))
                .target("fix", t -> t.when(Condition.any().withSeverity("severe")).stopsOn("resolved").within(severeFix))
                .target("fix", t -> t.stopsOn("resolved").within("9h"))
                .escalation(100, List.of("fix"), "complaints-desk")
                .followUp("Mon 10:00", "office")
                .displayName(DisplayNames.Kind.SEVERITY, "severe", "严重错误")
                .displayName(DisplayNames.Kind.TARGET, "fix", "解决");
        return b.build();
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    static List<Ticket> tickets() {
        Ticket t1 = Ticket.open("T1", at("2026-11-23T09:00"), SEVERE).withField("company", "ACME").withField("contact", "Li Lei")
                .withField("phone", "+86 10 1234 5678")
                .event(at("2026-11-23T09:30"), "responded")
                .resolve(at("2026-11-23T12:00"))
                .confirm(at("2026-11-24T10:00"));
        Ticket t2 = Ticket.open("T2", at("2026-11-23T10:00"), GENERAL).withField("company", "ACME").withField("contact", "Han Meimei")
                .event(at("2026-11-23T11:30"), "responded")
                .pause(at("2026-11-23T14:00"), "waiting-for-customer")
                .resume(at("2026-11-24T10:00"))
                .resolve(at("2026-11-24T15:00"));
        Ticket t3 = Ticket.open("T3", at("2026-11-24T16:00"), SEVERE).withField("company", "BETA")
                .event(at("2026-11-24T16:20"), "responded");
        Ticket t4 = Ticket.open("T4", at("2026-11-25T09:00"), GENERAL).withField("company", "ACME")
                .event(at("2026-11-25T09:10"), "responded")
                .resolve(at("2026-11-26T12:00"))
                .reopen(at("2026-11-26T15:00"))
                .resolve(at("2026-11-27T11:00"));
        Ticket t5 = Ticket.open("T5", at("2026-11-27T17:30"), CONSULTATION).withField("company", "BETA");
        return List.of(t1, t2, t3, t4, t5);
    }
}
