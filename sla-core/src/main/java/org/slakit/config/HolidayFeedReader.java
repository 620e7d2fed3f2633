package org.slakit.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slakit.calendar.HolidaySet;
import org.threeten.extra.LocalDateRange;

/**
 * Reads published holiday feeds (iCalendar, its JSON form, holiday-cn's JSON) into holiday sets,
 * found through {@link java.util.ServiceLoader}, so that a policy's {@code holidays:} list can name
 * a feed as it was downloaded ({@code {ical: hk-2027.ics, region: hk}}) while sla-core carries no
 * feed parser. {@code org.slakit:sla-calendars} implements it for {@code ical}, {@code ical-json}
 * and {@code holiday-cn}. Implementations must be thread-safe.
 */
public interface HolidayFeedReader {

    /**
     * What a policy says about a feed besides its file: each part absent when not given.
     *
     * @param region  the region the set belongs to, such as {@code hk}, empty to take the format's default
     * @param name  the set's name, empty to take the feed's own or the file's
     * @param covers  the dates the set covers, empty for the whole years the file spans
     */
    record Options(Optional<String> region, Optional<String> name, Optional<LocalDateRange> covers) {
        /** Nothing given: every part is the format's default. */
        public static final Options NONE = new Options(Optional.empty(), Optional.empty(), Optional.empty());

        /**
         * Validates the components.
         *
         * @param region  the region the set belongs to, such as {@code hk}, empty to take the format's default, not
         *     null
         * @param name  the set's name, empty to take the feed's own or the file's, not null
         * @param covers  the dates the set covers, empty for the whole years the file spans, not null
         * @throws NullPointerException if any is null
         */
        public Options {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(covers, "covers");
        }
    }

    /**
     * Gets the formats this reader reads, as a policy's {@code holidays:} entries name them.
     *
     * @return the format keys, such as {@code ical}, not null
     */
    Set<String> formats();

    /**
     * Reads a feed file.
     *
     * @param format  one of {@link #formats()}, not null
     * @param file  the file, not null
     * @param fileName  the file's name in messages, as the policy writes it, not null
     * @param options  what the policy says of the feed, not null
     * @return the set, not null
     * @throws PolicyException if the feed cannot be read as a holiday set, naming the file, line and reason
     * @throws java.io.UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the format is not one of this reader's
     */
    HolidaySet read(String format, Path file, String fileName, Options options);
}
