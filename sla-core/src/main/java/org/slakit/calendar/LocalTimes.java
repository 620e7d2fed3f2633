package org.slakit.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The one place where local date-times become instants.
 * <p>
 * The rule is that of {@link ZonedDateTime#of(LocalDateTime, ZoneId)}: a local time in a
 * spring-forward gap moves later by the gap's length, and one in a fall-back overlap takes the
 * earlier offset.
 */
final class LocalTimes {

    private LocalTimes() {
    }

    /**
     * Gets the epoch second of a time on a date, where seconds of 86400 or more fall on the next date.
     */
    static long epochSecond(ZoneId zone, LocalDate date, int secondOfDay) {
        // seconds past midnight as if the zone were UTC; 86400 or more run into the next dates
        long local = date.toEpochDay() * TimeWindow.SECONDS_PER_DAY + secondOfDay;
        ZoneRules rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return local - rules.getOffset(Instant.EPOCH).getTotalSeconds();
        }
        // With no transition within two days either side (offsets are within 18 h), the one offset held
        // there is the only one: that of the instant read as if the zone were UTC.
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(local - 2 * TimeWindow.SECONDS_PER_DAY));
        if (next == null || next.toEpochSecond() > local + 2 * TimeWindow.SECONDS_PER_DAY) {
            return local - rules.getOffset(Instant.ofEpochSecond(local)).getTotalSeconds();
        }
        LocalDate day = date;
        int second = secondOfDay;
        if (second >= TimeWindow.SECONDS_PER_DAY) {
            day = date.plusDays(second / TimeWindow.SECONDS_PER_DAY);
            second = second % TimeWindow.SECONDS_PER_DAY;
        }
        return ZonedDateTime.of(LocalDateTime.of(day, LocalTime.ofSecondOfDay(second)), zone).toEpochSecond();
    }

    /** Gets the local date of an instant in the zone. */
    static LocalDate dateOf(ZoneId zone, Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** Gets the local date of an epoch second in the zone. */
    static LocalDate dateOf(ZoneId zone, long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }
}
