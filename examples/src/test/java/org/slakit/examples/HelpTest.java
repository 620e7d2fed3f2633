package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Help: every subcommand takes --help, {@code slakit help COMMAND} says the same, and no text breaks inside a time. */
class HelpTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Slakit.run(NOW, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "deadline", "explain", "replay", "demo", "report", "report compliance",
        "report service", "report follow-ups", "report compare", "help"})
    void everySubcommand_takesHelp_andExitsZero(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        assertEquals(0, run(args.toArray(String[]::new)), err.toString());
        assertEquals("", err.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("Usage: slakit " + command + " [-h]")), out.toString());
    }

    @Test
    void helpSubcommand_givesTheSubcommandsHelp() {
        assertEquals(0, run("help", "replay"));
        String help = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run("replay", "--help"));
        assertEquals(out.toString(), help);
        assertTrue(help.startsWith("Usage: slakit replay [-h] [--as-of=TIME] [--encoding=CHARSET] [--format=FORMAT]"), help);
    }

    @Test
    void helpSubcommand_isListed() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("\n  help "), out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "deadline", "explain", "replay", "report compliance", "report service",
        "report follow-ups", "report compare"})
    void helpText_neverBreaksInsideATime(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        assertEquals(0, run(args.toArray(String[]::new)));
        List<String> lines = out.toString().lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            boolean broken = lines.get(i).matches(".*\\d[-:T]$") && lines.get(i + 1).strip().matches("^\\d.*");
            assertFalse(broken, lines.get(i) + " / " + lines.get(i + 1));
        }
    }
}
