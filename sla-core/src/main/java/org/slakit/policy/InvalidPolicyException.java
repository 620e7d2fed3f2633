package org.slakit.policy;

import java.util.List;
import java.util.Objects;
import org.slakit.calendar.Problem;

/**
 * Thrown when a policy cannot be built, carrying every problem found.
 * <p>
 * The message is the first problem; {@link #problems()} lists them all, each with its path in YAML
 * terms, such as {@code targets[2].within}.
 */
public final class InvalidPolicyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems, never empty. */
    private final List<Problem> problems;

    /**
     * Creates an exception for the given problems.
     *
     * @param problems  the problems found, not null, not empty
     * @throws IllegalArgumentException if the list is empty
     */
    public InvalidPolicyException(List<Problem> problems) {
        super(firstOf(problems));
        this.problems = List.copyOf(problems);
    }

    private static String firstOf(List<Problem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An InvalidPolicyException needs at least one problem");
        }
        return problems.get(0).toString();
    }

    /**
     * Gets every problem found, in the order found.
     *
     * @return the problems, not null, not empty, unmodifiable
     */
    public List<Problem> problems() {
        return problems;
    }
}
