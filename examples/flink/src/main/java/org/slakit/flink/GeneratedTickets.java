package org.slakit.flink;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * A help desk made up on seed 000's policy ({@code examples/policies/hk-pos-erp.yaml}), for the
 * contract tests and {@link Throughput}: tickets opened over a week, each a random log of up to
 * eight entries (responses, waits, reclassifications, resolutions, reopenings, confirmations), the
 * same for the same seed.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class GeneratedTickets {

    private static final List<Classification> CLASSES = List.of(
            Classification.of("software-error", "severe").withKind("exception"),
            Classification.of("software-error", "general").withKind("function-error"),
            Classification.of("software-error", "general").withKind("data-mismatch"),
            Classification.of("other", "other").withKind("network"),
            Classification.of("requirement", "requirement").withKind("new-feature"));
    private static final List<String> EVENTS = List.of("responded", "workaround-given", "proposal-given", "database-received", "replied");
    private static final List<String> WAITING = List.of("waiting-for-database", "waiting-for-onsite-test");

    private GeneratedTickets() {
    }

    /**
     * Makes tickets up.
     *
     * @param count  how many, not negative
     * @param seed  the seed
     * @param from  the start of the week they open in, not null
     * @return the tickets' logs, T-0, T-1, …, not null
     */
    public static List<Ticket> tickets(int count, long seed, Instant from) {
        List<Ticket> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(ticket(i, seed, from));
        }
        return out;
    }

    /**
     * Makes one ticket up: the i-th of {@link #tickets}.
     *
     * @param i  the ticket's number, its id {@code T-i}
     * @param seed  the seed
     * @param from  the start of the week it opens in, not null
     * @return the ticket's log, not null
     */
    public static Ticket ticket(long i, long seed, Instant from) {
        String id = "T-" + i;
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        Instant at = from.plus(Duration.ofMinutes(r.nextInt(7 * 24 * 60)));
        Ticket t = Ticket.open(id, at, CLASSES.get(r.nextInt(CLASSES.size())));
        int steps = r.nextInt(9);
        for (int s = 0; s < steps; s++) {
            at = at.plus(Duration.ofMinutes(r.nextInt(10) < 8 ? r.nextInt(91) : r.nextInt(1500)));
            boolean resolved = t.state() == Ticket.State.RESOLVED;
            int choice = r.nextInt(100);
            t = switch (r.nextInt(8)) {
                case 0, 1 -> t.event(at, EVENTS.get(choice % EVENTS.size()));
                case 2 -> resolved ? t : t.pause(at, WAITING.get(choice % WAITING.size()));
                case 3 -> t.state() == Ticket.State.WAITING ? t.resume(at) : t;
                case 4 -> t.reclassify(at, CLASSES.get(choice % CLASSES.size()));
                case 5, 6 -> resolved ? t : t.resolve(at);
                default -> resolved ? (choice < 50 ? t.reopen(at) : t.confirm(at)) : t;
            };
        }
        return t;
    }

    /**
     * The entries of tickets, all in time order (at one instant, in the order of the tickets).
     *
     * @param tickets  the tickets, not null
     * @return the entries, not null
     */
    public static List<TicketEntry> entries(List<Ticket> tickets) {
        List<TicketEntry> out = new ArrayList<>();
        tickets.forEach(t -> out.addAll(TicketEntries.of(t)));
        out.sort(Comparator.comparing((TicketEntry e) -> e.at));
        return out;
    }
}
