package org.slakit.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Classification;

/**
 * The weekly follow-up list at an instant: the tickets to confirm with their customers, oldest
 * resolution first. Made by {@link FollowUps#listAt}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param rule  the policy's follow-up rule, not null
 * @param zone  the policy's zone, in which its times are shown, not null
 * @param at  the instant of the list, not null
 * @param periodStart  the start of the follow-up period containing the instant: the last run at or before it, not null
 * @param nextRunAt  when the list is next due, empty when that lies beyond the follow-up calendar's holiday data, not null
 * @param entries  the tickets, oldest resolution first, not null
 */
public record FollowUpList(SlaPolicy.FollowUp rule, ZoneId zone, Instant at, Instant periodStart, Optional<Instant> nextRunAt, List<Entry> entries) {

    /**
     * Checks the components and copies the list.
     *
     * @param rule  the policy's follow-up rule, not null
     * @param zone  the policy's zone, in which its times are shown, not null
     * @param at  the instant of the list, not null
     * @param periodStart  the last run of the rule at or before the instant, not null
     * @param nextRunAt  when the list is next due, empty when that lies beyond the follow-up calendar's holiday data,
     *     not null
     * @param entries  the tickets, oldest resolution first, not null, copied
     * @throws NullPointerException if a component is null
     */
    public FollowUpList {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(nextRunAt, "nextRunAt");
        entries = List.copyOf(entries);
    }

    /**
     * One ticket to follow up.
     *
     * @param ticketId  the ticket's id, not null
     * @param classification  its classification as of the list's instant, not null
     * @param resolvedAt  its last resolution, not null
     * @param waited  the time since then, up to the list's instant, not null
     * @param contact  the contact fields by name, in the order asked for; empty text for a field the ticket lacks, not null
     */
    public record Entry(String ticketId, Classification classification, Instant resolvedAt, Duration waited, Map<String, String> contact) {
        /**
         * Checks the components and copies the map.
         *
         * @param ticketId  the ticket's id, not null
         * @param classification  its classification as of the list's instant, not null
         * @param resolvedAt  its last resolution, not null
         * @param waited  the time since then, up to the list's instant, not null
         * @param contact  the contact fields by name, in the order asked for, not null, copied in that order
         * @throws NullPointerException if a component is null
         */
        public Entry {
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(classification, "classification");
            Objects.requireNonNull(resolvedAt, "resolvedAt");
            Objects.requireNonNull(waited, "waited");
            contact = Collections.unmodifiableMap(new LinkedHashMap<>(contact));
        }
    }
}
