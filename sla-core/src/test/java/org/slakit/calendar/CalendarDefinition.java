package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;

/**
 * A calendar definition as plain data, which tests turn into both a {@link BusinessCalendar} (through
 * the public builder) and a {@link ReferenceCalendar} (which reads the same text on its own).
 * <p>
 * Windows are in the text form of DESIGN.md ({@code 09:00-12:00}, {@code 22:00-02:00},
 * {@code 00:00-24:00}). A working day with no windows takes Monday's.
 *
 * @param zone  the zone
 * @param weekly  windows per day of the week; a missing or empty list is a closed day
 * @param holidays  dates closed all day
 * @param closures  part-day closures per date, in local time of that date
 * @param workdays  extra working days and their windows, empty for Monday's
 * @param setDaysOff  days off of a holiday set added to the calendar (the builder's own dates win)
 * @param setWorkdays  make-up days of that set and their windows, empty for Monday's
 * @param everyYear  month-days closed every year (the builder's extra working days win over them)
 */
record CalendarDefinition(ZoneId zone, Map<DayOfWeek, List<String>> weekly, Set<LocalDate> holidays,
        Map<LocalDate, List<String>> closures, Map<LocalDate, List<String>> workdays,
        Set<LocalDate> setDaysOff, Map<LocalDate, List<String>> setWorkdays, Set<MonthDay> everyYear) {

    CalendarDefinition {
        Objects.requireNonNull(zone, "zone");
        weekly = Map.copyOf(weekly);
        holidays = Set.copyOf(holidays);
        closures = Map.copyOf(closures);
        workdays = Map.copyOf(workdays);
        setDaysOff = Set.copyOf(setDaysOff);
        setWorkdays = Map.copyOf(setWorkdays);
        everyYear = Set.copyOf(everyYear);
    }

    CalendarDefinition(ZoneId zone, Map<DayOfWeek, List<String>> weekly, Set<LocalDate> holidays,
            Map<LocalDate, List<String>> closures, Map<LocalDate, List<String>> workdays,
            Set<LocalDate> setDaysOff, Map<LocalDate, List<String>> setWorkdays) {
        this(zone, weekly, holidays, closures, workdays, setDaysOff, setWorkdays, Set.of());
    }

    CalendarDefinition(ZoneId zone, Map<DayOfWeek, List<String>> weekly, Set<LocalDate> holidays,
            Map<LocalDate, List<String>> closures, Map<LocalDate, List<String>> workdays) {
        this(zone, weekly, holidays, closures, workdays, Set.of(), Map.of());
    }

    CalendarDefinition withHolidaySet(Set<LocalDate> daysOff, Map<LocalDate, List<String>> makeUpDays) {
        return new CalendarDefinition(zone, weekly, holidays, closures, workdays, daysOff, makeUpDays, everyYear);
    }

    static CalendarDefinition of(ZoneId zone, Map<DayOfWeek, List<String>> weekly) {
        return new CalendarDefinition(zone, weekly, Set.of(), Map.of(), Map.of());
    }

    CalendarDefinition withHoliday(LocalDate date) {
        Set<LocalDate> h = new TreeSet<>(holidays);
        h.add(date);
        return new CalendarDefinition(zone, weekly, h, closures, workdays, setDaysOff, setWorkdays, everyYear);
    }

    CalendarDefinition withClosure(LocalDate date, String window) {
        Map<LocalDate, List<String>> c = new TreeMap<>(closures);
        c.merge(date, List.of(window), (a, b) -> concat(a, b));
        return new CalendarDefinition(zone, weekly, holidays, c, workdays, setDaysOff, setWorkdays, everyYear);
    }

    CalendarDefinition withWorkday(LocalDate date, String... windows) {
        Map<LocalDate, List<String>> w = new TreeMap<>(workdays);
        w.put(date, List.of(windows));
        return new CalendarDefinition(zone, weekly, holidays, closures, w, setDaysOff, setWorkdays, everyYear);
    }

    CalendarDefinition withClosedEveryYear(MonthDay day) {
        Set<MonthDay> e = new TreeSet<>(everyYear);
        e.add(day);
        return new CalendarDefinition(zone, weekly, holidays, closures, workdays, setDaysOff, setWorkdays, e);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    List<String> hours(DayOfWeek day) {
        return weekly.getOrDefault(day, List.of());
    }

    /** Builds the calendar under test through the public builder. */
    BusinessCalendar toCalendar() {
        return builder().build();
    }

    /** Builds the calendar under test, knowing only the given dates. */
    BusinessCalendar toCalendar(LocalDateRange coverage) {
        return builder().coverage(coverage).build();
    }

    private CalendarBuilder builder() {
        CalendarBuilder b = BusinessCalendar.builder(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> w = hours(day);
            if (!w.isEmpty()) {
                b.hours(day, w.toArray(new String[0]));
            }
        }
        new TreeSet<>(holidays).forEach(b::holiday);
        new TreeMap<>(closures).forEach((d, list) -> list.forEach(w -> b.closed(d, w)));
        new TreeMap<>(workdays).forEach((d, list) -> b.workday(d, list.toArray(new String[0])));
        new TreeSet<>(everyYear).forEach(b::closedEveryYear);
        if (!setDaysOff.isEmpty() || !setWorkdays.isEmpty()) {
            // the set covers its dates and a margin; the calendar assumes the weekly hours beyond it
            TreeSet<LocalDate> dates = new TreeSet<>(setDaysOff);
            dates.addAll(setWorkdays.keySet());
            HolidaySet.Builder set = HolidaySet.builder("test", "generated",
                    LocalDateRange.ofClosed(dates.first().minusDays(30), dates.last().plusDays(30)));
            new TreeSet<>(setDaysOff).forEach(d -> set.dayOff(d, "off", ""));
            new TreeMap<>(setWorkdays).forEach((d, list) -> set.workingDay(d, "make-up", "",
                    list.stream().map(TimeWindow::parse).toList()));
            b.holidays(set.build()).extrapolate();
        }
        return b;
    }

    /** Builds the naive reference implementation of the same definition. */
    ReferenceCalendar toReference() {
        return new ReferenceCalendar(this);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(zone.getId()).append(' ');
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!hours(day).isEmpty()) {
                sb.append(day.toString(), 0, 3).append(hours(day)).append(' ');
            }
        }
        if (!holidays.isEmpty()) {
            sb.append("holidays").append(new TreeSet<>(holidays)).append(' ');
        }
        if (!closures.isEmpty()) {
            sb.append("closed").append(new TreeMap<>(closures)).append(' ');
        }
        if (!workdays.isEmpty()) {
            sb.append("open").append(new TreeMap<>(workdays)).append(' ');
        }
        if (!setDaysOff.isEmpty()) {
            sb.append("set off").append(new TreeSet<>(setDaysOff)).append(' ');
        }
        if (!setWorkdays.isEmpty()) {
            sb.append("set open").append(new TreeMap<>(setWorkdays)).append(' ');
        }
        if (!everyYear.isEmpty()) {
            sb.append("every year").append(new TreeSet<>(everyYear));
        }
        return sb.toString().strip();
    }
}
