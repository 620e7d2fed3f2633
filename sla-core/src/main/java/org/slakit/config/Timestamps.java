package org.slakit.config;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the times of ticket files and of the command line: an ISO-8601 instant with {@code Z} or
 * an offset ({@code 2026-11-20T01:30:00Z}, {@code 2026-11-20T09:30+08:00}), or a local date-time
 * in a policy's zone ({@code 2026-11-20T09:30}, seconds and a fraction optional). A single space
 * may stand for the {@code T}. A local time in a daylight-saving gap moves later by the gap's
 * length, and one in an overlap takes the earlier offset.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Timestamps {

    /** The {@code timestamp} pattern of the ticket schema, the exact grammar of a time. */
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])[T ]"
            + "(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)?");

    private static final Pattern UTC_INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d{1,9})?)?Z");

    private Timestamps() {
    }

    /**
     * Writes each UTC instant in a message as the local date-time in a zone, as a file of local
     * times says it: in {@code Asia/Hong_Kong}, {@code was resume at 2026-11-16T01:30:00Z} reads
     * {@code was resume at 2026-11-16T09:30}.
     *
     * @param message  the message, not null
     * @param zone  the zone the file's local date-times are in, not null
     * @return the message with local date-times, not null
     */
    public static String local(String message, ZoneId zone) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(zone, "zone");
        return UTC_INSTANT.matcher(message).replaceAll(m -> LocalDateTime.ofInstant(Instant.parse(m.group()), zone).toString());
    }

    /**
     * Obtains the instant a text names.
     *
     * @param text  the text, not null
     * @param zone  the zone of a local date-time, not null
     * @return the instant, not null
     * @throws DateTimeException if the text is neither an instant nor a local date-time, naming it
     */
    public static Instant parse(CharSequence text, ZoneId zone) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(zone, "zone");
        String s = text.toString().strip();
        try {
            if (!TIMESTAMP.matcher(s).matches()) {
                throw new DateTimeParseException("not a timestamp", s, 0);
            }
            if (Integer.parseInt(s.substring(0, 4)) < YamlProblems.DATES.getStart().getYear()) {
                throw new DateTimeException("Time '" + text + "' is outside the dates slakit reads, " + YamlProblems.DATES.getStart()
                        + " to " + YamlProblems.DATES.getEndInclusive());
            }
            s = s.replace(' ', 'T');
            if (s.endsWith("Z") || s.indexOf('+', 10) > 0 || s.indexOf('-', 10) > 0) {
                return OffsetDateTime.parse(s).toInstant();
            }
            return ZonedDateTime.of(LocalDateTime.parse(s), zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new DateTimeException("Time '" + text + "' is neither an instant (2026-11-20T01:30:00Z, "
                    + "2026-11-20T09:30+08:00) nor a local date-time in " + zone + " (2026-11-20T09:30)");
        }
    }
}
