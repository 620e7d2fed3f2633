package org.slakit.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.HolidaySet;
import org.slakit.policy.SlaPolicy;
import org.threeten.extra.LocalDateRange;

/**
 * Warns when a policy's holiday data is about to end: from the end of a calendar's coverage on,
 * every deadline that reaches beyond it is {@code UNKNOWN}, so a desk is told weeks before, with
 * the line of YAML that adds the next year.
 */
final class CoverageWarnings {

    /** How many days ahead of the end of the data a warning is given. */
    static final int DAYS_AHEAD = 60;

    private CoverageWarnings() {
    }

    /** Gets one warning per calendar whose data ends within {@link #DAYS_AHEAD} days of {@code asOf} (or has ended). */
    static List<String> of(SlaPolicy policy, Instant asOf) {
        LocalDate today = asOf.atZone(policy.zone()).toLocalDate();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, BusinessCalendar> entry : policy.calendars().entrySet()) {
            Optional<LocalDateRange> coverage = entry.getValue().coverage();
            if (coverage.isEmpty()) {
                continue;
            }
            LocalDate end = coverage.get().getEndInclusive();
            long left = ChronoUnit.DAYS.between(today, end);
            if (left <= DAYS_AHEAD) {
                out.add(warning(entry.getKey(), entry.getValue(), end, left, today));
            }
        }
        return out;
    }

    private static String warning(String name, BusinessCalendar calendar, LocalDate end, long left, LocalDate today) {
        String when = left >= 0
                ? "ends " + end + ", " + days(left) + " after --as-of " + today + ": deadlines beyond it will be UNKNOWN"
                : "ended " + end + ", " + days(-left) + " before --as-of " + today + ": deadlines beyond it are UNKNOWN";
        Optional<HolidaySet> last = lastSetEndingOn(calendar, end);
        if (last.isEmpty()) {
            return "calendar '" + name + "': its coverage: " + when + "; widen coverage: in the policy";
        }
        HolidaySet set = last.get();
        int next = end.getYear() + 1;
        return "calendar '" + name + "': holiday data " + when + " (set '" + set.source().orElse(set.name()) + "', "
                + set.name() + "). Add " + next + " to its holidays: list: " + nextYear(set.region(), next);
    }

    /** Finds the set whose coverage ends the calendar's: the last of the region that ends first. */
    private static Optional<HolidaySet> lastSetEndingOn(BusinessCalendar calendar, LocalDate end) {
        for (HolidaySet set : calendar.holidaySets()) {
            if (set.coverage().map(LocalDateRange::getEndInclusive).filter(end::equals).isPresent()
                    && calendar.holidaySets().stream().filter(s -> s.region().equals(set.region()))
                            .allMatch(s -> s.coverage().map(r -> !r.getEndInclusive().isAfter(end)).orElse(true))) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }

    /** The YAML that adds a region's next year, from the official feed where there is one. */
    static String nextYear(String region, int year) {
        switch (region) {
            case "hk":
                return "- {ical: hk-" + year + ".ics, region: hk}   (Hong Kong's 1823 feed, https://www.1823.gov.hk/common/ical/en.ics)";
            case "cn":
                return "- {holiday-cn: " + year + ".json}   (holiday-cn's " + year + ".json, https://github.com/NateScarlet/holiday-cn)";
            default:
                return "- {file: " + region + "-" + year + ".yaml}   (a holiday file, slakit-holidays: 1)";
        }
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
