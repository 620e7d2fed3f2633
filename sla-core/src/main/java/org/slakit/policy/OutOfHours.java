package org.slakit.policy;

import java.util.List;
import java.util.Objects;

/**
 * A policy's {@code out-of-hours} section: while the routing calendar is closed, the first matching
 * rule routes a ticket, and {@code otherwise} routes the rest.
 *
 * @param calendar  the name of the routing calendar, not null
 * @param rules  the rules, first match wins, not null
 * @param otherwise  the route when no rule matches, not null
 */
public record OutOfHours(String calendar, List<RoutingRule> rules, Routing.Route otherwise) {
    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public OutOfHours {
        Objects.requireNonNull(calendar, "calendar");
        rules = List.copyOf(rules);
        Objects.requireNonNull(otherwise, "otherwise");
    }
}
