package org.slakit.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slakit.ticket.Classification;

/**
 * How the writers show the values of a report: instants in the policy's zone for people, in UTC
 * and with their offset for programs; a classification as its parts.
 */
final class Cells {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private Cells() {
    }

    /** A local time for a person, {@code 2026-11-23 09:00}, seconds only when there are any. */
    static String local(Instant t, ZoneId zone) {
        ZonedDateTime z = t.atZone(zone);
        return (z.getSecond() == 0 && z.getNano() == 0 ? MINUTES : SECONDS).format(z);
    }

    static String local(Optional<Instant> t, ZoneId zone) {
        return t.map(i -> local(i, zone)).orElse("");
    }

    /** A local time with its offset, for a program: {@code 2026-11-23T09:00:00+08:00}. */
    static String offset(Instant t, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone));
    }

    /** A classification for a person: {@code software-error / exception / severe}. */
    static String what(Classification c) {
        return c.category() + c.kind().map(k -> " / " + k).orElse("") + " / " + c.severity();
    }
}
