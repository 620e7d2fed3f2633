package org.slakit.calendars;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated event of a feed, read but not yet judged: whole days from {@code start} to
 * {@code endExclusive}, off or working, and where the event is in the file.
 *
 * @param path  where it is in a JSON feed ({@code vcalendar[0].vevent[3]}), empty for iCalendar text
 * @param line  its first line, from 1
 * @param column  its first column, from 1
 * @param name  its name (the {@code SUMMARY}), not null, may be empty
 * @param start  its first day, not null
 * @param endExclusive  the day after its last, after {@code start}
 * @param working  true for a make-up working day, false for days off
 */
record FeedEvent(String path, int line, int column, String name, LocalDate start, LocalDate endExclusive, boolean working) {
    FeedEvent {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("An event must end after it starts, was " + start + " to " + endExclusive);
        }
    }
}
