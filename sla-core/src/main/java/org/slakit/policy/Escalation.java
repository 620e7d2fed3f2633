package org.slakit.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * An escalation that fired: at a fraction of a target's budget, at an instant, notifying someone
 * ({@code warning} for a target's own {@code warn-at}).
 *
 * @param fraction  the fraction of the budget, such as 0.5 for 50 %
 * @param at  the instant it fired, not null
 * @param recipient  who is notified (YAML {@code notify}), not null
 */
public record Escalation(double fraction, Instant at, String recipient) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Escalation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(recipient, "recipient");
    }
}
