package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A slow, obviously correct business calendar, sharing no code with the engine: it reads the
 * window text itself, maps every boundary with its own {@code ZonedDateTime.of}, and answers every
 * question by walking a sorted list of open intervals that it recomputes for each question.
 * <p>
 * The search for an answer widens from two weeks, doubling; a calendar that is still open
 * {@value #NEVER_CLOSES_DAYS} days after the start of a stretch is taken never to close (test
 * definitions keep their dated rules far closer than that).
 */
final class ReferenceCalendar {

    /** A half-open interval of instants. */
    record Span(Instant start, Instant end) {
        Duration length() {
            return Duration.between(start, end);
        }

        boolean contains(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }

    private static final long NEVER_CLOSES_DAYS = 3 * 366;
    private static final long GIVE_UP_DAYS = 40 * 366;

    private final CalendarDefinition def;

    ReferenceCalendar(CalendarDefinition def) {
        this.def = def;
    }

    // ----- the definition, read naively -----

    /**
     * The local windows a date has: the builder's own extra working day, holiday or date closed every year first, then the
     * holiday set's, then its weekday's. A working day without windows takes Monday's.
     */
    private List<String> windowTexts(LocalDate date) {
        List<String> extra = def.workdays().get(date);
        if (extra != null) {
            return extra.isEmpty() ? def.hours(DayOfWeek.MONDAY) : extra;
        }
        if (def.holidays().contains(date) || def.everyYear().contains(MonthDay.from(date))) {
            return List.of();
        }
        List<String> setExtra = def.setWorkdays().get(date);
        if (setExtra != null) {
            return setExtra.isEmpty() ? def.hours(DayOfWeek.MONDAY) : setExtra;
        }
        if (def.setDaysOff().contains(date)) {
            return List.of();
        }
        return def.hours(date.getDayOfWeek());
    }

    /** Maps a window of text on a date to instants; null when it is empty or inverted once mapped. */
    private Span toSpan(LocalDate date, String text) {
        String[] parts = text.split("-");
        Instant s = ZonedDateTime.of(LocalDateTime.of(date, LocalTime.parse(pad(parts[0]))), def.zone()).toInstant();
        Instant en = endOf(def.zone(), date, text);
        return s.isBefore(en) ? new Span(s, en) : null;
    }

    /** The instant at which a window of text on a date ends: on the next date when it ends at or before its start. */
    static Instant endOf(ZoneId zone, LocalDate date, String text) {
        String[] parts = text.split("-");
        LocalTime start = LocalTime.parse(pad(parts[0]));
        LocalDateTime end;
        if (parts[1].equals("24:00")) {
            end = LocalDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT);
        } else {
            LocalTime e = LocalTime.parse(pad(parts[1]));
            end = LocalDateTime.of(e.isAfter(start) ? date : date.plusDays(1), e);
        }
        return ZonedDateTime.of(end, zone).toInstant();
    }

    private static String pad(String time) {
        return time.indexOf(':') == 1 ? "0" + time : time;
    }

    private List<Span> windowsOf(LocalDate date) {
        List<Span> out = new ArrayList<>();
        for (String w : windowTexts(date)) {
            Span s = toSpan(date, w);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private List<Span> closuresOf(LocalDate date) {
        List<Span> out = new ArrayList<>();
        for (String w : def.closures().getOrDefault(date, List.of())) {
            Span s = toSpan(date, w);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    // ----- interval arithmetic -----

    private static List<Span> union(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::start));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && !s.start().isAfter(out.get(out.size() - 1).end())) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), s.end().isAfter(last.end()) ? s.end() : last.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Span> minus(List<Span> spans, List<Span> cuts) {
        List<Span> out = new ArrayList<>(spans);
        for (Span cut : cuts) {
            List<Span> next = new ArrayList<>();
            for (Span s : out) {
                if (!cut.start().isBefore(s.end()) || !cut.end().isAfter(s.start())) {
                    next.add(s);
                    continue;
                }
                if (s.start().isBefore(cut.start())) {
                    next.add(new Span(s.start(), cut.start()));
                }
                if (cut.end().isBefore(s.end())) {
                    next.add(new Span(cut.end(), s.end()));
                }
            }
            out = next;
        }
        return out;
    }

    /** Every instant of open time in [from, to), as sorted, disjoint, non-touching spans clipped to it. */
    private List<Span> openSpans(Instant from, Instant to) {
        // Windows and closures of a date lie within that date and the next, so two dates either side suffice.
        LocalDate first = LocalDate.ofInstant(from, def.zone()).minusDays(2);
        LocalDate last = LocalDate.ofInstant(to, def.zone()).plusDays(2);
        List<Span> all = new ArrayList<>();
        List<Span> cuts = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            all.addAll(windowsOf(d));
            cuts.addAll(closuresOf(d));
        }
        List<Span> open = union(minus(union(all), cuts));
        List<Span> clipped = new ArrayList<>();
        for (Span s : open) {
            Instant a = s.start().isBefore(from) ? from : s.start();
            Instant b = s.end().isAfter(to) ? to : s.end();
            if (a.isBefore(b)) {
                clipped.add(new Span(a, b));
            }
        }
        return clipped;
    }

