package org.slakit.policy;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slakit.calendar.Problem;
import org.slakit.policy.DisplayNames.Kind;

/**
 * Checks the display names given to a policy ({@code display-names.<kind>.<id>}) against what it
 * declares, and makes its {@link DisplayNames}, each kind in the order its ids are declared.
 */
final class DisplayNameChecks {

    /** A display name as given to the builder, unchecked. */
    record Draft(Kind kind, String id, String name) {
    }

    /** The longest display name, in characters (code points). */
    static final int MAX_LENGTH = 100;

    private DisplayNameChecks() {
    }

    /**
     * Checks the display names as given, adding each problem found.
     *
     * @param targets  the target names of the policy and its versions, in order
     */
    static DisplayNames check(List<Draft> drafts, Declared declared, Collection<String> targets, List<Problem> problems) {
        Map<Kind, Collection<String>> ids = declaredIds(declared, targets);
        Map<Kind, Map<String, String>> given = new EnumMap<>(Kind.class);
        for (Draft d : drafts) {
            String path = "display-names." + d.kind().key() + "." + d.id();
            if (!ids.get(d.kind()).contains(d.id())) {
                problems.add(new Problem(path, unknown(d.kind(), d.id(), ids.get(d.kind()))));
            }
            String subject = "Display name of " + d.kind().subject.toLowerCase(Locale.ROOT) + " '" + d.id() + "'";
            String earlier = given.computeIfAbsent(d.kind(), k -> new HashMap<>()).putIfAbsent(d.id(), d.name());
            if (earlier != null) {
                problems.add(new Problem(path, subject + " is given twice, as '" + oneLine(earlier) + "' and '"
                        + oneLine(d.name()) + "'"));
            }
            checkName(path, subject, d.name(), problems);
        }
        Map<Kind, Map<String, String>> inOrder = new EnumMap<>(Kind.class);
        ids.forEach((kind, declaredIds) -> {
            Map<String, String> names = given.getOrDefault(kind, Map.of());
            Map<String, String> ordered = new LinkedHashMap<>();
            declaredIds.stream().filter(names::containsKey).forEach(id -> ordered.put(id, names.get(id)));
            inOrder.put(kind, ordered);
        });
        return DisplayNames.of(inOrder);
    }

    /** The ids of each kind, in declaration order: a kind of several categories comes where it is first declared. */
    private static Map<Kind, Collection<String>> declaredIds(Declared declared, Collection<String> targets) {
        Set<String> kinds = new LinkedHashSet<>();
        declared.categories().values().forEach(c -> kinds.addAll(c.kinds()));
        Map<Kind, Collection<String>> ids = new EnumMap<>(Kind.class);
        ids.put(Kind.CATEGORY, declared.categories().keySet());
        ids.put(Kind.KIND, kinds);
        ids.put(Kind.SEVERITY, declared.severities());
        ids.put(Kind.TARGET, new LinkedHashSet<>(targets));
        ids.put(Kind.TIER, declared.tiers());
        ids.put(Kind.WAITING_STATE, declared.waiting());
        return ids;
    }

    /** The words every other section uses for an undefined name of the kind. */
    private static String unknown(Kind kind, String id, Collection<String> declared) {
        return switch (kind) {
            case KIND -> "Kind '" + id + "' is not a kind of any category";
            case WAITING_STATE -> "Waiting state '" + id + "' is not declared" + Declared.known("waiting states", declared);
            default -> kind.subject + " '" + id + "' is not defined" + Declared.known(kind.key(), declared);
        };
    }

    /** A name is one line of 1 to 100 characters, not all blank: reports show it in a table cell or a heading. */
    private static void checkName(String path, String subject, String name, List<Problem> problems) {
        if (name.isBlank()) {
            problems.add(new Problem(path, subject + " must not be blank, was '" + oneLine(name) + "'"));
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_LENGTH) {
            problems.add(new Problem(path, subject + " must be at most " + MAX_LENGTH + " characters, was " + length));
        }
        if (!oneLine(name).equals(name)) {
            problems.add(new Problem(path, subject + " must not contain a line break, was '" + oneLine(name) + "'"));
        }
    }

    /** The text with each line break written as its escape ({@code \n}), so that a message stays on one line. */
    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0085", "\\u0085")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
