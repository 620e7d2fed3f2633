package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/**
 * A named, immutable set of dated days off and extra working days for one region, and the range of
 * dates it covers.
 * <p>
 * Mainland China's public holidays, for example, close whole periods such as 2025-01-28 to
 * 2025-02-04 and open weekend days such as Sunday 2025-01-26 as make-up working days (调休). A set
 * knows the dates it {@linkplain #coverage() covers}: a calendar built from it refuses to answer
 * for dates beyond them, rather than guess.
 * <p>
 * Sets of one region combine in a calendar: their ranges must meet or overlap, and their union is
 * the region's coverage. Ready sets are found by id through {@link HolidaySetProvider}s, see
 * {@link #ofId(String)}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class HolidaySet {

    /** How a set is combined with the sets of its region already in a calendar. */
    public enum Merge {
        /** A date that the sets give different kinds (off and working) is a problem. */
        STRICT,
        /** This set's days win over those of the sets added before it. */
        OVERRIDE
    }

    /** Whether a dated day is closed or opened. */
    public enum Kind {
        /** Closed all day, such as a public holiday. */
        OFF,
        /** Opened, such as a make-up working day on a weekend. */
        WORKING
    }

    /**
     * One dated day of a set.
     *
     * @param date  the date, not null
     * @param kind  whether the day is off or working, not null
     * @param name  the day's name, such as {@code Spring Festival}, not null, may be empty
     * @param nameZh  the day's Chinese name, such as {@code 春节}, not null, may be empty
     * @param hours  for a working day, its windows; empty to take Monday's windows; empty for a day off
     */
    public record Day(LocalDate date, Kind kind, String name, String nameZh, List<TimeWindow> hours) {
        /**
         * Validates the components.
         *
         * @param date  the date, not null
         * @param kind  whether the day is off or working, not null
         * @param name  the day's name, not null, may be empty
         * @param nameZh  the day's Chinese name, not null, may be empty
         * @param hours  a working day's windows, empty for Monday's; empty for a day off; copied
         * @throws NullPointerException if any is null
         * @throws IllegalArgumentException if a day off is given hours
         */
        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(nameZh, "nameZh");
            hours = List.copyOf(hours);
            if (kind == Kind.OFF && !hours.isEmpty()) {
                throw new IllegalArgumentException("Day off " + date + " must not have working hours, was " + hours);
            }
        }
    }

    private static final HolidaySet NONE = new HolidaySet("", "no holidays", null, new TreeMap<>());

    /** The region, such as {@code cn}. */
    private final String region;
    /** The human-readable name. */
    private final String name;
    /** The dates covered; null only for {@link #none()}. */
    private final LocalDateRange coverage;
    /** The days, by date, in date order, unmodifiable; read by the calendar compiler. */
    final Map<LocalDate, Day> days;
    /** Where the set came from, as a policy names it (a ready id or a file path), or null. */
    private final String source;
    /** The days compiled for calendars, shared by every calendar built with this set. */
    final DatedDays compiled;

    private HolidaySet(String region, String name, LocalDateRange coverage, Map<LocalDate, Day> days, String source) {
        this.region = region;
        this.name = name;
        this.coverage = coverage;
        this.days = days;
        this.source = source;
        this.compiled = DatedDays.of(List.copyOf(days.values()));
    }

    private HolidaySet(String region, String name, LocalDateRange coverage, TreeMap<LocalDate, Day> days) {
        this(region, name, coverage, Collections.unmodifiableMap(days), null);
    }

    /**
     * Returns a copy of this set that remembers where it came from, as a policy file names it: a
     * ready set's id such as {@code cn}, or a holiday file's path such as {@code cn-2027.yaml}.
     * The source plays no part in equality.
     *
     * @param source  the id or path, not null
     * @return a copy with the source, not null
     */
    public HolidaySet withSource(String source) {
        Objects.requireNonNull(source, "source");
        return new HolidaySet(region, name, coverage, days, source);
    }

    /**
     * Gets where this set came from, as a policy file names it: a ready set's id or a file path.
     *
     * @return the source, empty for a set built in code
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * Obtains the empty set, which covers no dates and constrains nothing.
     *
     * @return the empty set, not null
     */
    public static HolidaySet none() {
        return NONE;
    }

    /**
     * Obtains a builder for a set of one region covering the given dates.
     *
     * @param region  the region id, such as {@code cn} or {@code hk}, not null, not blank
     * @param name  the set's name, not null
     * @param coverage  the dates the set covers: every day must fall inside, not null
     * @return a new builder, not null
     */
    public static Builder builder(String region, String name, LocalDateRange coverage) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(coverage, "coverage");
        return new Builder(region, name, coverage);
    }

    /**
     * Obtains a ready holiday set by id, such as {@code cn} or {@code hk}, from the
     * {@link HolidaySetProvider}s on the class or module path.
     *
     * @param id  the set's id, not null
     * @return the set, not null
     * @throws IllegalArgumentException if no provider offers the id, naming the id and the fix
     */
    public static HolidaySet ofId(String id) {
        Objects.requireNonNull(id, "id");
        List<String> known = new ArrayList<>();
        for (HolidaySetProvider provider : ServiceLoader.load(HolidaySetProvider.class, HolidaySet.class.getClassLoader())) {
            Optional<HolidaySet> found = provider.find(id);
            if (found.isPresent()) {
                return found.get();
            }
            known.addAll(provider.ids());
        }
        if (known.isEmpty()) {
            throw new IllegalArgumentException("Holiday set '" + id + "' is not available: add org.slakit:sla-calendars");
        }
        Collections.sort(known);
        throw new IllegalArgumentException("Holiday set '" + id + "' is not available: the ready sets are " + known);
    }

    /**
     * Gets the region, such as {@code cn}. Sets of one region combine.
     *
     * @return the region id, not null
     */
    public String region() {
        return region;
    }

    /**
     * Gets the name, such as {@code Mainland China public holidays}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the dates this set covers: for those, a date not listed is an ordinary day.
     *
     * @return the coverage, empty only for {@link #none()}
     */
    public Optional<LocalDateRange> coverage() {
        return Optional.ofNullable(coverage);
    }

    /**
     * Gets the day listed for a date.
     *
     * @param date  the date, not null
     * @return the day, empty if the date is an ordinary day or outside the coverage
     */
    public Optional<Day> day(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(days.get(date));
    }

    /**
     * Gets every listed day, in date order.
     *
     * @return the days, not null, unmodifiable
     */
    public List<Day> days() {
        return List.copyOf(days.values());
    }

    /**
     * Checks if this set covers no dates, as {@link #none()} does.
     *
     * @return true if empty
     */
    public boolean isNone() {
        return coverage == null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof HolidaySet other && region.equals(other.region) && name.equals(other.name)
                && Objects.equals(coverage, other.coverage) && days.equals(other.days);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, name, coverage, days);
    }

    /**
     * Returns {@code region 'name' (from to end)}.
     *
     * @return a summary, not null
     */
    @Override
    public String toString() {
        return isNone() ? "no holidays"
                : region + " '" + name + "' (" + CalendarCoverageException.describe(coverage) + ", " + days.size() + (days.size() == 1 ? " day)" : " days)");
    }

    /**
     * Builds a {@link HolidaySet}, collecting every problem; paths are those of the holiday file
     * ({@code days-off[3]}, {@code working-days[0]}).
     * <p>
     * This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final String region;
        private final String name;
        private final LocalDateRange coverage;
        private final TreeMap<LocalDate, Day> days = new TreeMap<>();
        private final Map<LocalDate, String> pathOf = new TreeMap<>();
        private final List<Problem> problems = new ArrayList<>();
        private int offCount;
        private int workingCount;

        private Builder(String region, String name, LocalDateRange coverage) {
            this.region = region;
            this.name = name;
            this.coverage = coverage;
            if (region.isBlank()) {
                problems.add(new Problem("region", "Region must not be blank"));
            }
            if (coverage.isEmpty()) {
                problems.add(new Problem("covers", "Coverage must hold at least one date, was " + coverage));
            }
        }

        /**
         * Adds a day off.
         *
         * @param date  the date, not null
         * @param name  its name, not null
         * @param nameZh  its Chinese name, not null, may be empty
         * @return this builder, not null
         */
        public Builder dayOff(LocalDate date, String name, String nameZh) {
            return daysOff(LocalDateRange.ofClosed(date, date), name, nameZh);
        }

        /**
         * Adds a run of days off, such as a week of Spring Festival, as one entry.
         *
         * @param dates  the dates, not null
         * @param name  their name, not null
         * @param nameZh  their Chinese name, not null, may be empty
         * @return this builder, not null
         */
        public Builder daysOff(LocalDateRange dates, String name, String nameZh) {
            Objects.requireNonNull(dates, "dates");
            String path = "days-off[" + offCount++ + "]";
            if (dates.isEmpty()) {
                problems.add(new Problem(path, "Range of days off must hold at least one date, was " + dates));
            } else if (!coverage.isEmpty() && !coverage.encloses(dates)) {
                // judged by its ends, so that a range to the year 999999999 is one problem, found at once
                LocalDate last = dates.getEndInclusive();
                problems.add(new Problem(path, (dates.getStart().equals(last) ? "Date " + last + " is"
                        : "Days off from " + dates.getStart() + " to " + last + " run") + " outside the set's coverage "
                        + CalendarCoverageException.describe(coverage)));
                return this;
            }
            dates.stream().forEach(d -> add(path, new Day(d, Kind.OFF, name, nameZh, List.of())));
            return this;
        }

        /**
         * Adds an extra working day with Monday's windows.
         *
         * @param date  the date, a Saturday or Sunday, not null
         * @param name  its name, not null
         * @param nameZh  its Chinese name, not null, may be empty
         * @return this builder, not null
         */
        public Builder workingDay(LocalDate date, String name, String nameZh) {
            return workingDay(date, name, nameZh, List.of());
        }

        /**
         * Adds an extra working day with the given windows.
         *
         * @param date  the date, a Saturday or Sunday, not null
         * @param name  its name, not null
         * @param nameZh  its Chinese name, not null, may be empty
         * @param hours  the windows, not null; empty for Monday's
         * @return this builder, not null
         */
        public Builder workingDay(LocalDate date, String name, String nameZh, List<TimeWindow> hours) {
            String path = "working-days[" + workingCount++ + "]";
            DayOfWeek dow = Objects.requireNonNull(date, "date").getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                problems.add(new Problem(path, "Working day " + date + " is a " + dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + ": an extra working day must fall on a Saturday or Sunday"));
            }
            List<TimeWindow> sorted = new ArrayList<>(hours);
            Collections.sort(sorted);
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    problems.add(new Problem(path + ".hours", "Working hours must not overlap on " + date + ", was "
                            + sorted.get(i - 1) + " and " + sorted.get(i)));
                }
            }
            add(path, new Day(date, Kind.WORKING, name, nameZh, sorted));
            return this;
        }

        private void add(String path, Day day) {
            if (!coverage.isEmpty() && !coverage.contains(day.date())) {
                problems.add(new Problem(path, "Date " + day.date() + " is outside the set's coverage "
                        + CalendarCoverageException.describe(coverage)));
                return;
            }
            String earlier = pathOf.putIfAbsent(day.date(), path);
            if (earlier != null) {
                problems.add(new Problem(path, "Date " + day.date() + " is listed twice, also at " + earlier));
                return;
            }
            days.put(day.date(), day);
        }

        /**
         * Builds the set.
         *
         * @return the set, not null
         * @throws InvalidCalendarException if any problem was found, carrying them all
         */
        public HolidaySet build() {
            if (!problems.isEmpty()) {
                throw new InvalidCalendarException(problems);
            }
            return new HolidaySet(region, name, coverage, new TreeMap<>(days));
        }
    }
}