    // ----- the answers -----

    boolean isOpen(Instant t) {
        return !openSpans(t, t.plusNanos(1)).isEmpty();
    }

    Instant nextOpen(Instant t) {
        for (long days = 14; days <= GIVE_UP_DAYS; days *= 2) {
            List<Span> open = openSpans(t, t.plus(Duration.ofDays(days)));
            if (!open.isEmpty()) {
                return open.get(0).start();
            }
        }
        throw new IllegalStateException("Reference: no opening within " + GIVE_UP_DAYS + " days of " + t);
    }

    Instant nextClose(Instant t) {
        Instant open = nextOpen(t);
        for (long days = 14; days <= NEVER_CLOSES_DAYS * 2; days *= 2) {
            Instant to = open.plus(Duration.ofDays(days));
            Span first = openSpans(open, to).get(0);
            if (first.end().isBefore(to)) {
                return first.end();
            }
        }
        throw new DateTimeException("Reference: never closes after " + open);
    }

    Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration sum = Duration.ZERO;
        for (Span s : openSpans(from, to)) {
            sum = sum.plus(s.length());
        }
        return sum;
    }

    /** The earliest s at or after start with between(start, s) == amount. */
    Instant plus(Instant start, Duration amount) {
        if (amount.isNegative()) {
            return minus(start, amount.negated());
        }
        if (amount.isZero()) {
            return start;
        }
        for (long days = 14; days <= GIVE_UP_DAYS; days *= 2) {
            Duration left = amount;
            for (Span s : openSpans(start, start.plus(Duration.ofDays(days)))) {
                if (left.compareTo(s.length()) <= 0) {
                    return s.start().plus(left);
                }
                left = left.minus(s.length());
            }
        }
        throw new IllegalStateException("Reference: " + amount + " not reached within " + GIVE_UP_DAYS + " days");
    }

    /** The latest s at or before end with between(s, end) == amount. */
    Instant minus(Instant end, Duration amount) {
        if (amount.isNegative()) {
            return plus(end, amount.negated());
        }
        if (amount.isZero()) {
            return end;
        }
        for (long days = 14; days <= GIVE_UP_DAYS; days *= 2) {
            Duration left = amount;
            List<Span> open = openSpans(end.minus(Duration.ofDays(days)), end);
            for (int i = open.size() - 1; i >= 0; i--) {
                Span s = open.get(i);
                if (left.compareTo(s.length()) <= 0) {
                    return s.end().minus(left);
                }
                left = left.minus(s.length());
            }
        }
        throw new IllegalStateException("Reference: " + amount + " not reached within " + GIVE_UP_DAYS + " days");
    }

    /** The date's own windows as instants, after closures, merged; unclipped. */
    List<Span> openIntervals(LocalDate date) {
        List<Span> cuts = new ArrayList<>();
        for (LocalDate d : def.closures().keySet()) {
            cuts.addAll(closuresOf(d));
        }
        return union(minus(union(windowsOf(date)), cuts));
    }

    boolean isWorkingDay(LocalDate date) {
        return !openIntervals(date).isEmpty();
    }

    LocalDate plusWorkingDays(LocalDate date, int days) {
        LocalDate d = date;
        int left = Math.abs(days);
        while (left > 0) {
            d = d.plusDays(Integer.signum(days));
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The date whose own window holds nextOpen(t); the later date wins where two dates' windows overlap. */
    LocalDate workingDayOf(Instant t) {
        Instant open = nextOpen(t);
        LocalDate date = LocalDate.ofInstant(open, def.zone());
        for (LocalDate d : List.of(date, date.minusDays(1))) {
            for (Span s : openIntervals(d)) {
                if (s.contains(open)) {
                    return d;
                }
            }
        }
        throw new IllegalStateException("Reference: no date owns the opening " + open);
    }

    Instant endOfBusinessDay(Instant t) {
        List<Span> spans = openIntervals(workingDayOf(t));
        Instant end = spans.get(0).end();
        for (Span s : spans) {
            end = s.end().isAfter(end) ? s.end() : end;
        }
        return end;
    }
}
