/**
 * Tickets: what happened to a support request, as an immutable, time-ordered event log with the
 * request's classification and fields. This package holds no rules: the
 * {@code org.slakit.policy} package reads a ticket against a service policy.
 * <p>
 * Nulls are rejected with a {@link java.lang.NullPointerException} unless a method documents
 * otherwise.
 */
package org.slakit.ticket;
