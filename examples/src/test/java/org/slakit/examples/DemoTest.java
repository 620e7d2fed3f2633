package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo ({@code slakit} without arguments): it says that it runs the jar's copies of the
 * example files and gives the command that runs the files themselves, which prints the same table;
 * its calendars are the policies' own, holidays and closures included.
 */
class DemoTest {

    private static String run(String... args) {
        SlakitRunner slakit = new SlakitRunner();
        assertEquals(0, slakit.run(args), slakit.err());
        assertEquals("", slakit.err());
        return slakit.out();
    }

    @Test
    void demo_namesTheJarsCopies_andTheCommandThatRunsTheFiles() {
        String demo = run();
        assertTrue(demo.startsWith("== A week of tickets under the Hong Kong POS/ERP vendor's policy, as of Mon 2026-11-23 09:00\n"
                + "   (the copies of examples/policies/hk-pos-erp.yaml and examples/tickets/sample-week.csv built into\n"
                + "   this jar: editing the files changes nothing here. To run the same week on the files themselves:\n"
                + "    slakit replay examples/policies/hk-pos-erp.yaml --tickets examples/tickets/sample-week.csv --as-of 2026-11-23T09:00)\n"
                + "\n"), demo);
    }

    /** The command the demo prints, run from the repository's root on the files, prints the demo's first table. */
    @Test
    void demo_replayCommandItPrints_givesTheSameTable() {
        List<String> words = Arrays.asList(Demo.REPLAY.split(" "));
        assertEquals("slakit", words.get(0));
        String[] args = words.subList(1, words.size()).stream()
                .map(w -> w.startsWith("examples/") ? QuickStartTest.ROOT.resolve(w).toString() : w).toArray(String[]::new);
        String table = run(args);
        assertTrue(table.lines().count() > 5, table);
        String demo = run("demo");
        int start = demo.indexOf("\n\n") + 2;
        assertEquals(table, demo.substring(start, start + table.length()));
    }

    /** Hong Kong's office closes at 13:00 on Christmas Eve and for Christmas (Fri 12-25, Sat 12-26, then Sunday). */
    @Test
    void demo_hongKongCalendar_keepsThePolicysHolidaysAndClosures() {
        String row = run().lines().filter(l -> l.startsWith("  Thu 2026-12-24 11:00")).findFirst().orElseThrow();
        assertEquals("  Thu 2026-12-24 11:00   Thu 2026-12-24 13:00   Mon 2026-12-28 11:00   Mon 2026-12-28 15:00   "
                + "Tue 2026-12-29 18:00", row.stripTrailing());
    }

    @Test
    void demo_speaksOfVendorsNotSeeds() {
        String demo = run();
        assertTrue(!demo.toLowerCase(java.util.Locale.ROOT).contains("seed"), demo);
    }
}
