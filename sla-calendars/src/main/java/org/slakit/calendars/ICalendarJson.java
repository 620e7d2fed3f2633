package org.slakit.calendars;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON form of iCalendar that Hong Kong's 1823 service publishes ({@code en.json},
 * {@code tc.json}): {@code vcalendar[0].vevent[]}, each event's {@code dtstart} and {@code dtend}
 * either {@code "YYYYMMDD"} or {@code ["YYYYMMDD", {"value": "DATE"}]} (the end exclusive), and its
 * {@code summary}. The rules are those of the iCalendar text ({@link ICalendarText}): whole days
 * only, no recurrence, a summary beginning with {@code 上班} is a make-up working day.
 */
final class ICalendarJson {

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<String> RECURRENCE = List.of("rrule", "rdate", "exdate", "recurrence-id");

    private ICalendarJson() {
    }

    static ICalendarText.Result read(LocatedJson root, FeedProblems problems) {
        List<FeedEvent> events = new ArrayList<>();
        Optional<LocatedJson> calendar = root.required("vcalendar", problems)
                .flatMap(v -> v.items(problems, "vcalendar"))
                .flatMap(list -> {
                    if (list.size() != 1) {
                        problems.at("vcalendar", root.line(), root.column(), "vcalendar must hold one calendar, held " + list.size());
                        return Optional.empty();
                    }
                    return Optional.of(list.get(0));
                });
        if (calendar.isEmpty()) {
            problems.throwIfAny();
        }
        Optional<String> name = calendar.get().get("x-wr-calname").flatMap(n -> n.text(problems, "x-wr-calname"));
        for (LocatedJson e : calendar.get().required("vevent", problems).flatMap(v -> v.items(problems, "vevent")).orElse(List.of())) {
            event(e, problems).ifPresent(events::add);
        }
        return new ICalendarText.Result(events, name);
    }

    private static Optional<FeedEvent> event(LocatedJson e, FeedProblems problems) {
        if (!(e.value() instanceof Map)) {
            problems.at(e.path(), e.line(), e.column(), "An event must be a JSON object, was " + e.describe());
            return Optional.empty();
        }
        String summary = e.get("summary").flatMap(s -> s.text(problems, "summary")).map(String::strip).orElse("");
        String label = summary.isEmpty() ? "The event at line " + e.line() : "Event '" + summary + "'";
        if (e.get("status").flatMap(s -> s.text(problems, "status")).filter(s -> s.equalsIgnoreCase("CANCELLED")).isPresent()) {
            return Optional.empty();
        }
        for (String key : RECURRENCE) {
            Optional<LocatedJson> r = e.get(key);
            if (r.isPresent()) {
                problems.at(r.get().path(), r.get().line(), r.get().column(), label + " recurs (" + key + "), which a holiday set"
                        + " cannot say: list each year's date as its own event, as official feeds do");
                return Optional.empty();
            }
        }
        Optional<LocalDate> start = e.required("dtstart", problems).flatMap(d -> date(d, label, problems));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocatedJson> dtend = e.get("dtend");
        LocalDate end = start.get().plusDays(1);
        if (dtend.isPresent()) {
            Optional<LocalDate> read = date(dtend.get(), label, problems);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            if (!read.get().isAfter(start.get())) {
                problems.at(dtend.get().path(), dtend.get().line(), dtend.get().column(), label + " ends (dtend " + read.get()
                        + ") on or before it starts (dtstart " + start.get() + "): dtend is the day after the last day off");
                return Optional.empty();
            }
            end = read.get();
        }
        return Optional.of(new FeedEvent(e.path(), e.line(), e.column(), summary, start.get(), end,
                summary.startsWith(ICalendarText.WORKING_MARK)));
    }

    /** Reads {@code "YYYYMMDD"} or {@code ["YYYYMMDD", {"value": "DATE"}]}. */
    private static Optional<LocalDate> date(LocatedJson node, String label, FeedProblems problems) {
        LocatedJson text = node;
        if (node.value() instanceof List<?> list) {
            Optional<String> type = list.size() > 1 ? ((LocatedJson) list.get(1)).get("value").flatMap(v -> v.text(problems, "value"))
                    : Optional.empty();
            if (list.isEmpty() || type.filter(t -> !t.equalsIgnoreCase("DATE")).isPresent()) {
                problems.at(node.path(), node.line(), node.column(), label + " has " + node.path() + " of value "
                        + type.orElse("nothing") + ": a holiday set holds whole days (value DATE)");
                return Optional.empty();
            }
            text = (LocatedJson) list.get(0);
        }
        Optional<String> value = text.text(problems, node.path());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().contains("T")) {
            problems.at(text.path(), text.line(), text.column(), label + " has " + node.path() + " " + value.get()
                    + ", a time of day: a holiday set holds whole days (YYYYMMDD)");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.get(), BASIC_DATE));
        } catch (DateTimeParseException ex) {
            problems.at(text.path(), text.line(), text.column(), label + " has " + node.path() + " '" + value.get()
                    + "', which is not a date YYYYMMDD");
            return Optional.empty();
        }
    }
}
