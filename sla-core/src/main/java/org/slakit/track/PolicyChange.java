package org.slakit.track;

import java.time.Instant;
import org.slakit.policy.PolicyVersion;
import org.slakit.policy.SlaPolicy;

/**
 * What a new policy changes for the tracker: whether only its versions differ, and which version
 * governs a ticket opened at an instant.
 */
final class PolicyChange {

    private PolicyChange() {
    }

    /** Checks if two policies differ at most in their versions. */
    static boolean sameBase(SlaPolicy a, SlaPolicy b) {
        return a.name().equals(b.name()) && a.zone().equals(b.zone()) && a.calendars().equals(b.calendars())
                && a.severities().equals(b.severities()) && a.categories().equals(b.categories()) && a.tiers().equals(b.tiers())
                && a.waitingStates().equals(b.waitingStates()) && a.events().equals(b.events()) && a.targets().equals(b.targets())
                && a.escalations().equals(b.escalations()) && a.outOfHours().equals(b.outOfHours()) && a.intake().equals(b.intake())
                && a.followUp().equals(b.followUp()) && a.displayNames().equals(b.displayNames());
    }

    /** The version in force at an instant, null for the policy as written. */
    static PolicyVersion governing(SlaPolicy p, Instant at) {
        PolicyVersion in = null;
        for (PolicyVersion v : p.versions()) {
            if (!at.isBefore(v.effectiveFrom().atStartOfDay(p.zone()).toInstant())) {
                in = v;
            }
        }
        return in;
    }
}
