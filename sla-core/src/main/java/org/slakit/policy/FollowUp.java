package org.slakit.policy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A policy's {@code follow-up} section: every week, at a day and time on a calendar, confirm with
 * customers the issues not yet confirmed ({@code unconfirmed: {every: Mon 10:00, calendar: office}}).
 * Only the model exists so far; follow-up lists come with reports.
 *
 * @param day  the day of the week, not null
 * @param time  the local time, not null
 * @param calendar  the calendar's name, not null
 */
public record FollowUp(DayOfWeek day, LocalTime time, String calendar) {
    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public FollowUp {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Returns the {@code every} text, such as {@code Mon 10:00}.
     *
     * @return the text, not null
     */
    public String every() {
        return day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT) + " " + time;
    }
}
