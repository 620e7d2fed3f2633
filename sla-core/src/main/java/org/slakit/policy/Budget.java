package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.slakit.calendar.BusinessCalendar;

/**
 * The budget of business time a deadline rule grants a clock that starts at an instant: for
 * {@code within}, the duration; for the date rules, the business time from the start to the end of
 * the working day they fix. The words of the boundary rule are made only when an explanation asks.
 */
final class Budget {

    final Duration amount;
    /** The working day of the start; null for {@code within}. */
    private final LocalDate startDay;
    /** The working day whose end is the deadline; null for {@code within}. */
    private final LocalDate endDay;
    /** The end of {@link #endDay}; null for {@code within}. */
    private final Instant end;
    /** For {@code end-of-business-day}: the business time left of the start's day. */
    private final Duration left;
    /**
     * For {@code business-days} at the same time, the opening the clock counts from; null for the
     * other rules. Non-null also means that instants which land at a close move to the next opening.
     */
    private final Instant countedFrom;
    /** For {@code business-days} at the same time: true when the clock started while its calendar was closed. */
    private final boolean startedClosed;
    /** For {@code business-days} at the same time: its time of day on the last working day, before any move to an opening. */
    private final Instant sameTimeOfDay;

    private Budget(Duration amount, LocalDate startDay, LocalDate endDay, Instant end, Duration left) {
        this(amount, startDay, endDay, end, left, null, false, null);
    }

    private Budget(Duration amount, LocalDate startDay, LocalDate endDay, Instant end, Duration left, Instant countedFrom,
            boolean startedClosed, Instant sameTimeOfDay) {
        this.countedFrom = countedFrom;
        this.startedClosed = startedClosed;
        this.sameTimeOfDay = sameTimeOfDay;
        this.amount = amount;
        this.startDay = startDay;
        this.endDay = endDay;
        this.end = end;
        this.left = left;
    }

    /** Calculates the budget an entry's rule grants a clock starting at an instant. */
    static Budget of(PolicyModel.Entry entry, Instant start) {
        BusinessCalendar cal = entry.calendar;
        DeadlineRule rule = entry.target.rule();
        if (rule instanceof DeadlineRule.Within w) {
            return new Budget(w.duration(), null, null, null, null);
        }
        LocalDate day = cal.workingDayOf(start);
        if (rule instanceof DeadlineRule.EndOfWorkingDay e) {
            Instant end = cal.endOfWorkingDay(day);
            Duration left = cal.between(start, end);
            if (left.compareTo(e.cutoff()) >= 0) {
                return new Budget(left, day, day, end, left);
            }
            LocalDate next = cal.plusWorkingDays(day, 1);
            Instant nextEnd = cal.endOfWorkingDay(next);
            return new Budget(cal.between(start, nextEnd), day, next, nextEnd, left);
        }
        DeadlineRule.WorkingDays days = (DeadlineRule.WorkingDays) rule;
        LocalDate target = cal.plusWorkingDays(day, days.days());
        if (!days.sameTime()) {
            Instant end = cal.endOfWorkingDay(target);
            return new Budget(cal.between(start, end), day, target, end, null);
        }
        Instant opening = cal.nextOpen(start);
        Instant at = sameTimeOfDay(cal, opening, day, target);
        Instant end = cal.nextOpen(at);
        return new Budget(cal.between(start, end), day, target, end, null, opening, !opening.equals(start), at);
    }

    /**
     * The time of day of the opening the clock counts from, as it does for every rule, on the target
     * working day; the deadline is the next opening when that time is closed. A start in the
     * after-midnight part of an overnight window keeps its day after the working day.
     */
    private static Instant sameTimeOfDay(BusinessCalendar cal, Instant opening, LocalDate day, LocalDate target) {
        ZonedDateTime local = opening.atZone(cal.zone());
        long after = ChronoUnit.DAYS.between(day, local.toLocalDate());
        return ZonedDateTime.of(target.plusDays(after), local.toLocalTime(), cal.zone()).toInstant();
    }

    /**
     * Gets where an instant of the clock lands: itself, or for {@code business-days} at the same
     * time, the next opening. {@code plus} gives the earliest instant that uses up an amount, which
     * is a close when the same time of day is closed; this reading, the peers', moves it to the
     * next opening (Tue 18:00 becomes Wed 09:00), and its escalations with it.
     */
    Instant landing(ConsumedTime consumed, Instant at) {
        return at != null && countedFrom != null ? consumed.nextOpen(at) : at;
    }

    /**
     * Checks if this budget's deadline lands at the next opening whenever it runs out at a close:
     * {@code business-days} at the same time.
     */
    boolean landsAtAnOpening() {
        return countedFrom != null;
    }

    /** Describes the boundary rule that fixed this budget, in words. */
    String boundary(PolicyModel.Entry entry) {
        DeadlineRule rule = entry.target.rule();
        if (rule instanceof DeadlineRule.Within w) {
            return Durations.format(w.duration()) + " of business time on calendar '" + entry.calendarName + "'"
                    + (SlaPolicy.ALWAYS_OPEN.equals(entry.calendarName) ? " (elapsed time)" : "");
        }
        if (rule instanceof DeadlineRule.EndOfWorkingDay e) {
            if (endDay.equals(startDay)) {
                return "end of business day " + startDay + " (" + end + "): " + Durations.text(left)
                        + " of business time left, at least the cutoff " + Durations.format(e.cutoff());
            }
            return "only " + Durations.text(left) + " left of business day " + startDay + ", less than the cutoff "
                    + Durations.format(e.cutoff()) + ": end of the next working day " + endDay + " (" + end + ")";
        }
        DeadlineRule.WorkingDays days = (DeadlineRule.WorkingDays) rule;
        if (days.sameTime() && !sameTimeOfDay.equals(end)) {
            // in the words of a desk that counts working days: Mon 10:30 + 2 is Wed 10:30, which is closed
            return days.days() + (days.days() == 1 ? " working day" : " working days") + " after " + countedFrom
                    + (startedClosed ? " (the opening the clock counts from)" : "") + " is " + sameTimeOfDay
                    + ", outside working hours: due at the next opening, " + end;
        }
        if (days.sameTime()) {
            return "the start's time of day on working day " + endDay + " (" + end + ", the next opening if that time is closed), "
                    + days.days() + " working days after " + startDay;
        }
        return "end of working day " + endDay + " (" + end + "), " + days.days() + " working days after " + startDay;
    }
}
