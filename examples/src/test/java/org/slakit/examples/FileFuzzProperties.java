package org.slakit.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.slakit.config.HolidayYaml;
import org.slakit.config.PolicyException;
import org.slakit.config.PolicyYaml;
import org.slakit.config.TicketYaml;

/**
 * Hostile files: the shipped policies, holiday file and ticket file, mutated (lines deleted,
 * duplicated, swapped or re-indented, scalars of other types, random bytes, truncation, very long
 * scalars, unusual Unicode). Each reader must give a result or a {@link PolicyException}, nothing
 * else, within a time bound. CI runs 3,000 inputs; {@link #main} runs a long, seeded run outside
 * JUnit ({@code java -cp <test class path> org.slakit.examples.FileFuzzProperties 1000000 1} from
 * {@code examples/}).
 */
class FileFuzzProperties {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<Path> FILES = List.of(ROOT.resolve("examples/policies/hk-pos-erp.yaml"),
            ROOT.resolve("examples/policies/pos-vendor.yaml"), ROOT.resolve("examples/policies/restaurant-system.yaml"),
            ROOT.resolve("examples/policies/heating-billing.yaml"), ROOT.resolve("examples/holidays/cn-2031-fictitious.yaml"),
            ROOT.resolve("examples/tickets/T-1001.yaml"));
    private static final List<String> SCALARS = List.of("~", "null", "true", "yes", "0", "-1", "1e400", "[]", "{}", "[a, [b]]",
            "'", "\"", "&a x", "*a", "!!str x", "-999999999-01-01", "+999999999-12-31", "0000-00-00", "999999h60m", "PT-4H",
            "23:59:59-24:00", "24:00-24:00", "Mon-Sun", "\u0085", "\u2028", "\uFEFF", "\uD800", "𝒜𝒜", "汉字", "%", "1000000%");
    private static final ExecutorService POOL = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz");
        t.setDaemon(true);
        return t;
    });

    /** One mutation of a file: which file, what to do, where, and with what. */
    record Mutation(int file, int kind, int at, int other, int scalar, byte[] bytes) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, FILES.size() - 1), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, SCALARS.size() - 1), Arbitraries.bytes().array(byte[].class).ofMaxSize(8))
                .as(Mutation::new);
    }

    static byte[] apply(Mutation m) throws IOException {
        byte[] original = Files.readAllBytes(FILES.get(m.file()));
        List<String> lines = new ArrayList<>(Arrays.asList(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
        int i = m.at() % lines.size();
        int j = m.other() % lines.size();
        String line = lines.get(i);
        switch (m.kind()) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, line);
            case 2 -> {
                lines.set(i, lines.get(j));
                lines.set(j, line);
            }
            case 3 -> lines.set(i, " ".repeat(m.other() % 7) + line.strip());
            case 4 -> lines.set(i, line.contains(":") ? line.substring(0, line.indexOf(':') + 1) + " " + SCALARS.get(m.scalar()) : line);
            case 5 -> lines.set(i, line + "x".repeat(m.other() * 20));
            case 6 -> lines.set(i, line.replaceFirst("[\\w.:-]+$", SCALARS.get(m.scalar())));
            case 7 -> {
                byte[] cut = Arrays.copyOf(original, m.at() % original.length);
                return cut;
            }
            case 8 -> {
                byte[] out = original.clone();
                for (int k = 0; k < m.bytes().length; k++) {
                    out[(m.at() + k * 131) % out.length] = m.bytes()[k];
                }
                return out;
            }
            default -> lines.add(i, SCALARS.get(m.scalar()) + ": " + SCALARS.get((m.scalar() + 7) % SCALARS.size()));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Property(tries = 3000)
    boolean everyReaderGivesAResultOrAPolicyException(@ForAll("mutations") Mutation m) throws Exception {
        Statistics.label("outcome").collect(check(m) ? "loaded" : "PolicyException");
        Statistics.label("mutation").collect(m.kind());
        Statistics.label("outcome").coverage(c -> {
            c.check("loaded").percentage(p -> p >= 5);
            c.check("PolicyException").percentage(p -> p >= 30);
        });
        return true;
    }

    /**
     * Reads a mutated file with its reader.
     *
     * @return true if it loaded, false if it was refused with a PolicyException
     * @throws AssertionError if anything else came out of the reader, or it took over 10 s
     */
    boolean check(Mutation m) throws Exception {
        byte[] bytes = apply(m);
        Path dir = Files.createTempDirectory("fuzz");
        Path file = dir.resolve(FILES.get(m.file()).getFileName());
        Files.write(file, bytes);
        Future<Object> read = POOL.submit(() -> switch (m.file()) {
            case 4 -> HolidayYaml.load(file);
            case 5 -> TicketYaml.load(file, ZoneId.of("Asia/Hong_Kong"));
            default -> PolicyYaml.load(file);
        });
        try {
            read.get(10, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof PolicyException)) {
                throw new AssertionError("mutation " + m.kind() + " of " + FILES.get(m.file()).getFileName() + " escaped as "
                        + e.getCause() + "\n" + new String(bytes, StandardCharsets.UTF_8), e.getCause());
            }
            return false;
        } catch (TimeoutException e) {
            read.cancel(true);
            throw new AssertionError("mutation " + m.kind() + " of " + FILES.get(m.file()).getFileName() + " took over 10 s:\n"
                    + new String(bytes, StandardCharsets.UTF_8));
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    /** Runs count seeded inputs, printing progress, and stops at the first input that escapes or hangs. */
    public static void main(String[] args) throws Exception {
        long count = Long.parseLong(args[0]);
        java.util.Random random = new java.util.Random(Long.parseLong(args[1]));
        FileFuzzProperties fuzz = new FileFuzzProperties();
        long loaded = 0;
        for (long n = 1; n <= count; n++) {
            byte[] noise = new byte[random.nextInt(9)];
            random.nextBytes(noise);
            Mutation m = new Mutation(random.nextInt(FILES.size()), random.nextInt(10), random.nextInt(10_001),
                    random.nextInt(10_001), random.nextInt(SCALARS.size()), noise);
            loaded += fuzz.check(m) ? 1 : 0;
            if (n % 10_000 == 0) {
                System.out.println(n + " inputs, " + loaded + " loaded, the rest PolicyException");
            }
        }
        POOL.shutdownNow();
    }

    @AfterContainer
    static void stop() {
        POOL.shutdownNow();
    }

    static {
        if (!Files.isDirectory(ROOT.resolve("examples/policies"))) {
            throw new UncheckedIOException(new IOException("Run from the examples module: " + ROOT + " has no examples/policies"));
        }
    }
}
