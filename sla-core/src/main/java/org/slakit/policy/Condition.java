package org.slakit.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slakit.ticket.Classification;

/**
 * The {@code when} of a target or a routing rule: for each of category, kind, severity, tier and
 * service, the values that match (a value or a list in YAML); an aspect with no values matches
 * anything.
 * <pre>{@code
 * Condition.any().withSeverity("general").withKind("function-error", "exception")
 * }</pre>
 * A ticket without a tier matches as the policy's default tier (its last); a ticket without a kind or
 * a service does not match a condition that names kinds or services.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Condition {

    private static final Condition ANY = new Condition(List.of(), List.of(), List.of(), List.of(), List.of());

    private final List<String> category;
    private final List<String> kind;
    private final List<String> severity;
    private final List<String> tier;
    private final List<String> service;

    private Condition(List<String> category, List<String> kind, List<String> severity, List<String> tier,
            List<String> service) {
        this.category = category;
        this.kind = kind;
        this.severity = severity;
        this.tier = tier;
        this.service = service;
    }

    /**
     * Obtains the condition that matches every ticket: no {@code when}.
     *
     * @return the condition, not null
     */
    public static Condition any() {
        return ANY;
    }

    private static List<String> values(String... values) {
        Objects.requireNonNull(values, "values");
        for (String v : values) {
            Objects.requireNonNull(v, "value");
        }
        return List.copyOf(Arrays.asList(values));
    }

    /**
     * Returns a copy of this condition matching the given categories.
     *
     * @param values  the categories, none for any, not null
     * @return the new condition, not null
     */
    public Condition withCategory(String... values) {
        return new Condition(values(values), kind, severity, tier, service);
    }

    /**
     * Returns a copy of this condition matching the given kinds.
     *
     * @param values  the kinds, none for any, not null
     * @return the new condition, not null
     */
    public Condition withKind(String... values) {
        return new Condition(category, values(values), severity, tier, service);
    }

    /**
     * Returns a copy of this condition matching the given severities.
     *
     * @param values  the severities, none for any, not null
     * @return the new condition, not null
     */
    public Condition withSeverity(String... values) {
        return new Condition(category, kind, values(values), tier, service);
    }

    /**
     * Returns a copy of this condition matching the given tiers.
     *
     * @param values  the tiers, none for any, not null
     * @return the new condition, not null
     */
    public Condition withTier(String... values) {
        return new Condition(category, kind, severity, values(values), service);
    }

    /**
     * Returns a copy of this condition matching the given service items.
     *
     * @param values  the service items, none for any, not null
     * @return the new condition, not null
     */
    public Condition withService(String... values) {
        return new Condition(category, kind, severity, tier, values(values));
    }

    /**
     * Gets the categories that match.
     *
     * @return the values, empty for any, not null
     */
    public List<String> category() {
        return category;
    }

    /**
     * Gets the kinds that match.
     *
     * @return the values, empty for any, not null
     */
    public List<String> kind() {
        return kind;
    }

    /**
     * Gets the severities that match.
     *
     * @return the values, empty for any, not null
     */
    public List<String> severity() {
        return severity;
    }

    /**
     * Gets the tiers that match.
     *
     * @return the values, empty for any, not null
     */
    public List<String> tier() {
        return tier;
    }

    /**
     * Gets the service items that match.
     *
     * @return the values, empty for any, not null
     */
    public List<String> service() {
        return service;
    }

    /**
     * Checks if this condition matches every ticket.
     *
     * @return true if no aspect names a value
     */
    public boolean isAny() {
        return category.isEmpty() && kind.isEmpty() && severity.isEmpty() && tier.isEmpty() && service.isEmpty();
    }

    /**
     * Gets the aspects that name values, by their YAML key, in the order category, kind, severity,
     * tier, service.
     *
     * @return the aspects, not null
     */
    public Map<String, List<String>> aspects() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        put(out, "category", category);
        put(out, "kind", kind);
        put(out, "severity", severity);
        put(out, "tier", tier);
        put(out, "service", service);
        return out;
    }

    private static void put(Map<String, List<String>> out, String key, List<String> values) {
        if (!values.isEmpty()) {
            out.put(key, values);
        }
    }

    /** Checks if every aspect that names values matches; defaultTier (null without tiers) stands in for a missing tier. */
    boolean matches(Classification c, String defaultTier) {
        return in(category, c.category()) && in(severity, c.severity()) && in(kind, c.kind().orElse(null))
                && in(tier, c.tier().orElse(defaultTier)) && in(service, c.service().orElse(null));
    }

    private static boolean in(List<String> values, String value) {
        return values.isEmpty() || value != null && values.contains(value);
    }

    /**
     * Checks if this condition names the same values as another.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Condition c && category.equals(c.category) && kind.equals(c.kind)
                && severity.equals(c.severity) && tier.equals(c.tier) && service.equals(c.service);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(category, kind, severity, tier, service);
    }

    /**
     * Returns the condition in YAML flow style, aspects in the order of {@link #aspects()}, such as
     * {@code {kind: [function-error, exception], severity: general}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        aspects().forEach((k, v) -> parts.add(k + ": " + (v.size() == 1 ? v.get(0) : v.toString())));
        return "{" + String.join(", ", parts) + "}";
    }
}
