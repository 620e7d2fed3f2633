package org.slakit.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node of a YAML document as read by {@link SafeYaml}: a scalar (kept as text), a mapping or a
 * sequence, with its YAML path ({@code days-off[3].date}) and the line and column where it starts.
 * <p>
 * Scalars stay text: {@code 2025-01-28}, {@code 1} and {@code yes} are all strings here, and the
 * reader of each key decides what it means. This class is immutable once read.
 */
final class YamlNode {

    /** The shape of a node. */
    enum Kind {
        SCALAR("a single value"), MAPPING("a mapping"), SEQUENCE("a list");

        final String described;

        Kind(String described) {
            this.described = described;
        }
    }

    /** A key of a mapping, where it is written, and its value. */
    record Member(String key, int line, int column, YamlNode value) {
    }

    private final Kind kind;
    private final String path;
    private final int line;
    private final int column;
    /** The text of a scalar; null for YAML's null ({@code ~}, or nothing) and for collections. */
    private final String text;
    private final Map<String, Member> members;
    private final List<YamlNode> items;

    private YamlNode(Kind kind, String path, int line, int column, String text, Map<String, Member> members, List<YamlNode> items) {
        this.kind = kind;
        this.path = path;
        this.line = line;
        this.column = column;
        this.text = text;
        this.members = members;
        this.items = items;
    }

    static YamlNode scalar(String path, int line, int column, String text) {
        return new YamlNode(Kind.SCALAR, path, line, column, text, Map.of(), List.of());
    }

    static YamlNode mapping(String path, int line, int column, LinkedHashMap<String, Member> members) {
        return new YamlNode(Kind.MAPPING, path, line, column, null, Collections.unmodifiableMap(members), List.of());
    }

    static YamlNode sequence(String path, int line, int column, List<YamlNode> items) {
        return new YamlNode(Kind.SEQUENCE, path, line, column, null, Map.of(), List.copyOf(items));
    }

    /** Joins a parent path and a key: {@code days-off[3]} and {@code date} give {@code days-off[3].date}. */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    Kind kind() {
        return kind;
    }

    String path() {
        return path;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** Checks if this is a scalar holding YAML's null. */
    boolean isNull() {
        return kind == Kind.SCALAR && text == null;
    }

    /** The text of a scalar, null for YAML's null or a collection. */
    String text() {
        return text;
    }

    /** The members of a mapping in file order; empty for other kinds. */
    Map<String, Member> members() {
        return members;
    }

    /** The items of a sequence; empty for other kinds. */
    List<YamlNode> items() {
        return items;
    }

    /** The value of a key of a mapping. */
    Optional<YamlNode> get(String key) {
        Member m = members.get(key);
        return m == null ? Optional.empty() : Optional.of(m.value());
    }

    /**
     * Finds the deepest node on a YAML path, so that a problem a builder reports at
     * {@code days-off[3].hours} points into the file even when only {@code days-off[3]} was written.
     */
    YamlNode locate(String problemPath) {
        YamlNode at = this;
        int i = 0;
        int n = problemPath.length();
        while (i < n) {
            char c = problemPath.charAt(i);
            if (c == '.') {
                i++;
                continue;
            }
            if (c == '[') {
                int close = problemPath.indexOf(']', i);
                if (close < 0 || at.kind != Kind.SEQUENCE) {
                    return at;
                }
                int index;
                try {
                    index = Integer.parseInt(problemPath.substring(i + 1, close));
                } catch (NumberFormatException e) {
                    return at;
                }
                if (index < 0 || index >= at.items.size()) {
                    return at;
                }
                at = at.items.get(index);
                i = close + 1;
                continue;
            }
            int end = i;
            while (end < n && problemPath.charAt(end) != '.' && problemPath.charAt(end) != '[') {
                end++;
            }
            Member m = at.members.get(problemPath.substring(i, end));
            if (m == null) {
                return at;
            }
            at = m.value();
            i = end;
        }
        return at;
    }
}
