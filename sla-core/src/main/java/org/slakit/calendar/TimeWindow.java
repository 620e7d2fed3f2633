package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A window of local working time on one date, such as {@code 09:00-12:00}.
 * <p>
 * A window is half-open: it includes its start and excludes its end. The end {@code 24:00} is the
 * midnight that ends the date. A window whose end is not after its start, such as
 * {@code 22:00-02:00}, crosses midnight: it belongs to the date it starts on and runs into the
 * next. A window never has zero length ({@code 09:00-09:00} and {@code 00:00-00:00} are invalid),
 * and {@code 12:00-00:00} is the same as {@code 12:00-24:00}, which is its canonical form.
 * <p>
 * The text form is {@code H:MM-H:MM} with one- or two-digit hours, an ASCII hyphen, and optional
 * seconds ({@code 08:30:15}); {@link #toString()} writes the canonical two-digit form that
 * {@link #parse(CharSequence)} reads.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TimeWindow implements Comparable<TimeWindow> {

    static final int SECONDS_PER_DAY = 86_400;

    /** The whole day, {@code 00:00-24:00}. */
    public static final TimeWindow ALL_DAY = new TimeWindow(0, SECONDS_PER_DAY);

    /** The start, seconds after the date's midnight, 0 to 86399. */
    private final int startSecond;
    /** The end, seconds after the date's midnight, after the start and less than 48 h. */
    private final int endSecond;

    /** Creates a window from validated seconds. */
    private TimeWindow(int startSecond, int endSecond) {
        this.startSecond = startSecond;
        this.endSecond = endSecond;
    }

    /**
     * Obtains a window from its start and end.
     * <p>
     * An end at or before the start runs into the next date, except that an end of midnight is
     * the end of the start's date ({@code 12:00-00:00} is {@code 12:00-24:00}).
     *
     * @param startInclusive  the first local time of the window, not null
     * @param endExclusive  the local time at which the window ends, not null
     * @return the window, not null
     * @throws DateTimeException if the start equals the end
     */
    public static TimeWindow of(LocalTime startInclusive, LocalTime endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        return ofSeconds(startInclusive.toSecondOfDay(), endExclusive.toSecondOfDay(), null);
    }

    /**
     * Obtains a window that runs to the end of the date, such as {@code 18:00-24:00}.
     *
     * @param startInclusive  the first local time of the window, not null
     * @return the window from the start to midnight, not null
     */
    public static TimeWindow toEndOfDay(LocalTime startInclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        if (startInclusive.equals(LocalTime.MIDNIGHT)) {
            return ALL_DAY;
        }
        return new TimeWindow(startInclusive.toSecondOfDay(), SECONDS_PER_DAY);
    }

    /**
     * Obtains a window from text such as {@code 09:00-12:00}, {@code 8:30-17:30},
     * {@code 22:00-02:00} or {@code 00:00-24:00}.
     *
     * @param text  the text to parse, not null
     * @return the window, not null
     * @throws DateTimeException if the text is not a window, naming the text and the rule broken
     */
    public static TimeWindow parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (isPlain(s)) {
            // HH:MM-HH:MM, as nearly every calendar gives its windows: read without splitting
            return ofSeconds(plainTime(s, 0), plainTime(s, 6), text);
        }
        int dash = s.indexOf('-');
        if (dash < 0 || dash != s.lastIndexOf('-')) {
            throw new DateTimeException("Window '" + text + "' must be two times joined by a hyphen, as in 09:00-12:00");
        }
        int start = parseTime(s.substring(0, dash), text, false);
        int end = parseTime(s.substring(dash + 1), text, true);
        return ofSeconds(start, end, text);
    }

    /** Checks for HH:MM-HH:MM with hours 00-23 (or 24:00 as the end) and minutes 00-59. */
    private static boolean isPlain(String s) {
        if (s.length() != 11 || s.charAt(2) != ':' || s.charAt(5) != '-' || s.charAt(8) != ':') {
            return false;
        }
        for (int i = 0; i < 11; i++) {
            if (i % 3 != 2 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        int start = plainTime(s, 0);
        int end = plainTime(s, 6);
        return start < SECONDS_PER_DAY && s.charAt(3) < '6' && s.charAt(9) < '6'
                && end <= SECONDS_PER_DAY;
    }

    /** The seconds of the HH:MM at an offset of a text that {@link #isPlain(String)} accepts, or more for hours of 24 or above. */
    private static int plainTime(String s, int at) {
        int hours = (s.charAt(at) - '0') * 10 + s.charAt(at + 1) - '0';
        int minutes = (s.charAt(at + 3) - '0') * 10 + s.charAt(at + 4) - '0';
        return hours * 3600 + minutes * 60;
    }

    private static TimeWindow ofSeconds(int start, int end, CharSequence text) {
        if (start == end || (end == 0 && start == 0)) {
            throw new DateTimeException("Window '" + (text != null ? text : format(start) + "-" + format(end))
                    + "' ends where it starts: a window must not be empty");
        }
        if (end == 0 || end == SECONDS_PER_DAY) {
            return new TimeWindow(start, SECONDS_PER_DAY);
        }
        return new TimeWindow(start, end > start ? end : end + SECONDS_PER_DAY);
    }

    /** Reads H:MM or HH:MM, with optional :SS; 24:00 only where an end is read. */
    private static int parseTime(String part, CharSequence text, boolean isEnd) {
        String[] fields = part.split(":", -1);
        if (fields.length < 2 || fields.length > 3 || fields[0].isEmpty() || fields[0].length() > 2) {
            throw new DateTimeException("Window '" + text + "' has the time '" + part + "', which is not HH:MM");
        }
        int hours = digits(fields[0], part, text);
        if (fields[1].length() != 2) {
            throw new DateTimeException("Window '" + text + "' has the time '" + part + "', which is not HH:MM");
        }
        int minutes = digits(fields[1], part, text);
        int seconds = 0;
        if (fields.length == 3) {
            if (fields[2].length() != 2) {
                throw new DateTimeException("Window '" + text + "' has the time '" + part + "', which is not HH:MM:SS");
            }
            seconds = digits(fields[2], part, text);
        }
        if (hours == 24 && minutes == 0 && seconds == 0) {
            if (!isEnd) {
                throw new DateTimeException("Window '" + text + "' starts at 24:00, which may only end a window");
            }
            return SECONDS_PER_DAY;
        }
        if (hours > 23 || minutes > 59 || seconds > 59) {
            throw new DateTimeException("Window '" + text + "' has the time '" + part
                    + "', which is out of range (00:00 to 23:59, or 24:00 as an end)");
        }
        return hours * 3600 + minutes * 60 + seconds;
    }

    private static int digits(String field, String part, CharSequence text) {
        int value = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("Window '" + text + "' has the time '" + part + "', which is not HH:MM");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The start, seconds after the date's midnight: 0 to 86399. */
    int startSecondOfDay() {
        return startSecond;
    }

    /** The end, seconds after the date's midnight: after the start, beyond 86400 when the window crosses midnight. */
    int endSecondOfDay() {
        return endSecond;
    }

    /**
     * Gets the local start time.
     *
     * @return the start, not null
     */
    public LocalTime start() {
        return LocalTime.ofSecondOfDay(startSecond);
    }

    /**
     * Gets the local end time; midnight when the window ends at {@code 24:00}.
     *
     * @return the end, not null
     */
    public LocalTime end() {
        return LocalTime.ofSecondOfDay(endSecond % SECONDS_PER_DAY);
    }

    /**
     * Checks if the window runs past the midnight that ends its date, as {@code 22:00-02:00} does.
     * A window ending at {@code 24:00} does not.
     *
     * @return true if the window runs into the next date
     */
    public boolean crossesMidnight() {
        return endSecond > SECONDS_PER_DAY;
    }

    /**
     * Gets the nominal length, on a day without a time-zone transition.
     *
     * @return the length, positive, not null
     */
    public Duration length() {
        return Duration.ofSeconds(endSecond - startSecond);
    }

    /**
     * Checks if this window shares any local time with another window of the same date.
     *
     * @param other  the other window, not null
     * @return true if they overlap; windows that only abut do not
     */
    public boolean overlaps(TimeWindow other) {
        Objects.requireNonNull(other, "other");
        return startSecond < other.endSecond && other.startSecond < endSecond;
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(TimeWindow other) {
        int cmp = Integer.compare(startSecond, other.startSecond);
        return cmp != 0 ? cmp : Integer.compare(endSecond, other.endSecond);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TimeWindow other && startSecond == other.startSecond && endSecond == other.endSecond;
    }

    @Override
    public int hashCode() {
        return startSecond * 31 + endSecond;
    }

    /**
     * Returns the canonical text, such as {@code 09:00-12:00}, {@code 22:00-02:00} or
     * {@code 12:00-24:00}; seconds are written only when present.
     *
     * @return the text that {@link #parse(CharSequence)} reads back, not null
     */
    @Override
    public String toString() {
        int end = endSecond > SECONDS_PER_DAY ? endSecond - SECONDS_PER_DAY : endSecond;
        return format(startSecond) + "-" + format(end);
    }

    private static String format(int secondOfDay) {
        int h = secondOfDay / 3600;
        int m = secondOfDay / 60 % 60;
        int s = secondOfDay % 60;
        String hm = (h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m;
        return s == 0 ? hm : hm + (s < 10 ? ":0" : ":") + s;
    }
}
