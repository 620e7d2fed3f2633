package org.slakit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @ParameterizedTest
    @CsvSource({
        // instants, with or without seconds
        "2026-11-20T01:30:00Z,         2026-11-20T01:30:00Z",
        "2026-11-20T01:30Z,            2026-11-20T01:30:00Z",
        "2026-11-20 01:30Z,            2026-11-20T01:30:00Z",
        "2026-11-20T09:30+08:00,       2026-11-20T01:30:00Z",
        "2026-11-20T09:30:00.5-05:00,  2026-11-20T14:30:00.500Z",
        // local date-times in the zone
        "2026-11-20T09:30,             2026-11-20T14:30:00Z",
        "2026-11-20 09:30:15.123,      2026-11-20T14:30:15.123Z",
        // the first year slakit reads, at its first minute
        "1900-01-01T00:00Z,            1900-01-01T00:00:00Z",
        // a gap moves forward by its length; an overlap takes the earlier offset
        "2026-03-08T02:30,             2026-03-08T07:30:00Z",
        "2026-11-01T01:30,             2026-11-01T05:30:00Z"})
    void parse_theFormsOfTheTicketSchema(String text, String expected) {
        assertEquals(Instant.parse(expected), Timestamps.parse(text, NEW_YORK));
    }

    /** The ticket schema's timestamp pattern is the exact grammar: what it refuses is refused here too. */
    @ParameterizedTest
    @ValueSource(strings = {"-2026-11-20T09:30", "2026-11-20T09:30+08", "2026-11-20T09:30z", "2026-11-20T9:30", "2026-11-20"})
    void parse_textOutsideTheSchema_throwsNamingIt(String text) {
        DateTimeException e = assertThrows(DateTimeException.class, () -> Timestamps.parse(text, NEW_YORK));
        assertEquals("Time '" + text + "' is neither an instant (2026-11-20T01:30:00Z, 2026-11-20T09:30+08:00) nor a local "
                + "date-time in America/New_York (2026-11-20T09:30)", e.getMessage());
    }

    @Test
    void parse_yearBefore1900_throwsNamingTheRange() {
        DateTimeException e = assertThrows(DateTimeException.class, () -> Timestamps.parse("1899-12-31T23:59Z", NEW_YORK));
        assertEquals("Time '1899-12-31T23:59Z' is outside the dates slakit reads, 1900-01-01 to 9999-12-31", e.getMessage());
    }

    @Test
    void local_writesEachUtcInstantAsTheLocalTimeTheFileSaid() {
        ZoneId hk = ZoneId.of("Asia/Hong_Kong");
        assertEquals("was resume at 2026-11-16T09:30, after 2026-11-16T10:00:30",
                Timestamps.local("was resume at 2026-11-16T01:30:00Z, after 2026-11-16T02:00:30Z", hk));
        assertEquals("no time here, 2026-11-16 alone", Timestamps.local("no time here, 2026-11-16 alone", hk));
    }
}
