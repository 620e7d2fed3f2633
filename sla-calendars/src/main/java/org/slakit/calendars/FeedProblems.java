package org.slakit.calendars;

import java.util.ArrayList;
import java.util.List;
import org.slakit.config.PolicyException;

/** Collects the problems of one feed file, each with its line, and throws them together. */
final class FeedProblems {

    private final String file;
    private final List<PolicyException.Located> found = new ArrayList<>();

    FeedProblems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(String path, int line, int column, String message) {
        found.add(new PolicyException.Located(path, Math.max(1, line), Math.max(1, column), message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws the problems found so far, if any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            found.sort(java.util.Comparator.comparingInt(PolicyException.Located::line)
                    .thenComparingInt(PolicyException.Located::column));
            throw new PolicyException(file, found);
        }
    }

    /** Throws one problem at once: the file cannot be read further. */
    PolicyException fatal(String path, int line, int column, String message) {
        at(path, line, column, message);
        return new PolicyException(file, found);
    }
}
