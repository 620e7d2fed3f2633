package org.slakit.policy;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.Problem;

/**
 * The text form of a policy's percentages ({@code warn-at}, {@code escalations[i].at}), and the range
 * the policy builder allows: above 0 %, at most 1000 %.
 */
class PercentagesTest {

    private static final String NOT_A_PERCENTAGE = "' is not a number followed by %, such as 50% or 12.5%";

    static Stream<Arguments> parses() {
        return Stream.of(
                // whole and fractional
                Arguments.of("50%", 50.0),
                Arguments.of("12.5%", 12.5),
                Arguments.of("150%", 150.0),
                // the range's ends and just beyond them parse; the builder judges the range
                Arguments.of("0%", 0.0),
                Arguments.of("1000%", 1000.0),
                Arguments.of("1000.0001%", 1000.0001),
                // six digits before and after the point
                Arguments.of("999999.999999%", 999999.999999),
                Arguments.of("0.000001%", 0.000001),
                // surrounding blanks are trimmed
                Arguments.of(" 75% ", 75.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parses")
    void parse_validText_givesThePercentage(String text, double expected) {
        assertEquals(expected, Percentages.parse(text));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                // negative
                Arguments.of("-5%"),
                // no percent sign; a blank before it; a sign alone; two signs
                Arguments.of("50"),
                Arguments.of("50 %"),
                Arguments.of("%"),
                Arguments.of("50%%"),
                // a point without digits on one side
                Arguments.of(".5%"),
                Arguments.of("5.%"),
                // exponent, comma, words
                Arguments.of("1e3%"),
                Arguments.of("12,5%"),
                Arguments.of("half"),
                // seven digits before or after the point
                Arguments.of("1234567%"),
                Arguments.of("1.1234567%"),
                // empty
                Arguments.of(""));
    }

    @ParameterizedTest(name = "''{0}''")
    @MethodSource("refusals")
    void parse_invalidText_throwsNamingTheText(String text) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Percentages.parse(text));
        assertEquals("Percentage '" + text + NOT_A_PERCENTAGE, ex.getMessage());
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                // whole percentages without a point
                Arguments.of(150.0, "150%"),
                Arguments.of(0.0, "0%"),
                Arguments.of(1000.0, "1000%"),
                // fractions as written, never in scientific notation
                Arguments.of(12.5, "12.5%"),
                Arguments.of(0.0001, "0.0001%"),
                Arguments.of(1000.0001, "1000.0001%"),
                Arguments.of(1000.5, "1000.5%"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void format_percentage_givesTheText(double percent, String expected) {
        assertEquals(expected, Percentages.format(percent));
    }

    @Test
    void parseFormat_everyTenthUpTo1000_roundTrips() {
        for (int tenths = 0; tenths <= 10000; tenths++) {
            double p = tenths / 10.0;
            assertEquals(p, Percentages.parse(Percentages.format(p)), "percent " + p);
        }
    }

    @Test
    void parse_null_throwsNullPointerException() {
        assertThrows(NullPointerException.class, () -> Percentages.parse(null));
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Hong_Kong");

    private static PolicyBuilder policyWarningAt(String percent) {
        return SlaPolicy.builder("P", ZONE)
                .calendar("office", BusinessCalendar.builder(ZONE).hours(MONDAY, FRIDAY, "09:00-18:00"))
                .severities("severe").category("software-error")
                .target("fix", t -> t.stopsOn("resolved").within("4h").warnAt(percent));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                // the smallest the text can say, a fraction, the top of the range
                Arguments.of("0.000001%", 0.000001),
                Arguments.of("12.5%", 12.5),
                Arguments.of("1000%", 1000.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void warnAt_insideTheRange_isKept(String text, double expected) {
        assertEquals(List.of(expected), policyWarningAt(text).build().targets().get(0).warnAt());
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                // zero is not above 0 %
                Arguments.of("0%", "A percentage must be above 0% and at most 1000%, was 0%"),
                // just above the top, and by a small fraction
                Arguments.of("1001%", "A percentage must be above 0% and at most 1000%, was 1001%"),
                Arguments.of("1000.0001%", "A percentage must be above 0% and at most 1000%, was 1000.0001%"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void warnAt_outsideTheRange_isAProblemAtItsPath(String text, String message) {
        InvalidPolicyException ex = assertThrows(InvalidPolicyException.class, () -> policyWarningAt(text).build());
        assertEquals(List.of(new Problem("targets[0].warn-at[0]", message)), ex.problems());
    }
}
