package org.slakit.calendar;

import java.util.Objects;

/**
 * One problem found while validating a calendar or a policy: where it is and what is wrong.
 * <p>
 * The path is written in YAML terms, so that the same problem found through the Java builders or
 * through a policy file reads the same, for example {@code calendars.office.hours.Mon} or
 * {@code targets[2].within}. An empty path means the object as a whole.
 *
 * @param path  the location of the problem in YAML terms, not null, may be empty
 * @param message  what is wrong, naming the rule and the bad value, not null
 */
public record Problem(String path, String message) {

    /**
     * Validates the components.
     *
     * @param path  the location of the problem in YAML terms, not null, may be empty
     * @param message  what is wrong, not null
     * @throws NullPointerException if either is null
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns a copy of this problem whose path is put below the given prefix.
     * <p>
     * {@code new Problem("hours.Mon", m).under("calendars.office")} has the path
     * {@code calendars.office.hours.Mon}.
     *
     * @param prefix  the path of the enclosing element, not null
     * @return the problem with the longer path, not null
     */
    public Problem under(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new Problem(prefix, message);
        }
        return new Problem(path.startsWith("[") ? prefix + path : prefix + "." + path, message);
    }

    /**
     * Returns the problem as {@code path: message}, or the message alone when the path is empty.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
