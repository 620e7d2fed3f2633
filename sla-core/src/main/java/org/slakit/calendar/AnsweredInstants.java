package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;

/**
 * The instants a business calendar answers for: the years -999,999 to 999,999, far beyond any
 * deadline and near enough that every local date and table of the index stays in range. A question
 * outside them fails at once with a {@link DateTimeException} naming the instant, rather than with
 * an overflow deep in the date arithmetic or a table too large for memory.
 */
final class AnsweredInstants {

    static final Instant FIRST = Instant.parse("-999999-01-01T00:00:00Z");
    static final Instant LAST = Instant.parse("+999999-12-31T23:59:59.999999999Z");
    /** The ids of the index chunks those instants fall in. */
    static final long FIRST_CHUNK = CalendarIndex.chunkId(FIRST.getEpochSecond());
    static final long LAST_CHUNK = CalendarIndex.chunkId(LAST.getEpochSecond());

    private AnsweredInstants() {
    }

    /** Checks an argument: not null, and an instant a calendar answers for. */
    static Instant require(Instant t, String name) {
        Objects.requireNonNull(t, name);
        if (t.isBefore(FIRST) || t.isAfter(LAST)) {
            throw outside(t);
        }
        return t;
    }

    /** Checks an answer: an instant a calendar answers for, so that it can be asked back. */
    static Instant requireAnswer(Instant t) {
        if (t.isBefore(FIRST) || t.isAfter(LAST)) {
            throw new DateTimeException("The answer " + t + " lies outside the instants a business calendar answers for, " + FIRST
                    + " to " + LAST);
        }
        return t;
    }

    static DateTimeException outside(Instant t) {
        return new DateTimeException("Instant " + t + " is outside the instants a business calendar answers for, " + FIRST
                + " to " + LAST);
    }
}
