package org.slakit.report;

import org.slakit.policy.SlaPolicy;

/** The names a customer's document shows for a policy's ids: the policy's display names, or the ids. */
final class Naming {

    private final SlaPolicy policy;

    private Naming(SlaPolicy policy) {
        this.policy = policy;
    }

    static Naming of(SlaPolicy policy) {
        return new Naming(policy);
    }

    String category(String id) {
        return id;
    }

    String kind(String id) {
        return id;
    }

    String severity(String id) {
        return id;
    }

    String target(String id) {
        return id;
    }

    String tier(String id) {
        return id;
    }

    String waitingState(String id) {
        return id;
    }

    SlaPolicy policy() {
        return policy;
    }
}
