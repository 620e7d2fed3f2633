package org.slakit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slakit.examples.QuickStartTest.Run;
import org.slakit.examples.QuickStartTest.Snippet;
import org.slakit.policy.SlaStatus;

/**
 * The class examples of {@code SlaPolicy} and {@code SlaStatus}, read from sla-core's sources,
 * compiled with a user's imports (those SlaPolicy's Javadoc names, and more) and run: they use only
 * names they define, and compute and print what their comments say.
 */
class JavadocExamplesTest {

    /** The first {@code <pre>{@code …}</pre>} block of a policy class's Javadoc, without the comment's stars. */
    static Snippet classExample(String type) throws IOException {
        String source = Files.readString(QuickStartTest.ROOT.resolve("sla-core/src/main/java/org/slakit/policy/" + type + ".java"), UTF_8);
        String comment = source.substring(source.indexOf("/**"), source.indexOf("public final class " + type));
        int start = comment.indexOf("<pre>{@code\n");
        assertTrue(start >= 0, type + "'s Javadoc has an example");
        int end = comment.indexOf("}</pre>", start);
        String code = comment.substring(start + "<pre>{@code\n".length(), end).lines()
                .map(l -> l.replaceFirst("^ \\* ?", "")).collect(Collectors.joining("\n"));
        return new Snippet(code, 1);
    }

    @Test
    void slaPolicyExample_asWritten_severeOnFridayEveningIsDueMondayNoon() throws Exception {
        Snippet example = classExample("SlaPolicy");
        Run run = QuickStartTest.run(example, "due");
        assertEquals(Optional.of(Instant.parse("2026-11-23T04:00:00Z")), run.result());
        assertTrue(example.code().contains("// 2026-11-23T04:00:00Z, Mon 12:00"), example.code());
    }

    /** SlaStatus's scheduler loop, after SlaPolicy's example that defines its policy: it prints the lines its comments show. */
    @Test
    void slaStatusExample_asWritten_wakesUpAtTheWarningAndTheBreachOnly() throws Exception {
        Snippet example = classExample("SlaStatus");
        Run run = QuickStartTest.run(new Snippet(classExample("SlaPolicy").code() + "\n" + example.code(), 1), "s");
        List<String> comments = example.code().lines().filter(l -> l.startsWith("// 2026"))
                .map(l -> l.substring(3).split(" {2,}")[0]).toList();
        assertEquals(List.of("2026-11-23T04:00:00Z RUNNING, escalations 1", "2026-11-23T06:00:00Z BREACHED, escalations 1"), comments);
        assertEquals(comments, run.printed().lines().toList());
        assertEquals(Optional.empty(), ((SlaStatus) run.result()).nextChangeAt());
    }
}
