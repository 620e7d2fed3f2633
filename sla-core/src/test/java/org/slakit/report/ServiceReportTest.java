package org.slakit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.slakit.report.ReportFixture.AS_OF;
import static org.slakit.report.ReportFixture.POLICY;
import static org.slakit.report.ReportFixture.at;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slakit.policy.TargetState;

/** ACME's service report for 2026 from the fixture week. */
class ServiceReportTest {

    private static final ServiceReport ACME = ServiceReport.of(Facts.of(POLICY, AS_OF), ReportFixture.tickets(), "ACME",
            ReportPeriod.ofYear(2026));

    @Test
    void services_theCustomersTicketsInOrderOfReporting() {
        assertEquals(List.of("T1", "T2", "T4"), ACME.services().stream().map(ServiceReport.Service::ticketId).collect(Collectors.toList()));
        ServiceReport.Service t1 = ACME.services().get(0);
        assertEquals(at("2026-11-23T09:00"), t1.reportedAt());
        assertEquals(Optional.of(at("2026-11-24T10:00")), t1.confirmedAt());
        assertEquals(List.of("respond", "fix"), List.copyOf(t1.targets().keySet()));
        assertEquals(TargetState.MET, t1.latest("fix").orElseThrow().state());
        assertEquals(Optional.empty(), t1.latest("arrange"));
    }

    @Test
    void services_waitAndReopening() {
        ServiceReport.Service t2 = ACME.services().get(1);
        assertEquals(Duration.ofHours(5), t2.waitingForCustomer());
        assertEquals(0, t2.reopened());
        ServiceReport.Service t4 = ACME.services().get(2);
        assertEquals(1, t4.reopened());
        assertEquals(2, t4.targets().get("fix").size());
        assertEquals(TargetState.MET, t4.latest("fix").orElseThrow().state());
        assertEquals(Optional.empty(), t4.confirmedAt());
    }

    @Test
    void compliance_theCustomersFactsOnly() {
        ComplianceRow total = ACME.compliance().total().orElseThrow();
        assertEquals(8, total.cycles());
        assertEquals(5, total.met());
        assertEquals(3, total.breached());
        assertEquals(2, total.ticketsWithBreach());
    }

    @Test
    void of_anotherYear_noServices() {
        ServiceReport none = ServiceReport.of(Facts.of(POLICY, AS_OF), ReportFixture.tickets(), "ACME", ReportPeriod.ofYear(2025));
        assertEquals(List.of(), none.services());
        assertEquals(Optional.empty(), none.compliance().total());
        assertEquals("ACME", none.customer());
    }
}
