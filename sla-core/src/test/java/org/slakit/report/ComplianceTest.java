package org.slakit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.slakit.report.ReportFixture.AS_OF;
import static org.slakit.report.ReportFixture.POLICY;
import static org.slakit.report.ReportFixture.at;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;

/** Every cell of the fixture week's reports, as computed by hand in {@link ReportFixture}. */
class ComplianceTest {

    private static final Facts FACTS = Facts.of(POLICY, AS_OF);

    private static String row(ComplianceRow r) {
        return r.cycles() + " cycles, " + r.notStarted() + " not started, " + r.open() + " open, " + r.met() + " met, "
                + r.breached() + " breached, " + r.unknown() + " unknown, " + r.decided() + " decided, "
                + r.metPercent().map(p -> String.format("%.2f%%", p)).orElse("-") + ", " + r.breachedOpen() + " breached open, p50 "
                + r.p50Taken().map(Duration::toString).orElse("-") + ", p90 " + r.p90Taken().map(Duration::toString).orElse("-")
                + ", median overrun " + r.medianOverrun().map(Duration::toString).orElse("-") + ", " + r.escalations()
                + " escalations, " + r.ticketsWithBreach() + " tickets with breach";
    }

    @Test
    void facts_fixtureWeek_everyCycleAsComputedByHand() {
        List<String> facts = FACTS.stream(ReportFixture.tickets())
                .map(f -> f.ticketId() + " " + f.target() + " " + f.cycle().number() + " " + f.state() + " " + f.taken() + " "
                        + f.overrun() + " " + f.customer().orElse("-") + " " + f.escalations().size())
                .collect(Collectors.toList());
        assertEquals(List.of(
                "T1 respond 1 MET PT30M PT0S ACME 0",
                "T1 fix 1 MET PT3H PT0S ACME 0",
                "T2 respond 1 BREACHED PT1H30M PT30M ACME 0",
                "T2 fix 1 MET PT9H PT0S ACME 0",
                "T3 respond 1 MET PT20M PT0S BETA 0",
                "T3 fix 1 BREACHED PT29H PT25H BETA 1",
                "T4 respond 1 MET PT10M PT0S ACME 0",
                "T4 respond 2 BREACHED PT12H PT11H ACME 0",
                "T4 fix 1 BREACHED PT12H PT3H ACME 1",
                "T4 fix 2 MET PT5H PT0S ACME 0",
                "T5 respond 1 RUNNING PT30M PT0S BETA 0",
                "T5 fix 1 RUNNING PT30M PT0S BETA 0"), facts);
    }

    @Test
    void facts_pausedTicket_recordsTheWaitTheStopAndTheStart() {
        Fact fix = FACTS.of(ReportFixture.tickets().get(1)).get(1);
        assertEquals(Map.of("waiting-for-customer", Duration.ofHours(5)), fix.paused());
        assertEquals(Optional.of(new TargetStatus.Stop("resolved", at("2026-11-24T15:00"))), fix.stop());
        assertEquals(Optional.of(at("2026-11-23T10:00")), fix.cycle().startedAt());
        assertEquals(Optional.of(at("2026-11-24T15:00")), fix.cycle().dueAt());
        assertEquals("office", fix.calendar());
        assertEquals("within 9h", fix.entry().rule().toString());
        assertEquals(Optional.empty(), fix.version());
    }

    @Test
    void facts_escalation_firedAtTheDeadline() {
        Fact fix = FACTS.of(ReportFixture.tickets().get(2)).get(1);
        assertEquals(List.of(new TargetStatus.Escalation(100, at("2026-11-25T11:00"), "complaints-desk")), fix.escalations());
        assertEquals(Optional.empty(), fix.stop());
    }

