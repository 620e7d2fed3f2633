package org.slakit.calendars;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slakit.calendar.HolidaySet;

/**
 * The shipped holiday sets hold exactly the verified fact tables they were converted from, row by
 * row: the tables (copied unchanged into the test resources from the project's verified data; see
 * their SOURCES.md for how each row was checked) are the truth, the YAML resources the product.
 */
class VerifiedDataTest {

    private static List<String[]> rows(String table) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = VerifiedDataTest.class.getResourceAsStream(table);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine(); // header
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(line.split("\t", -1));
                }
            }
        }
        return out;
    }

    @Test
    void chinaMainland_holdsEveryVerifiedRowAndNothingElse() throws IOException {
        HolidaySet cn = HolidaySets.chinaMainland();
        List<String[]> rows = rows("cn-mainland.tsv");           // date, kind, name_en, name_zh
        for (String[] row : rows) {
            LocalDate date = LocalDate.parse(row[0]);
            HolidaySet.Day day = cn.day(date).orElseThrow(() -> new AssertionError("missing " + row[0]));
            assertEquals(row[1].equals("off") ? HolidaySet.Kind.OFF : HolidaySet.Kind.WORKING, day.kind(), row[0]);
            assertEquals(row[2], day.name(), row[0]);
            assertEquals(row[3], day.nameZh(), row[0]);
        }
        assertEquals(282, rows.size());
        assertEquals(rows.size(), cn.days().size(), "days in the shipped set that no verified row has");
    }

    @Test
    void hongKong_holdsEveryVerifiedRowAndNothingElse() throws IOException {
        HolidaySet hk = HolidaySets.hongKong();
        List<String[]> rows = rows("hk-general.tsv");            // date, name_en, name_zh
        for (String[] row : rows) {
            LocalDate date = LocalDate.parse(row[0]);
            HolidaySet.Day day = hk.day(date).orElseThrow(() -> new AssertionError("missing " + row[0]));
            assertEquals(HolidaySet.Kind.OFF, day.kind(), row[0]);
            assertEquals(row[1], day.name(), row[0]);
            assertEquals(row[2], day.nameZh(), row[0]);
        }
        assertEquals(136, rows.size());
        assertEquals(rows.size(), hk.days().size(), "days in the shipped set that no verified row has");
    }
}
