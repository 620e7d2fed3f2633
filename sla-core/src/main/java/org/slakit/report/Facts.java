package org.slakit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * Turns tickets into {@link Fact}s: each ticket is evaluated against a policy as of one instant, and
 * every cycle of every applicable target becomes a fact. Nothing reads a clock: the instant is
 * given.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Facts {

    /** The ticket field that names the customer unless told otherwise: the intake field the example policies require. */
    public static final String DEFAULT_CUSTOMER_FIELD = "company";

    private final SlaPolicy policy;
    private final Instant asOf;
    private final String customerField;

    private Facts(SlaPolicy policy, Instant asOf, String customerField) {
        this.policy = policy;
        this.asOf = asOf;
        this.customerField = customerField;
    }

    /**
     * Obtains the facts of a policy as of an instant, the customer read from the field {@code company}.
     *
     * @param policy  the policy, not null
     * @param asOf  the report's instant, not null
     * @return the fact source, not null
     */
    public static Facts of(SlaPolicy policy, Instant asOf) {
        return new Facts(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(asOf, "asOf"), DEFAULT_CUSTOMER_FIELD);
    }

    /**
     * Returns a copy that reads the customer from another ticket field.
     *
     * @param field  the field's name, such as {@code company} or {@code customer}, not blank
     * @return the fact source, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public Facts withCustomerField(String field) {
        if (Objects.requireNonNull(field, "field").isBlank()) {
            throw new IllegalArgumentException("A customer field's name must not be blank");
        }
        return new Facts(policy, asOf, field);
    }

    /**
     * Gets the policy.
     *
     * @return the policy, not null
     */
    public SlaPolicy policy() {
        return policy;
    }

    /**
     * Gets the report's instant.
     *
     * @return the instant, not null
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * Gets the name of the ticket field that names the customer.
     *
     * @return the field's name, not null
     */
    public String customerField() {
        return customerField;
    }

    /**
     * Evaluates one ticket: its facts, target by target in the policy's order, each target's cycles oldest first.
     *
     * @param ticket  the ticket, not null
     * @return the facts, empty when no target applies, not null
     * @throws IllegalArgumentException if the ticket uses a value the policy does not define
     */
    public List<Fact> of(Ticket ticket) {
        SlaStatus status = policy.evaluate(ticket, asOf);
        Optional<String> customer = Optional.ofNullable(ticket.fields().get(customerField));
        Classification classification = classificationAt(ticket, asOf);
        Optional<LocalDate> version = policy.versionAt(ticket.openedAt());
        List<Fact> facts = new ArrayList<>(status.targets().size());
        for (TargetStatus target : status.targets()) {
            facts.addAll(Fact.of(ticket.id(), customer, classification, version, target));
        }
        return facts;
    }

    /**
     * Evaluates tickets one at a time, lazily: a large input is never held twice.
     *
     * @param tickets  the tickets, not null
     * @return the facts, ticket by ticket in the input's order, not null
     */
    public Stream<Fact> stream(Iterable<Ticket> tickets) {
        return StreamSupport.stream(tickets.spliterator(), false).flatMap(t -> of(t).stream());
    }

    /**
     * Evaluates a stream of tickets lazily, in parallel when the stream is.
     *
     * @param tickets  the tickets, not null
     * @return the facts, not null
     */
    public Stream<Fact> stream(Stream<Ticket> tickets) {
        return tickets.flatMap(t -> of(t).stream());
    }

    /** The classification a ticket had as of an instant: its last reclassification at or before it. */
    static Classification classificationAt(Ticket ticket, Instant asOf) {
        Classification c = ticket.openingClassification();
        for (int i = 1; i < ticket.eventCount(); i++) {
            TicketEvent e = ticket.getEvent(i);
            if (e.at().isAfter(asOf)) {
                break;
            }
            if (e.type() == TicketEvent.Type.RECLASSIFY) {
                c = e.classification().orElseThrow();
            }
        }
        return c;
    }
}
