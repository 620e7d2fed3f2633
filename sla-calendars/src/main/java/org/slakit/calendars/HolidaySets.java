package org.slakit.calendars;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slakit.calendar.HolidaySet;
import org.slakit.config.HolidayFeedReader;
import org.slakit.config.HolidayYaml;
import org.slakit.config.PolicyException;

/**
 * Obtains ready holiday sets, and reads users' own holiday files.
 * <p>
 * The ready sets cover 2019-01-01 to 2026-12-31. A calendar built from them throws
 * {@link org.slakit.calendar.CalendarCoverageException} for a later date, unless built with
 * {@code extrapolate()}; add a newer year with {@link #load(Path)} beside the ready set:
 * <pre>{@code
 * BusinessCalendar cal = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
 *     .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
 *     .holidays(HolidaySets.chinaMainland())
 *     .holidays(HolidaySets.load(Path.of("cn-2027.yaml")))
 *     .build();
 * }</pre>
 * Next year's official files can be read as they are published, with no retyping: Hong Kong's
 * 1823 feed ({@link #fromICalendar(Path, String, String)}, {@link #fromICalendarJson(Path, String, String)})
 * and holiday-cn's yearly files ({@link #fromHolidayCn(Path)}, or its {@code .ics} through
 * {@code fromICalendar}); a policy names them in its {@code holidays:} list
 * ({@code {ical: hk-2027.ics, region: hk}}, {@code {ical-json: en.json, region: hk}},
 * {@code {holiday-cn: 2027.json}}) through {@link FeedReaders}.
 * <p>
 * Each ready set is read from its resource once, on first use, with the reader users' files go
 * through. This class is immutable and thread-safe.
 */
public final class HolidaySets {

    /** The id of mainland China's set. */
    public static final String CHINA_MAINLAND = "cn";
    /** The id of Hong Kong's set. */
    public static final String HONG_KONG = "hk";

    private HolidaySets() {
    }

    /**
     * Obtains mainland China's public holidays and make-up working days (调休), 2019 to 2026.
     * <p>
     * Every day of an announced holiday period is off, weekend days inside it included (Saturday
     * 2026-10-03); a weekend merely next to a one-day holiday is not listed (Saturday 2024-06-08).
     * Make-up working days take Monday's windows. Region {@code cn}.
     *
     * @return the set, not null
     */
    public static HolidaySet chinaMainland() {
        return China.SET;
    }

    /**
     * Obtains Hong Kong's general holidays other than Sundays, 2019 to 2026, 17 a year.
     * <p>
     * Substitute days are included under their official names, such as Monday 2026-05-25, "The day
     * following the Birthday of the Buddha" (which fell on a Sunday); holidays that fall on a
     * Saturday are kept, such as Saturday 2026-12-26, "The first weekday after Christmas Day".
     * Region {@code hk}.
     *
     * @return the set, not null
     */
    public static HolidaySet hongKong() {
        return HongKong.SET;
    }

