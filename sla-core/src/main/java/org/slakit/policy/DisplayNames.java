package org.slakit.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The names a policy gives its ids for people to read, in the policy's own language: a policy file's
 * {@code display-names} section. Reports written for customers show {@code 嚴重錯誤} for the severity
 * {@code severe}, and the id itself where the policy gives no name.
 * <pre>{@code
 * DisplayNames names = policy.displayNames();
 * names.of(DisplayNames.Kind.SEVERITY, "severe");    // "嚴重錯誤"
 * names.of(DisplayNames.Kind.TARGET, "respond");     // "respond": no name given, the id
 * names.find(DisplayNames.Kind.TARGET, "respond");   // Optional.empty()
 * }</pre>
 * The names are given through {@link PolicyBuilder#displayName}, which validates them: each id is
 * declared by the policy, each name is one line of 1 to 100 characters. The names of each kind are
 * kept in the order the policy declares its ids. Versions do not change display names.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class DisplayNames {

    /** What an id names: the sub-keys of {@code display-names}. */
    public enum Kind {
        /** A category, such as {@code software-error} ({@code categories}). */
        CATEGORY("categories", "Category"),
        /** A kind of some category, such as {@code function-error} ({@code kinds}). */
        KIND("kinds", "Kind"),
        /** A severity, such as {@code severe} ({@code severities}). */
        SEVERITY("severities", "Severity"),
        /** A target name, such as {@code fix}, shared by every entry of that name ({@code targets}). */
        TARGET("targets", "Target"),
        /** A customer tier, such as {@code premium} ({@code tiers}). */
        TIER("tiers", "Tier"),
        /** A waiting state, such as {@code waiting-for-database} ({@code waiting-states}). */
        WAITING_STATE("waiting-states", "Waiting state");

        private final String key;
        /** The word messages name an id of this kind with, such as {@code Waiting state}. */
        final String subject;

        Kind(String key, String subject) {
            this.key = key;
            this.subject = subject;
        }

        /**
         * Gets the key of this kind in the {@code display-names} section, such as {@code waiting-states}.
         *
         * @return the key, not null
         */
        public String key() {
            return key;
        }
    }

    private static final DisplayNames NONE = new DisplayNames(new EnumMap<>(Kind.class));

    /** For each kind that has names, its names by id in declaration order, unmodifiable; kinds without names are absent. */
    private final Map<Kind, Map<String, String>> names;

    private DisplayNames(Map<Kind, Map<String, String>> names) {
        this.names = names;
    }

    /**
     * Obtains the display names of a policy that gives none.
     *
     * @return the empty display names, not null
     */
    public static DisplayNames none() {
        return NONE;
    }

    /** Obtains display names from validated names, by kind, each in declaration order. */
    static DisplayNames of(Map<Kind, ? extends Map<String, String>> byKind) {
        Map<Kind, Map<String, String>> copy = new EnumMap<>(Kind.class);
        byKind.forEach((kind, ids) -> {
            if (!ids.isEmpty()) {
                copy.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(ids)));
            }
        });
        return copy.isEmpty() ? NONE : new DisplayNames(copy);
    }

    /**
     * Gets the display name of an id, or the id itself when the policy gives it none.
     * <p>
     * {@code of(SEVERITY, "severe")} returns {@code 嚴重錯誤} when the policy says
     * {@code severities: {severe: 嚴重錯誤}}, and {@code severe} when it does not.
     *
     * @param kind  what the id names, not null
     * @param id  the id, such as {@code severe}, not null
     * @return the display name, or the id, not null
     */
    public String of(Kind kind, String id) {
        return find(kind, id).orElse(id);
    }

    /**
     * Finds the display name of an id.
     *
     * @param kind  what the id names, not null
     * @param id  the id, such as {@code severe}, not null
     * @return the display name, empty when the policy gives the id none
     */
    public Optional<String> find(Kind kind, String id) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(names(kind).get(id));
    }

    /**
     * Gets the display names of one kind, by id, in the order the policy declares the ids.
     *
     * @param kind  what the ids name, not null
     * @return the names by id, empty when the policy gives none of this kind, not null, unmodifiable
     */
    public Map<String, String> names(Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return names.getOrDefault(kind, Map.of());
    }

    /**
     * Checks if no id has a display name.
     *
     * @return true if the policy gives no display names
     */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    /**
     * Checks if these display names give the same names to the same ids as another's, whatever the order.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof DisplayNames d && names.equals(d.names);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return names.hashCode();
    }

    /**
     * Returns the names by the keys of the {@code display-names} section, such as
     * {@code DisplayNames[severities: {severe=嚴重錯誤, general=一般錯誤}, targets: {fix=解決}]}.
     *
     * @return the names, not null
     */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ", "DisplayNames[", "]");
        names.forEach((kind, ids) -> out.add(kind.key() + ": " + ids));
        return out.toString();
    }
}
