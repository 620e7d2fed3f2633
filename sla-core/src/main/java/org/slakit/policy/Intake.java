package org.slakit.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A policy's {@code intake} section: the fields every report must name, and those further required
 * per category.
 *
 * @param required  the fields every ticket needs, such as {@code company}, not null
 * @param requiredFor  further fields by category name, not null
 */
public record Intake(List<String> required, Map<String, List<String>> requiredFor) {

    private static final Intake NONE = new Intake(List.of(), Map.of());

    /**
     * Checks and copies the components.
     *
     * @param required  the fields every ticket needs, such as {@code company}, not null, copied
     * @param requiredFor  further fields by category name, not null, copied
     * @throws NullPointerException if a component is null
     */
    public Intake {
        required = List.copyOf(required);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(requiredFor, "requiredFor").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "category"), List.copyOf(v)));
        requiredFor = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Obtains the intake that requires nothing.
     *
     * @return the empty intake, not null
     */
    public static Intake none() {
        return NONE;
    }
}
