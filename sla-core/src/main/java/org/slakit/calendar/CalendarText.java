package org.slakit.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The text forms of a calendar besides its windows ({@link TimeWindow#parse}): the short English day
 * names that files, paths and messages use ({@code Mon} … {@code Sun}), month-days closed every year
 * ({@code 12-25}), and zone ids, with the one message for an id that is not known. The calendar, policy and YAML readers all read them here.
 * <pre>{@code
 * CalendarText.dayName(DayOfWeek.MONDAY)   // "Mon"
 * CalendarText.day("Sat")                  // Optional[SATURDAY]
 * CalendarText.zone("Asia/Beijing")        // DateTimeException: … did you mean Asia/Shanghai?
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class CalendarText {

    /** Mon to Sun, looked up once: a display name costs a formatter's lookup each time. */
    private static final String[] DAY_NAMES = Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ROOT)).toArray(String[]::new);

    private CalendarText() {
    }

    /**
     * Gets the short English name of a day: {@code Mon}, {@code Tue}, … {@code Sun}.
     *
     * @param day  the day, not null
     * @return the name, not null
     */
    public static String dayName(DayOfWeek day) {
        return DAY_NAMES[day.ordinal()];
    }


    /**
     * Obtains the day of a short English name, exactly as {@link #dayName} writes it.
     *
     * @param name  the name, such as {@code Mon}, not null
     * @return the day, empty when the name is not one of {@code Mon} … {@code Sun}
     */
    public static Optional<DayOfWeek> day(CharSequence name) {
        Objects.requireNonNull(name, "name");
        for (DayOfWeek d : DayOfWeek.values()) {
            if (dayName(d).contentEquals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains a zone by its id.
     *
     * @param id  the zone id, such as {@code Asia/Shanghai}, not null
     * @return the zone, not null
     * @throws DateTimeException if the id is not a known zone id, naming it:
     *     {@code Zone 'Mars/Olympus' is not a known time-zone id (such as Asia/Shanghai or UTC)}, or
     *     suggesting the id meant: {@code Zone 'Asia/Beijing' is not a known time-zone id: did you mean Asia/Shanghai?}
     */
    public static ZoneId zone(String id) {
        Objects.requireNonNull(id, "id");
        try {
            return ZoneId.of(id);
        } catch (DateTimeException ex) {
            String hint = likelyZone(id).map(z -> ": did you mean " + z + "?").orElse(" (such as Asia/Shanghai or UTC)");
            throw new DateTimeException("Zone '" + id + "' is not a known time-zone id" + hint, ex);
        }
    }

    /**
     * Gets the text form of a month-day closed every year: {@code MM-DD}, such as {@code 12-25}.
     *
     * @param day  the month and day, not null
     * @return the text, not null
     */
    public static String monthDay(MonthDay day) {
        Objects.requireNonNull(day, "day");
        return String.format(Locale.ROOT, "%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    /**
     * Parses a month-day closed every year, {@code MM-DD} such as {@code 12-25} ({@code 02-29} allowed).
     *
     * @param text  the text, not null
     * @return the month-day, not null
     * @throws DateTimeException if the text is not a month and day, naming it
     */
    public static MonthDay parseMonthDay(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String t = text.toString();
        if (t.matches("\\d\\d-\\d\\d")) {
            try {
                return MonthDay.of(Integer.parseInt(t.substring(0, 2)), Integer.parseInt(t.substring(3)));
            } catch (DateTimeException ex) {
                // reported below, with the form expected
            }
        }
        throw new DateTimeException("'" + t + "' is not a month and day (MM-DD, such as 12-25)");
    }

    /** Cities people write as zones that have none of their own: all of China keeps Shanghai's time. */
    private static final Map<String, String> CITY_ZONES = Map.of("beijing", "Asia/Shanghai", "peking", "Asia/Shanghai",
            "guangzhou", "Asia/Shanghai", "shenzhen", "Asia/Shanghai", "chongqing", "Asia/Shanghai", "hangzhou", "Asia/Shanghai",
            "hongkong", "Asia/Hong_Kong", "kowloon", "Asia/Hong_Kong", "taipei", "Asia/Taipei");

    /** The zone id meant by a wrong one: the same id in other letter case or spacing, or a city's zone. */
    private static Optional<String> likelyZone(String id) {
        String key = id.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (String known : ZoneId.getAvailableZoneIds()) {
            if (known.toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(known);
            }
        }
        String city = key.substring(key.lastIndexOf('/') + 1).replace("_", "");
        return Optional.ofNullable(CITY_ZONES.get(city));
    }
}
