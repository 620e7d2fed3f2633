package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
 * A business calendar: a time zone, weekly working hours that may be split ({@code 09:00-12:00}
 * and {@code 13:30-18:00}) or cross midnight, holidays, part-day closures and extra working days,
 * answering exactly, to the nanosecond, how much business time lies between two instants and when
 * a given amount of it runs out.
 * <p>
 * Business time is real elapsed time inside open windows, on the time line: a window that spans a
 * daylight-saving gap is shorter and one that spans an overlap longer. Open time is the union of
 * every window, so nothing is ever counted twice.
 * <pre>{@code
 * BusinessCalendar cal = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
 *     .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
 *     .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00")
 *     .holiday(LocalDate.parse("2026-10-01"))
 *     .workday(LocalDate.parse("2026-10-10"))
 *     .build();
 * // Mon 09:00 + 3 h = Mon 12:00 (not 13:30); + 3 h 1 s = Mon 13:30:01
 * }</pre>
 * A calendar built from holiday sets knows which days are off only for the dates they cover; an
 * answer that would depend on another date throws {@link CalendarCoverageException} instead of
 * guessing, unless the calendar was built with {@link Builder#extrapolate()}.
 * <p>
 * The calendar is compiled for speed: {@link #plus(Instant, Duration)} and
 * {@link #between(Instant, Instant)} cost about the same for four hours as for four years.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** The definition, as given to the builder; kept for equality and for writing it out. */
    private final Definition definition;
    /** The compiled index. */
    private final CalendarIndex index;

    private BusinessCalendar(Definition definition, CalendarIndex index) {
        this.definition = definition;
        this.index = index;
    }

    /**
     * Obtains a builder for a calendar in the given zone.
     *
     * @param zone  the zone in which working hours are read, not null
     * @return a new builder, not null
     */
    public static Builder builder(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new Builder(zone);
    }

    /**
     * Obtains a builder for a calendar in the zone with the given id, such as
     * {@code Asia/Shanghai}; an unknown id is reported as a problem when the calendar is built.
     *
     * @param zoneId  the zone id, not null
     * @return a new builder, not null
     */
    public static Builder builder(String zoneId) {
        Objects.requireNonNull(zoneId, "zoneId");
        return new Builder(zoneId);
    }

    /**
     * Obtains a calendar that is open at every instant, such as a 24x7 support line.
     *
     * @param zone  the zone, used for working days and dates, not null
     * @return the calendar, not null
     */
    public static BusinessCalendar alwaysOpen(ZoneId zone) {
        return builder(zone).hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, List.of(TimeWindow.ALL_DAY)).build();
    }

    // ----- the definition -----

    /**
     * Gets the zone in which working hours are read.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return definition.zone();
    }

    /**
     * Gets the weekly working windows of a day of the week, sorted and merged.
     *
     * @param day  the day of the week, not null
     * @return the windows, empty when the day is closed, not null
     */
    public List<TimeWindow> hours(DayOfWeek day) {
        Objects.requireNonNull(day, "day");
        return List.of(index.schedule.weeklyWindows(day));
    }

    /**
     * Gets the holiday sets this calendar was built with, in the order added.
     *
     * @return the sets, not null
     */
    public List<HolidaySet> holidaySets() {
        return definition.holidaySets();
    }

    /**
     * Checks if a holiday set was added with {@link HolidaySet.Merge#OVERRIDE}, so that its days win
     * over those of the sets added before it. A set added more than once is an override if any of
     * its additions was.
     * <p>
     * For a calendar built with {@code .holidays(cn).holidays(cn2027, HolidaySet.Merge.OVERRIDE)},
     * {@code isOverride(cn)} is false and {@code isOverride(cn2027)} is true.
     *
     * @param set  the holiday set, not null
     * @return true if added as an override; false if added with {@link HolidaySet.Merge#STRICT} or
     *         not one of {@link #holidaySets()}
     */
    public boolean isOverride(HolidaySet set) {
        Objects.requireNonNull(set, "set");
        return definition.isOverride(set);
    }

    /**
     * Gets the dates this calendar's builder closed in part: each date's closed local windows.
     * Dates closed whole are {@link #holidayDates()}.
     *
     * @return the part-day closures in date order, not null
     */
    public Map<LocalDate, List<TimeWindow>> closedDates() {
        return definition.closed();
    }

    /**
     * Gets the dates this calendar's builder closed whole ({@link Builder#holiday(LocalDate)}).
     *
     * @return the dates in order, not null
     */
    public Set<LocalDate> holidayDates() {
        return definition.off();
    }

    /**
     * Gets the extra working dates this calendar's builder opened: an empty list means Monday's
     * windows, otherwise the list holds the date's windows.
     *
     * @return the opened dates in date order, not null
     */
    public Map<LocalDate, List<TimeWindow>> openDates() {
        return definition.open();
    }

    /**
     * Gets the coverage given to {@link Builder#coverage(LocalDateRange)}, if any; the calendar's
     * {@linkplain #coverage() coverage} is its intersection with that of the holiday sets.
     *
     * @return the range given to the builder, empty if none
     */
    public Optional<LocalDateRange> coverageLimit() {
        return Optional.ofNullable(definition.coverage());
    }

    /**
     * Gets the dates for which this calendar's holiday data is known.
     *
     * @return the coverage, empty when the calendar is unbounded or extrapolates
     */
    public Optional<LocalDateRange> coverage() {
        return Optional.ofNullable(index.coverage);
    }

    /**
     * Checks if this calendar assumes its weekly hours beyond its holiday data, rather than throwing
     * {@link CalendarCoverageException}.
     *
     * @return true if built with {@link Builder#extrapolate()}
     */
    public boolean isExtrapolating() {
        return definition.extrapolate();
    }

    // ----- the answers -----

    /**
     * Checks if the calendar is open at an instant.
     *
     * @param t  the instant, not null
     * @return true if t lies inside an open window
     * @throws CalendarCoverageException if the answer depends on a date beyond the holiday data
     */
    public boolean isOpen(Instant t) {
        Objects.requireNonNull(t, "t");
        return OpenStretch.isOpen(index, t);
    }

    /**
     * Calculates the first open instant at or after t: t itself when open.
     *
     * @param t  the instant, not null
     * @return the next opening, not null
     * @throws CalendarCoverageException if the answer depends on a date beyond the holiday data
     */
    public Instant nextOpen(Instant t) {
        Objects.requireNonNull(t, "t");
        return OpenStretch.nextOpen(index, t);
    }

    /**
     * Calculates the end of the open stretch that t is in, or of the next one when t is closed.
     * A stretch may run across midnight and across days.
     *
     * @param t  the instant, not null
     * @return the next closing, not null
     * @throws DateTimeException if the calendar never closes after t
     * @throws CalendarCoverageException if the answer depends on a date beyond the holiday data
     */
    public Instant nextClose(Instant t) {
        Objects.requireNonNull(t, "t");
        return OpenStretch.nextClose(index, t);
    }

    /**
     * Calculates the business time in {@code [from, to)}: negative when to is before from.
     * <p>
     * With 09:00-12:00 and 13:30-18:00 hours, Mon 11:00 to Mon 14:00 is 1 h 30 min.
     *
     * @param from  the start, inclusive, not null
     * @param to  the end, exclusive, not null
     * @return the business time, not null
     * @throws CalendarCoverageException if the answer depends on a date beyond the holiday data
     */
    public Duration between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return TimeBetween.calculate(index, from, to);
    }

    /**
     * Calculates the earliest instant at which the given business time has passed since start.
     * <p>
     * A start at a closed time counts from the next opening; a deadline that uses up a window ends
     * at its close, not at the next opening. With 09:00-12:00 and 13:30-18:00 hours, Mon 09:00 + 3 h
     * is Mon 12:00 and Mon 09:00 + 3 h 1 s is Mon 13:30:01. Adding zero returns start. A negative
     * amount is the same as {@link #minus(Instant, Duration)} with its negation.
     *
     * @param start  the start, not null
     * @param amount  the business time to add, not null
     * @return the earliest s at or after start with {@code between(start, s) == amount}, not null
     * @throws CalendarCoverageException if the answer depends on a date beyond the holiday data
     */
    public Instant plus(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(amount, "amount");
        return TimePlus.plus(index, start, amount);
    }

    /**
     * Calculates the latest instant from which the given business time passes up to end.
     * A negative amount is the same as {@link #plus(Instant, Duration)} with its negation.
     *
     * @param end  the end, not null
     * @param amount  the business time to subtract, not null
     * @return the latest s at or before end with {@code between(s, end) == amount}, not null
     * @throws CalendarCoverageException if the answer depends on a date beyond the holiday data
     */
    public Instant minus(Instant end, Duration amount) {
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(amount, "amount");
        return TimePlus.minus(index, end, amount);
    }

    /**
     * Calculates the end of the working day of an instant.
     * <p>
     * The working day of t is the date of the window that {@link #nextOpen(Instant)} falls in; the
     * result is the end of that date's last open window (after part-day closures; for a window
     * crossing midnight, its end on the next date). Before the first window of a working day this is
     * that day's end; after its last close, or on a closed date, the next working day's end.
     *
     * @param t  the instant, not null
     * @return the end of the business day, not null
     * @throws CalendarCoverageException if the answer depends on a date beyond the holiday data
     */
    public Instant endOfBusinessDay(Instant t) {
        Objects.requireNonNull(t, "t");
        return endOfWorkingDay(workingDayOf(t));
    }

    /**
     * Gets the working day of an instant: the date of the window in which {@link #nextOpen(Instant)}
     * falls. A report on Saturday night with a Mon-Fri calendar has Monday as its working day.
     *
     * @param t  the instant, not null
     * @return the date, not null
     * @throws CalendarCoverageException if the answer depends on a date beyond the holiday data
     */
    public LocalDate workingDayOf(Instant t) {
        Objects.requireNonNull(t, "t");
        return WorkingDays.dayOf(index, t);
    }

    /**
     * Gets the end of the last open window of a working day.
     *
     * @param date  the date, not null
     * @return the end of its last window, not null
     * @throws DateTimeException if the date is not a working day
     * @throws CalendarCoverageException if the date is beyond the holiday data
     */
    public Instant endOfWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return WorkingDays.endOf(index, date);
    }

    /**
     * Calculates the working day that lies the given number of working days after a date, not
     * counting the date itself, whether or not it is a working day.
     * <p>
     * On a Mon-Fri calendar: Sat + 1 = Mon, Fri + 1 = Mon, Mon - 1 = Fri; adding zero returns the
     * date.
     *
     * @param date  the date to count from, not null
     * @param days  the working days to add, negative to go back
     * @return the date, not null
     * @throws CalendarCoverageException if the answer depends on a date beyond the holiday data
     */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        Objects.requireNonNull(date, "date");
        return WorkingDays.plus(index, date, days);
    }

    /**
     * Checks if a date has at least one open window.
     *
     * @param date  the date, not null
     * @return true if the date is a working day
     * @throws CalendarCoverageException if the date is beyond the holiday data
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return WorkingDays.isWorkingDay(index, date);
    }

    /**
     * Gets a date's own open windows as instants, after part-day closures, merged; unclipped: a
     * window crossing midnight runs into the next date.
     *
     * @param date  the date, not null
     * @return the intervals in time order, empty on a closed date, not null
     * @throws CalendarCoverageException if the date is beyond the holiday data
     */
    public List<Interval> openIntervals(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return WorkingDays.openIntervals(index, date);
    }

    /** The local windows of a date after holidays and extra working days, before closures; for tests. */
    List<TimeWindow> windowsOn(LocalDate date) {
        index.requireKnown(date);
        return List.of(index.schedule.windowsOn(date));
    }

    /** The part-day closures of a date, in local time and in the order given; for tests. */
    List<TimeWindow> closuresOn(LocalDate date) {
        return index.schedule.closuresOn(date);
    }

    /**
     * Gets the name of the holiday or extra working day on a date, if any holiday set names it.
     *
     * @param date  the date, not null
     * @return the day as listed by its set, empty for an ordinary day
     */
    public Optional<HolidaySet.Day> holidayOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(definition.setDays().get(date));
    }

    /** Checks if the definitions are equal: zone, hours, dated rules, holiday sets, coverage. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof BusinessCalendar other && definition.equals(other.definition);
    }

    @Override
    public int hashCode() {
        return definition.hashCode();
    }

    /**
     * Returns a summary such as {@code BusinessCalendar[Asia/Shanghai, Mon 09:00-12:00 13:30-18:00, …]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BusinessCalendar[").append(zone());
        for (DayOfWeek day : DayOfWeek.values()) {
            TimeWindow[] w = index.schedule.weeklyWindows(day);
            if (w.length > 0) {
                sb.append(", ").append(dayName(day));
                for (TimeWindow window : w) {
                    sb.append(' ').append(window);
                }
            }
        }
        if (index.coverage != null) {
            sb.append(", covers ").append(CalendarCoverageException.describe(index.coverage));
        }
        return sb.append(']').toString();
    }

    /** Gets the short English name used in paths and messages: Mon, Tue, … */
    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }

    // ----- building -----

    /**
     * Builds a {@link BusinessCalendar}. Every problem is collected with its path in YAML terms
     * ({@code hours.Mon}, {@code closed[2]}, {@code holidays[0]}) and {@link #build()} reports them
     * all at once.
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        // What the builder was given, read by CalendarCompiler.
        final ZoneId zone;
        final String zoneText;
        /** The problems found while collecting, in the order found. */
        final List<Problem> problems = new ArrayList<>();
        final Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        final Map<DayOfWeek, String> hoursPath = new EnumMap<>(DayOfWeek.class);
        /** Dated entries of this builder, in the order given: closures (whole or part) and extra working days. */
        final List<DatedEntry> entries = new ArrayList<>();
        final List<HolidaySet> sets = new ArrayList<>();
        final List<HolidaySet.Merge> merges = new ArrayList<>();
        LocalDateRange coverage;
        boolean extrapolate;
        private int closedCount;
        private int openCount;

        private Builder(ZoneId zone) {
            this.zone = zone;
            this.zoneText = zone.getId();
        }

        private Builder(String zoneText) {
            ZoneId parsed = null;
            try {
                parsed = ZoneId.of(zoneText);
            } catch (DateTimeException ex) {
                problems.add(new Problem("zone", "Zone '" + zoneText + "' is not a known time-zone id (such as Asia/Shanghai or UTC)"));
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
        public Builder hours(DayOfWeek day, String... windows) {
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
        public Builder hours(DayOfWeek from, DayOfWeek to, String... windows) {
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
        public Builder hours(DayOfWeek day, List<TimeWindow> windows) {
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
        public Builder hours(DayOfWeek from, DayOfWeek to, List<TimeWindow> windows) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(windows, "windows");
            String path = pathOf(from, to);
            if (to.compareTo(from) < 0) {
                problems.add(new Problem(path, "Day range " + dayName(from) + "-" + dayName(to)
                        + " must run forward within Mon..Sun"));
                return this;
            }
            String where = "on " + (from == to ? dayName(from) : dayName(from) + "-" + dayName(to));
            List<TimeWindow> day = DayWindows.checked(path, where, windows, problems);
            for (int d = from.ordinal(); d <= to.ordinal(); d++) {
                DayOfWeek dow = DayOfWeek.values()[d];
                String earlier = hoursPath.putIfAbsent(dow, path);
                if (earlier != null) {
                    problems.add(new Problem(path, "Hours for " + dayName(dow) + " are given twice, also at " + earlier));
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
        public Builder holiday(LocalDate date) {
            Objects.requireNonNull(date, "date");
            entries.add(new DatedEntry("closed[" + closedCount++ + "]", date, false, List.of()));
            return this;
        }

        /**
         * Closes part of a date, such as {@code 13:00-18:00} on Christmas Eve.
         *
         * @param date  the date, not null
         * @param window  the local times to close, as text, not null
         * @return this builder, not null
         */
        public Builder closed(LocalDate date, String window) {
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
        public Builder closed(LocalDate date, TimeWindow window) {
            return closedAt("closed[" + closedCount + "]", date, window);
        }

        private Builder closedAt(String path, LocalDate date, TimeWindow window) {
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
        public Builder workday(LocalDate date) {
            return workday(date, List.of());
        }

        /**
         * Opens a date with the given windows, replacing its own.
         *
         * @param date  the date, not null
         * @param windows  the windows as text, none for Monday's, not null
         * @return this builder, not null
         */
        public Builder workday(LocalDate date, String... windows) {
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
        public Builder workday(LocalDate date, List<TimeWindow> windows) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(windows, "windows");
            String path = "open[" + openCount++ + "]";
            entries.add(new DatedEntry(path, date, true, DayWindows.checked(path, "on " + date, windows, problems)));
            return this;
        }

        /**
         * Adds a holiday set; a date it gives a different kind than a set of the same region added
         * before is a problem.
         *
         * @param set  the set, not null
         * @return this builder, not null
         */
        public Builder holidays(HolidaySet set) {
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
        public Builder holidays(HolidaySet set, HolidaySet.Merge merge) {
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
        public Builder coverage(LocalDateRange range) {
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
        public Builder extrapolate() {
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
            return new BusinessCalendar(compiler.definition(), compiler.index());
        }

        private static String pathOf(DayOfWeek from, DayOfWeek to) {
            return "hours." + (from == to ? dayName(from) : dayName(from) + "-" + dayName(to));
        }
    }
}
