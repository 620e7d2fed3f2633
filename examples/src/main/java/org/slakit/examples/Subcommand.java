package org.slakit.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slakit.config.PolicyException;
import org.slakit.config.PolicyYaml;
import org.slakit.config.TextFile;
import org.slakit.config.Timestamps;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Ticket;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every subcommand shares: output, loading a policy, and the problems found. */
abstract class Subcommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "The encoding the files given are saved in: UTF-8, GBK or Big5 (default: UTF-8). A policy's holiday"
                    + " files (file:) are read in the policy's encoding, feeds (.ics, .json) as UTF-8. With tickets, the tickets'"
                    + " encoding; the policy's is then --policy-encoding.")
    String encoding;

    /** The encodings {@code --encoding} takes. */
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("GBK"),
            Charset.forName("Big5"));

    /** The encoding of the files given: {@code --encoding}. */
    Charset charset() {
        return charset(encoding, "--encoding");
    }

    /** The encoding of the policy files and of the holiday files they name: {@code --encoding} where a command reads no other files. */
    Charset policyCharset() {
        return charset();
    }

    /** The option that gives {@link #policyCharset()}. */
    String policyEncodingOption() {
        return "--encoding";
    }

    Charset charset(String name, String option) {
        return ENCODINGS.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElseThrow(() -> {
            err().println("slakit: " + option + ": expected UTF-8, GBK or Big5, was '" + name + "'");
            return new Exit(Slakit.USAGE);
        });
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Thrown to end a subcommand with an exit code, its message already printed. */
    static final class Exit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;

        Exit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (Exit e) {
            return e.code;
        }
    }

    abstract int run();

    /** Loads a policy, and the holiday files it names, in {@link #policyCharset()}; feeds are UTF-8. */
    SlaPolicy policy(Path file) {
        requireReadable(file);
        try {
            return PolicyYaml.load(file, policyCharset());
        } catch (PolicyException e) {
            throw problems(e, policyEncodingOption(), "the policy and the holiday files it names");
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    /**
     * Prints a file's problems, each as {@code file:line:column: message}, and gives the exit that ends
     * the command with them (1). When the file's bytes read as another encoding than the one they were
     * read in, a last line gives the option that reads them so.
     *
     * @param option  the option setting the encoding the file was read in, such as {@code --policy-encoding}
     * @param what  what that option reads, for the last line, such as the file
     */
    Exit problems(PolicyException e, String option, Object what) {
        e.lines().forEach(err()::println);
        e.likelyEncoding().ifPresent(likely -> err().println("slakit: to read " + what + " as " + likely.name() + ", give "
                + option + " " + likely.name()));
        return new Exit(Slakit.PROBLEMS);
    }

    /** Prints why a file cannot be read, and gives the exit that ends the command so (2). */
    Exit unreadable(UncheckedIOException e) {
        err().println("slakit: " + e.getMessage());
        return new Exit(Slakit.USAGE);
    }

    /** Checks {@code --format}: one of the formats named, or a wrong command line naming them. */
    String format(String format, String... formats) {
        if (!List.of(formats).contains(format)) {
            err().println("slakit: --format: expected " + String.join(", ", List.of(formats).subList(0, formats.length - 1))
                    + " or " + formats[formats.length - 1] + ", was '" + format + "'");
            throw new Exit(Slakit.USAGE);
        }
        return format;
    }

    /**
     * Checks {@code --format} of a status command (deadline, explain, replay): {@code text}, also
     * called {@code table}, or one of the other formats named; {@code table} is returned as {@code text}.
     */
    String statusFormat(String format, String... others) {
        List<String> formats = new ArrayList<>(List.of("text", "table"));
        formats.addAll(List.of(others));
        return format(format, formats.toArray(String[]::new)).equals("table") ? "text" : format;
    }

    /** Reads a file given as text in {@code --encoding}; bytes that are not that text are a problem at their line. */
    String text(Path file) {
        requireReadable(file);
        try {
            return TextFile.read(file, charset());
        } catch (PolicyException e) {
            throw problems(e, "--encoding", file);
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    void requireReadable(Path file) {
        String why = !Files.exists(file) ? "no such file" : Files.isDirectory(file) ? "it is a folder, not a file"
                : !Files.isReadable(file) ? "permission denied" : null;
        if (why != null) {
            err().println("slakit: cannot read " + file + ": " + why);
            throw new Exit(Slakit.USAGE);
        }
    }

    /**
     * Reads a ticket file in either CSV format and checks every ticket against the policies: a
     * ticket naming what a policy does not define is reported at its row, all of them at once.
     */
    List<Ticket> tickets(Path ticketsFile, SlaPolicy policy, Instant at, SlaPolicy... others) {
        requireReadable(ticketsFile);
        List<TicketCsv.Row> rows;
        try (Reader reader = new StringReader(text(ticketsFile))) {
            rows = CsvTickets.readRows(reader, ticketsFile.toString(), policy.zone(), policy.events());
        } catch (PolicyException e) {
            throw problems(e, "--encoding", ticketsFile);
        } catch (NoSuchFileException e) {
            err().println("slakit: cannot read " + ticketsFile + ": no such file");
            throw new Exit(Slakit.USAGE);
        } catch (IOException e) {
            err().println("slakit: cannot read " + ticketsFile + ": " + e.getMessage());
            throw new Exit(Slakit.USAGE);
        }
        boolean problems = false;
        for (TicketCsv.Row row : rows) {
            for (SlaPolicy p : policies(policy, others)) {
                try {
                    p.evaluate(row.ticket(), at);
                } catch (IllegalArgumentException e) {
                    err().println(ticketsFile + ":" + row.line() + ":1: " + e.getMessage());
                    problems = true;
                }
            }
        }
        if (problems) {
            throw new Exit(Slakit.PROBLEMS);
        }
        return rows.stream().map(TicketCsv.Row::ticket).toList();
    }

    private static List<SlaPolicy> policies(SlaPolicy policy, SlaPolicy... others) {
        List<SlaPolicy> all = new ArrayList<>(List.of(others));
        all.add(0, policy);
        return all;
    }

    Instant time(String text, SlaPolicy policy, String option) {
        try {
            return Timestamps.parse(text, policy.zone());
        } catch (DateTimeException e) {
            err().println("slakit: " + option + ": " + e.getMessage());
            throw new Exit(Slakit.USAGE);
        }
    }

    /** A subcommand whose {@code --as-of} defaults to the current time. */
    abstract static class Clocked extends Subcommand {
        Clock clock;

        @Option(names = "--as-of", paramLabel = "TIME",
                description = "The time to evaluate at: an instant (2026-11-20T09:00:00Z) or a local date-time in the policy's zone "
                        + "(2026-11-20T17:00). Default: now, to the second.")
        String asOf;

        Instant asOf(SlaPolicy policy) {
            // now, to the second: a time people read, and the same in every line of the output
            return asOf == null ? clock.instant().truncatedTo(ChronoUnit.SECONDS) : time(asOf, policy, "--as-of");
        }
    }

    /** A subcommand that reads tickets beside the policy, each file in its own encoding, as of a time. */
    abstract static class Timed extends Clocked {
        @Option(names = "--policy-encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
                description = "The encoding the policy files are saved in, and the holiday files they name (file:): UTF-8, GBK"
                        + " or Big5 (default: UTF-8). Feeds (ical, ical-json, holiday-cn) are UTF-8.")
        String policyEncoding;

        @Override
        Charset policyCharset() {
            return charset(policyEncoding, policyEncodingOption());
        }

        @Override
        String policyEncodingOption() {
            return "--policy-encoding";
        }
    }
}
