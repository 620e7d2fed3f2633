package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slakit report}: each report kind over the sample files, and the command line's errors (exit 2). */
class ReportCommandTest {

    private static final String HK = "policies/hk-pos-erp.yaml";
    private static final String HISTORY = "tickets/sample-history.csv";

    private final SlakitRunner slakit = new SlakitRunner(Instant.parse("2026-11-23T02:00:00Z"));

    @Test
    void compliance_csvByCustomer_groupColumnThenTheDocumentedOnes() {
        assertEquals(0, slakit.run("report", "compliance", HK, "--tickets", HISTORY, "--by", "customer", "--format", "csv"), slakit.err());
        String[] lines = slakit.out().split("\r\n");
        assertEquals("customer,cycles,not_started,open,met,breached,unknown,decided,met_percent,breached_open,p50_taken,p90_taken,"
                + "median_overrun,escalations,tickets_with_breach", lines[0]);
        assertTrue(lines[1].startsWith("\"Causeway Bay Books, Ltd.\","), lines[1]);
    }

    @Test
    void compliance_periodAndOut_writesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("november.md");
        assertEquals(0, slakit.run("report", "compliance", HK, "--tickets", HISTORY, "--from", "2026-11-16", "--to", "2026-11-22", "--out",
                file.toString()), slakit.err());
        assertEquals("", slakit.out());
        String md = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(md.contains("Period: 2026-11-16 to 2026-11-22 (Asia/Hong_Kong). As of 2026-11-23 10:00."), md);
    }

    @Test
    void followUps_seed000_mondayList() {
        assertEquals(0, slakit.run("report", "follow-ups", HK, "--tickets", HISTORY, "--as-of", "2026-11-23T10:00"), slakit.err());
        assertTrue(slakit.out().contains("| H-2004 | 2026-11-17 17:30 | 5d 16h 30m |"), slakit.out());
    }

    @Test
    void followUps_policyWithoutFollowUp_exitsOne() {
        assertEquals(1, slakit.run("report", "follow-ups", "policies/heating-billing.yaml", "--tickets", "tickets/heating-2026.csv"));
        assertTrue(slakit.err().startsWith("policies/heating-billing.yaml: the policy has no follow-up section"), slakit.err());
    }

    @Test
    void compare_samePolicyTwice_nothingChanged() {
        assertEquals(0, slakit.run("report", "compare", HK, "--policy-b", HK, "--tickets", HISTORY, "--format", "json"), slakit.err());
        assertTrue(slakit.out().contains("\"changes\" : [ ]"), slakit.out());
    }

    @Test
    void service_traditionalChinese_forSeed000() {
        assertEquals(0, slakit.run("report", "service", HK, "--tickets", HISTORY, "--customer", "Sha Tin Bakery", "--lang", "zh-Hant"),
                slakit.err());
        assertTrue(slakit.out().startsWith("# 服務報告: Sha Tin Bakery\n"), slakit.out());
        assertTrue(slakit.out().contains("| H-2004 |"), slakit.out());
        assertTrue(slakit.out().contains("| H-2009 |"), slakit.out());
    }

    @Test
    void wrongCommandLine_exitsTwoNamingTheOption() {
        assertEquals(2, slakit.run("report", "compliance", HK, "--tickets", HISTORY, "--by", "sevrity"));
        assertEquals("slakit: --by: Unknown grouping 'sevrity': expected one of target, severity, category, kind, tier, customer, month",
                slakit.err().strip());
        assertEquals(2, slakit.run("report", "compliance", HK, "--tickets", HISTORY, "--format", "pdf"));
        assertEquals("slakit: --format: Unknown report format 'pdf': expected md, csv, json or html", slakit.err().strip());
        assertEquals(2, slakit.run("report", "compliance", HK, "--tickets", HISTORY, "--from", "2026-12-01", "--to", "2026-11-01"));
        assertEquals("slakit: --from/--to: A report period must not end before it starts: from 2026-12-01 to 2026-11-01",
                slakit.err().strip());
        assertEquals(2, slakit.run("report", "compliance", HK, "--tickets", HISTORY, "--from", "2026-13-01"));
        assertTrue(slakit.err().startsWith("slakit: --from/--to: Text '2026-13-01' could not be parsed"), slakit.err());
        assertEquals(2, slakit.run("report", "compliance", HK, "--tickets", HISTORY, "--by", "month"));
        assertEquals("slakit: --by: month is not a grouping: every report has the month-by-month series", slakit.err().strip());
        assertEquals(2, slakit.run("report", "service", HK, "--tickets", HISTORY));
        assertTrue(slakit.err().startsWith("Missing required option: '--customer=NAME'"), slakit.err());
        assertEquals(2, slakit.run("report", "service", HK, "--tickets", HISTORY, "--customer", "x", "--lang", "fr"));
        assertEquals("slakit: --lang: Unknown report language 'fr': expected en, zh-Hans or zh-Hant", slakit.err().strip());
    }

    @Test
    void explain_html_theTicketsTimelinePage() {
        assertEquals(0, slakit.run("explain", HK, "--ticket", "tickets/T-1001.yaml", "--as-of", "2026-11-26T12:00", "--format", "html"),
                slakit.err());
        assertTrue(slakit.out().startsWith("<!DOCTYPE html>"), slakit.out());
        assertTrue(slakit.out().contains("<svg"), slakit.out());
        assertEquals(2, slakit.run("explain", HK, "--ticket", "tickets/T-1001.yaml", "--format", "pdf"));
        assertTrue(slakit.err().contains("slakit: --format: expected text, table, html or json, was 'pdf'"), slakit.err());
    }

    @Test
    void compliance_html_aPageWithItsCharts() {
        assertEquals(0, slakit.run("report", "compliance", HK, "--tickets", HISTORY, "--format", "html"), slakit.err());
        assertTrue(slakit.out().contains("class=\"bar met-percent\""), slakit.out());
    }

    @Test
    void badTicketFile_exitsOneAtItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "ticket,at,action,name,category,severity\nX-1,2026-11-16T09:00,open,,software-error,sever\n",
                StandardCharsets.UTF_8);
        assertEquals(1, slakit.run("report", "compliance", HK, "--tickets", file.toString()));
        assertTrue(slakit.err().startsWith(file + ":2:1: "), slakit.err());
    }
    /** The README's report commands, in its Reports section, each run as written (from the repository's root) with exit 0. */
    @Test
    void readme_reportCommands_eachRunsAsWritten(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Reports");
        List<String> commands = new ArrayList<>();
        StringBuilder command = null;
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i).strip();
            if (command == null && line.startsWith("slakit report ")) {
                command = new StringBuilder();
            }
            if (command != null) {
                boolean more = line.endsWith("\\");
                command.append(more ? line.substring(0, line.length() - 1) : line).append(' ');
                if (!more) {
                    commands.add(command.toString().strip());
                    command = null;
                }
            }
        }
        assertEquals(4, commands.size(), commands.toString());
        for (String c : commands) {
            List<String> args = new ArrayList<>();
            for (String word : c.substring("slakit ".length()).split(" +")) {
                // paths are the repository root's; the one output file goes to a temporary folder
                boolean output = !args.isEmpty() && args.get(args.size() - 1).equals("--out");
                args.add(word.startsWith("examples/") ? word.substring("examples/".length()) : output ? dir.resolve(word).toString() : word);
            }
            assertEquals(0, slakit.run(args.toArray(String[]::new)), c + "\n" + slakit.err());
        }
        assertTrue(Files.readString(dir.resolve("compliance.csv"), StandardCharsets.UTF_8).startsWith("\uFEFFtarget,tier,cycles,"));
        assertTrue(Files.readString(dir.resolve("harbin-2026.html"), StandardCharsets.UTF_8).contains("<html lang=\"zh-Hans\">"));
    }

    @Test
    void whatIfPolicy_isSeed000WithOneLineChanged() throws IOException {
        List<String> seed = Files.readAllLines(Path.of("policies", "hk-pos-erp.yaml"), StandardCharsets.UTF_8);
        List<String> whatIf = Files.readAllLines(Path.of("what-if", "hk-pos-erp-2h.yaml"), StandardCharsets.UTF_8);
        List<String> body = whatIf.subList(3, whatIf.size());
        assertEquals(seed.size(), body.size());
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < seed.size(); i++) {
            if (!seed.get(i).equals(body.get(i))) {
                changed.add(seed.get(i).strip() + " -> " + body.get(i).strip());
            }
        }
        assertEquals(List.of("within: 4h -> within: 2h                      # what if: 2 business hours instead of 4"), changed);
    }
}
