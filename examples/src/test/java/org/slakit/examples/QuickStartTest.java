package org.slakit.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetState;
import org.slakit.policy.TargetStatus;

/**
 * The README's quick start, read from README.md, compiled and run as written there, with the
 * results its comments promise: an edit that no longer compiles, or that prints or computes
 * something else, fails here.
 */
class QuickStartTest {

    /** The repository's root: the nearest folder at or above the working directory (examples/ under Maven) with README.md and examples/. */
    private static final Path ROOT = root();

    /** What a user of sla-core and sla-calendars imports; the snippets leave imports out. */
    private static final List<String> IMPORTS = List.of("java.nio.file.*", "java.time.*", "java.util.*", "org.slakit.calendar.*",
            "org.slakit.calendars.*", "org.slakit.config.*", "org.slakit.policy.*", "org.slakit.ticket.*", "org.slakit.track.*");

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("examples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no README.md with examples/ beside it above " + Path.of("").toAbsolutePath());
    }

    /** A java block of README.md: its code, and the README line of its first line. */
    record Snippet(String code, int firstLine) {
    }

    /** What running a snippet gave: the value of the variable asked for, and everything it printed. */
    record Run(Object result, String printed) {
    }

    /** Reads the java blocks of README.md's "Quick start" section, up to the next heading of its level. */
    static List<Snippet> quickStartSnippets() throws IOException {
        List<Snippet> out = snippets("## Quick start");
        assertEquals(2, out.size(), "README.md's Quick start holds two java snippets: the policy, then only the calendar");
        return out;
    }

    /** Reads the java blocks of a section of README.md, up to the next heading of its level. */
    static List<Snippet> snippets(String heading) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), UTF_8);
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, "README.md has a '" + heading + "' section");
        List<Snippet> out = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            if (lines.get(i).strip().equals("```java")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                    end++;
                }
                out.add(new Snippet(String.join("\n", lines.subList(i + 1, end)), i + 2));
                i = end;
            }
        }
        return out;
    }

    /**
     * Replaces the file each {@code Path.of("...")} names, relative to the repository's root as the
     * README's paths are, with its absolute path; a path that names no file there fails.
     */
    static String withRootPaths(String code) {
        Matcher m = Pattern.compile("Path\\.of\\(\"([^\"\\\\]+)\"").matcher(code);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Path file = ROOT.resolve(m.group(1));
            assertTrue(!Path.of(m.group(1)).isAbsolute() && Files.isRegularFile(file), "README.md's Quick start reads "
                    + m.group(1) + ", which is not a file of the repository (its paths are relative to the root)");
            m.appendReplacement(sb, Matcher.quoteReplacement("Path.of(\"" + file.toAbsolutePath().toString().replace("\\", "\\\\") + "\""));
        }
        return m.appendTail(sb).toString();
    }

    /**
     * Compiles a snippet in memory as the body of a method that returns one of its variables, with
     * the usual imports, runs it with standard output captured, and gives the variable's value and
     * what was printed. A compile error fails the test with the README lines it is on.
     */
    static Run run(Snippet snippet, String variable) throws Exception {
        String header = IMPORTS.stream().map(i -> "import " + i + ";\n").collect(Collectors.joining())
                + "public final class QuickStartSnippet implements java.util.concurrent.Callable<Object> {\n"
                + "    @Override\n"
                + "    public Object call() throws Exception {\n";
        int headerLines = (int) header.chars().filter(c -> c == '\n').count();
        String source = header + withRootPaths(snippet.code()) + "\n        return " + variable + ";\n    }\n}\n";

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK, which has a compiler");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        JavaFileManager files = new ForwardingJavaFileManager<>(javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///QuickStartSnippet.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("--release", "17", "-proc:none", "-classpath", System.getProperty("java.class.path"));
        boolean compiled = javac.getTask(null, files, diagnostics, options, null, List.of(file)).call();
        if (!compiled) {
            String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> "README.md line " + (d.getLineNumber() - headerLines - 1 + snippet.firstLine()) + ": "
                            + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            throw new AssertionFailedError("the README's Quick start snippet does not compile:\n" + errors);
        }
        ClassLoader loader = new ClassLoader(QuickStartTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes.toByteArray(), 0, bytes.size());
            }
        };
        Callable<?> code = (Callable<?>) loader.loadClass("QuickStartSnippet").getDeclaredConstructor().newInstance();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, UTF_8));
        Object result;
        try {
            result = code.call();
        } finally {
            System.out.flush();
            System.setOut(stdout);
        }
        return new Run(result, printed.toString(UTF_8));
    }

    /** The comment of the first snippet line that contains a text, after its {@code //}. */
    private static String commentOfLineWith(Snippet snippet, String text) {
        String line = snippet.code().lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionFailedError("the snippet has no line with " + text));
        assertTrue(line.contains("//"), "a comment on: " + line);
        return line.substring(line.indexOf("//") + 2).strip();
    }

    /** The comment that stands on a line of its own after the first line containing a text. */
    private static String commentLineAfter(Snippet snippet, String text) {
        List<String> lines = snippet.code().lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).contains(text) && lines.get(i + 1).strip().startsWith("//")) {
                return lines.get(i + 1).strip().substring(2).strip();
            }
        }
        throw new AssertionFailedError("no comment line after the line with " + text);
    }

    @Test
    void policyQuickStart_asWritten_severeOnFridayEveningIsDueSaturdayAt13() throws Exception {
        SlaStatus status = (SlaStatus) run(quickStartSnippets().get(0), "status").result();
        assertEquals(1, status.targets().size());
        TargetStatus fix = status.targets().get(0);
        assertEquals("fix", fix.name());
        assertEquals(TargetState.RUNNING, fix.state());
        assertEquals(Instant.parse("2026-11-21T05:00:00Z"), fix.dueAt().orElseThrow());
    }

    /** The quick start's two printing lines print what its comment shows, then the explanation. */
    @Test
    void policyQuickStart_asWritten_printsTheLineItsCommentShows_andTheExplanation() throws Exception {
        Snippet snippet = quickStartSnippets().get(0);
        Run run = run(snippet, "status");
        String text = run.printed();
        String first = text.substring(0, Math.max(0, text.indexOf(System.lineSeparator())));
        assertEquals("fix RUNNING due 2026-11-21T05:00:00Z", first, text);
        // the comment under the printing line shows that line, then what it means
        String comment = commentLineAfter(snippet, "System.out.println");
        assertTrue(comment.startsWith(first + ":"), comment);
        assertTrue(comment.contains("Sat 13:00 in Hong Kong (Fri 17:00-18:00, then Sat 10:00-13:00)"), comment);
        // then the explanation: rule, budget, windows
        SlaStatus status = (SlaStatus) run.result();
        assertEquals(first + System.lineSeparator() + status.explain().toText(), text);
        assertTrue(text.contains("within 4h on calendar 'office'") && text.contains("budget 4h")
                && text.contains("windows counted:\n    Fri 2026-11-20 17:00+08:00 to Fri 2026-11-20 18:00+08:00\n"
                        + "    Sat 2026-11-21 10:00+08:00 to Sat 2026-11-21 13:00+08:00\n"), text);
        // the ticket's comment: opened Friday 17:00 in Hong Kong
        Instant opened = Instant.parse("2026-11-20T09:00:00Z");
        assertEquals(commentOfLineWith(snippet, "Ticket.open").replace(" in Hong Kong", ""), local(opened, "Asia/Hong_Kong"));
    }

    @Test
    void calendarQuickStart_asWritten_morningUsedUpEndsAtNoonNot1330() throws Exception {
        Snippet snippet = quickStartSnippets().get(1);
        Run run = run(snippet, "due");
        assertEquals(Instant.parse("2026-11-23T04:00:00Z"), run.result());
        assertEquals("", run.printed());
        // its comment: Mon 12:00 in Shanghai, not 13:30
        assertEquals(local((Instant) run.result(), "Asia/Shanghai") + ", not 13:30", commentOfLineWith(snippet, "Instant due"));
    }

    private static String local(Instant t, String zone) {
        return DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH).format(t.atZone(ZoneId.of(zone)));
    }

    /** The harness itself: a snippet that does not compile fails with the README line of the error. */
    /** The Tracking section's snippet, as written: a severe error warned twice, then breached at 14:00. */
    @Test
    @SuppressWarnings("unchecked")
    void trackingSnippet_asWritten_reportsTheStartTheWarningsAndTheBreach() throws Exception {
        List<Snippet> tracking = snippets("## Tracking");
        assertEquals(1, tracking.size(), "README.md's Tracking section holds one java snippet");
        Run run = run(tracking.get(0), "changes");
        List<org.slakit.track.SlaChange> changes = (List<org.slakit.track.SlaChange>) run.result();
        assertEquals(List.of("STARTED 2026-11-23T02:00:00Z", "ESCALATED 2026-11-23T04:00:00Z", "ESCALATED 2026-11-23T05:00:00Z",
                "BREACHED 2026-11-23T06:00:00Z"), changes.stream().limit(4).map(c -> c.kind() + " " + c.at()).toList(), run.printed());
        assertTrue(run.printed().startsWith("{\"ticket\":\"T-1\",\"target\":\"fix\",\"cycle\":1,\"kind\":\"STARTED\""), run.printed());
    }

    @Test
    void run_snippetThatDoesNotCompile_failsNamingTheReadmeLine() {
        Snippet broken = new Snippet("Instant due = Instant.parse(\"2026-11-23T01:00:00Z\");\nInstant later = due.plusHours(1);", 40);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> run(broken, "later"));
        assertTrue(e.getMessage().startsWith("the README's Quick start snippet does not compile:\nREADME.md line 41: "), e.getMessage());
    }

    /** The harness itself: a path of the repository is read from its root, whatever the working directory; any other fails. */
    @Test
    void withRootPaths_repositoryFile_resolvedFromTheRoot() {
        String code = "Path.of(\"examples/policies/hk-pos-erp.yaml\"); Ticket.open(\"T-1\", x, y);";
        String expected = "Path.of(\"" + ROOT.resolve("examples/policies/hk-pos-erp.yaml").toAbsolutePath() + "\"); Ticket.open(\"T-1\", x, y);";
        assertEquals(expected, withRootPaths(code));
        // relative to examples/, where Maven runs these tests, but not to the root
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> withRootPaths("Path.of(\"policies/hk-pos-erp.yaml\")"));
        assertTrue(e.getMessage().startsWith("README.md's Quick start reads policies/hk-pos-erp.yaml, which is not a file of the repository"),
                e.getMessage());
    }
}