    /**
     * Obtains a ready set by id.
     *
     * @param id  {@code cn} or {@code hk}, not null
     * @return the set, not null
     * @throws IllegalArgumentException if the id is not one of them, naming it and the known ids
     */
    public static HolidaySet of(String id) {
        Objects.requireNonNull(id, "id");
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "Holiday set '" + id + "' is not a ready set: the ready sets are [cn, hk]"));
    }

    /**
     * Loads a holiday file in slakit's format, such as next year's notice; see
     * {@link HolidayYaml} for the format.
     *
     * @param file  the file, read as UTF-8, not null
     * @return the set, not null
     * @throws PolicyException if the file breaks the format or the rules of a holiday set, naming the file, line and reason
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HolidaySet load(Path file) {
        Objects.requireNonNull(file, "file");
        return HolidayYaml.load(file);
    }

    /**
     * Loads a holiday file in slakit's format saved in an encoding such as GBK or Big5, as Windows
     * Notepad and many Chinese editors save it; see {@link HolidayYaml} for the format.
     *
     * @param file  the file, not null
     * @param charset  the file's encoding, not null
     * @return the set, not null
     * @throws PolicyException if the file is not text in the encoding, or breaks the format or the rules of a
     *     holiday set, naming the file, line and reason
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HolidaySet load(Path file, Charset charset) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        return HolidayYaml.load(file, charset);
    }

    /**
     * Reads an iCalendar feed as published, such as Hong Kong's 1823 {@code en.ics} or holiday-cn's
     * {@code 2027.ics}: each all-day {@code VEVENT} is a day off (a period, for a multi-day event)
     * named by its {@code SUMMARY}, and an event whose summary begins with {@code 上班} is a make-up
     * working day with Monday's windows (holiday-cn's {@code 上班(补春节假期)}). The set covers the
     * whole years from its first event's to its last's, such as 2027-01-01 to 2027-12-31.
     * <p>
     * What a holiday set cannot say is a {@link PolicyException} naming the line: an event at a time
     * of day ({@code DTSTART:20270101T090000}), a recurrence ({@code RRULE}, {@code RDATE},
     * {@code EXDATE}, {@code RECURRENCE-ID}), a duration that is not whole days, a date given by two
     * events. A cancelled event ({@code STATUS:CANCELLED}) is not a holiday; time zones
     * ({@code VTIMEZONE}), alarms and other properties are skipped (all-day dates have no zone).
     *
     * @param file  the file, UTF-8, not null
     * @param region  the region, such as {@code hk}, not null
     * @param name  the set's name, not null
     * @return the set, its source {@code ical:} and the file, not null
     * @throws PolicyException if the feed cannot be read as a holiday set, naming the file, line and reason
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HolidaySet fromICalendar(Path file, String region, String name) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        return feed("ical", FeedReaders.bytes(file, file.toString()), file.toString(), region, name);
    }

    /**
     * Reads an iCalendar feed from a stream, which is not closed; see
     * {@link #fromICalendar(Path, String, String)}. Messages name the feed by {@code name}.
     *
     * @param in  the feed, UTF-8, not null
     * @param region  the region, such as {@code hk}, not null
     * @param name  the set's name, not null
     * @return the set, not null
     * @throws PolicyException if the feed cannot be read as a holiday set, naming the line and reason
     * @throws UncheckedIOException if the stream fails
     */
    public static HolidaySet fromICalendar(InputStream in, String region, String name) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        return feed("ical", FeedReaders.bytes(in, name), name, region, name);
    }

    /**
     * Reads the JSON form of an iCalendar feed, as Hong Kong's 1823 service publishes it
     * ({@code en.json}, {@code tc.json}: {@code vcalendar[0].vevent[]}, dates
     * {@code ["20270101", {"value": "DATE"}]}, the end exclusive), under the rules of
     * {@link #fromICalendar(Path, String, String)}.
     *
     * @param file  the file, UTF-8, not null
     * @param region  the region, such as {@code hk}, not null
     * @param name  the set's name, not null
     * @return the set, its source {@code ical-json:} and the file, not null
     * @throws PolicyException if the feed cannot be read as a holiday set, naming the file, line and reason
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HolidaySet fromICalendarJson(Path file, String region, String name) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        return feed("ical-json", FeedReaders.bytes(file, file.toString()), file.toString(), region, name);
    }

    /**
     * Reads holiday-cn's yearly JSON ({@code 2027.json}: {@code year}, {@code days} of
     * {@code {name, date, isOffDay}}): {@code isOffDay: true} is a day off, {@code false} a make-up
     * working day with Monday's windows, as in {@link #chinaMainland()}. Region {@code cn}; the set
     * covers the file's {@code year}, such as 2027-01-01 to 2027-12-31.
     *
     * @param file  the file, UTF-8, not null
     * @return the set, its source {@code holiday-cn:} and the file, not null
     * @throws PolicyException if the file cannot be read as a holiday set, naming the file, line and reason
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HolidaySet fromHolidayCn(Path file) {
        Objects.requireNonNull(file, "file");
        return FeedReaders.read("holiday-cn", FeedReaders.bytes(file, file.toString()), file.toString(), HolidayFeedReader.Options.NONE);
    }

    private static HolidaySet feed(String format, byte[] bytes, String fileName, String region, String name) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        return FeedReaders.read(format, bytes, fileName,
                new HolidayFeedReader.Options(Optional.of(region), Optional.of(name), Optional.empty()));
    }

    static Set<String> ids() {
        return Set.of(CHINA_MAINLAND, HONG_KONG);
    }

    static Optional<HolidaySet> find(String id) {
        switch (id) {
            case CHINA_MAINLAND:
                return Optional.of(chinaMainland());
            case HONG_KONG:
                return Optional.of(hongKong());
            default:
                return Optional.empty();
        }
    }

    /** Reads a shipped resource; a failure is a broken build, not a user's mistake. */
    private static HolidaySet resource(String name, String id) {
        InputStream in = HolidaySets.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Holiday data " + name + " is missing from org.slakit:sla-calendars");
        }
        return HolidayYaml.read(new InputStreamReader(in, StandardCharsets.UTF_8), "sla-calendars:" + name).withSource(id);
    }

    // Holder classes: the JVM loads each once, on first use, and publishes it safely.
    private static final class China {
        static final HolidaySet SET = resource("cn-mainland.yaml", CHINA_MAINLAND);
    }

    private static final class HongKong {
        static final HolidaySet SET = resource("hong-kong.yaml", HONG_KONG);
    }
}
