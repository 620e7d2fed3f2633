package org.slakit.ticket;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A support ticket as an immutable event log: opened with a classification, then events, waits,
 * reclassifications, resolution, reopening and confirmation, each at an instant.
 * <pre>{@code
 * Ticket t = Ticket.open("T-1", Instant.parse("2026-11-20T09:00:00Z"), Classification.of("software-error", "general"))
 *     .event(Instant.parse("2026-11-20T09:20:00Z"), "responded")
 *     .pause(Instant.parse("2026-11-20T10:00:00Z"), "waiting-for-database")
 *     .resume(Instant.parse("2026-11-21T02:00:00Z"))
 *     .resolve(Instant.parse("2026-11-21T05:00:00Z"));
 * }</pre>
 * Entries are kept in the order given; entries with equal instants keep that order, and an entry
 * earlier than the last one is rejected. A ticket is open, waiting (in one waiting state; pausing
 * again switches the state) or resolved. Resuming a ticket that is not waiting, pausing a resolved
 * ticket, and reopening or confirming a ticket that is not resolved are errors; resolving a waiting
 * ticket ends the wait. Every method that adds an entry returns a new ticket.
 * <p>
 * The ticket knows nothing of policies: whether a policy defines its classification's values or
 * uses its events is decided when the policy evaluates it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Ticket {

    /** The event that opens a ticket. */
    public static final String OPENED = "opened";
    /** The built-in event of a first response. */
    public static final String RESPONDED = "responded";
    /** The event that resolves a ticket. */
    public static final String RESOLVED = "resolved";
    /** The event that reopens a resolved ticket. */
    public static final String REOPENED = "reopened";
    /** The event by which the customer confirms a resolution. */
    public static final String CONFIRMED = "confirmed";
    /** The built-in event names. */
    public static final List<String> BUILT_IN_EVENTS = List.of(OPENED, RESPONDED, RESOLVED, REOPENED, CONFIRMED);

    /** The states of a ticket. */
    public enum State {
        /** Open and being worked on. */
        OPEN,
        /** Waiting, in a waiting state such as {@code waiting-for-database}. */
        WAITING,
        /** Resolved (and possibly confirmed). */
        RESOLVED
    }

    private final String id;
    private final TicketEvent[] events;
    private final Map<String, String> fields;
    private final State state;
    private final String waitingState;
    private final Classification classification;
    private final Classification initial;

    private Ticket(String id, TicketEvent[] events, Map<String, String> fields, State state, String waitingState,
            Classification classification, Classification initial) {
        this.id = id;
        this.initial = initial;
        this.events = events;
        this.fields = fields;
        this.state = state;
        this.waitingState = waitingState;
        this.classification = classification;
    }

    /**
     * Obtains a ticket opened at an instant with a classification; its log starts with the
     * {@code opened} event.
     *
     * @param id  the ticket's id, such as {@code T-1}, not null, not blank
     * @param at  the instant it was opened, not null
     * @param classification  the classification, not null
     * @return the ticket, not null
     * @throws IllegalArgumentException if the id is blank
     */
    public static Ticket open(String id, Instant at, Classification classification) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(classification, "classification");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A ticket's id must not be blank, was '" + id + "'");
        }
        return new Ticket(id, new TicketEvent[] {TicketEvent.named(at, OPENED)}, Map.of(), State.OPEN, null,
                classification, classification);
    }

    // ----- adding to the log -----

    /**
     * Returns a copy of this ticket with a named event added. The names {@code resolved},
     * {@code reopened} and {@code confirmed} behave as {@link #resolve}, {@link #reopen} and
     * {@link #confirm}.
     *
     * @param at  the instant, not before the last entry, not null
     * @param name  the event's name, such as {@code responded}, not null, not blank
     * @return the new ticket, not null
     * @throws IllegalArgumentException if the name is blank or {@code opened}, if the instant is before
     *     the last entry, or if the event does not fit the ticket's state
     */
    public Ticket event(Instant at, String name) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw error("an event name must not be blank, was '" + name + "'");
        }
        switch (name) {
            case OPENED:
                throw error("it is already opened; use reopen for a resolved ticket, was event 'opened' at " + at);
            case RESOLVED:
                return resolve(at);
            case REOPENED:
                return reopen(at);
            case CONFIRMED:
                return confirm(at);
            default:
                return append(TicketEvent.named(at, name), state, waitingState, classification);
        }
    }

    /**
     * Returns a copy of this ticket that starts waiting in a waiting state at an instant; pausing a
     * waiting ticket switches its waiting state.
     *
     * @param at  the instant, not before the last entry, not null
     * @param waitingState  the waiting state, such as {@code waiting-for-database}, not null, not blank
     * @return the new ticket, not null
     * @throws IllegalArgumentException if the ticket is resolved, the state blank, or the instant before the last entry
     */
    public Ticket pause(Instant at, String waitingState) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(waitingState, "waitingState");
        if (waitingState.isBlank()) {
            throw error("a waiting state must not be blank, was '" + waitingState + "'");
        }
        if (state == State.RESOLVED) {
            throw error("a resolved ticket cannot wait, was pause '" + waitingState + "' at " + at);
        }
        return append(TicketEvent.pause(at, waitingState), State.WAITING, waitingState, classification);
    }

    /**
     * Returns a copy of this ticket that stops waiting at an instant.
     *
     * @param at  the instant, not before the last entry, not null
     * @return the new ticket, not null
     * @throws IllegalArgumentException if the ticket is not waiting, or the instant is before the last entry
     */
    public Ticket resume(Instant at) {
        Objects.requireNonNull(at, "at");
        if (state != State.WAITING) {
            throw error("only a waiting ticket can resume, but it is " + describeState() + ", was resume at " + at);
        }
        return append(TicketEvent.resume(at), State.OPEN, null, classification);
    }

    /**
     * Returns a copy of this ticket with a new classification from an instant on. A policy reads a
     * reclassification retroactively, as if the ticket had carried the new classification since it
     * was opened.
     *
     * @param at  the instant, not before the last entry, not null
     * @param classification  the new classification, not null
     * @return the new ticket, not null
     * @throws IllegalArgumentException if the instant is before the last entry
     */
    public Ticket reclassify(Instant at, Classification classification) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(classification, "classification");
        return append(TicketEvent.reclassify(at, classification), state, waitingState, classification);
    }

    /**
     * Returns a copy of this ticket resolved at an instant; a wait ends with it.
     *
     * @param at  the instant, not before the last entry, not null
     * @return the new ticket, not null
     * @throws IllegalArgumentException if the ticket is already resolved, or the instant is before the last entry
     */
    public Ticket resolve(Instant at) {
        Objects.requireNonNull(at, "at");
        if (state == State.RESOLVED) {
            throw error("it is already resolved, was resolve at " + at);
        }
        return append(TicketEvent.named(at, RESOLVED), State.RESOLVED, null, classification);
    }

    /**
     * Returns a copy of this resolved ticket reopened at an instant.
     *
     * @param at  the instant, not before the last entry, not null
     * @return the new ticket, not null
     * @throws IllegalArgumentException if the ticket is not resolved, or the instant is before the last entry
     */
    public Ticket reopen(Instant at) {
        Objects.requireNonNull(at, "at");
        if (state != State.RESOLVED) {
            throw error("only a resolved ticket can be reopened, but it is " + describeState() + ", was reopen at " + at);
        }
        return append(TicketEvent.named(at, REOPENED), State.OPEN, null, classification);
    }

    /**
     * Returns a copy of this resolved ticket with the customer's confirmation at an instant; it
     * stays resolved.
     *
     * @param at  the instant, not before the last entry, not null
     * @return the new ticket, not null
     * @throws IllegalArgumentException if the ticket is not resolved, or the instant is before the last entry
     */
    public Ticket confirm(Instant at) {
        Objects.requireNonNull(at, "at");
        if (state != State.RESOLVED) {
            throw error("only a resolved ticket can be confirmed, but it is " + describeState() + ", was confirm at " + at);
        }
        return append(TicketEvent.named(at, CONFIRMED), State.RESOLVED, null, classification);
    }

    /**
     * Returns a copy of this ticket with a field set, such as {@code product}; setting it again
     * replaces the value. Fields are not part of the timed log.
     *
     * @param name  the field's name, not null, not blank
     * @param value  the value, not null
     * @return the new ticket, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public Ticket withField(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw error("a field name must not be blank, was '" + name + "'");
        }
        Map<String, String> copy = new TreeMap<>(fields);
        copy.put(name, value);
        return new Ticket(id, events, Collections.unmodifiableMap(copy), state, waitingState, classification, initial);
    }

    private Ticket append(TicketEvent event, State newState, String newWaiting, Classification newClassification) {
        Instant last = events[events.length - 1].at();
        if (event.at().isBefore(last)) {
            throw error("entries must not go back in time, was " + event.name() + " at " + event.at()
                    + ", before the last entry at " + last);
        }
        TicketEvent[] copy = Arrays.copyOf(events, events.length + 1);
        copy[events.length] = event;
        return new Ticket(id, copy, fields, newState, newWaiting, newClassification, initial);
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Ticket " + id + ": " + what);
    }

    private String describeState() {
        return state == State.WAITING ? "waiting (" + waitingState + ")" : state.name().toLowerCase(java.util.Locale.ROOT);
    }

    // ----- reading -----

    /**
     * Gets the ticket's id.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Gets the log, starting with the {@code opened} event, in the order given.
     *
     * @return the entries, not null, unmodifiable
     */
    public List<TicketEvent> events() {
        return List.of(events);
    }

    /**
     * Gets the number of entries in the log.
     *
     * @return the size of the log, at least one
     */
    public int eventCount() {
        return events.length;
    }

    /**
     * Gets one entry of the log, without copying the log.
     *
     * @param index  the index, from 0 to {@link #eventCount()} - 1
     * @return the entry, not null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public TicketEvent getEvent(int index) {
        return events[index];
    }

    /**
     * Gets the fields, such as {@code product}, sorted by name.
     *
     * @return the fields, not null, unmodifiable
     */
    public Map<String, String> fields() {
        return fields;
    }

    /**
     * Gets the instant the ticket was first opened.
     *
     * @return the instant of the {@code opened} event, not null
     */
    public Instant openedAt() {
        return events[0].at();
    }

    /**
     * Gets the classification the ticket was opened with.
     *
     * @return the first classification, not null
     */
    public Classification openingClassification() {
        return initial;
    }

    /**
     * Gets the current classification: the last one given.
     *
     * @return the classification, not null
     */
    public Classification classification() {
        return classification;
    }

    /**
     * Gets the current state.
     *
     * @return the state, not null
     */
    public State state() {
        return state;
    }

    /**
     * Gets the current waiting state.
     *
     * @return the waiting state, empty unless the ticket is waiting
     */
    public Optional<String> waitingState() {
        return Optional.ofNullable(waitingState);
    }

    /**
     * Checks if this ticket equals another: same id, log and fields.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Ticket t && id.equals(t.id) && Arrays.equals(events, t.events) && fields.equals(t.fields)
                && initial.equals(t.initial);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(id, Arrays.hashCode(events), fields);
    }

    /**
     * Returns a summary such as {@code Ticket[T-1, open, 3 entries]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "Ticket[" + id + ", " + describeState() + ", " + events.length + " entries]";
    }
}
