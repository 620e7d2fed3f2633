package org.slakit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.slakit.report.ReportFixture.AS_OF;
import static org.slakit.report.ReportFixture.POLICY;
import static org.slakit.report.ReportFixture.STRICTER;
import static org.slakit.report.ReportFixture.at;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slakit.policy.TargetState;

/** "If we promised 2 h instead of 4 h for severe errors": the fixture week under both promises. */
class ComparisonTest {

    private static final Comparison COMPARED = Comparison.of(Facts.of(POLICY, AS_OF), Facts.of(STRICTER, AS_OF),
            ReportFixture.tickets(), ReportPeriod.all(), Compliance.DEFAULT_GROUPING);

    @Test
    void rows_sideBySide_onlySevereFixChanges() {
        assertEquals(List.of("fix/general 2/1 2/1 0", "fix/severe 1/1 0/2 1", "respond/general 1/2 1/2 0", "respond/severe 2/0 2/0 0"),
                COMPARED.rows().stream().map(r -> r.group().get(Dimension.TARGET) + "/" + r.group().get(Dimension.SEVERITY) + " "
                        + r.first().met() + "/" + r.first().breached() + " " + r.second().met() + "/" + r.second().breached() + " "
                        + r.changed()).collect(Collectors.toList()));
    }

    @Test
    void changes_listThePairsWhoseOutcomeDiffers() {
        assertEquals(1, COMPARED.changes().size());
        Comparison.Change change = COMPARED.changes().get(0);
        assertEquals("T1", change.ticketId());
        assertEquals("fix", change.target());
        assertEquals(1, change.cycle());
        assertEquals(TargetState.MET, change.first().orElseThrow().state());
        assertEquals(TargetState.BREACHED, change.second().orElseThrow().state());
        // due Mon 11:00 under 2 h, resolved 12:00
        assertEquals(Optional.of(at("2026-11-23T11:00")), change.second().orElseThrow().cycle().dueAt());
        assertEquals(Duration.ofHours(1), change.second().orElseThrow().overrun());
    }

    @Test
    void changes_aTargetOnlyOnePolicyApplies_pairedWithNothing() {
        Comparison c = Comparison.of(Facts.of(POLICY, AS_OF), Facts.of(withoutRespond(), AS_OF), ReportFixture.tickets().subList(0, 1),
                ReportPeriod.all(), List.of(Dimension.TARGET));
        assertEquals(List.of("respond"), c.changes().stream().map(Comparison.Change::target).collect(Collectors.toList()));
        assertEquals(Optional.empty(), c.changes().get(0).second());
        assertEquals(Map.of(Dimension.TARGET, "respond"), c.rows().get(1).group());
        assertEquals(0, c.rows().get(1).second().cycles());
        assertEquals(1, c.rows().get(1).changed());
    }

    private static org.slakit.policy.SlaPolicy withoutRespond() {
        return org.slakit.policy.SlaPolicy.builder("no respond", ReportFixture.SHANGHAI)
                .calendar("office", POLICY.calendar("office").orElseThrow())
                .severities("severe", "general").category("software-error", "exception").category("consultation")
                .waiting("waiting-for-customer")
                .target("fix", t -> t.stopsOn("resolved").within("4h")).build();
    }
}
