package org.slakit.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Runs the {@code slakit} command in this process through {@link Slakit#run}, as a user types it,
 * on a fixed clock (the only one {@code --as-of} defaults to), and keeps what the last run printed
 * and its exit code. Each run starts afresh: {@link #out()} and {@link #err()} are the last run's.
 * One per test class instance, so that tests do not share output.
 */
final class SlakitRunner {

    /** Monday 2026-11-23 09:00 in Hong Kong: the as-of of the sample week, the clock most tests run on. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T01:00:00Z");

    private final Clock clock;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** A runner whose clock stands at {@link #MONDAY_MORNING}. */
    SlakitRunner() {
        this(MONDAY_MORNING);
    }

    /** A runner whose clock stands at an instant. */
    SlakitRunner(Instant now) {
        this.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    /** Runs the command with the arguments given, forgetting what an earlier run printed; returns its exit code. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Slakit.run(clock, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** What the last run printed on standard output. */
    String out() {
        return out.toString();
    }

    /** What the last run printed on standard error. */
    String err() {
        return err.toString();
    }
}
