package org.slakit.flink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * Turns a ticket's entries into its log and back: the first entry is its {@code open}, each later
 * one adds one event, so a log of n events comes from n entries.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TicketEntries {

    private TicketEntries() {
    }

    /**
     * Builds a ticket's log from its entries, in order.
     *
     * @param entries  the entries, the first an {@code open}, not empty, not null
     * @return the log, not null
     * @throws IllegalArgumentException if the first entry is not an {@code open} or a later one is,
     *     an action is not one of the eight, or an entry breaks a rule of the log (such as a resume
     *     of a ticket not waiting), naming the ticket, the entry and the rule
     */
    public static Ticket log(List<TicketEntry> entries) {
        TicketEntry first = entries.get(0);
        if (!"open".equals(first.action)) {
            throw new IllegalArgumentException("Ticket " + first.ticket + ": the first entry must be action 'open', was " + first);
        }
        Ticket t = Ticket.open(first.ticket, first.at, classification(first));
        if (first.fields != null) {
            for (Map.Entry<String, String> f : first.fields.entrySet()) {
                t = t.withField(f.getKey(), f.getValue());
            }
        }
        for (int i = 1; i < entries.size(); i++) {
            t = apply(t, entries.get(i));
        }
        return t;
    }

    /**
     * Adds one entry to a log.
     *
     * @param t  the log, not null
     * @param e  the entry, not an {@code open}, not null
     * @return the longer log, not null
     * @throws IllegalArgumentException as {@link #log}
     */
    public static Ticket apply(Ticket t, TicketEntry e) {
        try {
            return switch (String.valueOf(e.action)) {
                case "event" -> t.event(e.at, e.name);
                case "pause" -> t.pause(e.at, e.name);
                case "resume" -> t.resume(e.at);
                case "reclassify" -> t.reclassify(e.at, classification(e));
                case "resolve" -> t.resolve(e.at);
                case "reopen" -> t.reopen(e.at);
                case "confirm" -> t.confirm(e.at);
                case "open" -> throw new IllegalArgumentException("ticket " + t.id() + " is open already");
                default -> throw new IllegalArgumentException("action must be one of open, event, pause, resume, reclassify, "
                        + "resolve, reopen, confirm, was '" + e.action + "'");
            };
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException ex) {
            throw new IllegalArgumentException("Ticket " + t.id() + ", entry " + e + ": " + ex.getMessage(), ex);
        }
    }

    private static Classification classification(TicketEntry e) {
        if (e.category == null || e.severity == null) {
            throw new IllegalArgumentException("Ticket " + e.ticket + ", entry " + e + ": action '" + e.action
                    + "' needs category and severity");
        }
        Classification c = Classification.of(e.category, e.severity);
        c = e.kind == null ? c : c.withKind(e.kind);
        c = e.tier == null ? c : c.withTier(e.tier);
        return e.service == null ? c : c.withService(e.service);
    }

    /**
     * Splits a ticket's log into its entries, the inverse of {@link #log}.
     *
     * @param t  the log, not null
     * @return the entries, in order, not null
     */
    public static List<TicketEntry> of(Ticket t) {
        List<TicketEntry> out = new ArrayList<>();
        for (int i = 0; i < t.eventCount(); i++) {
            TicketEvent ev = t.getEvent(i);
            TicketEntry e = new TicketEntry();
            e.ticket = t.id();
            e.at = ev.at();
            if (i == 0) {
                e.action = "open";
                classify(e, t.openingClassification());
                e.fields = t.fields().isEmpty() ? null : new LinkedHashMap<>(t.fields());
            } else {
                switch (ev.type()) {
                    case PAUSE -> {
                        e.action = "pause";
                        e.name = ev.waitingState().orElseThrow();
                    }
                    case RESUME -> e.action = "resume";
                    case RECLASSIFY -> {
                        e.action = "reclassify";
                        classify(e, ev.classification().orElseThrow());
                    }
                    default -> {
                        switch (ev.name()) {
                            case Ticket.RESOLVED -> e.action = "resolve";
                            case Ticket.REOPENED -> e.action = "reopen";
                            case Ticket.CONFIRMED -> e.action = "confirm";
                            default -> {
                                e.action = "event";
                                e.name = ev.name();
                            }
                        }
                    }
                }
            }
            out.add(e);
        }
        return out;
    }

    private static void classify(TicketEntry e, Classification c) {
        e.category = c.category();
        e.severity = c.severity();
        e.kind = c.kind().orElse(null);
        e.tier = c.tier().orElse(null);
        e.service = c.service().orElse(null);
    }
}
