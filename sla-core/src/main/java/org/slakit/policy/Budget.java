package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slakit.calendar.BusinessCalendar;

/**
 * The budget of business time a deadline rule grants a clock that starts at an instant, and the
 * boundary rule that fixed it.
 */
final class Budget {

    final Duration amount;
    /** The end the date rules computed; null for {@code within}. */
    final Instant end;
    /** The boundary rule, in words; null unless asked for. */
    final String boundary;

    private Budget(Duration amount, Instant end, String boundary) {
        this.amount = amount;
        this.end = end;
        this.boundary = boundary;
    }

    static Budget of(PolicyModel.Entry entry, Instant start, boolean describe) {
        BusinessCalendar cal = entry.calendar;
        DeadlineRule rule = entry.target.rule();
        if (rule instanceof DeadlineRule.Within w) {
            return new Budget(w.duration(), null, describe ? Durations.format(w.duration()) + " of business time on calendar '"
                    + entry.calendarName + "'" + (SlaPolicy.ALWAYS_OPEN.equals(entry.calendarName) ? " (elapsed time)" : "") : null);
        }
        if (rule instanceof DeadlineRule.EndOfWorkingDay e) {
            LocalDate day = cal.workingDayOf(start);
            Instant end = cal.endOfWorkingDay(day);
            Duration left = cal.between(start, end);
            if (left.compareTo(e.cutoff()) >= 0) {
                return new Budget(left, end, describe ? "end of business day " + day + " (" + end + "): " + words(left)
                        + " of business time left, at least the cutoff " + Durations.format(e.cutoff()) : null);
            }
            LocalDate next = cal.plusWorkingDays(day, 1);
            Instant nextEnd = cal.endOfWorkingDay(next);
            return new Budget(cal.between(start, nextEnd), nextEnd, describe ? "only " + words(left) + " left of business day "
                    + day + ", less than the cutoff " + Durations.format(e.cutoff()) + ": end of the next working day " + next
                    + " (" + nextEnd + ")" : null);
        }
        DeadlineRule.WorkingDays d = (DeadlineRule.WorkingDays) rule;
        LocalDate day = cal.workingDayOf(start);
        LocalDate target = cal.plusWorkingDays(day, d.days());
        Instant end = cal.endOfWorkingDay(target);
        return new Budget(cal.between(start, end), end, describe ? "end of working day " + target + " (" + end + "), "
                + d.days() + " working days after " + day : null);
    }

    static String words(Duration d) {
        if (d.isNegative()) {
            return "-" + words(d.negated());
        }
        if (d.toSecondsPart() == 0 && d.toNanosPart() == 0) {
            return Durations.format(d);
        }
        return d.toString();
    }
}
