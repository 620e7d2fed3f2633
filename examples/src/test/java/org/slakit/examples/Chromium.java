package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium, run as a process per page: to dump the DOM it built (with a log of the
 * network requests it made), to take a screenshot, and to print a PDF. Every run has its own
 * profile, resolves no host name ({@code MAP * ~NOTFOUND}) and is killed after 60 seconds.
 * <p>
 * The browser is {@code -Dslakit.chromium=PATH}, or the first of {@code chromium},
 * {@code chromium-browser}, {@code google-chrome} on the PATH. When there is none the tests fail,
 * saying how to install one; {@code -Dslakit.browser=skip} skips them instead, for a developer
 * without a browser (CI never sets it: {@code .ci/run} installs Chromium).
 */
final class Chromium {

    static final long TIMEOUT_SECONDS = 60;
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path executable;
    private final Path work;
    private int runs;

    private Chromium(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** Finds the browser, or fails (skips, when told to) with what to do. */
    static Chromium find(Path work) throws IOException {
        if ("skip".equals(System.getProperty("slakit.browser"))) {
            Assumptions.abort("browser tests skipped: -Dslakit.browser=skip");
        }
        String named = System.getProperty("slakit.chromium");
        if (named != null && !Files.isExecutable(Path.of(named))) {
            fail("-Dslakit.chromium=" + named + " is not an executable file");
        }
        Optional<Path> found = Optional.ofNullable(named).map(Path::of);
        if (found.isEmpty()) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                for (String name : NAMES) {
                    Path p = Path.of(dir, name);
                    if (found.isEmpty() && Files.isExecutable(p)) {
                        found = Optional.of(p);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            fail("The browser tests need headless Chromium and none was found (looked for -Dslakit.chromium, then " + NAMES
                    + " on the PATH). Install it: apt-get install -y chromium fonts-noto-cjk (.ci/run does), or skip these tests"
                    + " with -Dslakit.browser=skip");
        }
        Files.createDirectories(work);
        return new Chromium(found.get(), work);
    }

    /** Loads a page and returns the DOM as the browser serialises it, with the network log of the run. */
    Dom dumpDom(Path page) throws IOException, InterruptedException {
        Path netLog = work.resolve(name(page, "net.json"));
        Path out = work.resolve(name(page, "dom.html"));
        run(page, List.of("--log-net-log=" + netLog, "--dump-dom"), out);
        return new Dom(Files.readString(out, StandardCharsets.UTF_8), pageRequests(netLog));
    }

    void screenshot(Path page, Path png) throws IOException, InterruptedException {
        run(page, List.of("--hide-scrollbars", "--window-size=1280,2000", "--screenshot=" + png.toAbsolutePath()), null);
    }

    void printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
        run(page, List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath()), null);
    }

    /** The DOM as serialised, and the URLs of the requests the page (not the browser itself) made. */
    record Dom(String html, List<String> pageRequests) {
    }

    private static String name(Path page, String suffix) {
        String file = page.getFileName().toString();
        return file.substring(0, file.lastIndexOf('.')) + "." + suffix;
    }

    private void run(Path page, List<String> what, Path stdout) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("profile-" + ProcessHandle.current().pid() + "-" + (++runs)));
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync", "--disable-background-networking",
                "--disable-component-update", "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile));
        command.addAll(what);
        command.add(page.toAbsolutePath().toUri().toString());
        Path log = work.resolve(name(page, what.get(what.size() - 1).replaceAll("^--([a-z-]+).*", "$1") + ".log"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(log.toFile());
        pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process p = pb.start();
        boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        delete(profile);
        if (!finished) {
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s and was killed: " + String.join(" ", command) + " (log " + log + ")");
        }
        if (p.exitValue() != 0) {
            fail("Chromium exited with " + p.exitValue() + ": " + String.join(" ", command) + "\n" + Files.readString(log));
        }
    }

    /** Deletes a profile: a few megabytes a run. */
    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /**
     * The URLs of the requests a page made, read from a net log: the browser's own requests (updates,
     * accounts, clock) have no origin, the page's carry its origin, {@code null} for a file.
     */
    static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode root = new ObjectMapper().readTree(netLog.toFile());
        int start = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.at("/constants/logEventTypes").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("URL_REQUEST_START_JOB")) {
                start = e.getValue().asInt();
            }
        }
        if (start < 0) {
            fail("No URL_REQUEST_START_JOB event type in the net log " + netLog);
        }
        List<String> urls = new ArrayList<>();
        for (JsonNode event : root.get("events")) {
            JsonNode params = event.path("params");
            // the event's end phase repeats the type with only an error code: no URL
            if (event.path("type").asInt() == start && params.has("url") && !"not an origin".equals(params.path("initiator").asText())) {
                urls.add(params.path("url").asText());
            }
        }
        return urls;
    }
}
