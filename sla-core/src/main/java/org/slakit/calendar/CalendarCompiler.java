package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;

/**
 * Turns what a {@link CalendarBuilder} collected into a calendar, in named steps taken in
 * the order their problems are reported: the weekly windows, the builder's own dated rules, the
 * holiday sets and their coverage, the builder's coverage, and the zone. Only a build in which no
 * step found a problem goes on to the canonical definition and the compiled index.
 * <p>
 * The builder's own dates win over holiday sets, and the problems found while collecting come
 * first. One compiler serves one build and is not shared.
 */
final class CalendarCompiler {

    /** The years closed-every-year spans on a calendar with no coverage to bound it. */
    static final int FIRST_RECURRING_YEAR = 1900;
    static final int LAST_RECURRING_YEAR = 2199;

    private final CalendarBuilder in;
    private final List<Problem> found;
    /** Windows per day of week, index {@code DayOfWeek.ordinal()}. */
    private final TimeWindow[][] weekly = new TimeWindow[7][];
    /** Dates whose windows replace the weekly ones: an empty array closes the date. */
    private final Map<LocalDate, TimeWindow[]> dated = new HashMap<>();
    /** The builder's part-day closures by date, in the order given. */
    private final Map<LocalDate, List<TimeWindow>> closures = new HashMap<>();
    /** The first of the builder's holidays, working days and closures on each date, to name it in a conflict. */
    private final Map<LocalDate, DatedEntry> offAt = new HashMap<>();
    private final Map<LocalDate, DatedEntry> openAt = new HashMap<>();
    private final Map<LocalDate, DatedEntry> partAt = new HashMap<>();
    /** The days of the holiday sets once combined, in date order. */
    private Map<LocalDate, HolidaySet.Day> setDays;
    /** The same, compiled. */
    private DatedDays sets;
    /** The dates whose data is known, or null when unbounded. */
    private LocalDateRange range;

    private CalendarCompiler(CalendarBuilder in) {
        this.in = in;
        this.found = new ArrayList<>(in.problems);
    }

    /**
     * Takes every checking step of a build.
     *
     * @throws InvalidCalendarException if any problem was found, carrying them all
     */
    static CalendarCompiler check(CalendarBuilder builder) {
        CalendarCompiler compiler = new CalendarCompiler(builder);
        compiler.checkWeeklyWindows();
        compiler.resolveDatedRules();
        compiler.combineHolidaySets();
        compiler.narrowCoverage();
        compiler.checkEveryYear();
        compiler.checkZone();
        if (!compiler.found.isEmpty()) {
            throw new InvalidCalendarException(compiler.found);
        }
        return compiler;
    }

    // ----- checking -----

