package org.slakit.config;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.slakit.calendar.Problem;
import org.threeten.extra.LocalDateRange;

/**
 * Collects the problems of one file while its tree is turned into specs, and offers the checks
 * every reader needs: the shape of a node, known keys (with "did you mean"), required keys, text
 * and dates. Builders' {@link Problem}s are placed at the deepest node on their path.
 * <p>
 * This class is mutable and not thread-safe: one instance reads one file.
 */
final class YamlProblems {

    private final String file;
    private final List<PolicyException.Located> found = new ArrayList<>();
    /** The encoding the first file named here that was not text in its encoding reads as, if any. */
    private Optional<Charset> likelyEncoding = Optional.empty();

    YamlProblems(String file) {
        this.file = file;
    }

    /** The file's name, as messages give it. */
    String file() {
        return file;
    }

    /** Adds a problem at a node. */
    void at(YamlNode node, String message) {
        found.add(new PolicyException.Located(node.path(), node.line(), node.column(), message));
    }

    /**
     * Maps every problem a builder reported to the file and throws them as a {@link PolicyException};
     * returns the builder's own exception only in the impossible case of it carrying none.
     */
    RuntimeException builderFailed(YamlNode root, List<Problem> reported, RuntimeException cause) {
        for (Problem p : reported) {
            fromBuilder(root, p);
        }
        throwIfAny();
        return cause;
    }

    /**
     * Keeps the encoding a file this one names (a holiday file) likely is in, when its problem was
     * one of encoding; the first one kept stays.
     */
    void likelyEncoding(Optional<Charset> encoding) {
        if (likelyEncoding.isEmpty()) {
            likelyEncoding = encoding;
        }
    }

    /** Adds a problem a builder found, placed at the deepest node of the tree on its path. */
    void fromBuilder(YamlNode root, Problem problem) {
        YamlNode node = root.locate(problem.path());
        found.add(new PolicyException.Located(problem.path(), node.line(), node.column(), problem.message()));
    }

    /** Throws every problem found, in file order, if there is any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            List<PolicyException.Located> sorted = new ArrayList<>(found);
            sorted.sort(PolicyException.IN_FILE_ORDER);
            throw new PolicyException(file, sorted, likelyEncoding);
        }
    }

    /** Checks that a node is a mapping whose keys are all known; unknown keys get a "did you mean". */
    boolean mapping(YamlNode node, Collection<String> known) {
        if (node.kind() != YamlNode.Kind.MAPPING) {
            at(node, "Expected a mapping, was " + describe(node));
            return false;
        }
        for (YamlNode.Member m : node.members().values()) {
            if (!known.contains(m.key())) {
                Optional<String> hint = DidYouMean.closest(m.key(), known);
                String message = hint.map(h -> "Unknown key '" + m.key() + "', did you mean '" + h + "'?")
                        .orElseGet(() -> "Unknown key '" + m.key() + "', expected one of " + String.join(", ", new TreeSet<>(known)));
                found.add(new PolicyException.Located(YamlNode.child(node.path(), m.key()), m.line(), m.column(), message));
            }
        }
        return true;
    }

    /**
     * Checks the top of a file: a mapping of known keys whose format-version key (such as
     * {@code slakit: 1}) is present and 1. Throws at once when the top is not a mapping.
     */
    void header(YamlNode root, String versionKey, Collection<String> known) {
        if (!mapping(root, known)) {
            throwIfAny();
        }
        required(root, versionKey).flatMap(this::text).ifPresent(v -> {
            if (!v.equals("1")) {
                at(root.get(versionKey).orElseThrow(), "Format version must be 1, was " + v);
            }
        });
    }

    /** Gets a required key's value, reporting it missing at the mapping. */
    Optional<YamlNode> required(YamlNode mapping, String key) {
        Optional<YamlNode> value = mapping.get(key);
        if (value.isEmpty()) {
            at(mapping, "Missing required key '" + key + "'");
        }
        return value;
    }

    /** Reads a node as text: a single value, neither null nor empty. */
    Optional<String> text(YamlNode node) {
        if (node.kind() != YamlNode.Kind.SCALAR) {
            at(node, "Expected a single value, was " + describe(node));
            return Optional.empty();
        }
        if (node.isNull() || node.text().isEmpty()) {
            at(node, "Expected a value, was none");
            return Optional.empty();
        }
        return Optional.of(node.text());
    }

    /** Reads a node as a date in the form YYYY-MM-DD, within {@link #DATES}. */
    Optional<LocalDate> date(YamlNode node) {
        return text(node).flatMap(t -> date(node, t));
    }

    /** Reads a text as a date in the form YYYY-MM-DD, within {@link #DATES}; a problem at the node otherwise. */
    Optional<LocalDate> date(YamlNode node, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            at(node, "'" + text + "' is not a date (YYYY-MM-DD)");
            return Optional.empty();
        }
        if (!DATES.contains(date)) {
            at(node, "Date " + text + " is outside the dates slakit reads, " + DATES.getStart() + " to " + DATES.getEndInclusive());
            return Optional.empty();
        }
        return Optional.of(date);
    }

    /**
     * The dates a file may name: years 1900 to 9999. Far enough for any holiday data and any deadline,
     * and near enough that every date's arithmetic stays in range.
     */
    static final LocalDateRange DATES = LocalDateRange.ofClosed(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));

    /**
     * Reads a node as a list; a single value is a list of one. Nothing ({@code key:} or {@code ~})
     * is not a list: an empty one is written {@code []}.
     */
    List<YamlNode> list(YamlNode node) {
        if (node.kind() == YamlNode.Kind.SEQUENCE) {
            return node.items();
        }
        if (node.kind() == YamlNode.Kind.SCALAR && !node.isNull()) {
            return List.of(node);
        }
        at(node, "Expected a list, was " + describe(node));
        return List.of();
    }

    /** Reads a node as a list of texts, as {@link #list} and {@link #text} read them; an item that is not text is left out. */
    List<String> texts(YamlNode node) {
        return listOf(node, this::text);
    }

    /** Reads a node as a list, as {@link #list} does, and each item with the given reader; an item it cannot read is left out. */
    <T> List<T> listOf(YamlNode node, Function<YamlNode, Optional<T>> item) {
        List<T> out = new ArrayList<>();
        for (YamlNode i : list(node)) {
            item.apply(i).ifPresent(out::add);
        }
        return out;
    }

    /** Describes a node's shape for a message: {@code nothing}, {@code a single value}, {@code a mapping} or {@code a list}. */
    static String describe(YamlNode node) {
        return node.isNull() ? "nothing" : node.kind().described;
    }
}
