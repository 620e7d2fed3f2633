package org.slakit.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slakit.calendar.Problem;

/**
 * A policy's {@code out-of-hours} section: while the routing calendar is closed, the first matching
 * rule routes a ticket, and {@code otherwise} routes the rest.
 *
 * @param calendar  the name of the routing calendar, not null
 * @param rules  the rules, first match wins, not null
 * @param otherwise  the route when no rule matches, not null
 */
public record OutOfHours(String calendar, List<Rule> rules, Routing.Route otherwise) {
    /**
     * Checks and copies the components.
     *
     * @param calendar  the name of the routing calendar, not null
     * @param rules  the rules, first match wins, not null, copied
     * @param otherwise  the route when no rule matches, not null
     * @throws NullPointerException if a component is null
     */
    public OutOfHours {
        Objects.requireNonNull(calendar, "calendar");
        rules = List.copyOf(rules);
        Objects.requireNonNull(otherwise, "otherwise");
    }

    /**
     * A rule of {@code out-of-hours}: tickets whose classification matches are routed so.
     *
     * @param when  the condition, not null
     * @param route  the route, not {@link Routing.Route#NORMAL}, not null
     */
    public record Rule(Condition when, Routing.Route route) {
        /**
         * Checks the components.
         *
         * @param when  the condition on the ticket's classification, not null
         * @param route  the route, not {@link Routing.Route#NORMAL}, not null
         * @throws NullPointerException if a component is null
         */
        public Rule {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(route, "route");
        }
    }

    /**
     * Describes the {@code out-of-hours} section for {@link PolicyBuilder#outOfHours} or
     * {@link PolicyVersion.Builder#outOfHours}: its rules, first match wins, and {@code otherwise}.
     * Problems are reported when the policy is built, under {@code out-of-hours}.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        final String calendar;
        final List<Condition> whens = new ArrayList<>();
        /** The routes of the rules, parallel to whens; null where the text did not parse. */
        final List<Routing.Route> routes = new ArrayList<>();
        Routing.Route otherwise = Routing.Route.FIRST_AT_OPENING;
        final List<Problem> problems = new ArrayList<>();

        Builder(String calendar) {
            this.calendar = calendar;
        }

        /**
         * Adds a rule ({@code rules[i]}).
         *
         * @param when  the condition, not null
         * @param route  the route, not {@code NORMAL}, not null
         * @return this builder, not null
         */
        public Builder rule(Condition when, Routing.Route route) {
            whens.add(Objects.requireNonNull(when, "when"));
            routes.add(Objects.requireNonNull(route, "route"));
            return this;
        }

        /**
         * Adds a rule whose route is given by its YAML name, such as {@code duty-engineer}; an
         * unknown name is a problem at {@code rules[i].route}.
         *
         * @param when  the condition, not null
         * @param route  the route's name, not null
         * @return this builder, not null
         */
        public Builder rule(Condition when, String route) {
            Objects.requireNonNull(when, "when");
            Routing.Route r = parse("rules[" + whens.size() + "].route", route);
            whens.add(when);
            routes.add(r);
            return this;
        }

        /**
         * Sets the route when no rule matches ({@code otherwise}); by default {@code first-at-opening}.
         *
         * @param route  the route, not {@code NORMAL}, not null
         * @return this builder, not null
         */
        public Builder otherwise(Routing.Route route) {
            this.otherwise = Objects.requireNonNull(route, "route");
            return this;
        }

        /**
         * Sets the route when no rule matches by its YAML name; an unknown name is a problem at
         * {@code otherwise}.
         *
         * @param route  the route's name, not null
         * @return this builder, not null
         */
        public Builder otherwise(String route) {
            Routing.Route r = parse("otherwise", route);
            if (r != null) {
                this.otherwise = r;
            }
            return this;
        }

        private Routing.Route parse(String path, String text) {
            Objects.requireNonNull(text, "route");
            try {
                return Routing.Route.ofKey(text);
            } catch (IllegalArgumentException ex) {
                problems.add(new Problem(path, ex.getMessage()));
                return null;
            }
        }
    }
}
