package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Help: every subcommand takes --help, {@code slakit help COMMAND} says the same, and no text breaks inside a time. */
class HelpTest {


    private final SlakitRunner slakit = new SlakitRunner();

    @ParameterizedTest
    @ValueSource(strings = {"validate", "deadline", "explain", "replay", "demo", "report", "report compliance",
        "report service", "report follow-ups", "report compare", "help"})
    void everySubcommand_takesHelp_andExitsZero(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        assertEquals(0, slakit.run(args.toArray(String[]::new)), slakit.err());
        assertEquals("", slakit.err());
        assertTrue(slakit.out().lines().anyMatch(l -> l.startsWith("Usage: slakit " + command + " [-h]")), slakit.out());
    }

    @Test
    void helpSubcommand_givesTheSubcommandsHelp() {
        assertEquals(0, slakit.run("help", "replay"));
        String help = slakit.out();
        assertEquals(0, slakit.run("replay", "--help"));
        assertEquals(slakit.out(), help);
        assertTrue(help.startsWith("Usage: slakit replay [-h] [--as-of=TIME] [--encoding=CHARSET] [--format=FORMAT]"), help);
    }

    @Test
    void helpSubcommand_isListed() {
        assertEquals(0, slakit.run("--help"));
        assertTrue(slakit.out().contains("\n  help "), slakit.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "deadline", "explain", "replay", "report compliance", "report service",
        "report follow-ups", "report compare"})
    void helpText_neverBreaksInsideATime(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        assertEquals(0, slakit.run(args.toArray(String[]::new)));
        List<String> lines = slakit.out().lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            boolean broken = lines.get(i).matches(".*\\d[-:T]$") && lines.get(i + 1).strip().matches("^\\d.*");
            assertFalse(broken, lines.get(i) + " / " + lines.get(i + 1));
        }
    }
}
