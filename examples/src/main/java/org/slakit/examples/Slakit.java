package org.slakit.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code slakit} command: check a policy file and explore what it promises before deploying it.
 * <p>
 * Exit codes: 0 when all is well; 1 when the policy or tickets given have problems, each printed
 * as {@code file:line:column: message}; 2 when the command line itself is wrong or a file cannot
 * be read. Without a subcommand it runs the demo. Each subcommand is a class of its own, named for it
 * ({@link ExplainCommand}); what they share, options and the loading of files, is {@link Subcommand}.
 */
@Command(name = "slakit", mixinStandardHelpOptions = true, versionProvider = SlakitVersion.class,
        description = "Checks SLA policy files and computes their deadlines.",
        subcommands = {ValidateCommand.class, DeadlineCommand.class, ExplainCommand.class, ReplayCommand.class,
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
            if (Subcommand.Clocked.class.isAssignableFrom(type)) {
                K command = CommandLine.defaultFactory().create(type);
                ((Subcommand.Clocked) command).clock = clock;
                return command;
            }
            return CommandLine.defaultFactory().create(type);
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
