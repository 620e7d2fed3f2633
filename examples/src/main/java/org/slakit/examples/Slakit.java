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
import java.util.List;
import java.util.concurrent.Callable;
import org.slakit.config.PolicyException;
import org.slakit.config.PolicyYaml;
import org.slakit.config.TextFile;
import org.slakit.config.TicketYaml;
import org.slakit.config.Timestamps;
import org.slakit.policy.SlaPolicy;
import org.slakit.report.ReportFormat;
import org.slakit.report.ReportWriter;
import org.slakit.report.StatusJson;
import org.slakit.ticket.Ticket;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code slakit} command: check a policy file and explore what it promises before deploying it.
 * <p>
 * Exit codes: 0 when all is well; 1 when the policy or tickets given have problems, each printed
 * as {@code file:line:column: message}; 2 when the command line itself is wrong or a file cannot
 * be read. Without a subcommand it runs the demo.
 */
@Command(name = "slakit", mixinStandardHelpOptions = true, versionProvider = SlakitVersion.class,
        description = "Checks SLA policy files and computes their deadlines.",
        subcommands = {ValidateCommand.class, DeadlineCommand.class, Slakit.Explain.class, Slakit.Replay.class,
            ReportCommand.class, HolidaysCommand.class, Slakit.DemoCommand.class, CommandLine.HelpCommand.class})
public final class Slakit implements Callable<Integer> {

    /** Exit code for problems in the policy or tickets given. */
    static final int PROBLEMS = 1;
    /** Exit code for a wrong command line or an unreadable file. */
    static final int USAGE = 2;

    /** The width help text is set in. */
    static final int HELP_WIDTH = 120;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args  the arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(Clock.systemUTC(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line; the clock is read only for {@code --as-of}'s default.
     *
     * @param clock  the clock giving the current time, not null
     * @param out  where results go, not null
     * @param err  where problems go, not null
     * @param args  the arguments, not null
     * @return the exit code
     */
    static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Slakit(), new Factory(clock));
        cli.setOut(out);
        cli.setErr(err);
        // wide enough that no description breaks inside a timestamp such as 2026-11-20T17:00
        cli.setUsageHelpWidth(HELP_WIDTH);
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("slakit: " + ex.getMessage());
            return PROBLEMS;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        Demo.run(spec.commandLine().getOut());
        return 0;
    }

    /** Gives subcommands the clock. */
    private static final class Factory implements CommandLine.IFactory {
        private final Clock clock;

        Factory(Clock clock) {
            this.clock = clock;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (Clocked.class.isAssignableFrom(type)) {
                K command = CommandLine.defaultFactory().create(type);
                ((Clocked) command).clock = clock;
                return command;
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** What every subcommand shares: output, loading a policy, and the problems found. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
                description = "The encoding the files given are saved in: UTF-8, GBK or Big5 (default: UTF-8). "
                        + "With tickets, the tickets' encoding; the policy's is --policy-encoding.")
        String encoding;

        /** The encodings {@code --encoding} takes. */
        private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("GBK"),
                Charset.forName("Big5"));

        /** The encoding of the files given: {@code --encoding}. */
        Charset charset() {
            return charset(encoding, "--encoding");
        }

        /** The encoding of the policy files: {@code --encoding} where a command reads no other files. */
        Charset policyCharset() {
            return charset();
        }

