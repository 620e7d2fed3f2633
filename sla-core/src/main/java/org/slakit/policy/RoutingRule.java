package org.slakit.policy;

import java.util.Objects;

/**
 * A rule of {@code out-of-hours}: tickets whose classification matches are routed so.
 *
 * @param when  the condition, not null
 * @param route  the route, not {@link Routing.Route#NORMAL}, not null
 */
public record RoutingRule(Condition when, Routing.Route route) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public RoutingRule {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(route, "route");
    }
}
