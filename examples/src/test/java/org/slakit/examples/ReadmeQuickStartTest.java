package org.slakit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slakit.examples.QuickStartTest.Run;
import org.slakit.examples.QuickStartTest.Snippet;

/**
 * README.md's Quick start is a whole program a new user pastes into a new project: it reads no
 * file of this repository, it is the very source of the consumer projects under
 * {@code examples/consumer/} that {@code .ci/run} builds and runs against the installed jars, the
 * version it depends on is the build's, and it prints what the README shows.
 */
class ReadmeQuickStartTest {

    private static final String SECTION = "## Quick start";
    private static final Path ROOT = QuickStartTest.ROOT;
    private static final Path CONSUMER = ROOT.resolve("examples/consumer");

    /** The Quick start's java block that is a class (not the module declaration). */
    private static Snippet program() throws IOException {
        List<Snippet> java = QuickStartTest.blocks(SECTION, "java");
        List<Snippet> classes = java.stream().filter(s -> s.code().startsWith("package ")).toList();
        assertEquals(1, classes.size(), "README.md's Quick start holds one java class");
        return classes.get(0);
    }

    private static Snippet only(String language) throws IOException {
        List<Snippet> blocks = QuickStartTest.blocks(SECTION, language);
        assertEquals(1, blocks.size(), "README.md's Quick start holds one " + language + " block");
        return blocks.get(0);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, UTF_8);
    }

    @Test
    void quickStart_program_isTheSourceOfBothConsumerProjects() throws IOException {
        String source = program().code() + "\n";
        assertEquals(source, read(CONSUMER.resolve("classpath/src/main/java/com/example/QuickStart.java")));
        // the module-path project compiles that same file beside its module-info.java
        assertFalse(Files.exists(CONSUMER.resolve("modulepath/src/main/java/com/example/QuickStart.java")), "one copy of the program");
        assertTrue(read(CONSUMER.resolve("modulepath/pom.xml"))
                .contains("<compileSourceRoot>${project.basedir}/../classpath/src/main/java</compileSourceRoot>"), "modulepath/pom.xml");
        Snippet module = QuickStartTest.blocks(SECTION, "java").stream().filter(s -> s.code().startsWith("module ")).findFirst()
                .orElseThrow();
        assertEquals(module.code() + "\n", read(CONSUMER.resolve("modulepath/src/main/java/module-info.java")));
        assertTrue(module.code().contains("requires org.slakit.calendars;"), module.code());
        assertFalse(Files.exists(CONSUMER.resolve("classpath/src/main/java/module-info.java")), "the class-path project has no module");
    }

    @Test
    void quickStart_program_readsNoFileOfTheRepository() throws IOException {
        String code = program().code();
        assertFalse(code.contains("Path.of(") || code.contains("PolicyYaml.load(") || code.contains("examples/"), code);
    }

    /** The build's version: the parent pom's, which every module inherits. */
    static String projectVersion() throws IOException {
        Matcher parent = Pattern.compile("<artifactId>slakit-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(read(ROOT.resolve("pom.xml")));
        assertTrue(parent.find(), "the parent pom's version");
        return parent.group(1);
    }

    @Test
    void quickStart_dependency_isTheBuildsVersion() throws IOException {
        String version = projectVersion();
        String dependency = "<dependency>\n  <groupId>org.slakit</groupId>\n  <artifactId>sla-calendars</artifactId>\n  <version>"
                + version + "</version>\n</dependency>";
        assertEquals(dependency, only("xml").code());
        Pattern consumerDependency = Pattern.compile("<groupId>org.slakit</groupId>\\s*<artifactId>sla-calendars</artifactId>\\s*<version>"
                + Pattern.quote(version) + "</version>");
        for (String project : List.of("classpath", "modulepath")) {
            assertTrue(consumerDependency.matcher(read(CONSUMER.resolve(project + "/pom.xml"))).find(),
                    project + "/pom.xml depends on sla-calendars " + version);
        }
        assertTrue(only("sh").code().contains("mvn -B -ntp install -DskipTests"), only("sh").code());
    }

    @Test
    void quickStart_asWritten_printsWhatTheReadmeShows() throws Exception {
        Snippet program = program();
        Class<?> quickStart = QuickStartTest.compile("com.example.QuickStart", program.code(), program.firstLine() - 1);
        Method main = quickStart.getMethod("main", String[].class);
        Run run = QuickStartTest.printing(() -> main.invoke(null, (Object) new String[0]));
        assertEquals(only("text").code() + "\n", run.printed());
        List<String> lines = run.printed().lines().toList();
        // a severe error at Fri 17:00 in Hong Kong: 1 h on Friday, 3 h on Saturday from 10:00
        assertEquals("fix RUNNING due 2026-11-21T05:00:00Z", lines.get(0));
        assertEquals("Sat 13:00", local(Instant.parse("2026-11-21T05:00:00Z"), "Asia/Hong_Kong"));
        assertTrue(program.code().contains("Instant.parse(\"2026-11-20T09:00:00Z\"),       // Fri 17:00 in Hong Kong"), program.code());
        assertEquals("Fri 17:00", local(Instant.parse("2026-11-20T09:00:00Z"), "Asia/Hong_Kong"));
        // the calendar: Mon 09:00 + 3 h, with lunch 12:00-13:30, is used up at 12:00
        assertEquals("calendar: due 2026-11-23T04:00:00Z", lines.get(lines.size() - 1));
        assertEquals("Mon 12:00", local(Instant.parse("2026-11-23T04:00:00Z"), "Asia/Shanghai"));
    }

    /** .ci/run installs the jars, then builds and runs both consumer projects, checking what they print against the README. */
    @Test
    void ciRun_buildsAndRunsBothConsumerProjects() throws IOException {
        String ci = read(ROOT.resolve(".ci/run"));
        String verify = "mvn -B -ntp \"${repo[@]}\" verify";        // the README's mvn -B -ntp verify, in another local repository if asked
        assertTrue(ci.contains(verify), ci);
        assertTrue(ci.contains("install -DskipTests"), ci);
        assertTrue(ci.contains("-f \"examples/consumer/$name/pom.xml\""), ci);
        assertTrue(ci.contains("\ncheck classpath compile exec:java\n") && ci.contains("\ncheck modulepath compile exec:exec\n"), ci);
        assertTrue(ci.indexOf(verify) < ci.indexOf("install -DskipTests"), "the tests first, as the README says");
    }

    private static String local(Instant t, String zone) {
        return DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH).format(t.atZone(ZoneId.of(zone)));
    }
}
