package org.slakit.calendars;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the part of iCalendar (RFC 5545) that a holiday feed uses: content lines (unfolded), the
 * {@code VCALENDAR} and its {@code VEVENT}s with {@code DTSTART}, {@code DTEND} or {@code DURATION}
 * in days, {@code SUMMARY} and {@code STATUS}; every other component ({@code VTIMEZONE},
 * {@code VALARM}) and property is skipped. What a holiday set cannot say is a problem at its line:
 * an event at a time of day, a recurrence ({@code RRULE}, {@code RDATE}, {@code EXDATE},
 * {@code RECURRENCE-ID}), a duration that is not whole days. A cancelled event is not a holiday.
 * <p>
 * Why not a general iCalendar library: this subset is about a hundred lines of plain string work
 * with no time zones (all-day dates have none), and no library call can reach a network or a
 * logging framework from here.
 */
final class ICalendarText {

    static final String WORKING_MARK = "上班";
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DAYS = Pattern.compile("P(?:(\\d{1,4})W|(\\d{1,4})D)");
    private static final List<String> RECURRENCE = List.of("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID");

    /** The events read and the calendar's own name ({@code X-WR-CALNAME}), if it has one. */
    record Result(List<FeedEvent> events, Optional<String> calendarName) {
    }

    /** One content line, unfolded: its name (upper case), parameters (names upper case) and value. */
    private record ContentLine(int line, String name, Map<String, String> params, String value) {
    }

    private ICalendarText() {
    }

