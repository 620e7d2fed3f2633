package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slakit replay}'s table, as a support manager reads it: open work first, closed work on time or late. */
class StatusTableTest {

    private static final String HK = "policies/hk-pos-erp.yaml";
    private static final String HEADER = "id,opened,category,severity,kind,tier,resolved\n";

    private final SlakitRunner slakit = new SlakitRunner();

    private Path csv(Path dir, String... rows) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, HEADER + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private List<String> lines() {
        return slakit.out().lines().toList();
    }

    @Test
    void overdueOpenWork_isApartFromWorkFixedLate(@TempDir Path dir) throws IOException {
        // severe: 4 business hours. T-1 was fixed 40 minutes late; T-2 is still open and long overdue
        Path file = csv(dir, "T-1,2026-11-16T09:00,software-error,severe,function-error,standard,2026-11-16T13:40",
                "T-2,2026-11-16T09:00,software-error,severe,function-error,standard,");
        assertEquals(0, slakit.run("replay", HK, "--tickets", file.toString(), "--as-of", "2026-11-23T09:00"), slakit.err());
        List<String> lines = lines();
        assertEquals("Open, in queue order", lines.get(3));
        assertEquals("T-2      software-error/severe/function-error (standard)    fix     OVERDUE      Mon 2026-11-16 13:00   "
                + "overdue by 49h00m", lines.get(5));
        assertEquals("Closed", lines.get(7));
        assertEquals("T-1      software-error/severe/function-error (standard)    fix     late         Mon 2026-11-16 13:00   "
                + "done Mon 2026-11-16 13:40, late by 0h40m", lines.get(9));
        assertEquals("2 tickets: 1 open (targets OVERDUE 1), 1 closed (targets late 1)", lines.get(lines.size() - 1));
    }

    @Test
    void oneTicket_isOneTicket(@TempDir Path dir) throws IOException {
        Path file = csv(dir, "T-1,2026-11-16T09:00,software-error,severe,function-error,standard,2026-11-16T10:00");
        assertEquals(0, slakit.run("replay", HK, "--tickets", file.toString(), "--as-of", "2026-11-23T09:00"), slakit.err());
        assertEquals("1 ticket: 0 open, 1 closed (targets on time 1)", lines().get(lines().size() - 1));
    }

    @Test
    void aTicketOpenedAfterTheAsOf_isLeftOutAndCounted(@TempDir Path dir) throws IOException {
        Path file = csv(dir, "T-1,2026-11-16T09:00,software-error,severe,function-error,standard,",
                "T-2,2026-11-20T09:00,software-error,severe,function-error,standard,");
        assertEquals(0, slakit.run("replay", HK, "--tickets", file.toString(), "--as-of", "2026-11-16T10:00"), slakit.err());
        assertFalse(slakit.out().contains("T-2"), slakit.out());
        assertFalse(slakit.out().contains("NOT_STARTED"), slakit.out());
        assertEquals("1 ticket opened after Mon 2026-11-16 10:00 not shown", lines().get(lines().size() - 1));
    }

    @Test
    void aLongId_keepsTheColumns(@TempDir Path dir) throws IOException {
        String id = "VENDOR-2026-000001";
        Path file = csv(dir, id + ",2026-11-16T09:00,software-error,severe,function-error,standard,",
                "T-2,2026-11-16T09:30,software-error,severe,function-error,standard,");
        assertEquals(0, slakit.run("replay", HK, "--tickets", file.toString(), "--as-of", "2026-11-16T10:00"), slakit.err());
        List<String> rows = lines().stream().filter(l -> l.startsWith(id) || l.startsWith("T-2 ") || l.startsWith("ticket ")).toList();
        assertEquals(3, rows.size(), slakit.out());
        int column = rows.get(0).indexOf("classification");
        assertTrue(column > id.length(), rows.get(0));
        for (String row : rows.subList(1, 3)) {
            assertEquals(' ', row.charAt(column - 1), row);
            assertTrue(row.substring(column).startsWith("software-error"), row);
        }
    }

    @Test
    void theDefaultAsOf_isToTheSecond(@TempDir Path dir) throws IOException {
        Path file = csv(dir, "T-1,2026-11-16T09:00,software-error,severe,function-error,standard,2026-11-16T10:00");
        SlakitRunner fiveSecondsLater = new SlakitRunner(Instant.parse("2026-11-23T01:00:05.123456789Z"));
        assertEquals(0, fiveSecondsLater.run("replay", HK, "--tickets", file.toString()), fiveSecondsLater.err());
        assertEquals("As of:  Mon 2026-11-23 09:00 (2026-11-23T01:00:05Z)", fiveSecondsLater.out().lines().toList().get(1));
    }

    @Test
    void anUnknownTarget_saysWhy(@TempDir Path dir) throws IOException {
        // 4 business hours from New Year's Eve 17:00 need 2027's holidays
        Path file = csv(dir, "T-1,2026-12-31T17:00,software-error,severe,function-error,standard,");
        assertEquals(0, slakit.run("replay", HK, "--tickets", file.toString(), "--as-of", "2026-12-31T18:00"), slakit.err());
        int row = lines().indexOf(lines().stream().filter(l -> l.startsWith("T-1 ")).findFirst().orElseThrow());
        assertTrue(lines().get(row).contains("UNKNOWN"), lines().get(row));
        assertTrue(lines().get(row + 1).strip().startsWith("(") && lines().get(row + 1).contains("2027-01-01"), lines().get(row + 1));
    }
}
