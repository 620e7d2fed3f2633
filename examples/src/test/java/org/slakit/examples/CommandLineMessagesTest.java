package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says about a wrong file: where it is, and the rule it broke, in the words of whoever wrote it. */
class CommandLineMessagesTest {

    private static final String HK = "policies/hk-pos-erp.yaml";
    private static final String HEADER = "id,opened,category,severity,kind,tier,field:company\n";
    private static final String QUOTING = "a cell holding a comma or a quote is written in quotes, with each quote in it doubled"
            + " (\"Harbour \"\"East\"\", Ltd.\")";

    private final SlakitRunner slakit = new SlakitRunner();

    private int replay(Path dir, String csv) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return slakit.run("replay", HK, "--tickets", file.toString(), "--as-of", "2026-11-17T00:00");
    }

    @Test
    void aFolderGivenAsAFile_saysSo(@TempDir Path dir) {
        assertEquals(2, slakit.run("validate", dir.toString()));
        assertEquals("slakit: cannot read " + dir + ": it is a folder, not a file", slakit.err().strip());
    }

    @Test
    void aFolderGivenAsTickets_saysSo(@TempDir Path dir) {
        assertEquals(2, slakit.run("replay", HK, "--tickets", dir.toString()));
        assertEquals("slakit: cannot read " + dir + ": it is a folder, not a file", slakit.err().strip());
    }

    @Test
    void aCityForAZone_suggestsTheZone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, Files.readString(Path.of(HK), StandardCharsets.UTF_8).replace("zone: Asia/Hong_Kong", "zone: Asia/Beijing"),
                StandardCharsets.UTF_8);
        assertEquals(1, slakit.run("validate", file.toString()));
        assertEquals(file + ":32:7: zone: Zone 'Asia/Beijing' is not a known time-zone id: did you mean Asia/Shanghai?",
                slakit.err().strip());
    }

    @Test
    void csv_aCommaTooMany_namesTheColumnsAndHowToQuote(@TempDir Path dir) throws IOException {
        assertEquals(1, replay(dir, HEADER + "T-1,2026-11-16T09:12,software-error,severe,function-error,standard,Harbour,x\n"));
        assertEquals(dir.resolve("t.csv") + ":2:76: The row has more cells than the header's 7 columns: a comma too many, or "
                + QUOTING, slakit.err().strip());
    }

    @Test
    void csv_aQuoteInsideAQuotedCell_saysHowToQuote(@TempDir Path dir) throws IOException {
        assertEquals(1, replay(dir, HEADER + "T-1,2026-11-16T09:12,software-error,severe,function-error,standard,\"Harbour \"Dept\" Store\n"));
        assertEquals(dir.resolve("t.csv") + ":2:79: A quoted cell goes on after its closing quote: " + QUOTING,
                slakit.err().strip());
    }

    @Test
    void csv_aQuoteNeverClosed_saysSo(@TempDir Path dir) throws IOException {
        assertEquals(1, replay(dir, HEADER + "T-1,2026-11-16T09:12,software-error,severe,function-error,standard,\"Harbour\n"));
        assertEquals(dir.resolve("t.csv") + ":3:1: A quoted cell has no closing quote: " + QUOTING, slakit.err().strip());
    }

    private static final String HOLIDAYS = "../sla-calendars/src/main/resources/org/slakit/calendars/hong-kong.yaml";

    @Test
    void validate_aHolidayFile_isValidatedAsOne() {
        assertEquals(0, slakit.run("validate", HOLIDAYS, HK, "--as-of", "2026-06-01T09:00"), slakit.err());
        assertEquals(HOLIDAYS + ": ok (holidays of hk: Hong Kong general holidays, 136 days off, 0 working days,"
                + " 2019-01-01 to 2026-12-31)", slakit.out().lines().findFirst().orElseThrow());
        assertEquals("", slakit.err());
    }

    @Test
    void validate_aBrokenHolidayFile_givesTheHolidayFilesProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hk-2027.yaml");
        Files.writeString(file, "# Hong Kong 2027\nslakit-holidays: 1\nregion: hk\nname: Hong Kong 2027\n"
                + "covers: {from: 2027-01-01, to: 2027-12-31}\ndays-off:\n  - {date: 2027-02-30, name: \"Lunar New Year\"}\n",
                StandardCharsets.UTF_8);
        assertEquals(1, slakit.run("validate", file.toString()));
        String problems = slakit.err().strip();
        assertEquals(1, problems.lines().count(), problems);
        org.junit.jupiter.api.Assertions.assertTrue(problems.startsWith(file + ":7:") && problems.contains("2027-02-30")
                && !problems.contains("nknown key"), problems);
    }

    @Test
    void deadline_onASunday_showsTheOutOfHoursRouteAndTheIntake() {
        assertEquals(0, slakit.run("deadline", HK, "--category", "software-error", "--severity", "severe", "--at", "2026-11-22T11:00"),
                slakit.err());
        java.util.List<String> lines = slakit.out().lines().toList();
        assertEquals("Route:    out of hours: call the manager now (escalate-now)", lines.get(lines.size() - 2));
        assertEquals("Intake:   ask the customer for company, contact, phone, date, product, version", lines.get(lines.size() - 1));
        assertEquals(0, slakit.run("deadline", HK, "--category", "software-error", "--severity", "general", "--at", "2026-11-22T11:00"));
        org.junit.jupiter.api.Assertions.assertTrue(slakit.out().contains(
                "Route:    out of hours: handled first at opening, Mon 2026-11-23 09:00 (first-at-opening)\n"), slakit.out());
    }
}
