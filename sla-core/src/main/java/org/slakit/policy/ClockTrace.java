package org.slakit.policy;

import java.time.Instant;
import java.util.List;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.ticket.Classification;

/**
 * What one target's clock notes as it runs, for an {@link Explanation}. {@link #NONE} notes nothing
 * and is what {@code evaluate} uses; {@link TargetRecord} keeps every note for {@code explain}. Each
 * method is named for the step it notes, so the clock reads the same with or without a record.
 */
interface ClockTrace {

    /** Notes nothing. */
    ClockTrace NONE = new ClockTrace() {
    };

    /** A reclassification changed the entry that applies: the ticket is read under its new classification. */
    default void reclassified(Instant at, Classification now) {
    }

    /** The cycle being run is a later one, started by a reopening. */
    default void cycle(int number, Instant reopenedAt) {
    }

    /** A stop event came before any start event: the target never starts in this cycle. */
    default void stoppedBeforeStart(String event, Instant at) {
    }

    /** No start event has come yet. */
    default void notStartedYet(List<String> startsOn) {
    }

    /** A restart came at or after the breach line, so it does not count. */
    default void restartIgnored(String event, Instant at, Instant breachLine) {
    }

    /** A restart moved the clock's start. */
    default void restarted(String event, Instant at, Instant startedAt) {
    }

    /**
     * The clock counts from this instant; the record also notes when the calendar was closed then.
     *
     * @throws org.slakit.calendar.CalendarCoverageException if the opening lies beyond the calendar's data
     */
    default void clockStarted(Instant at, BusinessCalendar calendar, String calendarName) {
    }

    /** The budget the deadline rule granted at the clock's start. */
    default void budget(Budget budget) {
    }

    /** A pause that began before the deadline is still open, so the deadline is not known. */
    default void pausedBeforeDeadline() {
    }

    /** The deadline, from the start, the budget and the paused business time before it. */
    default void deadline(Instant dueAt, Budget budget, ConsumedTime consumed) {
    }

    /** A reclassification that changed the entry came after the rule's deadline, so the deadline moved to it. */
    default void deadlineMoved(Instant from, Instant to) {
    }

    /** The open windows shown run from the clock's start to this instant: the deadline or the stop. */
    default void countedUntil(Instant end) {
    }

    /** The deadline is known within the calendar's data, though later events reach beyond it. */
    default void deadlineWithinCoverage(Instant dueAt, String beyond) {
    }

    /** The deadline needs dates beyond the calendar's data, but the stop came within it, in time. */
    default void metBeforeCoverageEnds(String beyond, Instant stopAt) {
    }

    /** The outcome needs dates beyond the calendar's data. */
    default void unknown(String beyond) {
    }

    /** An escalation's instant needs dates beyond the calendar's data. */
    default void escalationBeyondCoverage(double percent) {
    }

    /** An escalation fired. */
    default void escalationFired(double percent, Instant at, String recipient) {
    }

    /** The clock's outcome in this cycle. */
    default void outcome(TargetState state) {
    }
}
