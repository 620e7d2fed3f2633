package org.slakit.calendars;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slakit.calendar.HolidaySet;
import org.slakit.config.HolidayFeedReader;

/**
 * Offers sla-core the feed formats {@code ical}, {@code ical-json} and {@code holiday-cn} through
 * {@link java.util.ServiceLoader}, so that a policy's {@code holidays:} list can name a feed file as
 * it was published; see {@link HolidaySets#fromICalendar(Path, String, String)}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FeedReaders implements HolidayFeedReader {

    /** The largest feed read, in bytes: a year of holidays is a few kilobytes. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    /** Creates the reader; called by {@link java.util.ServiceLoader}. */
    public FeedReaders() {
    }

    /**
     * Gets the formats read: {@code ical}, {@code ical-json} and {@code holiday-cn}.
     *
     * @return the formats, not null
     */
    @Override
    public Set<String> formats() {
        return Set.of("ical", "ical-json", "holiday-cn");
    }

    /**
     * Reads a feed file; the region is required for {@code ical} and {@code ical-json}, and defaults
     * to {@code cn} for {@code holiday-cn}.
     *
     * @param format  {@code ical}, {@code ical-json} or {@code holiday-cn}, not null
     * @param file  the file, not null
     * @param fileName  the file's name in messages, not null
     * @param options  the region, name and coverage the policy gives, not null
     * @return the set, not null
     * @throws org.slakit.config.PolicyException if the feed cannot be read as a holiday set, naming the line and reason
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the format is not one of the three, or an iCalendar feed is given no region
     */
    @Override
    public HolidaySet read(String format, Path file, String fileName, Options options) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(options, "options");
        return read(format, bytes(file, fileName), fileName, options);
    }

    static HolidaySet read(String format, byte[] bytes, String fileName, Options options) {
        FeedProblems problems = new FeedProblems(fileName);
        switch (format) {
            case "ical":
            case "ical-json": {
                String region = options.region().orElseThrow(() -> new IllegalArgumentException(
                        "A feed of the form '" + format + "' needs a region, such as region: hk: the file does not say which region it is for"));
                String text = ICalendarText.decode(bytes, problems);
                ICalendarText.Result r = format.equals("ical") ? ICalendarText.read(text, problems)
                        : ICalendarJson.read(LocatedJson.parse(text, problems), problems);
                String name = options.name().or(r::calendarName).orElse(fileName);
                return FeedSets.build(r.events(), problems, region, name, options.covers(), List.of())
                        .withSource(format + ":" + fileName);
            }
            case "holiday-cn": {
                HolidayCnJson.Result r = HolidayCnJson.read(LocatedJson.parse(ICalendarText.decode(bytes, problems), problems), problems);
                String name = options.name().orElse("Mainland China holidays " + r.year().map(String::valueOf).orElse("") + " (holiday-cn)");
                return FeedSets.build(r.events(), problems, options.region().orElse(HolidaySets.CHINA_MAINLAND), name,
                        options.covers(), r.year().map(List::of).orElse(List.of())).withSource(format + ":" + fileName);
            }
            default:
                throw new IllegalArgumentException("Feed format '" + format + "' is not one of [holiday-cn, ical, ical-json]");
        }
    }

    static byte[] bytes(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            return bytes(in, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("Holiday feed " + fileName + " cannot be read: " + e.getMessage(), e);
        }
    }

    static byte[] bytes(InputStream in, String fileName) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new FeedProblems(fileName).fatal("", 1, 1, "The feed is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB, which no year of holidays needs: is it the right file?");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Holiday feed " + fileName + " cannot be read: " + e.getMessage(), e);
        }
    }
}
