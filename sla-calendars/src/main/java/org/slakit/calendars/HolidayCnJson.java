package org.slakit.calendars;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads holiday-cn's yearly JSON ({@code 2027.json}): {@code year}, and {@code days} of
 * {@code {name, date, isOffDay}}; {@code isOffDay: true} is a day off, {@code false} a make-up
 * working day (调休上班). Other keys ({@code $schema}, {@code papers}) are the project's own and skipped.
 */
final class HolidayCnJson {

    /** The year the file is for, and its days, one event each. */
    record Result(Optional<Integer> year, List<FeedEvent> events) {
    }

    private HolidayCnJson() {
    }

    static Result read(LocatedJson root, FeedProblems problems) {
        if (!(root.value() instanceof java.util.Map)) {
            throw problems.fatal("", root.line(), root.column(), "A holiday-cn file is a JSON object {year, days}, was " + root.describe());
        }
        Optional<Integer> year = root.required("year", problems).flatMap(y -> {
            if (y.value() instanceof Integer n && n >= 1900 && n <= 9999) {
                return Optional.of(n);
            }
            problems.at(y.path(), y.line(), y.column(), "year must be a whole year such as 2027, was " + y.describe());
            return Optional.empty();
        });
        List<FeedEvent> events = new ArrayList<>();
        for (LocatedJson day : root.required("days", problems).flatMap(d -> d.items(problems, "days")).orElse(List.of())) {
            Optional<String> name = day.required("name", problems).flatMap(n -> n.text(problems, "name"));
            Optional<LocalDate> date = day.required("date", problems).flatMap(d -> d.text(problems, "date")).flatMap(text -> {
                try {
                    return Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    LocatedJson at = day.get("date").orElseThrow();
                    problems.at(at.path(), at.line(), at.column(), "date must be a date YYYY-MM-DD, was '" + text + "'");
                    return Optional.empty();
                }
            });
            Optional<Boolean> off = day.required("isOffDay", problems).flatMap(o -> {
                if (o.value() instanceof Boolean b) {
                    return Optional.of(b);
                }
                problems.at(o.path(), o.line(), o.column(), "isOffDay must be true (a day off) or false (a make-up working day), was "
                        + o.describe());
                return Optional.empty();
            });
            if (name.isPresent() && date.isPresent() && off.isPresent()) {
                events.add(new FeedEvent(day.path(), day.line(), day.column(), name.get(), date.get(), date.get().plusDays(1), !off.get()));
            }
        }
        return new Result(year, events);
    }
}
