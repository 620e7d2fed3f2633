package org.slakit.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates a report covers, in the policy's zone: from one date to another, both included, or
 * every date. A fact is in the period when the local date of its {@link Fact#countedAt()} is.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param from  the first date, empty for no lower bound, not null
 * @param to  the last date, included, empty for no upper bound, not null
 */
public record ReportPeriod(Optional<LocalDate> from, Optional<LocalDate> to) {

    private static final ReportPeriod ALL = new ReportPeriod(Optional.empty(), Optional.empty());

    /**
     * Checks the components.
     *
     * @param from  the first date, empty for no lower bound, not null
     * @param to  the last date, included, empty for no upper bound, not before {@code from}, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("A report period must not end before it starts: from " + from.get() + " to " + to.get());
        }
    }

    /**
     * Obtains the period of every date.
     *
     * @return the period, not null
     */
    public static ReportPeriod all() {
        return ALL;
    }

    /**
     * Obtains the period from one date to another, both included.
     *
     * @param from  the first date, not null
     * @param to  the last date, not before the first, not null
     * @return the period, not null
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public static ReportPeriod of(LocalDate from, LocalDate to) {
        return new ReportPeriod(Optional.of(from), Optional.of(to));
    }

    /**
     * Obtains the period of one month.
     *
     * @param month  the month, not null
     * @return the period from its first to its last day, not null
     */
    public static ReportPeriod of(YearMonth month) {
        return of(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Obtains the period of one year.
     *
     * @param year  the year, such as 2026
     * @return the period from 1 January to 31 December, not null
     */
    public static ReportPeriod ofYear(int year) {
        return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Checks if a date is in the period.
     *
     * @param date  the date, not null
     * @return true if on or after the first date and on or before the last
     */
    public boolean contains(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
    }

    /**
     * Checks if a fact is in the period: the date of its clock's start (or its cycle's opening) in a zone.
     *
     * @param fact  the fact, not null
     * @param zone  the policy's zone, not null
     * @return true if the fact belongs to the period
     */
    public boolean contains(Fact fact, ZoneId zone) {
        return contains(LocalDate.ofInstant(fact.countedAt(), zone));
    }

    /**
     * Returns the period in words, such as {@code 2026-01-01 to 2026-12-31} or {@code every date}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (from.isEmpty() && to.isEmpty()) {
            return "every date";
        }
        return from.map(LocalDate::toString).orElse("the first date") + " to " + to.map(LocalDate::toString).orElse("the last date");
    }
}
