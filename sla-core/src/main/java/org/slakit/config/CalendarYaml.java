package org.slakit.config;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarBuilder;
import org.slakit.calendar.CalendarText;
import org.slakit.calendar.TimeWindow;

/**
 * Reads and writes the {@code calendars} section of a policy file: each entry becomes a
 * {@link CalendarBuilder} fed in file order, so that the builder's problem paths
 * ({@code hours.Mon-Fri}, {@code closed[0]}, {@code open[1]}, {@code holidays[0]}) are the file's.
 */
final class CalendarYaml {

    static final Set<String> KEYS = Set.of("zone", "hours", "holidays", "closed", "closed-every-year", "open", "coverage", "beyond-data");
    private static final Set<String> OPEN_ENTRY = Set.of("date", "hours");

    private CalendarYaml() {
    }

    /**
     * Reads every calendar of the section into builders, in file order; problems of form go to
     * {@code problems}, problems of meaning are left to the builders.
     */
    static Map<String, CalendarBuilder> read(YamlNode section, ZoneId zone, HolidayFiles holidayFiles, YamlProblems problems) {
        Map<String, CalendarBuilder> out = new LinkedHashMap<>();
        if (section.kind() != YamlNode.Kind.MAPPING) {
            problems.at(section, "Expected a mapping of calendar names to calendars, was " + describe(section));
            return out;
        }
        for (YamlNode.Member member : section.members().values()) {
            YamlNode node = member.value();
            if (!problems.mapping(node, KEYS)) {
                continue;
            }
            out.put(member.key(), calendar(node, zone, holidayFiles, problems));
        }
        return out;
    }

    private static CalendarBuilder calendar(YamlNode node, ZoneId zone, HolidayFiles holidayFiles, YamlProblems problems) {
        // A calendar's own zone (a follow-the-sun desk, a customer's own hours); the policy's is the default.
        CalendarBuilder builder = node.get("zone").flatMap(problems::text).map(BusinessCalendar::builder)
                .orElseGet(() -> BusinessCalendar.builder(zone));
        problems.required(node, "hours").ifPresent(hours -> hours(hours, builder, problems));
        node.get("holidays").ifPresent(list -> {
            for (YamlNode ref : problems.list(list)) {
                HolidayRefYaml.read(ref, holidayFiles, builder, problems);
            }
        });
        node.get("closed").ifPresent(list -> {
            for (YamlNode entry : problems.list(list)) {
                closed(entry, builder, problems);
            }
        });
        node.get("closed-every-year").ifPresent(list -> {
            for (YamlNode entry : problems.list(list)) {
                problems.text(entry).ifPresent(text -> {
                    try {
                        builder.closedEveryYear(CalendarText.parseMonthDay(text.trim()));
                    } catch (DateTimeException e) {
                        problems.at(entry, e.getMessage());
                    }
                });
            }
        });
        node.get("open").ifPresent(list -> {
            for (YamlNode entry : problems.list(list)) {
                open(entry, builder, problems);
            }
        });
        node.get("coverage").flatMap(range -> HolidayRefYaml.covers(range, problems)).ifPresent(builder::coverage);
        node.get("beyond-data").flatMap(problems::text).ifPresent(mode -> {
            if (mode.equals("extrapolate")) {
                builder.extrapolate();
            } else if (!mode.equals("error")) {
                problems.at(node.get("beyond-data").orElseThrow(), "beyond-data must be 'error' or 'extrapolate', was '" + mode + "'");
            }
        });
        return builder;
    }

    private static void hours(YamlNode hours, CalendarBuilder builder, YamlProblems problems) {
        if (hours.kind() != YamlNode.Kind.MAPPING) {
            problems.at(hours, "Expected a mapping of days to windows (Mon-Fri: 09:00-18:00), was " + describe(hours));
            return;
        }
        for (YamlNode.Member day : hours.members().values()) {
            String key = day.key();
            int dash = key.indexOf('-');
            Optional<DayOfWeek> from = CalendarText.day(dash < 0 ? key : key.substring(0, dash));
            Optional<DayOfWeek> to = dash < 0 ? from : CalendarText.day(key.substring(dash + 1));
            if (from.isEmpty() || to.isEmpty()) {
                problems.at(day.value(), "Unknown day '" + key + "': use Mon, Tue, Wed, Thu, Fri, Sat or Sun, or a range such as Mon-Fri");
                continue;
            }
            List<String> windows = new ArrayList<>();
            for (YamlNode w : problems.list(day.value())) {
                problems.text(w).ifPresent(windows::add);
            }
            builder.hours(from.get(), to.get(), windows.toArray(new String[0]));
        }
    }

