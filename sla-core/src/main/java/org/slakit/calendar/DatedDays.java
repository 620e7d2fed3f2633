package org.slakit.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Dates whose windows replace the weekly ones, in date order: an empty array closes the date. The
 * days of a holiday set are compiled once into this form and shared by every calendar built with
 * it ({@code HolidaySet.compiled}); a make-up day that takes Monday's windows holds
 * {@link #MONDAY}, which each calendar reads as its own Monday. Immutable.
 */
final class DatedDays {

    /** Stands for Monday's windows, on a working day given none of its own. */
    static final TimeWindow[] MONDAY = new TimeWindow[0];
    static final DatedDays NONE = new DatedDays(new long[0], new TimeWindow[0][]);

    /** Epoch days, ascending. */
    private final long[] days;
    private final TimeWindow[][] windows;

    private DatedDays(long[] days, TimeWindow[][] windows) {
        this.days = days;
        this.windows = windows;
    }

    /** Compiles dates and their windows, in date order. */
    static DatedDays of(Map<LocalDate, TimeWindow[]> sorted) {
        long[] days = new long[sorted.size()];
        TimeWindow[][] windows = new TimeWindow[sorted.size()][];
        int i = 0;
        for (Map.Entry<LocalDate, TimeWindow[]> e : sorted.entrySet()) {
            days[i] = e.getKey().toEpochDay();
            windows[i++] = e.getValue();
        }
        return new DatedDays(days, windows);
    }

    /** Compiles a holiday set's days, in date order: off days closed, working days with their hours or {@link #MONDAY}. */
    static DatedDays of(List<HolidaySet.Day> setDays) {
        long[] days = new long[setDays.size()];
        TimeWindow[][] windows = new TimeWindow[setDays.size()][];
        for (int i = 0; i < days.length; i++) {
            HolidaySet.Day day = setDays.get(i);
            days[i] = day.date().toEpochDay();
            windows[i] = day.kind() == HolidaySet.Kind.OFF ? Schedule.none()
                    : day.hours().isEmpty() ? MONDAY : day.hours().toArray(new TimeWindow[0]);
        }
        return new DatedDays(days, windows);
    }

    /** Checks if some day takes Monday's windows. */
    boolean takesMonday() {
        for (TimeWindow[] w : windows) {
            if (w == MONDAY) {
                return true;
            }
        }
        return false;
    }

    /** Gets the windows of an epoch day, or null if it has none of its own. */
    TimeWindow[] get(long epochDay) {
        int i = Arrays.binarySearch(days, epochDay);
        return i >= 0 ? windows[i] : null;
    }

    /** Checks if a day in [firstDay, lastDay] has windows of its own. */
    boolean anyWithin(long firstDay, long lastDay) {
        int i = Arrays.binarySearch(days, firstDay);
        return i >= 0 || (-i - 1 < days.length && days[-i - 1] <= lastDay);
    }

    boolean isEmpty() {
        return days.length == 0;
    }

    /** The first and the last epoch day, for a non-empty table. */
    long firstDay() {
        return days[0];
    }

    long lastDay() {
        return days[days.length - 1];
    }
}
