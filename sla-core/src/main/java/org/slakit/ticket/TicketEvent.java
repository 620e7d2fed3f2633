package org.slakit.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a ticket's log: a named event, the start of a wait, the end of a wait, or a
 * reclassification, at an instant.
 * <p>
 * Named events include the built-in {@code opened}, {@code responded}, {@code resolved},
 * {@code reopened} and {@code confirmed}, and any name a policy declares, such as
 * {@code database-received}. A pause is named {@code paused} and carries its waiting state, a
 * resume is named {@code resumed}, and a reclassification is named {@code reclassified} and carries
 * the new classification.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TicketEvent {

    /** The sorts of log entry. */
    public enum Type {
        /** A named event, such as {@code opened} or {@code database-received}. */
        EVENT,
        /** The ticket starts waiting, or switches to another waiting state. */
        PAUSE,
        /** The ticket stops waiting. */
        RESUME,
        /** The ticket's classification changes. */
        RECLASSIFY
    }

    /** The name of a pause entry. */
    public static final String PAUSED = "paused";
    /** The name of a resume entry. */
    public static final String RESUMED = "resumed";
    /** The name of a reclassification entry. */
    public static final String RECLASSIFIED = "reclassified";

    private final Type type;
    private final Instant at;
    private final String name;
    private final String waitingState;
    /** The same as returned: made once, as the clock asks it of every pause on every evaluation. */
    private final Optional<String> waitingStateGiven;
    private final Classification classification;

    private TicketEvent(Type type, Instant at, String name, String waitingState, Classification classification) {
        this.type = type;
        this.at = at;
        this.name = name;
        this.waitingState = waitingState;
        this.waitingStateGiven = Optional.ofNullable(waitingState);
        this.classification = classification;
    }

    static TicketEvent named(Instant at, String name) {
        return new TicketEvent(Type.EVENT, at, name, null, null);
    }

    static TicketEvent pause(Instant at, String waitingState) {
        return new TicketEvent(Type.PAUSE, at, PAUSED, waitingState, null);
    }

    static TicketEvent resume(Instant at) {
        return new TicketEvent(Type.RESUME, at, RESUMED, null, null);
    }

    static TicketEvent reclassify(Instant at, Classification classification) {
        return new TicketEvent(Type.RECLASSIFY, at, RECLASSIFIED, null, classification);
    }

    /**
     * Gets the sort of entry.
     *
     * @return the type, not null
     */
    public Type type() {
        return type;
    }

    /**
     * Gets the instant of the entry.
     *
     * @return the instant, not null
     */
    public Instant at() {
        return at;
    }

    /**
     * Gets the name of the event: its own name for a named event, otherwise {@code paused},
     * {@code resumed} or {@code reclassified}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the waiting state a pause enters.
     *
     * @return the waiting state, empty unless this is a pause
     */
    public Optional<String> waitingState() {
        return waitingStateGiven;
    }

    /**
     * Gets the classification a reclassification sets.
     *
     * @return the classification, empty unless this is a reclassification
     */
    public Optional<Classification> classification() {
        return Optional.ofNullable(classification);
    }

    /**
     * Checks if this entry equals another: same type, instant, name, waiting state and
     * classification.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof TicketEvent e && type == e.type && at.equals(e.at) && name.equals(e.name)
                && Objects.equals(waitingState, e.waitingState) && Objects.equals(classification, e.classification);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(type, at, name, waitingState, classification);
    }

    /**
     * Returns the entry as text, such as {@code 2026-11-20T10:00:00Z paused waiting-for-database}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String detail = waitingState != null ? " " + waitingState : classification != null ? " " + classification : "";
        return at + " " + name + detail;
    }
}
