package org.slakit.policy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slakit.calendar.Problem;
import org.slakit.ticket.Ticket;

/**
 * What a policy declares, as the checks of its sections see it: the names of its calendars (the
 * built-in {@code 24x7} and those that failed to build included, so that a broken calendar is
 * reported once, where it is defined), severities, categories with their kinds, every kind, tiers,
 * the service items its tiers are entitled to, waiting states, and events (the built-in ones
 * included). Each set keeps the order of declaration, which messages list.
 * <p>
 * The checks of a use of those names live here, beside the names, so that every section reports an
 * undefined name in the same words.
 */
record Declared(Set<String> calendars, Set<String> severities, Map<String, SlaPolicy.Category> categories,
        Set<String> kinds, Set<String> tiers, Set<String> services, Set<String> waiting, Set<String> events) {

    /** Checks that a calendar is defined; false, with a problem at path, when it is not. */
    boolean checkCalendar(String path, String calendar, List<Problem> problems) {
        if (calendars.contains(calendar)) {
            return true;
        }
        problems.add(new Problem(path, "Calendar '" + calendar + "' is not defined" + known("calendars", calendars)));
        return false;
    }

    /** Checks that every event is declared or built in. */
    void checkEvents(String path, List<String> names, List<Problem> problems) {
        for (String e : names) {
            if (!events.contains(e)) {
                problems.add(new Problem(path, "Event '" + e + "' is not declared: declare it under events, or use a built-in one ("
                        + String.join(", ", Ticket.BUILT_IN_EVENTS) + ")"));
            }
        }
    }

    /** Checks that every value a condition names is defined, each aspect at its own path below path. */
    void checkCondition(String path, Condition when, List<Problem> problems) {
        for (String c : when.category()) {
            if (!categories.containsKey(c)) {
                problems.add(new Problem(path + ".category", "Category '" + c + "' is not defined"
                        + known("categories", categories.keySet())));
            }
        }
        for (String k : when.kind()) {
            checkKind(path + ".kind", k, when.category(), problems);
        }
        for (String s : when.severity()) {
            if (!severities.contains(s)) {
                problems.add(new Problem(path + ".severity", "Severity '" + s + "' is not defined" + known("severities", severities)));
            }
        }
        for (String t : when.tier()) {
            if (!tiers.contains(t)) {
                problems.add(new Problem(path + ".tier", "Tier '" + t + "' is not defined" + known("tiers", tiers)));
            }
        }
        for (String s : when.service()) {
            if (!services.contains(s)) {
                problems.add(new Problem(path + ".service", "Service '" + s + "' is not an entitlement of any tier"
                        + known("services", services)));
            }
        }
    }

    /** A kind must belong to one of the condition's categories, or to any category when it names none. */
    private void checkKind(String path, String kind, List<String> inCategories, List<Problem> problems) {
        if (inCategories.isEmpty()) {
            if (!kinds.contains(kind)) {
                problems.add(new Problem(path, "Kind '" + kind + "' is not a kind of any category"));
            }
            return;
        }
        boolean inOne = inCategories.stream().map(categories::get).anyMatch(cat -> cat != null && cat.kinds().contains(kind));
        // an undefined category is reported on its own; its kinds are not reported again
        if (!inOne && inCategories.stream().allMatch(categories::containsKey)) {
            problems.add(new Problem(path, "Kind '" + kind + "' is not a kind of category " + String.join(" or ", inCategories)));
        }
    }

    /** The tail of a message about an undefined name: the names there are, such as {@code  (tiers: premium, standard)}. */
    static String known(String what, Collection<String> names) {
        return names.isEmpty() ? " (the policy defines no " + what + ")" : " (" + what + ": " + String.join(", ", names) + ")";
    }
}
