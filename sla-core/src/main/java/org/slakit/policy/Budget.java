package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

    private Budget(Duration amount, LocalDate startDay, LocalDate endDay, Instant end, Duration left) {
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
        LocalDate target = cal.plusWorkingDays(day, ((DeadlineRule.WorkingDays) rule).days());
        Instant end = cal.endOfWorkingDay(target);
        return new Budget(cal.between(start, end), day, target, end, null);
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
        return "end of working day " + endDay + " (" + end + "), " + ((DeadlineRule.WorkingDays) rule).days()
                + " working days after " + startDay;
    }
}
