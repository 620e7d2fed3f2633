package org.slakit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The day names and zone ids every reader of slakit shares. */
class CalendarTextTest {

    @Test
    void dayName_everyDay_roundTripsThroughDay() {
        for (DayOfWeek d : DayOfWeek.values()) {
            assertEquals(Optional.of(d), CalendarText.day(CalendarText.dayName(d)), d.toString());
        }
        assertEquals("Mon", CalendarText.dayName(DayOfWeek.MONDAY));
        assertEquals("Sun", CalendarText.dayName(DayOfWeek.SUNDAY));
    }

    @Test
    void day_otherSpellings_areNotDays() {
        for (String text : new String[] {"mon", "MON", "Monday", "Mo", "", " Mon"}) {
            assertEquals(Optional.empty(), CalendarText.day(text), "'" + text + "'");
        }
    }

    @Test
    void zone_knownAndUnknownIds() {
        assertEquals(ZoneId.of("Asia/Shanghai"), CalendarText.zone("Asia/Shanghai"));
        DateTimeException e = assertThrows(DateTimeException.class, () -> CalendarText.zone("Asia/Beijing"));
        assertEquals("Zone 'Asia/Beijing' is not a known time-zone id: did you mean Asia/Shanghai?", e.getMessage());
        assertEquals("Zone 'asia/hong_kong' is not a known time-zone id: did you mean Asia/Hong_Kong?",
                assertThrows(DateTimeException.class, () -> CalendarText.zone("asia/hong_kong")).getMessage());
        assertEquals("Zone 'Mars/Olympus' is not a known time-zone id (such as Asia/Shanghai or UTC)",
                assertThrows(DateTimeException.class, () -> CalendarText.zone("Mars/Olympus")).getMessage());
        assertThrows(NullPointerException.class, () -> CalendarText.zone(null));
        assertThrows(NullPointerException.class, () -> CalendarText.day(null));
    }
}
