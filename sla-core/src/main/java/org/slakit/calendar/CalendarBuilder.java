package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * Builds a {@link BusinessCalendar}. Every problem is collected with its path in YAML terms
 * ({@code hours.Mon}, {@code closed[2]}, {@code holidays[0]}) and {@link #build()} reports them
 * all at once.
 * <p>
 * This class is mutable and not thread-safe.
 */
public final class CalendarBuilder {
    // What the builder was given, read by CalendarCompiler.
    final ZoneId zone;
    final String zoneText;
    /** The problems found while collecting, in the order found. */
    final List<Problem> problems = new ArrayList<>();
    final Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
    final Map<DayOfWeek, String> hoursPath = new EnumMap<>(DayOfWeek.class);
    /** Dated entries of this builder, in the order given: closures (whole or part) and extra working days. */
    final List<DatedEntry> entries = new ArrayList<>();
    /** Month-days closed every year, in the order given. */
    final List<MonthDay> everyYear = new ArrayList<>();
    final List<HolidaySet> sets = new ArrayList<>();
    final List<HolidaySet.Merge> merges = new ArrayList<>();
    LocalDateRange coverage;
    boolean extrapolate;
    private int closedCount;
    private int openCount;

    CalendarBuilder(ZoneId zone) {
        this.zone = zone;
        this.zoneText = zone.getId();
    }

    CalendarBuilder(String zoneText) {
        ZoneId parsed = null;
        try {
            parsed = CalendarText.zone(zoneText);
        } catch (DateTimeException ex) {
            problems.add(new Problem("zone", ex.getMessage()));
        }
        this.zone = parsed;
        this.zoneText = zoneText;
    }

    /**
     * Sets the working windows of one day of the week, given as text such as {@code 09:00-12:00}.
     *
     * @param day  the day, not null
     * @param windows  the windows, none for a closed day, not null
     * @return this builder, not null
     */
    public CalendarBuilder hours(DayOfWeek day, String... windows) {
        return hours(day, day, windows);
    }

    /**
     * Sets the same working windows for a forward range of days, such as Monday to Friday.
     *
     * @param from  the first day, not null
     * @param to  the last day, not before from within Monday..Sunday, not null
     * @param windows  the windows as text, none for closed days, not null
     * @return this builder, not null
     */
    public CalendarBuilder hours(DayOfWeek from, DayOfWeek to, String... windows) {
        Objects.requireNonNull(windows, "windows");
        return hours(from, to, DayWindows.parse(pathOf(from, to), windows, problems));
    }

    /**
     * Sets the working windows of one day of the week.
     *
     * @param day  the day, not null
     * @param windows  the windows, empty for a closed day, not null
     * @return this builder, not null
     */
    public CalendarBuilder hours(DayOfWeek day, List<TimeWindow> windows) {
        return hours(day, day, windows);
    }

    /**
     * Sets the same working windows for a forward range of days.
     *
     * @param from  the first day, not null
     * @param to  the last day, not before from within Monday..Sunday, not null
     * @param windows  the windows, empty for closed days, not null
     * @return this builder, not null
     */
    public CalendarBuilder hours(DayOfWeek from, DayOfWeek to, List<TimeWindow> windows) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(windows, "windows");
        String path = pathOf(from, to);
        if (to.compareTo(from) < 0) {
            problems.add(new Problem(path, "Day range " + CalendarText.dayName(from) + "-" + CalendarText.dayName(to)
                    + " must run forward within Mon..Sun"));
            return this;
        }
        List<TimeWindow> day = DayWindows.checked(path, () -> "on " + (from == to ? CalendarText.dayName(from)
                : CalendarText.dayName(from) + "-" + CalendarText.dayName(to)), windows, problems);
        for (int d = from.ordinal(); d <= to.ordinal(); d++) {
            DayOfWeek dow = DayOfWeek.of(d + 1);
            String earlier = hoursPath.putIfAbsent(dow, path);
            if (earlier != null) {
                problems.add(new Problem(path, "Hours for " + CalendarText.dayName(dow) + " are given twice, also at " + earlier));
                continue;
            }
            hours.put(dow, day);
        }
        return this;
    }

    /**
     * Closes a whole date, such as a public holiday. Windows starting the evening before and
     * crossing midnight stay open.
     *
     * @param date  the date, not null
     * @return this builder, not null
     */
    public CalendarBuilder holiday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        entries.add(new DatedEntry("closed[" + closedCount++ + "]", date, false, List.of()));
        return this;
    }

    /**
     * Closes a date every year, such as {@code 12-25}: it is a holiday in every year of the
     * calendar's coverage (on a calendar with no coverage, or one that extrapolates, in every year
     * from 1900 to 2199). {@code 02-29} closes the 29th of February of leap years. The builder's own
     * extra working days win over it (open on 2027-12-25 although closed every 12-25), and it wins
     * over holiday sets, as the builder's own dates do.
     *
     * @param day  the month and day, not null
     * @return this builder, not null
     */
    public CalendarBuilder closedEveryYear(MonthDay day) {
        Objects.requireNonNull(day, "day");
        everyYear.add(day);
        return this;
    }

    /**
     * Closes part of a date, such as {@code 13:00-18:00} on Christmas Eve.
     *
     * @param date  the date, not null
     * @param window  the local times to close, as text, not null
     * @return this builder, not null
     */
    public CalendarBuilder closed(LocalDate date, String window) {
        Objects.requireNonNull(window, "window");
        String path = "closed[" + closedCount + "]";
        List<TimeWindow> parsed = DayWindows.parse(path, new String[] {window}, problems);
        if (parsed.isEmpty()) {
            closedCount++;
            return this;
        }
        return closedAt(path, date, parsed.get(0));
    }

    /**
     * Closes part of a date.
     *
     * @param date  the date, not null
     * @param window  the local times to close, not null
     * @return this builder, not null
     */
    public CalendarBuilder closed(LocalDate date, TimeWindow window) {
        return closedAt("closed[" + closedCount + "]", date, window);
    }

    private CalendarBuilder closedAt(String path, LocalDate date, TimeWindow window) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(window, "window");
        closedCount++;
        entries.add(new DatedEntry(path, date, false, List.of(window)));
        return this;
    }

    /**
     * Opens a date with Monday's windows, such as a make-up working day (调休).
     *
     * @param date  the date, not null
     * @return this builder, not null
     */
    public CalendarBuilder workday(LocalDate date) {
        return workday(date, List.of());
    }

    /**
     * Opens a date with the given windows, replacing its own.
     *
     * @param date  the date, not null
     * @param windows  the windows as text, none for Monday's, not null
     * @return this builder, not null
     */
    public CalendarBuilder workday(LocalDate date, String... windows) {
        Objects.requireNonNull(windows, "windows");
        return workday(date, DayWindows.parse("open[" + openCount + "]", windows, problems));
    }

    /**
     * Opens a date with the given windows, replacing its own.
     *
     * @param date  the date, not null
     * @param windows  the windows, empty for Monday's, not null
     * @return this builder, not null
     */
    public CalendarBuilder workday(LocalDate date, List<TimeWindow> windows) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(windows, "windows");
        String path = "open[" + openCount++ + "]";
        entries.add(new DatedEntry(path, date, true, DayWindows.checked(path, () -> "on " + date, windows, problems)));
        return this;
    }

    /**
     * Adds a holiday set; a date it gives a different kind than a set of the same region added
     * before is a problem.
     *
     * @param set  the set, not null
     * @return this builder, not null
     */
    public CalendarBuilder holidays(HolidaySet set) {
        return holidays(set, HolidaySet.Merge.STRICT);
    }

    /**
     * Adds a holiday set, with {@link HolidaySet.Merge#OVERRIDE} letting its days win over those
     * of the sets added before it.
     *
     * @param set  the set, not null
     * @param merge  how to treat dates that earlier sets give a different kind, not null
     * @return this builder, not null
     */
    public CalendarBuilder holidays(HolidaySet set, HolidaySet.Merge merge) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(merge, "merge");
        sets.add(set);
        merges.add(merge);
        return this;
    }

    /**
     * Narrows the dates for which answers are given; the calendar's coverage is the
     * intersection of this and its holiday sets' coverage.
     *
     * @param range  the dates, not null
     * @return this builder, not null
     */
    public CalendarBuilder coverage(LocalDateRange range) {
        Objects.requireNonNull(range, "range");
        this.coverage = range;
        return this;
    }

    /**
     * Assumes the weekly hours beyond the holiday data, instead of throwing
     * {@link CalendarCoverageException}.
     *
     * @return this builder, not null
     */
    public CalendarBuilder extrapolate() {
        this.extrapolate = true;
        return this;
    }

    /**
     * Builds the calendar, validating everything.
     *
     * @return the calendar, not null
     * @throws InvalidCalendarException if any problem was found, carrying them all
     */
    public BusinessCalendar build() {
        CalendarCompiler compiler = CalendarCompiler.check(this);
        return BusinessCalendar.of(compiler.definition(), compiler.index());
    }

    private static String pathOf(DayOfWeek from, DayOfWeek to) {
        return "hours." + (from == to ? CalendarText.dayName(from) : CalendarText.dayName(from) + "-" + CalendarText.dayName(to));
    }
}
