package org.slakit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text form of a policy's durations: {@code 30m}, {@code 4h}, {@code 1h30m}, or ISO-8601 hours and minutes. */
class DurationsTest {

    private static final String TOO_LONG = " is longer than the longest a policy may give, 999999h59m";

    private static final String NOT_HOURS_AND_MINUTES = " is not hours and minutes such as 30m, 4h, 1h30m or PT4H";
    private static final String USES_DAYS = " uses days, which are not a duration: say 24h or use business-days";

    static Stream<Arguments> parses() {
        return Stream.of(
                // minutes, hours, both
                Arguments.of("30m", Duration.ofMinutes(30)),
                Arguments.of("4h", Duration.ofHours(4)),
                Arguments.of("1h30m", Duration.ofMinutes(90)),
                // minutes beyond an hour are not carried into the text, but are read
                Arguments.of("90m", Duration.ofMinutes(90)),
                Arguments.of("1h0m", Duration.ofHours(1)),
                // zero, in both short forms and ISO (the builder, not the parser, refuses a zero within)
                Arguments.of("0m", Duration.ZERO),
                Arguments.of("0h", Duration.ZERO),
                Arguments.of("PT0M", Duration.ZERO),
                // ISO-8601 with hours and minutes only, upper or lower case
                Arguments.of("PT4H", Duration.ofHours(4)),
                Arguments.of("PT2H30M", Duration.ofMinutes(150)),
                Arguments.of("PT40H", Duration.ofHours(40)),
                Arguments.of("PT45M", Duration.ofMinutes(45)),
                Arguments.of("PT1H90M", Duration.ofMinutes(150)),
                Arguments.of("pt4h", Duration.ofHours(4)),
                // surrounding blanks are trimmed
                Arguments.of(" 4h ", Duration.ofHours(4)),
                // the longest numbers: six digits of hours
                Arguments.of("999999h", Duration.ofHours(999_999)),
                // the longest, short and in minutes
                Arguments.of("999999h59m", Duration.ofHours(999_999).plusMinutes(59)),
                Arguments.of("59999999m", Duration.ofMinutes(59_999_999)));
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("parses")
    void parse_validText_givesTheDuration(String text, Duration expected) {
        assertEquals(expected, Durations.parse(text));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                // empty, a unit alone, a number alone, a blank inside
                Arguments.of("", "Duration ''" + NOT_HOURS_AND_MINUTES),
                Arguments.of("h", "Duration 'h'" + NOT_HOURS_AND_MINUTES),
                Arguments.of("4", "Duration '4'" + NOT_HOURS_AND_MINUTES),
                Arguments.of("4 h", "Duration '4 h'" + NOT_HOURS_AND_MINUTES),
                // minutes before hours; an upper-case short unit
                Arguments.of("1m30h", "Duration '1m30h'" + NOT_HOURS_AND_MINUTES),
                Arguments.of("4H", "Duration '4H'" + NOT_HOURS_AND_MINUTES),
                // ISO with nothing, with seconds
                Arguments.of("PT", "Duration 'PT'" + NOT_HOURS_AND_MINUTES),
                Arguments.of("PT4S", "Duration 'PT4S'" + NOT_HOURS_AND_MINUTES),
                Arguments.of("PT1H30M10S", "Duration 'PT1H30M10S'" + NOT_HOURS_AND_MINUTES),
                // seven digits of hours, nine of minutes
                Arguments.of("1000000h", "Duration '1000000h'" + NOT_HOURS_AND_MINUTES),
                Arguments.of("100000000m", "Duration '100000000m'" + NOT_HOURS_AND_MINUTES),
                // a fraction
                Arguments.of("1.5h", "Duration '1.5h'" + NOT_HOURS_AND_MINUTES),
                // longer than 999999h59m, which the short form writes: 999999h60m would be written 1000000h
                Arguments.of("999999h60m", "Duration '999999h60m'" + TOO_LONG),
                // eight digits of minutes are read, but 99999999m is 1666666h39m, which no text of hours reads back
                Arguments.of("99999999m", "Duration '99999999m'" + TOO_LONG),
                Arguments.of("60000000m", "Duration '60000000m'" + TOO_LONG),
                Arguments.of("PT999999H60M", "Duration 'PT999999H60M'" + TOO_LONG),
                // negative, short and ISO
                Arguments.of("-4h", "Duration '-4h' must not be negative"),
                Arguments.of("-PT4H", "Duration '-PT4H' must not be negative"),
                Arguments.of("PT-4H", "Duration 'PT-4H'" + NOT_HOURS_AND_MINUTES),
                // days are not a duration, short or ISO, alone or with hours
                Arguments.of("1d", "Duration '1d'" + USES_DAYS),
                Arguments.of("P1D", "Duration 'P1D'" + USES_DAYS),
                Arguments.of("p1d", "Duration 'p1d'" + USES_DAYS),
                Arguments.of("P1DT2H", "Duration 'P1DT2H'" + USES_DAYS),
                // the message quotes the text as given, blanks included
                Arguments.of(" 2d ", "Duration ' 2d '" + USES_DAYS));
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("refusals")
    void parse_invalidText_throwsNamingTheText(String text, String message) {
        DateTimeException ex = assertThrows(DateTimeException.class, () -> Durations.parse(text));
        assertEquals(message, ex.getMessage());
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                // zero is 0m, not 0h
                Arguments.of(Duration.ZERO, "0m"),
                Arguments.of(Duration.ofMinutes(30), "30m"),
                Arguments.of(Duration.ofHours(4), "4h"),
                Arguments.of(Duration.ofMinutes(90), "1h30m"),
                // a day is written in hours
                Arguments.of(Duration.ofDays(1), "24h"),
                Arguments.of(Duration.ofMinutes(59), "59m"),
                Arguments.of(Duration.ofMinutes(61), "1h1m"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void format_wholeMinutes_givesTheShortForm(Duration duration, String expected) {
        assertEquals(expected, Durations.format(duration));
    }

    static Stream<Arguments> unformattable() {
        return Stream.of(
                // negative
                Arguments.of(Duration.ofMinutes(-1), "Duration PT-1M cannot be written as hours and minutes"),
                // seconds, nanoseconds
                Arguments.of(Duration.ofSeconds(90), "Duration PT1M30S cannot be written as hours and minutes"),
                Arguments.of(Duration.ofMinutes(1).plusNanos(1), "Duration PT1M0.000000001S cannot be written as hours and minutes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unformattable")
    void format_notWholeMinutesOrNegative_throws(Duration duration, String message) {
        DateTimeException ex = assertThrows(DateTimeException.class, () -> Durations.format(duration));
        assertEquals(message, ex.getMessage());
    }

    @Test
    void parseFormat_everyMinuteOfTwoDays_roundTrips() {
        for (int minutes = 0; minutes <= 3000; minutes++) {
            Duration d = Duration.ofMinutes(minutes);
            assertEquals(d, Durations.parse(Durations.format(d)), "minutes " + minutes);
        }
    }

    @Test
    void parseAndFormat_null_throwNullPointerException() {
        assertThrows(NullPointerException.class, () -> Durations.parse(null));
        assertThrows(NullPointerException.class, () -> Durations.format(null));
    }
}
