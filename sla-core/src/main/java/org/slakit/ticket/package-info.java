/**
 * Tickets: what happened to a support request, as an immutable, time-ordered event log with the
 * request's classification and fields. This package holds no rules: the
 * {@code org.slakit.policy} package reads a ticket against a service policy. The entry point is
 * {@link org.slakit.ticket.Ticket} ({@code Ticket.open(…)}, then one call per event); it holds
 * {@link org.slakit.ticket.Classification}s and {@link org.slakit.ticket.TicketEvent}s.
 * <p>
 * Nulls are rejected with a {@link java.lang.NullPointerException} unless a method documents
 * otherwise.
 */
package org.slakit.ticket;
