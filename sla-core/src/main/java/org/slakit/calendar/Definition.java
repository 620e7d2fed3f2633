package org.slakit.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * What a calendar's builder was given, in a canonical form: equal definitions give equal calendars.
 * Kept by {@link BusinessCalendar} for equality and for writing it out; {@code setDays} is derived
 * from the holiday sets and so takes no part in equality.
 */
record Definition(ZoneId zone, Map<DayOfWeek, List<TimeWindow>> hours, Map<LocalDate, List<TimeWindow>> open,
        Set<LocalDate> off, Map<LocalDate, List<TimeWindow>> closed, List<HolidaySet> holidaySets,
        List<HolidaySet.Merge> merges, LocalDateRange coverage, boolean extrapolate, List<MonthDay> everyYear,
        Map<LocalDate, HolidaySet.Day> setDays) {

    /** Checks if any addition of the set was an override. */
    boolean isOverride(HolidaySet set) {
        for (int i = 0; i < holidaySets.size(); i++) {
            if (merges.get(i) == HolidaySet.Merge.OVERRIDE && holidaySets.get(i).equals(set)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Definition d && zone.equals(d.zone) && hours.equals(d.hours) && open.equals(d.open)
                && off.equals(d.off) && closed.equals(d.closed) && holidaySets.equals(d.holidaySets) && merges.equals(d.merges)
                && Objects.equals(coverage, d.coverage) && extrapolate == d.extrapolate && everyYear.equals(d.everyYear);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, hours, open, off, closed, holidaySets);
    }
}
