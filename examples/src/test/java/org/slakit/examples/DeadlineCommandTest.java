package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code slakit deadline}'s lines beside the deadlines: the service line, shown when the service
 * asked for is not among the tier's entitlements, so that the desk knows to charge for it.
 */
class DeadlineCommandTest {

    /** Two tiers: premium includes free, and on-site is a premium item; the last tier, free, is the default. */
    private static final String HEATING = "policies/heating-billing.yaml";
    private static final String CHARGEABLE = "Service:  on-site is not in the customer's tier: it is chargeable";

    private final SlakitRunner slakit = new SlakitRunner();

    static Stream<Arguments> services() {
        return Stream.of(
                // a premium item asked for by a free customer: chargeable
                Arguments.of("free", "on-site", Optional.of(CHARGEABLE)),
                // no --tier: the policy's last tier, free, so the same
                Arguments.of(null, "on-site", Optional.of(CHARGEABLE)),
                // the premium customer is entitled to it
                Arguments.of("premium", "on-site", Optional.empty()),
                // a free item: premium includes free, and free has it
                Arguments.of("premium", "bug-fix", Optional.empty()),
                Arguments.of("free", "bug-fix", Optional.empty()),
                // no service asked for: nothing to charge
                Arguments.of("free", null, Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("services")
    void deadline_service_isChargeableOnlyOutsideTheTier(String tier, String service, Optional<String> line) {
        List<String> args = new ArrayList<>(List.of("deadline", HEATING, "--category", "question", "--severity", "normal",
                "--at", "2026-11-18T10:00"));
        if (tier != null) {
            args.addAll(List.of("--tier", tier));
        }
        if (service != null) {
            args.addAll(List.of("--service", service));
        }
        assertEquals(0, slakit.run(args.toArray(String[]::new)), slakit.err());
        List<String> lines = slakit.out().lines().toList();
        assertEquals(line.stream().toList(), lines.stream().filter(l -> l.startsWith("Service:")).toList(), slakit.out());
        line.ifPresent(l -> assertEquals(l, lines.get(lines.size() - 1), "the service line comes last"));
    }

    /** In office hours, with every intake field missing: the intake line, then the service line. */
    @Test
    void deadline_chargeableService_followsTheIntakeLine() {
        assertEquals(0, slakit.run("deadline", HEATING, "--category", "fault", "--severity", "normal", "--kind", "software-fault",
                "--service", "on-site", "--at", "2026-11-18T10:00"), slakit.err());
        List<String> lines = slakit.out().lines().toList();
        assertEquals(List.of("", "Intake:   ask the customer for company, contact, phone, symptom", CHARGEABLE),
                lines.subList(lines.size() - 3, lines.size()), slakit.out());
    }
}
