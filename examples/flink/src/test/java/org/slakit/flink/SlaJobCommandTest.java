package org.slakit.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's command line: its exit codes and messages for bad arguments and bad input. */
class SlaJobCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return SlaJob.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingEvents_isAUsageError() throws Exception {
        assertEquals(2, run("--policy", "p.yaml"));
        assertEquals("slakit-flink: --policy FILE and --events FILE are required\n"
                + "usage: --policy FILE --events FILE [--update INSTANT=FILE]... [--event-time] [--horizon INSTANT]\n", err());
    }

    @Test
    void unknownArgument_isNamed() throws Exception {
        assertEquals(2, run("--policy", "p.yaml", "--events", "e.jsonl", "--fast"));
        assertEquals("slakit-flink: unknown argument '--fast'", err().lines().findFirst().orElseThrow());
    }

    @Test
    void badEventLine_namesTheFileLineAndColumn() throws Exception {
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, "{\"ticket\":\"T-1\",\"at\":\"2026-11-20T02:15:00Z\",\"action\":\"open\",\"category\":\"other\",\"severity\":\"other\"}\n"
                + "{\"ticket\":\"T-1\",\"at\":2026}\n", StandardCharsets.UTF_8);
        assertEquals(1, run("--policy", Fixtures.POLICIES.resolve("hk-pos-erp.yaml").toString(), "--events", events.toString()));
        assertEquals("slakit-flink: " + events + ":2: key 'at' must be a text, was 2026\n", err());
    }

    @Test
    void brokenJson_namesTheColumn() throws Exception {
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, "\n{\"ticket\":\"T-1\",\n", StandardCharsets.UTF_8);
        assertEquals(1, run("--policy", Fixtures.POLICIES.resolve("hk-pos-erp.yaml").toString(), "--events", events.toString()));
        assertEquals("slakit-flink: " + events + ":2:17: not JSON: Unexpected end-of-input within/between Object entries",
                err().lines().findFirst().orElseThrow().replaceAll(" \\(start marker.*", ""));
    }

    @Test
    void badUpdate_saysTheForm() throws Exception {
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, "", StandardCharsets.UTF_8);
        assertEquals(1, run("--policy", Fixtures.POLICIES.resolve("hk-pos-erp.yaml").toString(), "--events", events.toString(),
                "--update", "new.yaml"));
        assertEquals("slakit-flink: --update takes INSTANT=FILE, was 'new.yaml'\n", err());
    }
}
