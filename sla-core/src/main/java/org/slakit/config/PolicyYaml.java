package org.slakit.config;

import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.slakit.policy.SlaPolicy;

/**
 * Loads and writes policy files: a vendor's whole after-sales promise in one YAML file.
 * <pre>
 * slakit: 1
 * name: Hong Kong POS/ERP vendor, after-sales service
 * zone: Asia/Hong_Kong
 * calendars:
 *   office:
 *     hours: {Mon-Fri: 09:00-18:00, Sat: 10:00-18:00}
 *     holidays: [hk]
 * severities: [severe, general]
 * categories: {software-error: [function-error, exception]}
 * events: [workaround-given]
 * targets:
 *   - {name: fix, when: {severity: severe}, stops-on: [workaround-given, resolved], within: 4h, calendar: office}
 * </pre>
 * The format is the one the README's "Policy files" section describes, and
 * {@code slakit-policy.schema.json} (a resource of this module) is its complete grammar. Every
 * section goes through {@link SlaPolicy#builder}, so a file and Java code are held to the same
 * rules. Problems are reported with their YAML path, line and column, as a
 * {@link PolicyException}, in two rounds: every problem of form (a missing, unknown or misshapen key
 * or value) at once, before anything is built; then, once the form is right, every problem the
 * builder finds (a bad or overlapping window, an undefined name, …) at once. Nothing half-built
 * escapes. The file is read safely (no anchors, aliases or tags; no duplicate keys; bounded size
 * and nesting).
 * Holiday files and feeds named in {@code holidays} are found relative to the policy file. Holiday
 * files ({@code {file: cn-2027.yaml}}) are read in the policy's encoding, since whoever saved the
 * policy as GBK saved them so too; feeds ({@code ical}, {@code ical-json}, {@code holiday-cn}) are
 * always read as UTF-8, the encoding of iCalendar (RFC 5545) and JSON (RFC 8259).
 * <p>
 * A loaded policy written back out and loaded again is equal to the first.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PolicyYaml {

    private PolicyYaml() {
    }

    /**
     * Loads a policy file, read as UTF-8, as are the holiday files it names, found relative to it.
     *
     * @param file  the file, not null
     * @return the policy, not null
     * @throws PolicyException if the file breaks the format or a rule of a policy, naming every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SlaPolicy load(Path file) {
        return load(file, StandardCharsets.UTF_8);
    }

    /**
     * Loads a policy file saved in an encoding such as GBK or Big5. The holiday files it names
     * ({@code file:}) are found relative to it and read in the same encoding; the feeds it names are
     * read as UTF-8. A holiday file that is not text in the encoding is a problem of the policy at
     * its entry, naming the holiday file's line and column, and {@link PolicyException#likelyEncoding()}
     * names the encoding its bytes read as.
     *
     * @param file  the file, not null
     * @param charset  the encoding of the file and of the holiday files it names, not null
     * @return the policy, not null
     * @throws PolicyException if the file or a holiday file it names is not text in the encoding, or it breaks
     *     the format or a rule of a policy, naming every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SlaPolicy load(Path file, Charset charset) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        Path dir = file.toAbsolutePath().getParent();
        HolidayFiles holidayFiles = new HolidayFiles(dir == null ? Path.of("") : dir, charset);
        return SafeYaml.load(file, "policy file", charset, reader -> read(reader, file.toString(), holidayFiles));
    }

    /**
     * Reads a policy from a reader; the holiday files it names are read as UTF-8.
     *
     * @param reader  the text, not null
     * @param fileName  the name to give the file in messages, not null
     * @param baseDir  the folder holiday files are found in, not null
     * @return the policy, not null
     * @throws PolicyException if the text breaks the format or a rule of a policy, naming every problem
     */
    public static SlaPolicy read(Reader reader, String fileName, Path baseDir) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(baseDir, "baseDir");
        return read(reader, fileName, new HolidayFiles(baseDir, StandardCharsets.UTF_8));
    }

    private static SlaPolicy read(Reader reader, String fileName, HolidayFiles holidayFiles) {
        YamlNode root = SafeYaml.read(reader, fileName);
        YamlProblems problems = new YamlProblems(fileName);
        return PolicyAssembler.build(new PolicyReader(root, problems, holidayFiles).read(), problems);
    }

    /**
     * Reads a policy from text; holiday files are found relative to the working folder.
     *
     * @param yaml  the text, not null
     * @param fileName  the name to give the file in messages, not null
     * @return the policy, not null
     * @throws PolicyException if the text breaks the format or a rule of a policy, naming every problem
     */
    public static SlaPolicy read(String yaml, String fileName) {
        Objects.requireNonNull(yaml, "yaml");
        return read(new StringReader(yaml), fileName, Path.of(""));
    }

    /**
     * Writes a policy in the policy format; holiday sets are written as the ids or file paths they
     * were loaded from.
     *
     * @param policy  the policy, not null
     * @return the YAML text, not null
     * @throws IllegalArgumentException if a calendar holds a holiday set built in code, which has no id or file, or a
     *     ready set added as an override, which the format cannot say
     */
    public static String write(SlaPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return PolicyWriter.write(policy);
    }
}
