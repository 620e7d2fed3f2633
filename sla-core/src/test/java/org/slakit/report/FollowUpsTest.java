package org.slakit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.slakit.report.ReportFixture.GENERAL;
import static org.slakit.report.ReportFixture.POLICY;
import static org.slakit.report.ReportFixture.at;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.CalendarCoverageException;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Ticket;
import org.threeten.extra.LocalDateRange;

/** The weekly follow-up of the fixture policy: every Monday 10:00 on the office calendar. */
class FollowUpsTest {

    private static final FollowUps WEEKLY = FollowUps.of(POLICY);

    private static List<String> ids(FollowUpList list) {
        return list.entries().stream().map(FollowUpList.Entry::ticketId).collect(Collectors.toList());
    }

    @Test
    void listAt_nextMonday_theWeeksUnconfirmedResolutionsOldestFirst() {
        FollowUpList list = WEEKLY.listAt(ReportFixture.tickets(), at("2026-11-30T10:00"));
        // T1 was confirmed, T3 and T5 never resolved; T2 resolved Tue 15:00, T4 (again) Fri 11:00
        assertEquals(List.of("T2", "T4"), ids(list));
        FollowUpList.Entry t2 = list.entries().get(0);
        assertEquals(at("2026-11-24T15:00"), t2.resolvedAt());
        assertEquals(Duration.ofDays(5).plusHours(19), t2.waited());
        assertEquals(Map.of("company", "ACME", "contact", "Han Meimei", "phone", ""), t2.contact());
        assertEquals(List.of("company", "contact", "phone"), List.copyOf(t2.contact().keySet()));
        assertEquals(at("2026-11-30T10:00"), list.periodStart());
        assertEquals(Optional.of(at("2026-12-07T10:00")), list.nextRunAt());
    }

    @Test
    void listAt_sameWeek_resolvedSinceTheRunNotYetDue() {
        // on Friday the period began on Monday 10:00, before every resolution of the week
        FollowUpList list = WEEKLY.listAt(ReportFixture.tickets(), ReportFixture.AS_OF);
        assertEquals(List.of(), list.entries());
        assertEquals(at("2026-11-23T10:00"), list.periodStart());
        assertEquals(Optional.of(at("2026-11-30T10:00")), list.nextRunAt());
    }

    @Test
    void listAt_resolvedExactlyAtTheRun_waitsForTheNextOne() {
        Ticket atRun = Ticket.open("R1", at("2026-11-30T09:00"), GENERAL).resolve(at("2026-11-30T10:00"));
        Ticket before = Ticket.open("R2", at("2026-11-30T09:00"), GENERAL).resolve(at("2026-11-30T09:59:59"));
        assertEquals(List.of("R2"), ids(WEEKLY.listAt(List.of(atRun, before), at("2026-11-30T10:00"))));
        assertEquals(List.of("R2"), ids(WEEKLY.listAt(List.of(atRun, before), at("2026-12-07T09:59:59"))));
        assertEquals(List.of("R2", "R1"), ids(WEEKLY.listAt(List.of(atRun, before), at("2026-12-07T10:00"))));
    }

    @Test
    void listAt_reopenedOrConfirmed_offTheList_resolvedAgainCountsTheLast() {
        Ticket t = Ticket.open("R3", at("2026-11-23T09:00"), GENERAL).resolve(at("2026-11-23T11:00"))
                .reopen(at("2026-11-24T09:00"));
        assertEquals(List.of(), ids(WEEKLY.listAt(List.of(t), at("2026-11-30T10:00"))));
        Ticket again = t.resolve(at("2026-12-01T09:00"));
        assertEquals(List.of(), ids(WEEKLY.listAt(List.of(again), at("2026-12-07T09:00"))));
        assertEquals(List.of("R3"), ids(WEEKLY.listAt(List.of(again), at("2026-12-07T10:00"))));
        Ticket confirmed = again.confirm(at("2026-12-07T11:00"));
        assertEquals(List.of("R3"), ids(WEEKLY.listAt(List.of(confirmed), at("2026-12-07T10:30"))));
        assertEquals(List.of(), ids(WEEKLY.listAt(List.of(confirmed), at("2026-12-07T11:00"))));
    }

    @Test
    void nextRunAt_mondayHoliday_movesToTheNextWorkingDay() {
        SlaPolicy closedMonday = ReportFixture.policy("4h", c -> c.holiday(LocalDate.of(2026, 11, 30)));
        FollowUps weekly = FollowUps.of(closedMonday);
        assertEquals(at("2026-12-01T10:00"), weekly.nextRunAt(ReportFixture.AS_OF));
        assertEquals(at("2026-11-23T10:00"), weekly.periodStart(at("2026-11-30T10:00")));
        assertEquals(at("2026-12-01T10:00"), weekly.periodStart(at("2026-12-01T10:00")));
        assertEquals(at("2026-12-07T10:00"), weekly.nextRunAt(at("2026-12-01T10:00")));
    }

    @Test
    void nextRunAt_justBeforeAndAtTheRun() {
        assertEquals(at("2026-11-30T10:00"), WEEKLY.nextRunAt(at("2026-11-30T09:59:59")));
        assertEquals(at("2026-12-07T10:00"), WEEKLY.nextRunAt(at("2026-11-30T10:00")));
        assertEquals(at("2026-11-30T10:00"), WEEKLY.nextRunAt(at("2026-11-29T23:00")));
    }

    @Test
    void periodStart_beyondTheCalendarsData_isAnError() {
        SlaPolicy covered = ReportFixture.policy("4h", c -> c.coverage(LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
        CalendarCoverageException ex = assertThrows(CalendarCoverageException.class,
                () -> FollowUps.of(covered).nextRunAt(at("2026-12-30T12:00")));
        assertEquals(true, ex.getMessage().contains("2027-01-04"), ex.getMessage());
    }

    @Test
    void listAt_nextRunBeyondTheData_theListWithoutANextRun() {
        SlaPolicy covered = ReportFixture.policy("4h", c -> c.coverage(LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
        FollowUpList list = FollowUps.of(covered).listAt(ReportFixture.tickets(), at("2026-12-28T12:00"));
        assertEquals(List.of("T2", "T4"), ids(list));
        assertEquals(Optional.empty(), list.nextRunAt());
        assertEquals(at("2026-12-28T10:00"), list.periodStart());
    }

    @Test
    void of_policyWithoutFollowUp_refused() {
        SlaPolicy none = SlaPolicy.builder("none", ReportFixture.SHANGHAI)
                .calendar("office", POLICY.calendar("office").orElseThrow()).severities("general").category("consultation")
                .target("fix", t -> t.stopsOn("resolved").within("1h")).build();
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> FollowUps.of(none));
        assertEquals("Policy 'none' has no follow-up section", ex.getMessage());
        assertEquals("FollowUps[every Mon 10:00 on office]", WEEKLY.toString());
    }
}
