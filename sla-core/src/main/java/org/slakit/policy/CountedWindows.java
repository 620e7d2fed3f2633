package org.slakit.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarCoverageException;
import org.slakit.calendar.HolidaySet;
import org.slakit.calendar.TimeWindow;
import org.threeten.extra.Interval;

/**
 * Walks the calendar's open windows from a clock's start to its deadline (or stop) for an
 * explanation, listing the windows counted and the holidays and closures skipped.
 */
final class CountedWindows {

    /** Enough for a month of deadlines; longer spans are cut short, and the trace says so. */
    private static final int MAX_DAYS = 62;

    private CountedWindows() {
    }

    static Explanation.TargetTrace trace(TargetRecord t, TicketView view, Instant asOf) {
        PolicyModel.Entry entry = t.entry;
        BusinessCalendar cal = entry.calendar;
        List<Interval> windows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>(t.notes);
        if (t.clockStart != null) {
            Instant end = t.countedUntil != null ? t.countedUntil : asOf;
            if (end.isAfter(t.clockStart)) {
                walk(cal, t.clockStart, end, windows, skipped, notes);
            }
        }
        int from = view.cycleStart(view.currentCycle());
        List<Interval> pauses = Pauses.of(view.ticket, from, view.limit, entry.target).intervals(asOf);
        Instant stop = t.countedUntil != null ? t.countedUntil : asOf;
        for (Interval p : pauses) {
            String pause = "pause from " + p.getStart() + " to " + p.getEnd();
            // only the part of a pause while this clock ran moved its deadline
            Instant a = t.clockStart == null || p.getStart().isAfter(t.clockStart) ? p.getStart() : t.clockStart;
            Instant b = p.getEnd().isBefore(stop) ? p.getEnd() : stop;
            if (t.clockStart == null || !a.isBefore(b)) {
                notes.add(pause + " did not move this deadline: the clock " + (t.clockStart == null ? "had not started"
                        : "was not running then (it started at " + t.clockStart + ")"));
                continue;
            }
            try {
                notes.add(pause + " moved the deadline " + Durations.text(cal.between(a, b)) + " of business time later");
            } catch (CalendarCoverageException ex) {
                notes.add(pause + " reaches beyond the calendar's coverage");
            }
        }
        return new Explanation.TargetTrace(t.name, t.entryPath, entry.target.rule().toString(), entry.calendarName,
                Optional.ofNullable(t.clockStart), Optional.ofNullable(t.budget), Optional.ofNullable(t.boundary), windows,
                skipped, pauses, t.state, notes);
    }

    private static void walk(BusinessCalendar cal, Instant start, Instant end, List<Interval> windows, List<String> skipped,
            List<String> notes) {
        LocalDate first = start.atZone(cal.zone()).toLocalDate().minusDays(1);
        LocalDate last = end.atZone(cal.zone()).toLocalDate();
        int days = 0;
        HolidayRun holidays = new HolidayRun();
        try {
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                if (++days > MAX_DAYS) {
                    notes.add("windows after " + d.minusDays(1) + " are not listed");
                    break;
                }
                for (Interval w : cal.openIntervals(d)) {
                    Instant a = w.getStart().isBefore(start) ? start : w.getStart();
                    Instant b = w.getEnd().isAfter(end) ? end : w.getEnd();
                    if (a.isBefore(b)) {
                        windows.add(Interval.of(a, b));
                    }
                }
                if (d.equals(first)) {
                    continue;
                }
                Optional<HolidaySet.Day> holiday = cal.holidayOn(d);
                if (holiday.isPresent() && holiday.get().kind() == HolidaySet.Kind.OFF) {
                    HolidaySet.Day day = holiday.get();
                    String name = day.name() + (day.nameZh().isEmpty() ? "" : " " + day.nameZh());
                    holidays.add(d, name, skipped);
                    continue;
                }
                holidays.flush(skipped);
                if (holiday.isEmpty() && cal.holidayDates().contains(d) && !cal.hours(d.getDayOfWeek()).isEmpty()) {
                    skipped.add(d + " closed all day");
                }
                List<TimeWindow> closures = cal.closedDates().getOrDefault(d, List.of());
                for (TimeWindow c : closures) {
                    skipped.add(d + " closed " + c);
                }
            }
        } catch (CalendarCoverageException ex) {
            notes.add("windows stop at the calendar's coverage: " + ex.getMessage());
        }
        holidays.flush(skipped);
    }

    /** Holidays on consecutive days, said in one line: {@code 2026-10-01 to 2026-10-07 National Day 国庆节 (holidays)}. */
    private static final class HolidayRun {
        private LocalDate from;
        private LocalDate to;
        private final List<String> names = new ArrayList<>();

        void add(LocalDate d, String name, List<String> skipped) {
            if (to != null && !to.plusDays(1).equals(d)) {
                flush(skipped);
            }
            if (from == null) {
                from = d;
            }
            to = d;
            if (!names.contains(name)) {
                names.add(name);
            }
        }

        void flush(List<String> skipped) {
            if (from != null) {
                skipped.add(from.equals(to) ? from + " " + names.get(0) + " (holiday)"
                        : from + " to " + to + " " + String.join(", ", names) + " (holidays)");
            }
            from = null;
            to = null;
            names.clear();
        }
    }
}
