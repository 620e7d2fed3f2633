package org.slakit.ticket;

import java.util.Objects;
import java.util.Optional;

/**
 * What a ticket is about: its category and severity, and optionally its kind within the category,
 * the customer's tier and the service item asked for.
 * <pre>{@code
 * Classification.of("software-error", "general").withKind("data-mismatch").withTier("premium")
 * }</pre>
 * The values are plain names; whether a policy defines them is checked when the ticket meets the
 * policy.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Classification {

    private final String category;
    private final String severity;
    private final String kind;
    private final String tier;
    private final String service;
    /** The same three as returned: made once, as a condition asks them on every evaluation. */
    private final Optional<String> kindGiven;
    private final Optional<String> tierGiven;
    private final Optional<String> serviceGiven;

    private Classification(String category, String severity, String kind, String tier, String service) {
        this.category = category;
        this.severity = severity;
        this.kind = kind;
        this.tier = tier;
        this.service = service;
        this.kindGiven = Optional.ofNullable(kind);
        this.tierGiven = Optional.ofNullable(tier);
        this.serviceGiven = Optional.ofNullable(service);
    }

    /**
     * Obtains a classification of a category and a severity, with no kind, tier or service.
     *
     * @param category  the category, such as {@code software-error}, not null, not blank
     * @param severity  the severity, such as {@code severe}, not null, not blank
     * @return the classification, not null
     * @throws IllegalArgumentException if either is blank
     */
    public static Classification of(String category, String severity) {
        return new Classification(checked(category, "category"), checked(severity, "severity"), null, null, null);
    }

    private static String checked(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("A classification's " + what + " must not be blank, was '" + value + "'");
        }
        return value;
    }

    /**
     * Returns a copy of this classification with the given kind.
     *
     * @param kind  the kind within the category, such as {@code data-mismatch}, not null, not blank
     * @return the new classification, not null
     * @throws IllegalArgumentException if the kind is blank
     */
    public Classification withKind(String kind) {
        return new Classification(category, severity, checked(kind, "kind"), tier, service);
    }

    /**
     * Returns a copy of this classification with the given customer tier.
     *
     * @param tier  the tier, such as {@code premium}, not null, not blank
     * @return the new classification, not null
     * @throws IllegalArgumentException if the tier is blank
     */
    public Classification withTier(String tier) {
        return new Classification(category, severity, kind, checked(tier, "tier"), service);
    }

    /**
     * Returns a copy of this classification with the given service item.
     *
     * @param service  the service item asked for, such as {@code on-site}, not null, not blank
     * @return the new classification, not null
     * @throws IllegalArgumentException if the service is blank
     */
    public Classification withService(String service) {
        return new Classification(category, severity, kind, tier, checked(service, "service"));
    }

    /**
     * Returns a copy of this classification with the given severity.
     *
     * @param severity  the severity, not null, not blank
     * @return the new classification, not null
     * @throws IllegalArgumentException if the severity is blank
     */
    public Classification withSeverity(String severity) {
        return new Classification(category, checked(severity, "severity"), kind, tier, service);
    }

    /**
     * Gets the category.
     *
     * @return the category, not null
     */
    public String category() {
        return category;
    }

    /**
     * Gets the severity.
     *
     * @return the severity, not null
     */
    public String severity() {
        return severity;
    }

    /**
     * Gets the kind within the category.
     *
     * @return the kind, empty when not given
     */
    public Optional<String> kind() {
        return kindGiven;
    }

    /**
     * Gets the customer's tier.
     *
     * @return the tier, empty when not given
     */
    public Optional<String> tier() {
        return tierGiven;
    }

    /**
     * Gets the service item asked for.
     *
     * @return the service item, empty when not given
     */
    public Optional<String> service() {
        return serviceGiven;
    }

    /**
     * Checks if this classification has the same values as another.
     *
     * @param obj  the other object, null returns false
     * @return true if every value is equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Classification c && category.equals(c.category) && severity.equals(c.severity)
                && Objects.equals(kind, c.kind) && Objects.equals(tier, c.tier) && Objects.equals(service, c.service);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(category, severity, kind, tier, service);
    }

    /**
     * Returns the classification as text, such as
     * {@code {category: software-error, severity: general, kind: data-mismatch}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{category: ").append(category).append(", severity: ").append(severity);
        if (kind != null) {
            sb.append(", kind: ").append(kind);
        }
        if (tier != null) {
            sb.append(", tier: ").append(tier);
        }
        if (service != null) {
            sb.append(", service: ").append(service);
        }
        return sb.append('}').toString();
    }
}
