package org.slakit.config;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;
import org.slakit.calendar.HolidaySet;
import org.threeten.extra.LocalDateRange;

/**
 * Reads and writes the entries of a calendar's {@code holidays:} list: a ready set's id, a holiday
 * file {@code {file: cn-2027.yaml}}, or a published feed as downloaded ({@code {ical: hk-2027.ics,
 * region: hk}}, {@code {ical-json: en.json, region: hk}}, {@code {holiday-cn: 2027.json}}), read by
 * a {@link HolidayFeedReader} found through {@link ServiceLoader}.
 */
final class HolidayRefYaml {

    /** The keys that name a feed's file, one per format. */
    static final Set<String> FEED_FORMATS = Set.of("ical", "ical-json", "holiday-cn");
    private static final Set<String> KEYS = Set.of("file", "ical", "ical-json", "holiday-cn", "override", "region", "name", "covers");
    private static final Set<String> RANGE = Set.of("from", "to");

    private HolidayRefYaml() {
    }

    /**
     * Reads one entry of a {@code holidays:} list into the builder, a holiday file in the policy's
     * encoding and a feed in UTF-8; problems go to {@code problems}.
     */
    static void read(YamlNode ref, HolidayFiles files, CalendarBuilder builder, YamlProblems problems) {
        if (ref.kind() == YamlNode.Kind.SCALAR) {
            problems.text(ref).ifPresent(id -> {
                try {
                    builder.holidays(HolidaySet.ofId(id).withSource(id));
                } catch (IllegalArgumentException e) {
                    problems.at(ref, e.getMessage());
                }
            });
            return;
        }
        if (!problems.mapping(ref, KEYS)) {
            return;
        }
        List<String> given = new ArrayList<>();
        for (String key : List.of("file", "ical", "ical-json", "holiday-cn")) {
            if (ref.get(key).isPresent()) {
                given.add(key);
            }
        }
        boolean override = ref.get("override").flatMap(problems::text).map(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                problems.at(ref.get("override").orElseThrow(), "override must be true or false, was '" + v + "'");
            }
            return v.equals("true");
        }).orElse(false);
        Optional<String> region = ref.get("region").flatMap(problems::text);
        Optional<String> name = ref.get("name").flatMap(problems::text);
        Optional<LocalDateRange> covers = ref.get("covers").flatMap(n -> covers(n, problems));
        boolean formOk = covers.isPresent() || ref.get("covers").isEmpty();
        if (given.isEmpty()) {
            problems.at(ref, "Missing required key 'file' (or a feed's: ical, ical-json or holiday-cn)");
            return;
        }
        if (given.size() > 1) {
            problems.at(ref, "A holiday entry names one file, was " + String.join(" and ", given));
            return;
        }
        String format = given.get(0);
        boolean feed = !format.equals("file");
        if (!feed) {
            for (String key : List.of("region", "name", "covers")) {
                ref.get(key).ifPresent(n -> problems.at(n, "'" + key + "' belongs to a feed (ical, ical-json, holiday-cn):"
                        + " a holiday file states its own"));
            }
        } else if ((format.equals("ical") || format.equals("ical-json")) && ref.get("region").isEmpty()) {
            problems.at(ref, "A feed of the form '" + format + "' needs its region, such as region: hk:"
                    + " the file does not say which region it is for");
            return;
        }
        Optional<String> file = ref.get(format).flatMap(problems::text);
        if (file.isEmpty() || !formOk) {
            return;
        }
        Path path = files.resolve(file.get());
        String what = feed ? "Holiday feed '" + file.get() + "'" : "Holiday file '" + file.get() + "'";
        String unreadable = what + " cannot be read (looked for " + path.toAbsolutePath().normalize() + ")";
        if (!Files.isReadable(path)) {
            problems.at(ref, unreadable);
            return;
        }
        try {
            HolidaySet set = feed
                    ? feedReader(format).orElseThrow(() -> new FeedUnavailable(format))
                            .read(format, path, file.get(), new HolidayFeedReader.Options(region, name, covers))
                            .withSource(format + ":" + file.get())
                    : HolidayYaml.load(path, files.charset()).withSource(file.get());
            builder.holidays(set, override ? HolidaySet.Merge.OVERRIDE : HolidaySet.Merge.STRICT);
        } catch (FeedUnavailable e) {
            problems.at(ref, e.getMessage());
        } catch (PolicyException e) {
            problems.at(ref, what + " has problems: " + String.join("; ", e.lines()));
            if (!feed) {
                // the policy's encoding is the holiday file's, so the encoding it reads as is the policy's to change
                problems.likelyEncoding(e.likelyEncoding());
            }
        } catch (UncheckedIOException e) {
            problems.at(ref, unreadable);
        }
    }

    /** Reads a range {@code {from, to}} (both inclusive) of a feed's {@code covers} or a calendar's {@code coverage}. */
    static Optional<LocalDateRange> covers(YamlNode node, YamlProblems problems) {
        if (!problems.mapping(node, RANGE)) {
            return Optional.empty();
        }
        Optional<LocalDate> from = problems.required(node, "from").flatMap(problems::date);
        Optional<LocalDate> to = problems.required(node, "to").flatMap(problems::date);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            problems.at(node, "Coverage must hold at least one date, was from " + from.get() + " to " + to.get());
            return Optional.empty();
        }
        return Optional.of(LocalDateRange.ofClosed(from.get(), to.get()));
    }

    /** Finds the reader of a feed format on the class or module path. */
    static Optional<HolidayFeedReader> feedReader(String format) {
        for (HolidayFeedReader reader : ServiceLoader.load(HolidayFeedReader.class, HolidayFeedReader.class.getClassLoader())) {
            if (reader.formats().contains(format)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    /** No reader offers a feed format: the fix is a dependency, named in the message. */
    private static final class FeedUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FeedUnavailable(String format) {
            super("Holiday feeds of the form '" + format + "' are not available: add org.slakit:sla-calendars", null, false, false);
        }
    }

    // ----- writing -----

    /** Writes a calendar's holiday sets as the ids, files or feeds they came from. */
    static List<Object> write(BusinessCalendar calendar) {
        List<Object> refs = new ArrayList<>();
        for (HolidaySet set : calendar.holidaySets()) {
            String source = set.source().orElseThrow(() -> new IllegalArgumentException(
                    "Holiday set " + set + " was built in code and has no id or file to write"));
            boolean override = calendar.isOverride(set);
            boolean ready = isReadySet(source, set);
            if (ready && override) {
                throw new IllegalArgumentException("Holiday set '" + source + "' is a ready set added as an override,"
                        + " which a policy file cannot say: add it without override, or from a holiday file");
            }
            if (ready) {
                refs.add(source);
                continue;
            }
            Map<String, Object> ref = new LinkedHashMap<>();
            int colon = source.indexOf(':');
            String format = colon < 0 ? "" : source.substring(0, colon);
            if (FEED_FORMATS.contains(format)) {
                // A feed's region, name and coverage are written out, so that reading it back gives an equal set
                // whatever the defaults of its format.
                ref.put(format, source.substring(colon + 1));
                ref.put("region", set.region());
                ref.put("name", set.name());
                set.coverage().ifPresent(range -> {
                    Map<String, Object> covers = new LinkedHashMap<>();
                    covers.put("from", range.getStart().toString());
                    covers.put("to", range.getEndInclusive().toString());
                    ref.put("covers", covers);
                });
            } else {
                ref.put("file", source);
            }
            if (override) {
                ref.put("override", true);
            }
            refs.add(ref);
        }
        return refs;
    }

    /** Checks if a source names the ready set it came from, rather than a file. */
    private static boolean isReadySet(String source, HolidaySet set) {
        try {
            return HolidaySet.ofId(source).equals(set);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
