package org.slakit.calendar;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The windows given for one day of the week or one date, as a calendar's builder collects them:
 * parsed from text, sorted, checked for overlaps, and with abutting windows joined. Problems are
 * added to the builder's list, never thrown, so that a build reports them all.
 */
final class DayWindows {

    private DayWindows() {
    }

    /** Parses each text; one that is not a window is a problem at the path and is left out. */
    static List<TimeWindow> parse(String path, String[] texts, List<Problem> problems) {
        List<TimeWindow> out = new ArrayList<>();
        for (String text : texts) {
            Objects.requireNonNull(text, "windows");
            try {
                out.add(TimeWindow.parse(text));
            } catch (DateTimeException ex) {
                problems.add(new Problem(path, ex.getMessage()));
            }
        }
        return out;
    }

    /** Sorts, checks overlaps, and merges abutting windows of one date; an overlapping window is left out. */
    static List<TimeWindow> checked(String path, Supplier<String> where, List<TimeWindow> windows, List<Problem> problems) {
        List<TimeWindow> sorted = new ArrayList<>(windows);
        for (TimeWindow w : sorted) {
            Objects.requireNonNull(w, "windows");
        }
        Collections.sort(sorted);
        List<TimeWindow> merged = new ArrayList<>();
        for (TimeWindow w : sorted) {
            if (!merged.isEmpty()) {
                TimeWindow last = merged.get(merged.size() - 1);
                if (last.overlaps(w)) {
                    problems.add(new Problem(path, "Working hours must not overlap " + where.get() + ", was " + last + " and " + w));
                    continue;
                }
                // A join that would last a whole day or more (04:00-23:00 + 23:00-04:00) has no text
                // form of its own: keep both windows; open time is their union all the same.
                if (last.endSecondOfDay() == w.startSecondOfDay()
                        && (w.endSecondOfDay() == TimeWindow.SECONDS_PER_DAY
                            || w.endSecondOfDay() - last.startSecondOfDay() < TimeWindow.SECONDS_PER_DAY)) {
                    merged.set(merged.size() - 1, joined(last, w));
                    continue;
                }
            }
            merged.add(w);
        }
        return List.copyOf(merged);
    }

    private static TimeWindow joined(TimeWindow a, TimeWindow b) {
        int end = b.endSecondOfDay();
        if (end == TimeWindow.SECONDS_PER_DAY) {
            return TimeWindow.toEndOfDay(a.start());
        }
        return TimeWindow.of(a.start(), b.end());
    }
}
