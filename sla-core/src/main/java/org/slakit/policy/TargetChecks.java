package org.slakit.policy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.Problem;
import org.slakit.calendar.TimeWindow;

/**
 * Checks the target entries of a policy or a version against what the policy declares, and makes
 * the targets of those that pass.
 */
final class TargetChecks {

    private static final String ONE_RULE = " needs exactly one deadline rule (within, end-of-business-day or business-days), was ";

    private final Declared declared;
    private final Map<String, BusinessCalendar> calendars;
    /** The policy's zone, null when its id was unknown (already a problem). */
    private final ZoneId zone;
    private final List<Problem> problems;

    TargetChecks(Declared declared, Map<String, BusinessCalendar> calendars, ZoneId zone, List<Problem> problems) {
        this.declared = declared;
        this.calendars = calendars;
        this.zone = zone;
        this.problems = problems;
    }

    /** Checks the entries of a {@code targets} list; null when the list was not given. */
    List<Target> targets(String prefix, List<Target.Builder> drafts) {
        if (drafts == null) {
            return null;
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Target t = target(prefix + "targets[" + i + "]", drafts.get(i));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** Checks one entry; null when it has a problem. */
    private Target target(String path, Target.Builder t) {
        int before = problems.size();
        for (Problem p : t.problems) {
            problems.add(p.under(path));
        }
        String subject = "Target '" + t.name + "'";
        checkClock(path, subject, t);
        String calendarName = t.calendar != null ? t.calendar
                : calendars.isEmpty() ? null : calendars.keySet().iterator().next();
        BusinessCalendar calendar = null;
        if (t.calendar == null || declared.checkCalendar(path + ".calendar", t.calendar, problems)) {
            calendar = calendarName == null ? null
                    : SlaPolicy.ALWAYS_OPEN.equals(calendarName) ? BusinessCalendar.alwaysOpen(zone == null ? ZoneOffset.UTC : zone)
                    : calendars.get(calendarName);
        }
        DeadlineRule rule = rule(path, subject, t, calendarName, calendar);
        for (int i = 0; i < t.warnAt.size(); i++) {
            // null marks text that did not parse, already reported
            if (t.warnAt.get(i) != null) {
                Percentages.check(path + ".warn-at[" + i + "]", t.warnAt.get(i), problems);
            }
        }
        if (problems.size() > before || rule == null) {
            return null;
        }
        return new Target(t.name, t.when, t.startsOn, t.restartsOn, t.stopsOn, t.pausedBy, rule, t.calendar, t.warnAt);
    }

    /** Checks what starts, restarts, stops and pauses the clock. */
    private void checkClock(String path, String subject, Target.Builder t) {
        if (t.name.isBlank()) {
            problems.add(new Problem(path + ".name", "A target's name must not be blank, was '" + t.name + "'"));
        }
        declared.checkCondition(path + ".when", t.when, problems);
        declared.checkEvents(path + ".starts-on", t.startsOn, problems);
        declared.checkEvents(path + ".restarts-on", t.restartsOn, problems);
        declared.checkEvents(path + ".stops-on", t.stopsOn, problems);
        if (t.startsOn.isEmpty()) {
            problems.add(new Problem(path + ".starts-on", subject + " needs at least one starts-on event, was none"));
        }
        if (t.stopsOn.isEmpty()) {
            problems.add(new Problem(path, subject + " needs stops-on: the events that stop its clock, was none"));
        }
        if (t.pausedBy != null) {
            for (int i = 0; i < t.pausedBy.size(); i++) {
                String s = t.pausedBy.get(i);
                if (!declared.waiting().contains(s)) {
                    problems.add(new Problem(path + ".paused-by[" + i + "]", "Waiting state '" + s + "' is not declared"
                            + Declared.known("waiting states", declared.waiting())));
                }
            }
        }
    }

    /**
     * Checks the one deadline rule of an entry; null when there is none or several.
     *
     * @param calendar  the entry's calendar, null when it is not defined
     */
    private DeadlineRule rule(String path, String subject, Target.Builder t, String calendarName, BusinessCalendar calendar) {
        if (t.rules.size() != 1) {
            List<String> keys = new ArrayList<>();
            t.rules.forEach(e -> keys.add(e.getKey()));
            problems.add(new Problem(path, subject + ONE_RULE + (keys.isEmpty() ? "none" : String.join(" and ", keys))));
            return null;
        }
        DeadlineRule rule = t.rules.get(0).getValue();
        if (rule instanceof DeadlineRule.Within w) {
            checkDuration(path + ".within", subject + "'s within", w.duration(), false);
            checkReach(path + ".within", subject + "'s within " + Durations.text(w.duration()), w.duration(), calendarName, calendar);
        } else if (rule instanceof DeadlineRule.EndOfWorkingDay e) {
            checkDuration(path + ".end-of-business-day.cutoff", subject + "'s cutoff", e.cutoff(), true);
            if (calendar != null && neverCloses(calendar)) {
                problems.add(new Problem(path + ".end-of-business-day", subject + " cannot end with the business day on calendar '"
                        + calendarName + "', which never closes: use within"));
            }
        } else if (rule instanceof DeadlineRule.WorkingDays d && d.days() < 0) {
            problems.add(new Problem(path + ".business-days", subject + "'s business-days must not be negative, was " + d.days()));
        } else if (rule instanceof DeadlineRule.WorkingDays d && calendar != null) {
            long days = 0;
            for (DayOfWeek day : DayOfWeek.values()) {
                days += calendar.hours(day).isEmpty() ? 0 : 1;
            }
            if (d.days() > days * WEEKS_IN_A_CENTURY_TIMES_100 / 100) {
                problems.add(new Problem(path + ".business-days", subject + "'s business-days " + d.days()
                        + " is more than 100 years of working days on calendar '" + calendarName + "', which works " + days
                        + " days a week"));
            }
        }
        return rule;
    }

    /** 5,217.75 weeks in a hundred years of the Gregorian calendar, times 100. */
    private static final long WEEKS_IN_A_CENTURY_TIMES_100 = 521_775;

    /**
     * Refuses a budget of more than a hundred years of the calendar's weekly open time: a policy that
     * loads must not be able to make every evaluation walk its calendar for centuries.
     */
    private void checkReach(String path, String what, Duration budget, String calendarName, BusinessCalendar calendar) {
        if (calendar == null || budget.isNegative() || budget.compareTo(Durations.LONGEST) > 0) {
            return;
        }
        Duration week = Duration.ZERO;
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeWindow w : calendar.hours(day)) {
                week = week.plus(w.length());
            }
        }
        if (budget.compareTo(week.multipliedBy(WEEKS_IN_A_CENTURY_TIMES_100).dividedBy(100)) > 0) {
            problems.add(new Problem(path, what + " is more than 100 years of open time on calendar '" + calendarName
                    + "', which is open " + Durations.text(week) + " a week"));
        }
    }

    /** A calendar whose every weekday is open round the clock has no end of a working day. */
    private static boolean neverCloses(BusinessCalendar calendar) {
        for (DayOfWeek d : DayOfWeek.values()) {
            List<TimeWindow> w = calendar.hours(d);
            if (w.size() != 1 || !w.get(0).equals(TimeWindow.ALL_DAY)) {
                return false;
            }
        }
        return true;
    }

    private void checkDuration(String path, String subject, Duration d, boolean zeroAllowed) {
        if (d.isNegative() || (!zeroAllowed && d.isZero())) {
            problems.add(new Problem(path, subject + " must be " + (zeroAllowed ? "zero or more" : "above zero") + ", was "
                    + Durations.text(d)));
        } else if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
            problems.add(new Problem(path, subject + " must be whole minutes, was " + d));
        } else if (d.compareTo(Durations.LONGEST) > 0) {
            problems.add(new Problem(path, subject + " must be at most " + Durations.format(Durations.LONGEST) + ", was "
                    + Durations.format(d)));
        }
    }
}
