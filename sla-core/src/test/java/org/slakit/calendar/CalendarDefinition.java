package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
 */
record CalendarDefinition(ZoneId zone, Map<DayOfWeek, List<String>> weekly, Set<LocalDate> holidays,
        Map<LocalDate, List<String>> closures, Map<LocalDate, List<String>> workdays) {

    CalendarDefinition {
        Objects.requireNonNull(zone, "zone");
        weekly = Map.copyOf(weekly);
        holidays = Set.copyOf(holidays);
        closures = Map.copyOf(closures);
        workdays = Map.copyOf(workdays);
    }

    static CalendarDefinition of(ZoneId zone, Map<DayOfWeek, List<String>> weekly) {
        return new CalendarDefinition(zone, weekly, Set.of(), Map.of(), Map.of());
    }

    CalendarDefinition withHoliday(LocalDate date) {
        Set<LocalDate> h = new TreeSet<>(holidays);
        h.add(date);
        return new CalendarDefinition(zone, weekly, h, closures, workdays);
    }

    CalendarDefinition withClosure(LocalDate date, String window) {
        Map<LocalDate, List<String>> c = new TreeMap<>(closures);
        c.merge(date, List.of(window), (a, b) -> concat(a, b));
        return new CalendarDefinition(zone, weekly, holidays, c, workdays);
    }

    CalendarDefinition withWorkday(LocalDate date, String... windows) {
        Map<LocalDate, List<String>> w = new TreeMap<>(workdays);
        w.put(date, List.of(windows));
        return new CalendarDefinition(zone, weekly, holidays, closures, w);
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
    BusinessCalendar toCalendar(org.threeten.extra.LocalDateRange coverage) {
        return builder().coverage(coverage).build();
    }

    private BusinessCalendar.Builder builder() {
        BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> w = hours(day);
            if (!w.isEmpty()) {
                b.hours(day, w.toArray(new String[0]));
            }
        }
        new TreeSet<>(holidays).forEach(b::holiday);
        new TreeMap<>(closures).forEach((d, list) -> list.forEach(w -> b.closed(d, w)));
        new TreeMap<>(workdays).forEach((d, list) -> b.workday(d, list.toArray(new String[0])));
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
            sb.append("open").append(new TreeMap<>(workdays));
        }
        return sb.toString().strip();
    }
}
