package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
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
 * guessing, unless the calendar was built with {@link CalendarBuilder#extrapolate()}.
 * <p>
 * {@link #plus(Instant, Duration)} and {@link #between(Instant, Instant)} cost about the same for four
 * hours as for four years. A calendar answers for the instants of the years -999,999 to 999,999;
 * a question outside them is a {@link DateTimeException} naming the instant.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** The definition, as given to the builder; kept for equality and for writing it out. */
    private final Definition definition;
    /** The compiled index. */
    final CalendarIndex index;

    private BusinessCalendar(Definition definition, CalendarIndex index) {
        this.definition = definition;
        this.index = index;
    }

    /** Makes a calendar of a definition and its index, validated by {@link CalendarCompiler}. */
    static BusinessCalendar of(Definition definition, CalendarIndex index) {
        return new BusinessCalendar(definition, index);
    }

    /**
     * Obtains a builder for a calendar in the given zone.
     *
     * @param zone  the zone in which working hours are read, not null
     * @return a new builder, not null
     */
    public static CalendarBuilder builder(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new CalendarBuilder(zone);
    }

    /**
     * Obtains a builder for a calendar in the zone with the given id, such as
     * {@code Asia/Shanghai}; an unknown id is reported as a problem when the calendar is built.
     *
     * @param zoneId  the zone id, not null
     * @return a new builder, not null
     */
    public static CalendarBuilder builder(String zoneId) {
        Objects.requireNonNull(zoneId, "zoneId");
        return new CalendarBuilder(zoneId);
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
     * After {@code .holidays(cn).holidays(cn2027, OVERRIDE)}, only {@code isOverride(cn2027)} is true.
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
     * Gets the dates this calendar's builder closed whole ({@link CalendarBuilder#holiday(LocalDate)}).
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
     * Gets the month-days closed every year ({@link CalendarBuilder#closedEveryYear(MonthDay)}), such as {@code 12-25}.
     *
     * @return the month-days in calendar order, not null
     */
    public List<MonthDay> closedEveryYear() {
        return definition.everyYear();
    }

    /**
     * Gets the coverage given to {@link CalendarBuilder#coverage(LocalDateRange)}, if any; the calendar's
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
     * @return true if built with {@link CalendarBuilder#extrapolate()}
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
        AnsweredInstants.require(t, "t");
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
        AnsweredInstants.require(t, "t");
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
        AnsweredInstants.require(t, "t");
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
        AnsweredInstants.require(from, "from");
        AnsweredInstants.require(to, "to");
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
        AnsweredInstants.require(start, "start");
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
        AnsweredInstants.require(end, "end");
        Objects.requireNonNull(amount, "amount");
        return TimePlus.minus(index, end, amount);
    }

    /**
     * Calculates the end of the working day of an instant, {@code endOfWorkingDay(workingDayOf(t))}: before
     * a working day's first window, that day's end; after its last close, or on a closed date, the next one's.
     *
     * @param t  the instant, not null
     * @return the end of the business day, not null
     * @throws CalendarCoverageException if the answer depends on a date beyond the holiday data
     */
    public Instant endOfBusinessDay(Instant t) {
        AnsweredInstants.require(t, "t");
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
        AnsweredInstants.require(t, "t");
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
        return index.summary();
    }
}
