package org.slakit.policy;

import java.util.List;
import java.util.Objects;

/**
 * A customer tier, such as {@code premium}, with the tiers whose entitlements it includes and the
 * service items it is entitled to.
 *
 * @param name  the tier's name, not null
 * @param includes  tiers whose entitlements this one also has, not null
 * @param entitled  the service items of this tier itself, not null
 */
public record Tier(String name, List<String> includes, List<String> entitled) {
    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Tier {
        Objects.requireNonNull(name, "name");
        includes = List.copyOf(includes);
        entitled = List.copyOf(entitled);
    }
}
