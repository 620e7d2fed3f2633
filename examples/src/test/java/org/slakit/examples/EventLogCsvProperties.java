package org.slakit.examples;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * The event-log CSV round-trips: random tickets built with the Ticket API, written as an event log
 * whose rows are interleaved at random between tickets (each ticket's rows in their order), read
 * back as the same tickets, in the order of their open rows.
 */
class EventLogCsvProperties {

    private static final List<String> EVENTS = List.of("workaround-given", "proposal-given", "database-received", "replied");
    private static final List<String> NAMED = List.of(Ticket.RESPONDED, "workaround-given", "proposal-given", "database-received",
            "replied");
    private static final List<String> WAITING = List.of("waiting-for-database", "waiting-for-onsite-test");
    private static final List<Classification> CLASSIFICATIONS = List.of(
            Classification.of("software-error", "general"),
            Classification.of("software-error", "severe").withKind("function-error").withTier("standard"),
            Classification.of("other", "other").withKind("network").withService("bug-fix"),
            Classification.of("requirement", "requirement").withKind("new-feature").withTier("standard").withService("consultation"));
    private static final List<String> FIELD_NAMES = List.of("company", "contact", "product", "version");
    /** Texts that need RFC 4180 quoting, or are not ASCII. */
    private static final List<String> FIELD_VALUES = List.of("Kowloon Bay Mart", "Chan, Lee & Co.", "the \"big\" one",
            "two\nlines", "九龍灣", "5.10", "a,\"b\",\nc");
    /** Hong Kong, and a zone whose clocks go back within the generated times (London, Sunday 25 October 2026). */
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Hong_Kong"), ZoneId.of("Europe/London"));
    private static final Instant START = Instant.parse("2026-10-22T00:00:00Z");

    /** One step of a ticket's history: which of the actions its state allows, after how long. */
    record Step(int choice, int seconds, int nanos) {
    }

    /** What a ticket is built from. */
    record Recipe(int openSeconds, int classification, List<Integer> fields, List<Step> steps) {
    }

    /** The tickets, their zone, and for each row the index of the ticket whose next row it is. */
    record Log(List<Ticket> tickets, ZoneId zone, List<Integer> owners) {
    }

    @Property(tries = 1000)
    boolean writtenTicketsReadBackEqual(@ForAll("logs") Log log) throws IOException {
        StringWriter text = new StringWriter();
        EventLogCsv.write(log.tickets(), log.owners(), log.zone(), text);
        List<Ticket> read = EventLogCsv.read(new StringReader(text.toString()), "log.csv", log.zone(), EVENTS);
        Set<Integer> openOrder = new LinkedHashSet<>(log.owners());
        List<Ticket> expected = openOrder.stream().map(log.tickets()::get).toList();
        collect(log);
        return read.equals(expected);
    }

    private static void collect(Log log) {
        List<TicketEvent> entries = log.tickets().stream().flatMap(t -> t.events().stream()).toList();
        Statistics.label("reopened").collect(entries.stream().anyMatch(e -> e.name().equals(Ticket.REOPENED)));
        Statistics.label("reclassified").collect(entries.stream().anyMatch(e -> e.type() == TicketEvent.Type.RECLASSIFY));
        Statistics.label("several pauses on one ticket").collect(log.tickets().stream().anyMatch(t ->
                t.events().stream().filter(e -> e.type() == TicketEvent.Type.PAUSE).count() >= 2));
        Statistics.label("interleaved").collect(isInterleaved(log.owners()));
        Statistics.label("zone").collect(log.zone().getId());
        Statistics.label("reopened").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("reclassified").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("several pauses on one ticket").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("interleaved").coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    /** Checks if some ticket's rows are not all together: there are more runs of one ticket's rows than tickets. */
    static boolean isInterleaved(List<Integer> owners) {
        int runs = 1;
        for (int i = 1; i < owners.size(); i++) {
            runs += owners.get(i).equals(owners.get(i - 1)) ? 0 : 1;
        }
        return runs > new HashSet<>(owners).size();
    }

    @Provide
    Arbitrary<Log> logs() {
        // one step in five at the same instant as the one before
        Arbitrary<Integer> seconds = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(4, Arbitraries.integers().between(1, 8 * 3600)));
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 99),
                seconds, Arbitraries.of(0, 0, 0, 1, 500_000_000))
                .as(Step::new);
        Arbitrary<Recipe> recipe = Combinators.combine(Arbitraries.integers().between(0, 7 * 86_400),
                Arbitraries.integers().between(0, CLASSIFICATIONS.size() - 1),
                Arbitraries.integers().between(0, FIELD_VALUES.size() - 1).list().ofMaxSize(FIELD_NAMES.size()),
                step.list().ofMaxSize(14)).as(Recipe::new);
        Arbitrary<List<Ticket>> tickets = recipe.list().ofMinSize(1).ofMaxSize(6).map(EventLogCsvProperties::build);
        return Combinators.combine(tickets, Arbitraries.of(ZONES)).flatAs((list, zone) -> {
            int rows = list.stream().mapToInt(Ticket::eventCount).sum();
            return Arbitraries.integers().between(0, 999).list().ofSize(rows).map(picks -> new Log(list, zone, owners(list, picks)));
        });
    }

    private static List<Ticket> build(List<Recipe> recipes) {
        List<Ticket> out = new ArrayList<>();
        for (int i = 0; i < recipes.size(); i++) {
            out.add(build("T-" + (i + 1), recipes.get(i)));
        }
        return out;
    }

    /** A ticket whose every step is one its state allows, so the Ticket API accepts the history. */
    private static Ticket build(String id, Recipe r) {
        Instant at = START.plusSeconds(r.openSeconds());
        Ticket t = Ticket.open(id, at, CLASSIFICATIONS.get(r.classification()));
        for (int i = 0; i < r.fields().size(); i++) {
            t = t.withField(FIELD_NAMES.get(i), FIELD_VALUES.get(r.fields().get(i)));
        }
        for (Step s : r.steps()) {
            at = at.plusSeconds(s.seconds()).plusNanos(s.nanos());
            List<String> allowed = switch (t.state()) {
                case OPEN -> List.of("event", "pause", "reclassify", "resolve");
                case WAITING -> List.of("event", "pause", "resume", "resume", "reclassify", "resolve");
                case RESOLVED -> List.of("reopen", "reopen", "confirm", "event", "reclassify");
            };
            int c = s.choice();
            t = switch (allowed.get(c % allowed.size())) {
                case "event" -> t.event(at, NAMED.get(c % NAMED.size()));
                case "pause" -> t.pause(at, WAITING.get(c % WAITING.size()));
                case "resume" -> t.resume(at);
                case "reclassify" -> t.reclassify(at, CLASSIFICATIONS.get(c % CLASSIFICATIONS.size()));
                case "resolve" -> t.resolve(at);
                case "reopen" -> t.reopen(at);
                default -> t.confirm(at);
            };
        }
        return t;
    }

    /** An interleaving of the tickets' rows: each pick takes the next row of one of the tickets with rows left. */
    private static List<Integer> owners(List<Ticket> tickets, List<Integer> picks) {
        int[] left = tickets.stream().mapToInt(Ticket::eventCount).toArray();
        List<Integer> owners = new ArrayList<>();
        for (int pick : picks) {
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < left.length; i++) {
                if (left[i] > 0) {
                    open.add(i);
                }
            }
            int owner = open.get(pick % open.size());
            left[owner]--;
            owners.add(owner);
        }
        return owners;
    }
}
