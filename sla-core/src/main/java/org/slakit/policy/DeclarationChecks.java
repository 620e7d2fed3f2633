package org.slakit.policy;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.Problem;
import org.slakit.ticket.Ticket;

/**
 * Checks what a policy declares (calendars, severities, categories and their kinds, tiers and their
 * includes and entitlements, waiting states, events) and returns the names declared, for the checks
 * of the sections that use them.
 */
final class DeclarationChecks {

    private final List<Problem> problems;

    private DeclarationChecks(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * Checks the declarations as given to the builder, adding each problem found.
     *
     * @param broken  the calendars given that failed to build, whose problems are already reported
     */
    static Declared check(Map<String, BusinessCalendar> calendars, Set<String> broken, List<String> severities,
            List<SlaPolicy.Category> categories, List<SlaPolicy.Tier> tiers, List<String> waiting, List<String> events,
            List<Problem> problems) {
        DeclarationChecks c = new DeclarationChecks(problems);
        Set<String> calendarNames = c.calendars(calendars, broken);
        Set<String> severityNames = c.names("severities", "Severity", severities, Set.of());
        if (severities.isEmpty()) {
            problems.add(new Problem("severities", "A policy needs at least one severity, was none"));
        }
        Map<String, SlaPolicy.Category> categoryByName = new LinkedHashMap<>();
        Set<String> kinds = c.categories(categories, categoryByName);
        Map<String, SlaPolicy.Tier> tierByName = new LinkedHashMap<>();
        Set<String> services = c.tiers(tiers, tierByName);
        Set<String> waitingNames = c.names("waiting", "Waiting state", waiting, Set.of());
        Set<String> eventNames = new LinkedHashSet<>(Ticket.BUILT_IN_EVENTS);
        eventNames.addAll(c.names("events", "Event", events, Ticket.BUILT_IN_EVENTS));
        return new Declared(calendarNames, severityNames, categoryByName, kinds, tierByName.keySet(), services, waitingNames,
                eventNames);
    }

    private Set<String> calendars(Map<String, BusinessCalendar> calendars, Set<String> broken) {
        Set<String> names = new LinkedHashSet<>(calendars.keySet());
        // A calendar that failed to build is reported once, at its own definition, not again at every use.
        names.addAll(broken);
        boolean calendarProblems = problems.stream().anyMatch(p -> p.path().startsWith("calendars."));
        if (calendars.isEmpty() && !calendarProblems) {
            problems.add(new Problem("calendars", "A policy needs at least one calendar besides the built-in 24x7, was none"));
        }
        names.add(SlaPolicy.ALWAYS_OPEN);
        return names;
    }

    /** Checks a list of names ({@code severities[i]} and the like): none blank, none twice, none built in. */
    private Set<String> names(String path, String what, List<String> values, Collection<String> builtIn) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String at = path + "[" + i + "]";
            if (v.isBlank()) {
                problems.add(new Problem(at, what + " must not be blank, was '" + v + "'"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(v, i);
            if (earlier != null) {
                problems.add(new Problem(at, what + " '" + v + "' is listed twice, also at " + path + "[" + earlier + "]"));
            } else if (builtIn.contains(v)) {
                problems.add(new Problem(at, what + " '" + v + "' is built in and needs no declaration"));
            }
            names.add(v);
        }
        return names;
    }

    /** Checks the categories and their kinds, filling byName; returns every kind. */
    private Set<String> categories(List<SlaPolicy.Category> categories, Map<String, SlaPolicy.Category> byName) {
        if (categories.isEmpty()) {
            problems.add(new Problem("categories", "A policy needs at least one category, was none"));
        }
        Set<String> allKinds = new HashSet<>();
        for (SlaPolicy.Category c : categories) {
            String path = "categories." + c.name();
            define(path, "category", c.name(), c, byName);
            Set<String> kinds = new HashSet<>();
            for (String k : c.kinds()) {
                if (k.isBlank()) {
                    problems.add(new Problem(path, "A kind of category '" + c.name() + "' must not be blank, was '" + k + "'"));
                } else if (!kinds.add(k)) {
                    problems.add(new Problem(path, "Kind '" + k + "' is listed twice in category '" + c.name() + "'"));
                }
            }
            allKinds.addAll(kinds);
        }
        return allKinds;
    }

    /** Checks the tiers, their entitlements and their includes, filling byName; returns every service item. */
    private Set<String> tiers(List<SlaPolicy.Tier> tiers, Map<String, SlaPolicy.Tier> byName) {
        Set<String> services = new LinkedHashSet<>();
        for (SlaPolicy.Tier t : tiers) {
            String path = "tiers." + t.name();
            define(path, "tier", t.name(), t, byName);
            for (int i = 0; i < t.entitled().size(); i++) {
                String item = t.entitled().get(i);
                if (item.isBlank()) {
                    problems.add(new Problem(path + ".entitled[" + i + "]", "A service item of tier '" + t.name()
                            + "' must not be blank, was '" + item + "'"));
                }
                services.add(item);
            }
        }
        for (SlaPolicy.Tier t : byName.values()) {
            checkIncludes(t, byName);
        }
        return services;
    }

    /** Adds a category or a tier to byName, unless its name is blank or already defined. */
    private <T> void define(String path, String what, String name, T value, Map<String, T> byName) {
        if (name.isBlank()) {
            problems.add(new Problem(path, "A " + what + "'s name must not be blank, was '" + name + "'"));
        } else if (byName.putIfAbsent(name, value) != null) {
            String subject = Character.toUpperCase(what.charAt(0)) + what.substring(1);
            problems.add(new Problem(path, subject + " '" + name + "' is defined twice"));
        }
    }

    private void checkIncludes(SlaPolicy.Tier t, Map<String, SlaPolicy.Tier> byName) {
        for (int i = 0; i < t.includes().size(); i++) {
            String inc = t.includes().get(i);
            String path = "tiers." + t.name() + ".includes[" + i + "]";
            if (!byName.containsKey(inc)) {
                problems.add(new Problem(path, "Tier '" + t.name() + "' includes tier '" + inc + "', which is not defined"
                        + Declared.known("tiers", byName.keySet())));
            } else if (reaches(inc, t.name(), byName, new HashSet<>())) {
                problems.add(new Problem(path, "Tier '" + t.name() + "' includes tier '" + inc
                        + "', which includes '" + t.name() + "' in turn: includes must not go round in a circle"));
            }
        }
    }

    private static boolean reaches(String from, String to, Map<String, SlaPolicy.Tier> byName, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from) || !byName.containsKey(from)) {
            return false;
        }
        for (String inc : byName.get(from).includes()) {
            if (reaches(inc, to, byName, seen)) {
                return true;
            }
        }
        return false;
    }
}
