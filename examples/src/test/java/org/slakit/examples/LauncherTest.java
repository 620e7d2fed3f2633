package org.slakit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code examples/target/slakit} (source: {@code src/main/sh/slakit}), run with
 * {@code sh} as a user runs it from the PATH: through links, from another folder, with arguments
 * that hold spaces; and {@code --version}, which says the build's version, the one the README and
 * the changelog give.
 * <p>
 * Tests run before the build makes {@code slakit.jar}, so the script is placed beside a jar made
 * here that runs the real {@link Slakit#main} on the test class path.
 */
class LauncherTest {

    private static final Path SCRIPT = Path.of("src/main/sh/slakit");

    @TempDir
    static Path dir;
    private static Path installed;

    /** The script and a jar beside it in {@code dir/opt/slakit}, as the build leaves them in examples/target. */
    @BeforeAll
    static void install() throws IOException {
        installed = Files.createDirectories(dir.resolve("opt/slakit"));
        Files.copy(SCRIPT, installed.resolve("slakit"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Slakit.class.getName());
        String classPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream jar = new JarOutputStream(Files.newOutputStream(installed.resolve("slakit.jar")), manifest)) {
            jar.flush();
        }
    }

    /** What a run of the script gave: its exit code, standard output and standard error. */
    record Result(int exit, String out, String err) {
    }

    private static Result sh(Path script, Path workingDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("sh " + script + " did not end within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
    }

    @Test
    void launcher_throughALinkOfALink_runsTheJarBesideTheScript() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("home/bin"));
        Path link = Files.createSymbolicLink(bin.resolve("slakit"), installed.resolve("slakit"));
        Path second = Files.createSymbolicLink(dir.resolve("home/slakit-again"), Path.of("bin/slakit"));   // relative
        Path elsewhere = Files.createDirectories(dir.resolve("work"));
        String expected = "slakit " + ReadmeQuickStartTest.projectVersion() + "\n";
        assertEquals(new Result(0, expected, ""), sh(link, elsewhere, "--version"));
        assertEquals(new Result(0, expected, ""), sh(second, elsewhere, "--version"));
    }

    @Test
    void launcher_argumentsWithSpaces_reachTheCommandWhole() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("work with space"));
        Result result = sh(installed.resolve("slakit"), elsewhere, "validate", "no such policy.yaml");
        assertEquals(new Result(2, "", "slakit: cannot read no such policy.yaml: no such file\n"), result);
    }

    @Test
    void launcher_withoutTheJar_exitsTwoSayingHowToBuildIt() throws Exception {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.copy(SCRIPT, alone.resolve("slakit"));
        Path jar = alone.toRealPath().resolve("slakit.jar");
        assertEquals(new Result(2, "", "slakit: " + jar + " is missing; build it from the clone's root with: mvn -q -DskipTests package\n"),
                sh(alone.resolve("slakit"), alone));
    }

    @Test
    void version_isTheBuildsVersion() throws IOException {
        SlakitRunner slakit = new SlakitRunner();
        assertEquals(0, slakit.run("--version"), slakit.err());
        assertEquals("slakit " + ReadmeQuickStartTest.projectVersion(), slakit.out().strip());
        assertEquals(SlakitVersion.version(), ReadmeQuickStartTest.projectVersion());
        // the README shows it
        List<String> readme = Files.readAllLines(QuickStartTest.ROOT.resolve("README.md"), UTF_8);
        String line = "slakit --version                                  # " + slakit.out().strip();
        assertEquals(1, readme.stream().filter(line::equals).count(), "README.md has the line: " + line);
        // and the changelog's newest version is this one
        List<String> changelog = Files.readAllLines(QuickStartTest.ROOT.resolve("docs/CHANGELOG.md"), UTF_8);
        String newest = changelog.stream().filter(l -> l.startsWith("## ")).findFirst().orElseThrow();
        assertEquals("## " + ReadmeQuickStartTest.projectVersion() + " (unreleased)", newest);
    }

    /** The changelog notes the API change a user's code meets first, and the packages that are new. */
    @Test
    void changelog_notesTheClosedAtChangeAndTheNewPackages() throws IOException {
        String changelog = Files.readString(QuickStartTest.ROOT.resolve("docs/CHANGELOG.md"), UTF_8);
        assertTrue(changelog.contains("`TargetStatus.Cycle.closedAt()` is an `Optional<Instant>` (it was an `Instant`)"), changelog);
        assertTrue(changelog.contains("**`org.slakit.report`** (new package)") && changelog.contains("**`org.slakit.track`** (new package)"),
                changelog);
        assertTrue(Files.readString(QuickStartTest.ROOT.resolve("README.md"), UTF_8).contains("[docs/CHANGELOG.md](docs/CHANGELOG.md)"));
    }
}
