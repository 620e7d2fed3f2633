package org.slakit.calendars;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slakit.calendar.HolidaySet;
import org.slakit.calendar.InvalidCalendarException;
import org.slakit.calendar.Problem;
import org.threeten.extra.LocalDateRange;

/**
 * Turns the events of a feed into a holiday set, through {@link HolidaySet#builder}, so that a feed
 * is held to the rules of a holiday file; the builder's problems are reported at the events' lines.
 */
final class FeedSets {

    private FeedSets() {
    }

    /**
     * Builds the set: days off and make-up working days (Monday's windows), covering {@code covers}
     * or, when it is absent, the whole years from the first event's to the last's.
     */
    static HolidaySet build(List<FeedEvent> events, FeedProblems problems, String region, String name,
            Optional<LocalDateRange> covers, List<Integer> extraYears) {
        problems.throwIfAny();
        LocalDateRange coverage = covers.orElseGet(() -> wholeYears(events, extraYears, problems));
        Map<LocalDate, FeedEvent> byDate = new HashMap<>();
        for (FeedEvent e : events) {
            for (LocalDate d = e.start(); d.isBefore(e.endExclusive()); d = d.plusDays(1)) {
                FeedEvent earlier = byDate.putIfAbsent(d, e);
                if (earlier != null) {
                    problems.at(e.path(), e.line(), e.column(), "Date " + d + " is given twice: by '" + e.name()
                            + "' and by '" + earlier.name() + "' at line " + earlier.line());
                }
            }
        }
        problems.throwIfAny();
        HolidaySet.Builder builder = HolidaySet.builder(region, name, coverage);
        // The builder numbers its entries as they are added; remember which event each one came from.
        Map<String, FeedEvent> entryOf = new HashMap<>();
        int off = 0;
        int working = 0;
        for (FeedEvent e : events) {
            if (e.working()) {
                for (LocalDate d = e.start(); d.isBefore(e.endExclusive()); d = d.plusDays(1)) {
                    entryOf.put("working-days[" + working++ + "]", e);
                    builder.workingDay(d, e.name(), "");
                }
            } else {
                entryOf.put("days-off[" + off++ + "]", e);
                builder.daysOff(LocalDateRange.of(e.start(), e.endExclusive()), e.name(), "");
            }
        }
        try {
            return builder.build();
        } catch (InvalidCalendarException ex) {
            for (Problem p : ex.problems()) {
                FeedEvent e = entryOf.get(p.path().replaceFirst("\\.hours$", ""));
                if (e == null) {
                    problems.at("", 1, 1, p.message());
                } else {
                    problems.at(e.path(), e.line(), e.column(), "'" + e.name() + "': " + p.message());
                }
            }
            problems.throwIfAny();
            throw ex;
        }
    }

    private static LocalDateRange wholeYears(List<FeedEvent> events, List<Integer> extraYears, FeedProblems problems) {
        Optional<Integer> first = events.stream().map(e -> e.start().getYear()).min(Integer::compare);
        Optional<Integer> last = events.stream().map(e -> e.endExclusive().minusDays(1).getYear()).max(Integer::compare);
        int from = first.orElse(Integer.MAX_VALUE);
        int to = last.orElse(Integer.MIN_VALUE);
        for (int year : extraYears) {
            from = Math.min(from, year);
            to = Math.max(to, year);
        }
        if (from > to) {
            throw problems.fatal("", 1, 1, "The feed holds no holidays, so the years it covers are unknown:"
                    + " state them with covers: {from: …, to: …}");
        }
        return LocalDateRange.ofClosed(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }
}
