package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Thrown when an answer would depend on a date beyond the holiday data a calendar knows.
 * <p>
 * A calendar built from holiday sets knows which days are off only for the dates those sets cover.
 * Rather than guess, it throws this exception, naming the first date it would have needed and the
 * range it does know. Opt out with {@link CalendarBuilder#extrapolate()}.
 */
public final class CalendarCoverageException extends DateTimeException {

    private static final long serialVersionUID = 1L;

    /** The date that was needed. */
    private final LocalDate date;
    /** The dates the calendar covers. */
    private final transient LocalDateRange coverage;

    /**
     * Creates an exception for a date outside the coverage.
     *
     * @param date  the date the answer depends on, not null
     * @param coverage  the dates the calendar covers, not null
     */
    public CalendarCoverageException(LocalDate date, LocalDateRange coverage) {
        super("Date " + Objects.requireNonNull(date, "date") + " is outside the calendar's holiday data, which covers "
                + describe(Objects.requireNonNull(coverage, "coverage"))
                + ": add holiday data for that year, or build the calendar with extrapolate()");
        this.date = date;
        this.coverage = coverage;
    }

    static String describe(LocalDateRange coverage) {
        return coverage.getStart() + " to " + coverage.getEndInclusive();
    }

    /**
     * Gets the date the answer depends on.
     *
     * @return the date outside the coverage, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Gets the dates the calendar covers.
     *
     * @return the coverage, not null
     */
    public LocalDateRange coverage() {
        return coverage;
    }
}
