package org.slakit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slakit.calendar.HolidaySet;
import org.slakit.calendars.FeedReaders;
import org.slakit.calendars.HolidaySets;
import org.slakit.config.HolidayFeedReader;
import org.slakit.config.PolicyException;
import org.slakit.config.Timestamps;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code slakit holidays}: the ready holiday sets with their coverage and the days left, and a check
 * of holiday files and feeds, as a policy would read them: holiday files in {@code --encoding}, feeds
 * as UTF-8.
 */
@Command(name = "holidays", description = "Lists the ready holiday sets, their coverage and the days left;"
        + " checks holiday files (.yaml, in --encoding) and feeds (UTF-8: .ics, the 1823 feed's .json, holiday-cn's .json).")
final class HolidaysCommand extends Subcommand.Clocked {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Holiday files or feeds to check; none: list the ready sets.")
    List<Path> files = List.of();

    @Option(names = "--region", paramLabel = "REGION", description = "The region of an iCalendar feed (.ics, the 1823 feed's .json), such as hk.")
    String region;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Shanghai",
            description = "The zone in which --as-of's date is taken. Default: ${DEFAULT-VALUE} (that of both ready sets).")
    String zone;

    @Override
    int run() {
        LocalDate today = today();
        if (files.isEmpty()) {
            for (String id : List.of(HolidaySets.CHINA_MAINLAND, HolidaySets.HONG_KONG)) {
                HolidaySet set = HolidaySets.of(id);
                LocalDateRange covers = set.coverage().orElseThrow();
                out().println(id + "  " + set.name() + "  " + covers.getStart() + " to " + covers.getEndInclusive() + "  "
                        + left(covers, today));
                if (ChronoUnit.DAYS.between(today, covers.getEndInclusive()) <= CoverageWarnings.DAYS_AHEAD) {
                    out().println("    add " + (covers.getEndInclusive().getYear() + 1) + ": "
                            + CoverageWarnings.nextYear(id, covers.getEndInclusive().getYear() + 1));
                }
            }
            return 0;
        }
        int code = 0;
        for (Path file : files) {
            try {
                HolidaySet set = read(file);
                LocalDateRange covers = set.coverage().orElseThrow();
                long off = set.days().stream().filter(d -> d.kind() == HolidaySet.Kind.OFF).count();
                out().println(file + ": ok (region " + set.region() + ", '" + set.name() + "', " + off + " days off, "
                        + (set.days().size() - off) + " make-up working days, covers " + covers.getStart() + " to "
                        + covers.getEndInclusive() + ", " + left(covers, today) + ")");
            } catch (Exit e) {
                code = Math.max(code, e.code);
            }
        }
        return code;
    }

    private LocalDate today() {
        ZoneId id;
        try {
            id = ZoneId.of(zone);
        } catch (DateTimeException e) {
            err().println("slakit: --zone: unknown zone '" + zone + "'");
            throw new Exit(Slakit.USAGE);
        }
        Instant at;
        try {
            at = asOf == null ? clock.instant() : Timestamps.parse(asOf, id);
        } catch (DateTimeException e) {
            err().println("slakit: --as-of: " + e.getMessage());
            throw new Exit(Slakit.USAGE);
        }
        return at.atZone(id).toLocalDate();
    }

    private static String left(LocalDateRange covers, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, covers.getEndInclusive());
        return left >= 0 ? left + (left == 1 ? " day" : " days") + " left" : "ended " + -left + (left == -1 ? " day" : " days") + " ago";
    }

    /** Reads a file in the form its name and content say, as a policy's holidays: list would. */
    private HolidaySet read(Path file) {
        requireReadable(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return HolidaySets.load(file, charset());
            }
            if (name.endsWith(".ics")) {
                return feed("ical", file, region(file, "an iCalendar feed"));
            }
            if (name.endsWith(".json")) {
                return isICalendarJson(file)
                        ? feed("ical-json", file, region(file, "an iCalendar feed in JSON"))
                        : feed("holiday-cn", file, region == null ? HolidaySets.CHINA_MAINLAND : region);
            }
        } catch (PolicyException e) {
            throw problems(e, "--encoding", file);
        } catch (UncheckedIOException e) {
            err().println("slakit: cannot read " + file + ": " + e.getMessage());
            throw new Exit(Slakit.USAGE);
        }
        err().println("slakit: cannot tell the form of " + file + ": holiday files end in .yaml, feeds in .ics or .json");
        throw new Exit(Slakit.USAGE);
    }

    /** Reads a feed through the reader a policy's holidays: list uses, so that its name and coverage are the policy's. */
    private static HolidaySet feed(String format, Path file, String region) {
        return new FeedReaders().read(format, file, file.toString(),
                new HolidayFeedReader.Options(Optional.of(region), Optional.empty(), Optional.empty()));
    }

    private String region(Path file, String what) {
        if (region == null) {
            err().println("slakit: " + file + " is " + what + ", which does not say its region: give it with --region, such as --region hk");
            throw new Exit(Slakit.USAGE);
        }
        return region;
    }

    /** The 1823 feed's JSON holds {@code vcalendar}; holiday-cn's holds {@code days}. */
    private static boolean isICalendarJson(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("\"vcalendar\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
