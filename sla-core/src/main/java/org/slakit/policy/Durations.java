package org.slakit.policy;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the text form of a policy's durations: {@code 30m}, {@code 4h}, {@code 1h30m},
 * or ISO-8601 with hours and minutes only, such as {@code PT4H}. Days are not a duration: a
 * policy says {@code 24h} or uses {@code business-days}.
 * <p>
 * Duration text is written nowhere else. {@code parse(format(d)).equals(d)} for every duration of
 * whole minutes up to {@link #LONGEST}, and {@code format(parse(t))} reads again for every text t. This class is immutable and thread-safe.
 */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,8})m)?");
    private static final Pattern ISO = Pattern.compile("PT(?:(\\d{1,6})H)?(?:(\\d{1,8})M)?", Pattern.CASE_INSENSITIVE);

    /** The longest duration a policy may give: the most the text form can say in hours and minutes. */
    static final Duration LONGEST = Duration.ofHours(999_999).plusMinutes(59);

    private Durations() {
    }

    /**
     * Obtains a duration from its text form: {@code 30m}, {@code 4h}, {@code 1h30m} or {@code PT4H}.
     *
     * @param text  the text, not null
     * @return the duration, zero or positive, not null
     * @throws DateTimeException if the text is not a duration of hours and minutes, naming the text
     */
    static Duration parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        Matcher m = SHORT.matcher(s);
        if (!s.isEmpty() && m.matches() && (m.group(1) != null || m.group(2) != null)) {
            return of(text, m.group(1), m.group(2));
        }
        m = ISO.matcher(s);
        if (s.length() > 2 && m.matches() && (m.group(1) != null || m.group(2) != null)) {
            return of(text, m.group(1), m.group(2));
        }
        if (s.startsWith("-")) {
            throw new DateTimeException("Duration '" + text + "' must not be negative");
        }
        if (s.toUpperCase(java.util.Locale.ROOT).startsWith("P") && s.toUpperCase(java.util.Locale.ROOT).contains("D")
                || s.endsWith("d")) {
            throw new DateTimeException("Duration '" + text + "' uses days, which are not a duration: say 24h or use business-days");
        }
        throw new DateTimeException("Duration '" + text + "' is not hours and minutes such as 30m, 4h, 1h30m or PT4H");
    }

    private static Duration of(CharSequence text, String hours, String minutes) {
        long h = hours == null ? 0 : Long.parseLong(hours);
        long m = minutes == null ? 0 : Long.parseLong(minutes);
        Duration d = Duration.ofHours(h).plusMinutes(m);
        if (d.compareTo(LONGEST) > 0) {
            // so that every duration read is written back as text that reads again (999999h60m would be 1000000h)
            throw new DateTimeException("Duration '" + text + "' is longer than the longest a policy may give, " + format(LONGEST));
        }
        return d;
    }

    /**
     * Returns the short text form of a duration: {@code 1h30m}, {@code 4h}, {@code 30m}, {@code 0m}.
     *
     * @param duration  the duration, zero or positive, of whole minutes, not null
     * @return the text, not null
     * @throws DateTimeException if the duration is negative or not of whole minutes
     */
    static String format(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
            throw new DateTimeException("Duration " + duration + " cannot be written as hours and minutes");
        }
        long h = duration.toHours();
        int m = duration.toMinutesPart();
        if (h == 0) {
            return m + "m";
        }
        return m == 0 ? h + "h" : h + "h" + m + "m";
    }

    /**
     * Returns the text of any duration, for messages and explanations: the short form for whole
     * minutes ({@code 4h}), led by a minus sign when negative ({@code -30m}), and ISO-8601 otherwise
     * ({@code PT1M30S}).
     *
     * @param duration  the duration, not null
     * @return the text, not null
     */
    static String text(Duration duration) {
        if (duration.isNegative()) {
            return "-" + text(duration.negated());
        }
        return duration.toSecondsPart() == 0 && duration.toNanosPart() == 0 ? format(duration) : duration.toString();
    }
}
