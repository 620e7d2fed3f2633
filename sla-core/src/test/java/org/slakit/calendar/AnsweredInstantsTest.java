package org.slakit.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** A calendar answers for the years -999,999 to 999,999, and fails at once and clearly outside them. */
class AnsweredInstantsTest {

    private static final String RANGE = " is outside the instants a business calendar answers for,"
            + " -999999-01-01T00:00:00Z to +999999-12-31T23:59:59.999999999Z";

    private static BusinessCalendar unbounded() {
        return BusinessCalendar.builder(ZoneId.of("Asia/Shanghai")).hours(MONDAY, FRIDAY, "09:00-18:00").build();
    }

    private static BusinessCalendar bounded() {
        return BusinessCalendar.builder(ZoneId.of("Asia/Shanghai")).hours(MONDAY, FRIDAY, "09:00-18:00")
                .coverage(LocalDateRange.ofClosed(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"))).build();
    }

    @Test
    void everyQuery_instantOutsideTheYearsAnswered_throwsNamingIt() {
        Instant far = Instant.parse("+999999000-01-01T00:00:00Z");
        List<Function<BusinessCalendar, Object>> queries = List.of(c -> c.isOpen(Instant.MAX), c -> c.isOpen(Instant.MIN),
                c -> c.nextOpen(far), c -> c.nextClose(far), c -> c.between(Instant.EPOCH, far), c -> c.plus(far, Duration.ofHours(1)),
                c -> c.minus(Instant.MIN, Duration.ofHours(1)), c -> c.endOfBusinessDay(far), c -> c.workingDayOf(far));
        for (BusinessCalendar cal : List.of(unbounded(), bounded())) {
            for (Function<BusinessCalendar, Object> query : queries) {
                DateTimeException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                        () -> assertThrows(DateTimeException.class, () -> query.apply(cal)));
                assertEquals(DateTimeException.class, e.getClass(), e.getMessage());
                assertTrueEndsWith(e.getMessage(), RANGE);
            }
        }
    }

    @Test
    void plus_runningPastTheLastYear_throwsAtOnce() {
        Instant late = Instant.parse("+999999-12-01T00:00:00Z");
        DateTimeException e = assertThrows(DateTimeException.class, () -> unbounded().plus(late, Duration.ofHours(2_000)));
        assertTrueEndsWith(e.getMessage(), RANGE);
    }

    @Test
    void isOpen_theEndsOfTheYearsAnswered_answer() {
        BusinessCalendar cal = unbounded();
        assertEquals(false, cal.isOpen(AnsweredInstants.FIRST));
        assertEquals(false, cal.isOpen(AnsweredInstants.LAST));
    }

    @Test
    void plusAndNextOpen_answerPastTheLastYear_throwRatherThanAnswerWhatCannotBeAskedBack() {
        BusinessCalendar london = BusinessCalendar.builder(ZoneId.of("Europe/London")).hours(MONDAY, FRIDAY, "09:00-17:00").build();
        Instant evening = Instant.parse("+999999-12-31T20:00:00Z");
        for (Function<BusinessCalendar, Object> query : List.<Function<BusinessCalendar, Object>>of(
                c -> c.plus(evening, Duration.ofHours(8)), c -> c.nextOpen(evening))) {
            DateTimeException e = assertThrows(DateTimeException.class, () -> query.apply(london));
            assertTrueEndsWith(e.getMessage(), " lies outside the instants a business calendar answers for,"
                    + " -999999-01-01T00:00:00Z to +999999-12-31T23:59:59.999999999Z");
        }
    }

    private static void assertTrueEndsWith(String message, String end) {
        assertEquals(end, message.substring(Math.max(0, message.length() - end.length())), message);
    }
}
