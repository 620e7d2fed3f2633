package org.slakit.examples;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.slakit.calendar.HolidaySet;
import org.slakit.config.HolidayYaml;
import org.slakit.config.PolicyException;
import org.slakit.policy.SlaPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code slakit validate}: checks policy files and holiday files, each as what its first key says
 * it is ({@code slakit} or {@code slakit-holidays}), and warns of a policy's holiday data that ends
 * within 60 days of {@code --as-of}.
 */
@Command(name = "validate", description = "Checks policy and holiday files: ok, or the problems found as file:line:column: message;"
        + " warns when a calendar's holiday data ends within 60 days of --as-of.")
final class ValidateCommand extends Subcommand.Clocked {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The policy files, or holiday files (slakit-holidays: 1).")
    List<Path> files;

    @Override
    int run() {
        int code = 0;
        for (Path file : files) {
            try {
                String text = text(file);
                if (isHolidayFile(text)) {
                    out().println(file + ": ok (" + describe(holidays(file, text)) + ")");
                } else {
                    SlaPolicy policy = policy(file);
                    out().println(file + ": ok (" + policy.name() + ", " + policy.targets().size() + " targets, "
                            + policy.calendars().size() + " calendars)");
                    CoverageWarnings.of(policy, asOf(policy)).forEach(w -> err().println(file + ": warning: " + w));
                }
            } catch (Exit e) {
                code = Math.max(code, e.code);
            }
        }
        return code;
    }

    /** Checks if a text is a holiday file: its first key, after comments, is {@code slakit-holidays}. */
    private static boolean isHolidayFile(String text) {
        return text.replace("\uFEFF", "").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.equals("---"))
                .findFirst().map(l -> l.startsWith("slakit-holidays:")).orElse(false);
    }

    private HolidaySet holidays(Path file, String text) {
        try {
            return HolidayYaml.read(new StringReader(text), file.toString());
        } catch (PolicyException e) {
            throw problems(e, "--encoding", file);
        }
    }

    private static String describe(HolidaySet set) {
        long off = set.days().stream().filter(d -> d.kind() == HolidaySet.Kind.OFF).count();
        long working = set.days().size() - off;
        String coverage = set.coverage().map(c -> ", " + c.getStart() + " to " + c.getEndInclusive()).orElse("");
        return "holidays of " + set.region() + ": " + set.name() + ", " + off + " days off, " + working + " working days" + coverage;
    }
}