    @Test
    void compliance_byTargetAndSeverity_everyCell() {
        Compliance c = Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.all());
        assertEquals(List.of(
                "{TARGET=fix, SEVERITY=general} 4 cycles, 0 not started, 1 open, 2 met, 1 breached, 0 unknown, 3 decided, 66.67%, 0 breached open, p50 PT9H, p90 PT12H, median overrun PT3H, 1 escalations, 1 tickets with breach",
                "{TARGET=fix, SEVERITY=severe} 2 cycles, 0 not started, 0 open, 1 met, 1 breached, 0 unknown, 2 decided, 50.00%, 1 breached open, p50 PT3H, p90 PT29H, median overrun PT25H, 1 escalations, 1 tickets with breach",
                "{TARGET=respond, SEVERITY=general} 4 cycles, 0 not started, 1 open, 1 met, 2 breached, 0 unknown, 3 decided, 33.33%, 1 breached open, p50 PT1H30M, p90 PT12H, median overrun PT30M, 0 escalations, 2 tickets with breach",
                "{TARGET=respond, SEVERITY=severe} 2 cycles, 0 not started, 0 open, 2 met, 0 breached, 0 unknown, 2 decided, 100.00%, 0 breached open, p50 PT20M, p90 PT30M, median overrun -, 0 escalations, 0 tickets with breach"),
                c.rows().stream().map(r -> r.group() + " " + row(r)).collect(Collectors.toList()));
        assertEquals("12 cycles, 0 not started, 2 open, 6 met, 4 breached, 0 unknown, 10 decided, 60.00%, 2 breached open, p50 PT3H,"
                + " p90 PT12H, median overrun PT3H, 2 escalations, 3 tickets with breach", row(c.total().orElseThrow()));
        assertEquals(Map.of("100% complaints-desk", 2), c.total().orElseThrow().escalationsByLevel());
        assertEquals(List.of(YearMonth.of(2026, 11)), c.months());
        assertEquals(4, c.monthly().size());
        assertEquals(Map.of(Dimension.TARGET, "fix", Dimension.SEVERITY, "general", Dimension.MONTH, "2026-11"), c.monthly().get(0).group());
    }

    @Test
    void compliance_byCustomerAndCategory_groupsInOrderOfValues() {
        Compliance c = Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.all(), List.of(Dimension.CUSTOMER, Dimension.CATEGORY));
        assertEquals(List.of("ACME/software-error 8", "BETA/consultation 2", "BETA/software-error 2"), c.rows().stream()
                .map(r -> r.value(Dimension.CUSTOMER).orElseThrow() + "/" + r.value(Dimension.CATEGORY).orElseThrow() + " " + r.cycles())
                .collect(Collectors.toList()));
        assertEquals(Optional.empty(), c.rows().get(0).value(Dimension.TARGET));
    }

    @Test
    void compliance_period_countsTheCyclesWhoseClockStartedInIt() {
        // Thursday and Friday: T4's second cycle (reopened Thu 15:00) and T5; T4's first cycle started Wednesday
        Compliance c = Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27)));
        assertEquals(4, c.total().orElseThrow().cycles());
        assertEquals(2, c.total().orElseThrow().open());
        assertEquals(1, c.total().orElseThrow().met());
        assertEquals(1, c.total().orElseThrow().breached());
    }

    @Test
    void compliance_periodWithoutFacts_noRowsNoTotalEveryMonth() {
        Compliance c = Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.of(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 2, 1)));
        assertEquals(List.of(), c.rows());
        assertEquals(Optional.empty(), c.total());
        // a bounded period's months are all there, facts or not
        assertEquals(List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2)), c.months());
        assertEquals(List.of(), Compliance.of(FACTS, List.of(), ReportPeriod.all()).months());
    }

    @Test
    void compliance_asOfBeforeTheOpenings_notStartedCountedApart() {
        Compliance c = Compliance.of(Facts.of(POLICY, at("2026-11-23T08:00")), ReportFixture.tickets(), ReportPeriod.all());
        ComplianceRow total = c.total().orElseThrow();
        assertEquals(10, total.cycles());
        assertEquals(10, total.notStarted());
        assertEquals(0, total.decided());
        assertEquals(Optional.empty(), total.metPercent());
    }

    @Test
    void compliance_deadlineBeyondTheHolidayData_unknownCountedApartWithItsReason() {
        // the office's data ends on Sunday 29 November: T5's deadlines (Monday) are beyond it
        SlaPolicy covered = ReportFixture.policy("4h", c -> c.coverage(LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 11, 29))));
        Facts facts = Facts.of(covered, AS_OF);
        List<Fact> t5 = facts.of(ReportFixture.tickets().get(4));
        assertEquals(List.of(TargetState.UNKNOWN, TargetState.UNKNOWN), t5.stream().map(Fact::state).collect(Collectors.toList()));
        assertTrue(t5.get(0).cycle().unknownReason().orElseThrow().contains("2026-11-30"), t5.get(0).cycle().unknownReason().toString());
        ComplianceRow total = Compliance.of(facts, ReportFixture.tickets(), ReportPeriod.all()).total().orElseThrow();
        assertEquals(12, total.cycles());
        assertEquals(2, total.unknown());
        assertEquals(0, total.open());
        assertEquals(10, total.decided());
    }

    @Test
    void collector_invalidGrouping_refusedWithTheRule() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.all(), List.of(Dimension.TARGET, Dimension.TARGET)));
        assertEquals("A grouping names target twice: [TARGET, TARGET]", twice.getMessage());
        IllegalArgumentException month = assertThrows(IllegalArgumentException.class,
                () -> Compliance.of(FACTS, ReportFixture.tickets(), ReportPeriod.all(), List.of(Dimension.MONTH)));
        assertEquals("Group by month through the monthly series, not the grouping: [MONTH]", month.getMessage());
    }

    @Test
    void dimension_ofKey_unknownKeyNamesTheChoices() {
        assertEquals(Dimension.TIER, Dimension.ofKey("tier"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Dimension.ofKey("sevrity"));
        assertEquals("Unknown grouping 'sevrity': expected one of target, severity, category, kind, tier, customer, month", ex.getMessage());
    }

    @Test
    void percentile_nearestRank_atTheEdges() {
        long[] one = {7};
        assertEquals(Optional.of(Duration.ofNanos(7)), ComplianceRow.percentile(one, 50));
        assertEquals(Optional.of(Duration.ofNanos(7)), ComplianceRow.percentile(one, 90));
        long[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(Optional.of(Duration.ofNanos(5)), ComplianceRow.percentile(ten, 50));
        assertEquals(Optional.of(Duration.ofNanos(9)), ComplianceRow.percentile(ten, 90));
        long[] eleven = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        assertEquals(Optional.of(Duration.ofNanos(6)), ComplianceRow.percentile(eleven, 50));
        assertEquals(Optional.of(Duration.ofNanos(10)), ComplianceRow.percentile(eleven, 90));
        assertEquals(Optional.empty(), ComplianceRow.percentile(new long[0], 50));
    }

    @Test
    void period_endsBeforeItStarts_refused() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ReportPeriod.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)));
        assertEquals("A report period must not end before it starts: from 2026-02-01 to 2026-01-31", ex.getMessage());
        assertEquals("2026-01-01 to 2026-12-31", ReportPeriod.ofYear(2026).toString());
        assertEquals("every date", ReportPeriod.all().toString());
    }

    @Test
    void states_fixtureCoversEveryDecidedAndOpenState() {
        assertEquals(List.of(TargetState.MET, TargetState.BREACHED, TargetState.RUNNING),
                FACTS.stream(ReportFixture.tickets()).map(Fact::state).distinct().collect(Collectors.toList()));
    }
}
