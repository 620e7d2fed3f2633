package org.slakit.policy;

import java.util.List;
import java.util.Objects;

/**
 * A category of the policy, such as {@code software-error}, with its kinds; a requirement category
 * ({@code requirement: true}) comes after problems in the queue.
 *
 * @param name  the category's name, not null
 * @param kinds  its kinds, in order, not null
 * @param requirement  true if reports of this category are requirements rather than problems
 */
public record Category(String name, List<String> kinds, boolean requirement) {
    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is null
     */
    public Category {
        Objects.requireNonNull(name, "name");
        kinds = List.copyOf(kinds);
    }
}
