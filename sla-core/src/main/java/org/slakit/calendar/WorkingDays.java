package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.threeten.extra.Interval;

/**
 * The answers by date, read from the readable model ({@link Schedule#openSpans(LocalDate)}): whether
 * a date is a working day, its open intervals and where the last one ends, the working day of an
 * instant, and stepping over working days, not counting the start date.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    static boolean isWorkingDay(CalendarIndex index, LocalDate date) {
        index.requireKnown(date);
        return !index.schedule.openSpans(date).isEmpty();
    }

    static List<Interval> openIntervals(CalendarIndex index, LocalDate date) {
        index.requireKnown(date);
        Spans spans = index.schedule.openSpans(date);
        List<Interval> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            out.add(Interval.of(Instant.ofEpochSecond(spans.start(i)), Instant.ofEpochSecond(spans.end(i))));
        }
        return Collections.unmodifiableList(out);
    }

    static Instant endOf(CalendarIndex index, LocalDate date) {
        index.requireKnown(date);
        Spans spans = index.schedule.openSpans(date);
        if (spans.isEmpty()) {
            throw new DateTimeException("Date " + date + " is not a working day of this calendar");
        }
        return Instant.ofEpochSecond(spans.end(spans.size() - 1));
    }

    static LocalDate dayOf(CalendarIndex index, Instant t) {
        Instant open = OpenStretch.nextOpen(index, t);
        LocalDate date = LocalTimes.dateOf(index.schedule.zone, open);
        long s = open.getEpochSecond();
        // The window holding `open` started on its own date or, crossing midnight, on the day before.
        for (LocalDate d = date; !d.isBefore(date.minusDays(1)); d = d.minusDays(1)) {
            Spans spans = index.schedule.openSpans(d);
            for (int i = 0; i < spans.size(); i++) {
                if (spans.start(i) <= s && s < spans.end(i)) {
                    return d;
                }
            }
        }
        return date;
    }

    static LocalDate plus(CalendarIndex index, LocalDate date, int days) {
        int step = days >= 0 ? 1 : -1;
        long left = Math.abs((long) days);
        LocalDate d = date;
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(index, d)) {
                left--;
            }
        }
        return d;
    }
}
