package org.slakit.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collector;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * The service report for one customer over a period (as the heating-billing example promises: every year, a list of each service
 * given and how it was handled, with the figures behind it): one row per ticket reported in the
 * period, with what was promised and done for each target, then the customer's compliance.
 * <p>
 * A ticket is the customer's when its customer field equals the customer's name. It is in the
 * period when it was reported (opened) on a date of the period, in the policy's zone.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ServiceReport {

    private final String customer;
    private final ReportPeriod period;
    private final Facts facts;
    private final List<Service> services;
    private final Compliance compliance;

    private ServiceReport(String customer, ReportPeriod period, Facts facts, List<Service> services, Compliance compliance) {
        this.customer = customer;
        this.period = period;
        this.facts = facts;
        this.services = List.copyOf(services);
        this.compliance = compliance;
    }

    /**
     * Reports the services given to one customer in a period.
     *
     * @param facts  the policy, the instant and the customer field, not null
     * @param tickets  every ticket, read once: the customer's are picked out, not null
     * @param customer  the customer's name, as in the customer field, not null
     * @param period  the period, not null
     * @return the report, not null
     * @throws IllegalArgumentException if a ticket of the customer uses a value the policy does not define
     */
    public static ServiceReport of(Facts facts, Iterable<Ticket> tickets, String customer, ReportPeriod period) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(period, "period");
        List<Service> services = new ArrayList<>();
        // the tickets of the period, not the cycles: a cycle reopened in January of a December ticket stays in its row
        Collector<Fact, Object, Compliance> collector = cast(Compliance.collector(facts, ReportPeriod.all(), Compliance.DEFAULT_GROUPING));
        Object tally = collector.supplier().get();
        BiConsumer<Object, Fact> add = collector.accumulator();
        for (Ticket t : tickets) {
            if (!customer.equals(t.fields().get(facts.customerField()))
                    || !period.contains(LocalDate.ofInstant(t.openedAt(), facts.policy().zone()))) {
                continue;
            }
            List<Fact> ticketFacts = facts.of(t);
            ticketFacts.forEach(f -> add.accept(tally, f));
            services.add(Service.of(t, ticketFacts, facts.asOf()));
        }
        services.sort(Comparator.comparing(Service::reportedAt).thenComparing(Service::ticketId));
        return new ServiceReport(customer, period, facts, services, collector.finisher().apply(tally));
    }

    @SuppressWarnings("unchecked")
    private static Collector<Fact, Object, Compliance> cast(Collector<Fact, ?, Compliance> c) {
        return (Collector<Fact, Object, Compliance>) c;
    }

    /**
     * Gets the customer's name.
     *
     * @return the name, not null
     */
    public String customer() {
        return customer;
    }

    /**
     * Gets the period.
     *
     * @return the period, not null
     */
    public ReportPeriod period() {
        return period;
    }

    /**
     * Gets the policy, the instant and the customer field the report was made with.
     *
     * @return the fact source, not null
     */
    public Facts facts() {
        return facts;
    }

    /**
     * Gets the services: one per ticket reported in the period, in order of reporting.
     *
     * @return the services, not null
     */
    public List<Service> services() {
        return services;
    }

    /**
     * Gets the customer's compliance over the services' facts, by target and severity.
     *
     * @return the compliance, not null
     */
    public Compliance compliance() {
        return compliance;
    }

    /**
     * One service: a ticket, what was reported, and for each target its cycles' facts.
     *
     * @param ticketId  the ticket's id, not null
     * @param reportedAt  when it was reported, not null
     * @param classification  its classification as of the report's instant, not null
     * @param targets  the facts of each applicable target, by target in the policy's order, oldest cycle first, not null
     * @param confirmedAt  when the customer last confirmed it, as of the report's instant, not null
     * @param reopened  how many times it was reopened
     */
    public record Service(String ticketId, Instant reportedAt, Classification classification, Map<String, List<Fact>> targets,
            Optional<Instant> confirmedAt, int reopened) {
        /**
         * Checks the components and copies the map.
         *
         * @param ticketId  the ticket's id, not null
         * @param reportedAt  when it was reported, not null
         * @param classification  its classification as of the report's instant, not null
         * @param targets  the facts of each applicable target, by target, not null, copied in its order
         * @param confirmedAt  when the customer last confirmed it, as of the report's instant, not null
         * @param reopened  how many times it was reopened
         * @throws NullPointerException if a component is null
         */
        public Service {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(reportedAt, "reportedAt");
            Objects.requireNonNull(classification, "classification");
            Map<String, List<Fact>> copy = new LinkedHashMap<>();
            targets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            targets = Collections.unmodifiableMap(copy);
            Objects.requireNonNull(confirmedAt, "confirmedAt");
        }

        static Service of(Ticket t, List<Fact> facts, Instant asOf) {
            Map<String, List<Fact>> targets = new LinkedHashMap<>();
            for (Fact f : facts) {
                targets.computeIfAbsent(f.target(), k -> new ArrayList<>()).add(f);
            }
            Instant confirmed = null;
            int reopened = 0;
            for (TicketEvent e : t.events()) {
                if (e.at().isAfter(asOf)) {
                    break;
                }
                if (e.type() == TicketEvent.Type.EVENT && Ticket.CONFIRMED.equals(e.name())) {
                    confirmed = e.at();
                } else if (e.type() == TicketEvent.Type.EVENT && Ticket.REOPENED.equals(e.name())) {
                    reopened++;
                }
            }
            Classification c = facts.isEmpty() ? Facts.classificationAt(t, asOf) : facts.get(0).classification();
            return new Service(t.id(), t.openedAt(), c, targets, Optional.ofNullable(confirmed), reopened);
        }

        /**
         * Gets the latest cycle of a target: the outcome the customer saw last.
         *
         * @param target  the target's name, not null
         * @return the fact, empty when the target does not apply, not null
         */
        public Optional<Fact> latest(String target) {
            List<Fact> f = targets.get(target);
            return f == null ? Optional.empty() : Optional.of(f.get(f.size() - 1));
        }

        /**
         * Gets the business time the service waited for the customer: over every cycle, the time
         * paused of the target that was paused longest (targets count on their own calendars).
         *
         * @return the time, not null
         */
        public Duration waitingForCustomer() {
            Duration longest = Duration.ZERO;
            for (List<Fact> cycles : targets.values()) {
                Duration sum = Duration.ZERO;
                for (Fact f : cycles) {
                    sum = sum.plus(f.cycle().pausedTotal());
                }
                if (sum.compareTo(longest) > 0) {
                    longest = sum;
                }
            }
            return longest;
        }
    }
}
