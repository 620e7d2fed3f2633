package org.slakit.policy;

import java.util.List;
import java.util.Objects;

/**
 * An entry of a policy's {@code escalations}: at a percentage of the budget of the named targets,
 * notify someone.
 *
 * @param percent  the percentage of the budget, such as 100, above 0 and at most 1000
 * @param of  the target names, not null
 * @param recipient  who to notify (YAML {@code notify}), such as {@code complaints-desk}, not null
 */
public record EscalationRule(double percent, List<String> of, String recipient) {
    /**
     * Checks and copies the components.
     *
     * @param percent  the percentage of the budget, such as 100; the policy's builder checks that it is above 0 and at
     *     most 1000
     * @param of  the target names, not null, copied
     * @param recipient  who to notify, such as {@code complaints-desk}, not null
     * @throws NullPointerException if a component is null
     */
    public EscalationRule {
        of = List.copyOf(of);
        Objects.requireNonNull(recipient, "recipient");
    }

    /**
     * Gets the percentage in its YAML text form, such as {@code 75%} or {@code 12.5%}.
     *
     * @return the text, not null
     */
    public String percentText() {
        return Percentages.format(percent);
    }
}
