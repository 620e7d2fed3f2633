package org.slakit.report;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.slakit.policy.SlaPolicy;

/**
 * What a report groups its facts by. The value of a dimension for a fact is text: an id of the
 * policy, the customer, or the month ({@code 2026-11}) of the fact's {@link Fact#countedAt()} in
 * the policy's zone. A fact with no value (no kind, no customer) has the empty text.
 */
public enum Dimension {
    /** The target's name. */
    TARGET,
    /** The severity of the classification that governed the ticket. */
    SEVERITY,
    /** The category. */
    CATEGORY,
    /** The kind of the category (YAML {@code kind}), empty when none. */
    KIND,
    /** The service tier; a ticket that names none is in the policy's default tier. */
    TIER,
    /** The customer, from the ticket's customer field; empty when the ticket has none. */
    CUSTOMER,
    /** The month in which the fact's clock started, in the policy's zone. */
    MONTH;

    /**
     * Gets the name used on the command line and in CSV and JSON headers.
     *
     * @return the name in lower case, such as {@code severity}, not null
     */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Obtains a dimension from its key.
     *
     * @param key  the key, such as {@code severity}, not null
     * @return the dimension, not null
     * @throws IllegalArgumentException if no dimension has that key, naming the keys there are
     */
    public static Dimension ofKey(String key) {
        for (Dimension d : values()) {
            if (d.key().equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("Unknown grouping '" + key + "': expected one of target, severity, category, kind, tier, customer, month");
    }

    /** The tier of a ticket that names none: the policy's last, or the empty text when it has no tiers. */
    static String defaultTier(SlaPolicy policy) {
        List<SlaPolicy.Tier> tiers = policy.tiers();
        return tiers.isEmpty() ? "" : tiers.get(tiers.size() - 1).name();
    }

    /** The value of this dimension for a fact. */
    String valueOf(Fact fact, ZoneId zone, String defaultTier) {
        switch (this) {
            case TARGET:
                return fact.target();
            case SEVERITY:
                return fact.classification().severity();
            case CATEGORY:
                return fact.classification().category();
            case KIND:
                return fact.classification().kind().orElse("");
            case TIER:
                return fact.classification().tier().orElse(defaultTier);
            case CUSTOMER:
                return fact.customer().orElse("");
            default:
                return YearMonth.from(fact.countedAt().atZone(zone)).toString();
        }
    }
}
