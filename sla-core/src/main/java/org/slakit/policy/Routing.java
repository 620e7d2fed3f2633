package org.slakit.policy;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a report goes when it arrives: handled normally during opening hours, or, out of hours, to
 * the duty engineer, queued first for the next opening (with that instant), or escalated at once.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Routing {

    /** The routes. */
    public enum Route {
        /** The routing calendar is open: handled normally. */
        NORMAL,
        /** Out of hours: answered by the duty engineer ({@code duty-engineer}). */
        DUTY_ENGINEER,
        /** Out of hours: queued first for the next opening ({@code first-at-opening}). */
        FIRST_AT_OPENING,
        /** Out of hours: escalated to the responsible manager at once ({@code escalate-now}). */
        ESCALATE_NOW;

        /**
         * Gets the YAML name, such as {@code duty-engineer}.
         *
         * @return the name, not null
         */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /**
         * Obtains the out-of-hours route of a YAML name: {@code duty-engineer},
         * {@code first-at-opening} or {@code escalate-now}.
         *
         * @param key  the name, not null
         * @return the route, not null
         * @throws IllegalArgumentException if the name is not an out-of-hours route
         */
        public static Route ofKey(String key) {
            Objects.requireNonNull(key, "key");
            for (Route r : values()) {
                if (r != NORMAL && r.key().equals(key)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("Route '" + key + "' is not one of duty-engineer, first-at-opening, escalate-now");
        }
    }

    private static final Routing NORMAL = new Routing(Route.NORMAL, null);
    private static final Routing DUTY = new Routing(Route.DUTY_ENGINEER, null);
    private static final Routing ESCALATE = new Routing(Route.ESCALATE_NOW, null);

    private final Route route;
    private final Instant opening;

    private Routing(Route route, Instant opening) {
        this.route = route;
        this.opening = opening;
    }

    /**
     * Obtains the routing of a report during opening hours.
     *
     * @return the normal routing, not null
     */
    public static Routing normal() {
        return NORMAL;
    }

    /**
     * Obtains the routing to the duty engineer.
     *
     * @return the routing, not null
     */
    public static Routing dutyEngineer() {
        return DUTY;
    }

    /**
     * Obtains the routing that escalates at once.
     *
     * @return the routing, not null
     */
    public static Routing escalateNow() {
        return ESCALATE;
    }

    /**
     * Obtains the routing that queues a report first for the next opening.
     *
     * @param opening  the next opening of the routing calendar, not null
     * @return the routing, not null
     */
    public static Routing firstAtOpening(Instant opening) {
        return new Routing(Route.FIRST_AT_OPENING, Objects.requireNonNull(opening, "opening"));
    }

    /**
     * Gets the route.
     *
     * @return the route, not null
     */
    public Route route() {
        return route;
    }

    /**
     * Gets the opening for which a report is queued.
     *
     * @return the instant, present only for {@link Route#FIRST_AT_OPENING}
     */
    public Optional<Instant> opening() {
        return Optional.ofNullable(opening);
    }

    /**
     * Checks if this routing equals another: same route and opening.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Routing r && route == r.route && Objects.equals(opening, r.opening);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(route, opening);
    }

    /**
     * Returns the route's YAML name, with the opening for {@code first-at-opening}, such as
     * {@code first-at-opening 2026-11-23T01:00:00Z}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return opening == null ? route.key() : route.key() + " " + opening;
    }
}