    /** Decodes the bytes of a file as UTF-8, strictly: a feed in another encoding is a problem, not mojibake. */
    static String decode(byte[] bytes, FeedProblems problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw problems.fatal("", 1, 1, "The feed is not UTF-8 text: save it as UTF-8 and read it again");
        }
    }

    static Result read(String text, FeedProblems problems) {
        List<FeedEvent> events = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        Optional<String> calendarName = Optional.empty();
        Map<String, ContentLine> event = null;
        int eventLine = 0;
        boolean sawCalendar = false;
        for (ContentLine cl : unfold(text, problems)) {
            if (cl.name.equals("BEGIN")) {
                String component = cl.value.toUpperCase(Locale.ROOT);
                if (open.isEmpty() && !component.equals("VCALENDAR")) {
                    throw problems.fatal("", cl.line, 1, "An iCalendar file begins with BEGIN:VCALENDAR, was BEGIN:" + cl.value);
                }
                sawCalendar = true;
                if (component.equals("VEVENT") && open.size() == 1) {
                    event = new LinkedHashMap<>();
                    eventLine = cl.line;
                }
                open.push(component);
            } else if (cl.name.equals("END")) {
                String component = cl.value.toUpperCase(Locale.ROOT);
                if (open.isEmpty() || !open.peek().equals(component)) {
                    throw problems.fatal("", cl.line, 1, "END:" + cl.value + " does not close "
                            + (open.isEmpty() ? "anything" : "BEGIN:" + open.peek()));
                }
                open.pop();
                if (component.equals("VEVENT") && open.size() == 1) {
                    event(event, eventLine, problems).ifPresent(events::add);
                    event = null;
                }
            } else if (open.isEmpty()) {
                throw problems.fatal("", cl.line, 1, "An iCalendar file begins with BEGIN:VCALENDAR, was " + cl.name);
            } else if (event != null && open.size() == 2) {
                if (event.putIfAbsent(cl.name, cl) != null && !cl.name.startsWith("X-") && !cl.name.equals("COMMENT")
                        && !cl.name.equals("ATTENDEE") && !cl.name.equals("CATEGORIES")) {
                    problems.at("", cl.line, 1, cl.name + " is given twice in the event that begins at line " + eventLine);
                }
            } else if (open.size() == 1 && cl.name.equals("X-WR-CALNAME")) {
                calendarName = Optional.of(unescape(cl.value));
            }
        }
        if (!sawCalendar) {
            throw problems.fatal("", 1, 1, "The file holds no BEGIN:VCALENDAR: it is not an iCalendar file");
        }
        if (!open.isEmpty()) {
            throw problems.fatal("", Math.max(1, (int) text.lines().count()), 1, "The file ends inside BEGIN:" + open.peek()
                    + ": it is cut short");
        }
        return new Result(events, calendarName);
    }

    private static Optional<FeedEvent> event(Map<String, ContentLine> props, int line, FeedProblems problems) {
        String summary = Optional.ofNullable(props.get("SUMMARY")).map(cl -> unescape(cl.value).strip()).orElse("");
        String label = summary.isEmpty() ? "The event at line " + line : "Event '" + summary + "'";
        ContentLine status = props.get("STATUS");
        if (status != null && status.value.equalsIgnoreCase("CANCELLED")) {
            return Optional.empty();
        }
        for (String name : RECURRENCE) {
            ContentLine cl = props.get(name);
            if (cl != null) {
                problems.at("", cl.line, 1, label + " recurs (" + name + ":" + cl.value + "), which a holiday set cannot say:"
                        + " list each year's date as its own event, as official feeds do");
                return Optional.empty();
            }
        }
        ContentLine dtstart = props.get("DTSTART");
        if (dtstart == null) {
            problems.at("", line, 1, label + " has no DTSTART");
            return Optional.empty();
        }
        Optional<LocalDate> start = date(dtstart, label, problems);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end;
        ContentLine dtend = props.get("DTEND");
        ContentLine duration = props.get("DURATION");
        if (dtend != null) {
            Optional<LocalDate> e = date(dtend, label, problems);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            end = e.get();
            if (!end.isAfter(start.get())) {
                problems.at("", dtend.line, 1, label + " ends (DTEND " + dtend.value + ") on or before it starts (DTSTART "
                        + dtstart.value + "): DTEND is the day after the last day off");
                return Optional.empty();
            }
        } else if (duration != null) {
            Matcher m = DAYS.matcher(duration.value);
            if (!m.matches() || Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) == 0) {
                problems.at("", duration.line, 1, label + " lasts " + duration.value + ": an all-day event lasts whole days"
                        + " (P1D, P3D, P1W)");
                return Optional.empty();
            }
            end = m.group(1) != null ? start.get().plusWeeks(Long.parseLong(m.group(1)))
                    : start.get().plusDays(Long.parseLong(m.group(2)));
        } else {
            end = start.get().plusDays(1);   // RFC 5545: an all-day event without an end is one day
        }
        return Optional.of(new FeedEvent("", line, 1, summary, start.get(), end, summary.startsWith(WORKING_MARK)));
    }

    private static Optional<LocalDate> date(ContentLine cl, String label, FeedProblems problems) {
        String type = cl.params.getOrDefault("VALUE", "");
        if (cl.value.contains("T") || type.equalsIgnoreCase("DATE-TIME")) {
            problems.at("", cl.line, 1, label + " has " + cl.name + " " + cl.value + ", a time of day: a holiday set holds"
                    + " whole days (" + cl.name + ";VALUE=DATE:YYYYMMDD); close part of a day with closed: in the policy");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(cl.value, BASIC_DATE));
        } catch (DateTimeParseException e) {
            problems.at("", cl.line, 1, label + " has " + cl.name + " '" + cl.value + "', which is not a date YYYYMMDD");
            return Optional.empty();
        }
    }

    /** Splits the text into content lines, joining folded lines (RFC 5545 3.1) and numbering them by their first line. */
    private static List<ContentLine> unfold(String text, FeedProblems problems) {
        List<ContentLine> out = new ArrayList<>();
        String[] physical = text.split("\r\n|\n|\r", -1);
        StringBuilder current = null;
        int startLine = 0;
        for (int i = 0; i < physical.length; i++) {
            String p = physical[i];
            if (!p.isEmpty() && (p.charAt(0) == ' ' || p.charAt(0) == '\t') && current != null) {
                current.append(p, 1, p.length());
                continue;
            }
            if (current != null) {
                parse(current.toString(), startLine, problems).ifPresent(out::add);
            }
            current = p.isEmpty() ? null : new StringBuilder(p);
            startLine = i + 1;
        }
        if (current != null) {
            parse(current.toString(), startLine, problems).ifPresent(out::add);
        }
        return out;
    }

    /** Parses {@code NAME;PARAM=value;PARAM="quoted:value":VALUE}. */
    private static Optional<ContentLine> parse(String text, int line, FeedProblems problems) {
        int i = 0;
        while (i < text.length() && text.charAt(i) != ';' && text.charAt(i) != ':') {
            i++;
        }
        String name = text.substring(0, i).toUpperCase(Locale.ROOT);
        Map<String, String> params = new LinkedHashMap<>();
        while (i < text.length() && text.charAt(i) == ';') {
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = text.substring(i + 1, eq).toUpperCase(Locale.ROOT);
            int j = eq + 1;
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            while (j < text.length() && (quoted || (text.charAt(j) != ';' && text.charAt(j) != ':'))) {
                char c = text.charAt(j++);
                if (c == '"') {
                    quoted = !quoted;
                } else {
                    value.append(c);
                }
            }
            params.put(key, value.toString());
            i = j;
        }
        if (name.isEmpty() || i >= text.length() || text.charAt(i) != ':') {
            problems.at("", line, 1, "Line '" + abbreviate(text) + "' is not an iCalendar content line NAME:value");
            return Optional.empty();
        }
        return Optional.of(new ContentLine(line, name, params, text.substring(i + 1)));
    }

    /** Undoes TEXT escapes: {@code \\}, {@code \;}, {@code \,}, {@code \n}. */
    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                out.append(n == 'n' || n == 'N' ? ' ' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