        Charset charset(String name, String option) {
            return ENCODINGS.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElseThrow(() -> {
                err().println("slakit: " + option + ": expected UTF-8, GBK or Big5, was '" + name + "'");
                return new Exit(USAGE);
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

        SlaPolicy policy(Path file) {
            requireReadable(file);
            try {
                return PolicyYaml.load(file, policyCharset());
            } catch (PolicyException e) {
                e.lines().forEach(err()::println);
                throw new Exit(PROBLEMS);
            } catch (UncheckedIOException e) {
                err().println("slakit: " + e.getMessage());
                throw new Exit(USAGE);
            }
        }

        /** Checks {@code --format}: one of the formats named, or a wrong command line naming them. */
        String format(String format, String... formats) {
            if (!List.of(formats).contains(format)) {
                err().println("slakit: --format: expected " + String.join(", ", List.of(formats).subList(0, formats.length - 1))
                        + " or " + formats[formats.length - 1] + ", was '" + format + "'");
                throw new Exit(USAGE);
            }
            return format;
        }

        /** Reads a file given as text in {@code --encoding}; bytes that are not that text are a problem at their line. */
        String text(Path file) {
            requireReadable(file);
            try {
                return TextFile.read(file, charset());
            } catch (PolicyException e) {
                e.lines().forEach(err()::println);
                throw new Exit(PROBLEMS);
            } catch (UncheckedIOException e) {
                err().println("slakit: " + e.getMessage());
                throw new Exit(USAGE);
            }
        }

        void requireReadable(Path file) {
            String why = !Files.exists(file) ? "no such file" : Files.isDirectory(file) ? "it is a folder, not a file"
                    : !Files.isReadable(file) ? "permission denied" : null;
            if (why != null) {
                err().println("slakit: cannot read " + file + ": " + why);
                throw new Exit(USAGE);
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
                e.lines().forEach(err()::println);
                throw new Exit(PROBLEMS);
            } catch (NoSuchFileException e) {
                err().println("slakit: cannot read " + ticketsFile + ": no such file");
                throw new Exit(USAGE);
            } catch (IOException e) {
                err().println("slakit: cannot read " + ticketsFile + ": " + e.getMessage());
                throw new Exit(USAGE);
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
                throw new Exit(PROBLEMS);
            }
            return rows.stream().map(TicketCsv.Row::ticket).toList();
        }

        private static List<SlaPolicy> policies(SlaPolicy policy, SlaPolicy... others) {
            List<SlaPolicy> all = new java.util.ArrayList<>(List.of(others));
            all.add(0, policy);
            return all;
        }

        Instant time(String text, SlaPolicy policy, String option) {
            try {
                return Timestamps.parse(text, policy.zone());
            } catch (DateTimeException e) {
                err().println("slakit: " + option + ": " + e.getMessage());
                throw new Exit(USAGE);
            }
        }
    }

    /** A subcommand whose {@code --as-of} defaults to the current time. */
    abstract static class Clocked extends Base {
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
                description = "The encoding the policy files are saved in: UTF-8, GBK or Big5 (default: UTF-8).")
        String policyEncoding;

        @Override
        Charset policyCharset() {
            return charset(policyEncoding, "--policy-encoding");
        }
    }

    @Command(name = "explain", description = "Explains a ticket's deadlines: rules, budgets, windows, pauses, holidays.")
    static final class Explain extends Timed {
        @Parameters(index = "0", paramLabel = "FILE", description = "The policy file.")
        Path file;
        @Option(names = "--ticket", required = true, paramLabel = "TICKET.yaml", description = "The ticket file.")
        Path ticketFile;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text; html: one page with the ticket's SLA timeline as a picture; or json: the explanation "
                        + "as documented in slakit-status.schema.json (default: text).")
        String format;

        @Override
        int run() {
            format(format, "text", "html", "json");
            SlaPolicy policy = policy(file);
            requireReadable(ticketFile);
            Ticket ticket;
            try {
                ticket = TicketYaml.load(ticketFile, policy.zone(), charset());
            } catch (PolicyException e) {
                e.lines().forEach(err()::println);
                return PROBLEMS;
            } catch (UncheckedIOException e) {
                err().println("slakit: " + e.getMessage());
                return USAGE;
            }
            try {
                Instant at = asOf(policy);
                if (at.isBefore(ticket.openedAt()) && format.equals("text")) {
                    out().println("Ticket " + ticket.id() + " was opened " + Reports.local(ticket.openedAt(), policy.zone())
                            + ", after --as-of " + Reports.local(at, policy.zone()) + ": as of then it did not exist,"
                            + " and no clock had started.");
                    return 0;
                }
                out().print(switch (format) {
                    case "html" -> ReportWriter.of(ReportFormat.HTML).timeline(policy, ticket, at);
                    case "json" -> StatusJson.explanation(policy, policy.evaluate(ticket, at));
                    default -> policy.evaluate(ticket, at).explain().toText();
                });
            } catch (IllegalArgumentException e) {
                // the ticket as a whole, as replay gives a ticket's row
                err().println(ticketFile + ":1:1: " + e.getMessage());
                return PROBLEMS;
            }
            return 0;
        }
    }

    @Command(name = "replay", description = "Shows the status of many tickets: due, state, breached.")
    static final class Replay extends Timed {
        @Parameters(index = "0", paramLabel = "FILE", description = "The policy file.")
        Path file;
        @Option(names = "--tickets", required = true, paramLabel = "TICKETS.csv",
                description = "The tickets: CSV of one row each, or an event log of one row per change "
                        + "(a header with ticket, at, action).")
        Path ticketsFile;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text, or json: the queue as documented in slakit-status.schema.json (default: text).")
        String format;

        @Override
        int run() {
            boolean json = format(format, "text", "json").equals("json");
            SlaPolicy policy = policy(file);
            Instant at = asOf(policy);
            List<Ticket> tickets = tickets(ticketsFile, policy, at);
            out().print(json ? StatusJson.queue(policy, tickets, at) : Reports.statusTable(policy, tickets, at));
            return 0;
        }
    }

    @Command(name = "demo", description = "Runs the demo: the Hong Kong POS/ERP vendor's policy over a sample week of tickets.")
    static final class DemoCommand implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Override
        public Integer call() {
            Demo.run(spec.commandLine().getOut());
            return 0;
        }
    }
}
