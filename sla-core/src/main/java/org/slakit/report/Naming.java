package org.slakit.report;

import org.slakit.policy.DisplayNames;
import org.slakit.policy.SlaPolicy;

/** The names a customer's document shows for a policy's ids: the policy's display names, or the ids. */
final class Naming {

    private final DisplayNames names;

    private Naming(DisplayNames names) {
        this.names = names;
    }

    static Naming of(SlaPolicy policy) {
        return new Naming(policy.displayNames());
    }

    String category(String id) {
        return names.of(DisplayNames.Kind.CATEGORY, id);
    }

    String kind(String id) {
        return names.of(DisplayNames.Kind.KIND, id);
    }

    String severity(String id) {
        return names.of(DisplayNames.Kind.SEVERITY, id);
    }

    String target(String id) {
        return names.of(DisplayNames.Kind.TARGET, id);
    }
}