    private void checkWeeklyWindows() {
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly[day.ordinal()] = in.hours.getOrDefault(day, List.of()).toArray(new TimeWindow[0]);
        }
        checkOvernight();
        boolean anyHours = Arrays.stream(weekly).anyMatch(w -> w.length > 0);
        if (!anyHours && found.isEmpty()) {
            found.add(new Problem("hours", "A calendar needs at least one working window in its weekly hours, was none"));
        }
    }

    /** An overnight window must not overlap the next day's windows. */
    private void checkOvernight() {
        for (DayOfWeek day : DayOfWeek.values()) {
            DayOfWeek next = day.plus(1);
            for (TimeWindow w : weekly[day.ordinal()]) {
                if (!w.crossesMidnight()) {
                    continue;
                }
                int spill = w.endSecondOfDay() - TimeWindow.SECONDS_PER_DAY;
                for (TimeWindow n : weekly[next.ordinal()]) {
                    if (n.startSecondOfDay() < spill) {
                        found.add(new Problem(in.hoursPath.get(day), "Working hours must not overlap on "
                                + CalendarText.dayName(day) + " and " + CalendarText.dayName(next) + ", was " + w + " and " + n));
                    }
                }
            }
        }
    }

    /** Applies the builder's dated rules in the order given; one date declared both off and working is a problem. */
    private void resolveDatedRules() {
        for (DatedEntry e : in.entries) {
            if (e.working()) {
                addWorkday(e);
            } else if (e.windows().isEmpty()) {
                addHoliday(e);
            } else {
                addClosure(e);
            }
        }
    }

    private void addWorkday(DatedEntry e) {
        DatedEntry off = offAt.get(e.date());
        DatedEntry part = partAt.get(e.date());
        DatedEntry again = openAt.putIfAbsent(e.date(), e);
        if (off != null) {
            found.add(new Problem(e.path(), "Date " + e.date() + " is declared a working day and also a holiday at " + off.path()));
        } else if (part != null) {
            found.add(new Problem(e.path(), "Date " + e.date() + " is declared a working day and also has a part-day closure at "
                    + part.path() + ": give the working day's hours instead"));
        } else if (again != null) {
            found.add(new Problem(e.path(), "Date " + e.date() + " is declared a working day twice, also at " + again.path()));
        }
        List<TimeWindow> windows = e.windows();
        if (windows.isEmpty()) {
            windows = mondayHours();
            if (windows.isEmpty()) {
                found.add(new Problem(e.path(), "Working day " + e.date() + " takes Monday's hours, but Monday has none: give its hours"));
            }
        }
        dated.put(e.date(), windows.toArray(new TimeWindow[0]));
    }

    private void addHoliday(DatedEntry e) {
        DatedEntry open = openAt.get(e.date());
        if (open != null) {
            found.add(new Problem(e.path(), "Date " + e.date() + " is declared a holiday and also a working day at " + open.path()));
        }
        offAt.putIfAbsent(e.date(), e);
    }

    private void addClosure(DatedEntry e) {
        DatedEntry open = openAt.get(e.date());
        if (open != null) {
            found.add(new Problem(e.path(), "Date " + e.date() + " has a part-day closure and is also declared a working day at "
                    + open.path() + ": give the working day's hours instead"));
        }
        partAt.putIfAbsent(e.date(), e);
        closures.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e.windows().get(0));
    }

    /**
     * Combines the sets and compiles their days. One set alone needs no combining: its days, compiled
     * once by the set, are shared. The builder's own rules win over the sets' days when the calendar
     * looks a date up, so they need not be taken out here; a make-up day the builder leaves alone must
     * find Monday's hours.
     */
    private void combineHolidaySets() {
        HolidaySet alone = null;
        int given = 0;
        for (HolidaySet set : in.sets) {
            if (!set.isNone()) {
                alone = set;
                given++;
            }
        }
        DatedDays compiled;
        if (given == 1) {
            range = alone.coverage().orElseThrow();
            setDays = alone.days;
            compiled = alone.compiled;
        } else {
            setDays = new TreeMap<>();
            range = combineSets();
            compiled = DatedDays.of(List.copyOf(setDays.values()));
        }
        if (compiled.takesMonday() && mondayHours().isEmpty()) {
            for (HolidaySet.Day day : setDays.values()) {
                if (day.kind() == HolidaySet.Kind.WORKING && day.hours().isEmpty()
                        && !dated.containsKey(day.date()) && !offAt.containsKey(day.date())) {
                    found.add(new Problem("holidays", "Working day " + day.date()
                            + " takes Monday's hours, but Monday has none: give Monday's hours"));
                }
            }
        }
        sets = compiled;
        for (LocalDate d : offAt.keySet()) {
            dated.put(d, Schedule.none());
        }
    }

    /** Combines the sets region by region, set by set; returns the coverage (intersection of regions), or null if none. */
    private LocalDateRange combineSets() {
        Map<String, LocalDateRange> regions = new LinkedHashMap<>();
        Map<LocalDate, Integer> source = new HashMap<>();
        for (int i = 0; i < in.sets.size(); i++) {
            HolidaySet set = in.sets.get(i);
            if (set.isNone()) {
                continue;
            }
            String path = "holidays[" + i + "]";
            joinRegion(path, set, regions);
            boolean override = in.merges.get(i) == HolidaySet.Merge.OVERRIDE;
            for (HolidaySet.Day day : set.days()) {
                HolidaySet.Day earlier = setDays.get(day.date());
                if (earlier != null && earlier.kind() != day.kind() && !override) {
                    HolidaySet other = in.sets.get(source.get(day.date()));
                    found.add(new Problem(path, "Date " + day.date() + " is " + describe(earlier.kind()) + " in " + other
                            + " but " + describe(day.kind()) + " in " + set + ": add the later set as an override"));
                } else {
                    setDays.put(day.date(), day);
                    source.put(day.date(), i);
                }
            }
        }
        return intersection(regions);
    }

    /** The sets of one region must meet or overlap: their union is the region's coverage. */
    private void joinRegion(String path, HolidaySet set, Map<String, LocalDateRange> regions) {
        LocalDateRange covers = set.coverage().orElseThrow();
        LocalDateRange before = regions.get(set.region());
        if (before == null) {
            regions.put(set.region(), covers);
        } else if (!before.overlaps(covers) && !before.abuts(covers)) {
            found.add(new Problem(path, "Holiday set " + set + " does not meet the other sets of region '" + set.region()
                    + "', which cover " + CalendarCoverageException.describe(before)
                    + ": the sets of one region must meet or overlap"));
        } else {
            regions.put(set.region(), before.union(covers));
        }
    }

    /** The calendar's coverage is the intersection of its regions' coverages; null if there are none. */
    private LocalDateRange intersection(Map<String, LocalDateRange> regions) {
        LocalDateRange common = null;
        for (Map.Entry<String, LocalDateRange> region : regions.entrySet()) {
            if (common == null) {
                common = region.getValue();
            } else if (!common.overlaps(region.getValue())) {
                found.add(new Problem("holidays", "Holiday sets cover no date in common: region '" + region.getKey()
                        + "' covers " + CalendarCoverageException.describe(region.getValue()) + " and the others "
                        + CalendarCoverageException.describe(common)));
            } else {
                common = common.intersection(region.getValue());
            }
        }
        return common;
    }

    /** The builder's coverage narrows that of the holiday sets, or bounds a calendar that has none. */
    private void narrowCoverage() {
        LocalDateRange limit = in.coverage;
        if (limit == null) {
            return;
        }
        if (limit.isEmpty()) {
            found.add(new Problem("coverage", "Coverage must hold at least one date, was " + limit));
        } else if (range == null) {
            range = limit;
        } else if (!range.overlaps(limit)) {
            found.add(new Problem("coverage", "Coverage " + CalendarCoverageException.describe(limit)
                    + " does not meet the holiday data, which covers " + CalendarCoverageException.describe(range)));
        } else {
            range = range.intersection(limit);
        }
    }

    /** A month-day closed every year must be given once. */
    private void checkEveryYear() {
        Map<MonthDay, Integer> seen = new HashMap<>();
        for (int i = 0; i < in.everyYear.size(); i++) {
            Integer earlier = seen.putIfAbsent(in.everyYear.get(i), i);
            if (earlier != null) {
                found.add(new Problem("closed-every-year[" + i + "]", CalendarText.monthDay(in.everyYear.get(i))
                        + " is closed every year twice, also at closed-every-year[" + earlier + "]"));
            }
        }
    }

    /**
     * The month-days of {@code closedEveryYear} close in every year of the coverage, or of 1900 to
     * 2199 when the calendar is unbounded or extrapolates; the builder's extra working days win.
     */
    private EveryYear everyYear() {
        boolean bounded = range != null && !in.extrapolate;
        return EveryYear.of(in.everyYear, bounded ? range : LocalDateRange.ofClosed(
                LocalDate.of(FIRST_RECURRING_YEAR, 1, 1), LocalDate.of(LAST_RECURRING_YEAR, 12, 31)));
    }

    private void checkZone() {
        if (in.zone == null && found.stream().noneMatch(p -> p.path().equals("zone"))) {
            try {
                CalendarText.zone(in.zoneText);
            } catch (DateTimeException ex) {
                found.add(new Problem("zone", ex.getMessage()));
            }
        }
    }

    private List<TimeWindow> mondayHours() {
        return in.hours.getOrDefault(DayOfWeek.MONDAY, List.of());
    }

    private static String describe(HolidaySet.Kind kind) {
        return kind == HolidaySet.Kind.OFF ? "a day off" : "a working day";
    }

    // ----- the results of a checked build -----

    /** Gets what the builder was given, in canonical form: equal definitions give equal calendars. */
    Definition definition() {
        Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        // A closed day given with no windows is the same as one not given.
        in.hours.forEach((day, windows) -> {
            if (!windows.isEmpty()) {
                hours.put(day, List.copyOf(windows));
            }
        });
        Map<LocalDate, List<TimeWindow>> open = new TreeMap<>();
        Map<LocalDate, List<TimeWindow>> closed = new TreeMap<>();
        // Whole-day holidays apart from part-day closures: a holiday with a closure on its date is neither alone.
        Set<LocalDate> off = new TreeSet<>();
        for (DatedEntry e : in.entries) {
            if (!e.working() && e.windows().isEmpty()) {
                off.add(e.date());
                continue;
            }
            (e.working() ? open : closed).merge(e.date(), e.windows(), (a, b) -> {
                List<TimeWindow> all = new ArrayList<>(a);
                all.addAll(b);
                Collections.sort(all);
                return List.copyOf(all);
            });
        }
        return new Definition(in.zone, Collections.unmodifiableMap(hours), Collections.unmodifiableMap(open),
                Collections.unmodifiableSet(off), Collections.unmodifiableMap(closed), List.copyOf(in.sets),
                List.copyOf(in.merges), in.coverage, in.extrapolate, List.copyOf(new TreeSet<>(in.everyYear)),
                Collections.unmodifiableMap(setDays));
    }

    /** Compiles the checked schedule into the index, bounded by the coverage unless the calendar extrapolates. */
    CalendarIndex index() {
        Map<LocalDate, List<TimeWindow>> closed = new HashMap<>();
        closures.forEach((d, w) -> closed.put(d, List.copyOf(w)));
        Schedule schedule = new Schedule(in.zone, weekly, DatedDays.of(new TreeMap<>(dated)), everyYear(), sets, Map.copyOf(closed));
        return new CalendarIndex(schedule, in.extrapolate ? null : range);
    }
}
