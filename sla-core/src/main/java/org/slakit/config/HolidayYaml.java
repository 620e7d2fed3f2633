package org.slakit.config;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slakit.calendar.HolidaySet;
import org.slakit.calendar.InvalidCalendarException;
import org.slakit.calendar.TimeWindow;
import org.threeten.extra.LocalDateRange;

/**
 * Reads holiday files: a {@link HolidaySet} in slakit's YAML format.
 * <pre>
 * slakit-holidays: 1                            # format version: 1 is the only one
 * region: cn                                    # sets of one region combine
 * name: Mainland China public holidays
 * covers: {from: 2019-01-01, to: 2026-12-31}    # every entry must fall inside
 * days-off:                                     # a date, or a range from/to (both inclusive)
 *   - {date: 2025-01-28, name: Spring Festival, name-zh: 春节}
 *   - {from: 2025-01-29, to: 2025-02-04, name: Spring Festival, name-zh: 春节}
 * working-days:                                 # make-up working days: Monday's windows unless hours are given
 *   - {date: 2025-01-26, name: Spring Festival, name-zh: 春节}
 *   - {date: 2025-02-08, name: Spring Festival, hours: [09:00-12:00, 13:00-17:00]}
 * </pre>
 * {@code slakit-holidays}, {@code region}, {@code name} and {@code covers} are required, as is each
 * entry's {@code name}; {@code name-zh}, {@code days-off} and {@code working-days} are optional. The
 * set goes through {@link HolidaySet#builder}, so a file and Java code are held to the same rules.
 * Problems are reported with their line and column, as a {@link PolicyException}, in two rounds:
 * every problem of form at once (a bad date, an unknown key with "did you mean", an empty coverage,
 * a missing key, a wrong format version); then, once the form is right, every problem of the set at
 * once (a day listed twice, a make-up day on a weekday, a date outside the coverage). The file is
 * read safely, see the {@linkplain org.slakit.config package}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class HolidayYaml {

    private static final Set<String> TOP = Set.of("slakit-holidays", "region", "name", "covers", "days-off", "working-days");
    private static final Set<String> RANGE = Set.of("from", "to");
    private static final Set<String> DAY_OFF = Set.of("date", "from", "to", "name", "name-zh");
    private static final Set<String> WORKING_DAY = Set.of("date", "name", "name-zh", "hours");

    private HolidayYaml() {
    }

    /**
     * Loads a holiday file, read as UTF-8; messages name it as the path is written.
     *
     * @param file  the file, not null
     * @return the holiday set, not null
     * @throws PolicyException if the file breaks the format or the rules of a holiday set, naming every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HolidaySet load(Path file) {
        return load(file, StandardCharsets.UTF_8);
    }

    /**
     * Loads a holiday file saved in an encoding such as GBK or Big5; messages name it as the path is written.
     *
     * @param file  the file, not null
     * @param charset  the file's encoding, not null
     * @return the holiday set, not null
     * @throws PolicyException if the file is not text in the encoding, or breaks the format or the rules of a
     *     holiday set, naming every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HolidaySet load(Path file, Charset charset) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        return SafeYaml.load(file, "holiday file", charset, reader -> read(reader, file.toString())).withSource(file.toString());
    }

    /**
     * Reads a holiday file from a reader, which is closed when done.
     *
     * @param reader  the text, not null
     * @param fileName  the name to give the file in messages, such as {@code cn-2027.yaml}, not null
     * @return the holiday set, not null
     * @throws PolicyException if the text breaks the format or the rules of a holiday set, naming every problem
     * @throws UncheckedIOException if the reader fails
     */
    public static HolidaySet read(Reader reader, String fileName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(fileName, "fileName");
        YamlNode root = SafeYaml.read(reader, fileName);
        return new FileReader(root, new YamlProblems(fileName)).read();
    }

    /** Reads one file's tree; one instance per file. */
    private static final class FileReader {
        private final YamlNode root;
        private final YamlProblems problems;

        FileReader(YamlNode root, YamlProblems problems) {
            this.root = root;
            this.problems = problems;
        }

        HolidaySet read() {
            problems.header(root, "slakit-holidays", TOP);
            Optional<String> region = problems.required(root, "region").flatMap(problems::text);
            Optional<String> name = problems.required(root, "name").flatMap(problems::text);
            Optional<LocalDateRange> covers = problems.required(root, "covers").flatMap(this::coverage);
            List<Entry> off = root.get("days-off").map(n -> entries(n, DAY_OFF, false)).orElse(List.of());
            List<Entry> working = root.get("working-days").map(n -> entries(n, WORKING_DAY, true)).orElse(List.of());
            // The builder numbers entries as they are added: build only from a complete reading, so
            // that its paths (days-off[3]) are the file's.
            problems.throwIfAny();
            HolidaySet.Builder builder = HolidaySet.builder(region.orElseThrow(), name.orElseThrow(), covers.orElseThrow());
            for (Entry e : off) {
                builder.daysOff(e.dates, e.name, e.nameZh);
            }
            for (Entry e : working) {
                builder.workingDay(e.dates.getStart(), e.name, e.nameZh, e.hours);
            }
            try {
                return builder.build();
            } catch (InvalidCalendarException e) {
                throw problems.builderFailed(root, e.problems(), e);
            }
        }

        private Optional<LocalDateRange> coverage(YamlNode node) {
            if (!problems.mapping(node, RANGE)) {
                return Optional.empty();
            }
            return fromTo(node, "Coverage");
        }

        /** Reads {@code from} and {@code to} (both inclusive) of a mapping; {@code what} names the range in messages. */
        private Optional<LocalDateRange> fromTo(YamlNode node, String what) {
            Optional<LocalDate> from = problems.required(node, "from").flatMap(problems::date);
            Optional<LocalDate> to = problems.required(node, "to").flatMap(problems::date);
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            if (to.get().isBefore(from.get())) {
                problems.at(node, what + " must hold at least one date, was from " + from.get() + " to " + to.get());
                return Optional.empty();
            }
            return Optional.of(LocalDateRange.ofClosed(from.get(), to.get()));
        }

        private List<Entry> entries(YamlNode list, Set<String> keys, boolean working) {
            List<Entry> out = new ArrayList<>();
            for (YamlNode item : problems.list(list)) {
                entry(item, keys, working).ifPresent(out::add);
            }
            return out;
        }

        private Optional<Entry> entry(YamlNode item, Set<String> keys, boolean working) {
            if (!problems.mapping(item, keys)) {
                return Optional.empty();
            }
            Optional<LocalDateRange> dates = dates(item, working);
            Optional<String> name = problems.required(item, "name").flatMap(problems::text);
            Optional<String> nameZh = item.get("name-zh").isPresent()
                    ? item.get("name-zh").flatMap(problems::text) : Optional.of("");
            List<TimeWindow> hours = new ArrayList<>();
            boolean hoursOk = true;
            if (item.get("hours").isPresent()) {
                for (YamlNode w : problems.list(item.get("hours").get())) {
                    Optional<String> text = problems.text(w);
                    if (text.isEmpty()) {
                        hoursOk = false;
                        continue;
                    }
                    try {
                        hours.add(TimeWindow.parse(text.get()));
                    } catch (DateTimeException e) {
                        problems.at(w, e.getMessage());
                        hoursOk = false;
                    }
                }
            }
            if (dates.isEmpty() || name.isEmpty() || nameZh.isEmpty() || !hoursOk) {
                return Optional.empty();
            }
            return Optional.of(new Entry(dates.get(), name.get(), nameZh.get(), List.copyOf(hours)));
        }

        private Optional<LocalDateRange> dates(YamlNode item, boolean working) {
            Optional<YamlNode> date = item.get("date");
            boolean range = item.get("from").isPresent() || item.get("to").isPresent();
            if (date.isPresent() && range) {
                problems.at(item, "Give either 'date' or 'from' and 'to', not both");
                return Optional.empty();
            }
            if (date.isPresent()) {
                return problems.date(date.get()).map(d -> LocalDateRange.ofClosed(d, d));
            }
            if (!range) {
                problems.at(item, working ? "Missing required key 'date'" : "Missing required key 'date' (or 'from' and 'to')");
                return Optional.empty();
            }
            return fromTo(item, "Range of days off");
        }
    }

    /** One entry of a file, read: its dates (one for a working day), names and hours. */
    private record Entry(LocalDateRange dates, String name, String nameZh, List<TimeWindow> hours) {
    }
}