    private static void closed(YamlNode entry, CalendarBuilder builder, YamlProblems problems) {
        // A problem of form stops the load before anything is built, so a skipped entry cannot
        // shift the builder's numbering of the others.
        Optional<String> text = problems.text(entry);
        if (text.isEmpty()) {
            return;
        }
        String[] parts = text.get().trim().split("\\s+");
        if (parts.length > 2) {
            problems.at(entry, "A closure is a date, or a date and a window (2026-12-24 13:00-18:00), was '" + text.get() + "'");
            return;
        }
        Optional<LocalDate> date = problems.date(entry, parts[0]);
        if (date.isEmpty()) {
            return;
        }
        if (parts.length == 1) {
            builder.holiday(date.get());
        } else {
            builder.closed(date.get(), parts[1]);
        }
    }

    private static void open(YamlNode entry, CalendarBuilder builder, YamlProblems problems) {
        if (entry.kind() == YamlNode.Kind.SCALAR) {
            problems.text(entry).flatMap(t -> problems.date(entry, t)).ifPresent(builder::workday);
            return;
        }
        if (!problems.mapping(entry, OPEN_ENTRY)) {
            return;
        }
        Optional<LocalDate> date = problems.required(entry, "date").flatMap(problems::date);
        List<String> windows = new ArrayList<>();
        entry.get("hours").ifPresent(h -> {
            for (YamlNode w : problems.list(h)) {
                problems.text(w).ifPresent(windows::add);
            }
        });
        date.ifPresent(d -> builder.workday(d, windows.toArray(new String[0])));
    }


    private static String describe(YamlNode node) {
        return node.isNull() ? "nothing" : node.kind().described;
    }

    // ----- writing -----

    /** Writes a calendar in the policy's own zone as the plain data of the policy format. */
    static Map<String, Object> write(BusinessCalendar calendar) {
        return write(calendar, calendar.zone());
    }

    /** Writes a calendar as the plain data of the policy format, in the order of its keys; its zone when not the policy's. */
    static Map<String, Object> write(BusinessCalendar calendar, ZoneId policyZone) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!calendar.zone().equals(policyZone)) {
            out.put("zone", calendar.zone().getId());
        }
        out.put("hours", hoursOf(calendar));
        if (!calendar.holidaySets().isEmpty()) {
            out.put("holidays", HolidayRefYaml.write(calendar));
        }
        if (!calendar.holidayDates().isEmpty() || !calendar.closedDates().isEmpty()) {
            List<String> closed = new ArrayList<>();
            calendar.holidayDates().forEach(date -> closed.add(date.toString()));
            calendar.closedDates().forEach((date, windows) -> {
                for (TimeWindow w : windows) {
                    closed.add(date + " " + w);
                }
            });
            out.put("closed", closed);
        }
        if (!calendar.closedEveryYear().isEmpty()) {
            out.put("closed-every-year", calendar.closedEveryYear().stream().map(CalendarText::monthDay).toList());
        }
        if (!calendar.openDates().isEmpty()) {
            List<Object> open = new ArrayList<>();
            calendar.openDates().forEach((date, windows) -> {
                if (windows.isEmpty()) {
                    open.add(date.toString());
                } else {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("date", date.toString());
                    entry.put("hours", texts(windows));
                    open.add(entry);
                }
            });
            out.put("open", open);
        }
        calendar.coverageLimit().ifPresent(range -> {
            Map<String, Object> coverage = new LinkedHashMap<>();
            coverage.put("from", range.getStart().toString());
            coverage.put("to", range.getEndInclusive().toString());
            out.put("coverage", coverage);
        });
        if (calendar.isExtrapolating()) {
            out.put("beyond-data", "extrapolate");
        }
        return out;
    }

    /** Writes the hours, a run of days with the same windows as one range, such as {@code Mon-Fri}. */
    private static Map<String, Object> hoursOf(BusinessCalendar calendar) {
        Map<String, Object> hours = new LinkedHashMap<>();
        DayOfWeek[] days = DayOfWeek.values();
        for (int i = 0; i < days.length; ) {
            List<TimeWindow> windows = calendar.hours(days[i]);
            int j = i;
            while (j + 1 < days.length && calendar.hours(days[j + 1]).equals(windows)) {
                j++;
            }
            if (!windows.isEmpty()) {
                String key = CalendarText.dayName(days[i]) + (j == i ? "" : "-" + CalendarText.dayName(days[j]));
                hours.put(key, windows.size() == 1 ? windows.get(0).toString() : texts(windows));
            }
            i = j + 1;
        }
        return hours;
    }

    private static List<String> texts(List<TimeWindow> windows) {
        List<String> out = new ArrayList<>();
        for (TimeWindow w : windows) {
            out.add(w.toString());
        }
        return out;
    }
}
