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
    /** True for {@code business-days} at the same time: instants that land at a close move to the next opening. */
    private final boolean sameTime;

    private Budget(Duration amount, LocalDate startDay, LocalDate endDay, Instant end, Duration left) {
        this(amount, startDay, endDay, end, left, false);
    }

    private Budget(Duration amount, LocalDate startDay, LocalDate endDay, Instant end, Duration left, boolean sameTime) {
        this.sameTime = sameTime;
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
        Instant end = days.sameTime() ? sameTime(cal, start, day, target) : cal.endOfWorkingDay(target);
        return new Budget(cal.between(start, end), day, target, end, null, days.sameTime());
    }

    /**
     * The start's time of day on the target working day, or the next opening when that time is
     * closed. The clock counts from the start's opening, as it does for every rule; a start in the
     * after-midnight part of an overnight window keeps its day after the working day.
     */
    private static Instant sameTime(BusinessCalendar cal, Instant start, LocalDate day, LocalDate target) {
        ZonedDateTime opening = cal.nextOpen(start).atZone(cal.zone());
        long after = ChronoUnit.DAYS.between(day, opening.toLocalDate());
        Instant at = ZonedDateTime.of(target.plusDays(after), opening.toLocalTime(), cal.zone()).toInstant();
        return cal.nextOpen(at);
    }

    /**
     * Gets where an instant of the clock lands: itself, or for {@code business-days} at the same
     * time, the next opening. {@code plus} gives the earliest instant that uses up an amount, which
     * is a close when the same time of day is closed; this reading, the peers', moves it to the
     * next opening (Tue 18:00 becomes Wed 09:00), and its escalations with it.
     */
    Instant landing(ConsumedTime consumed, Instant at) {
        return at != null && sameTime ? consumed.nextOpen(at) : at;
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
        if (days.sameTime()) {
            return "the start's time of day on working day " + endDay + " (" + end + ", the next opening if that time is closed), "
                    + days.days() + " working days after " + startDay;
        }
        return "end of working day " + endDay + " (" + end + "), " + days.days() + " working days after " + startDay;
    }
}
