/**
 * Service-level policies and the ticket clock: {@link org.slakit.policy.SlaPolicy} holds a vendor's
 * promise (calendars, severities, categories, tiers, waiting states, events, targets, escalations,
 * out-of-hours routing, intake rules and effective-dated versions) and evaluates
 * {@link org.slakit.ticket.Ticket}s against it into an {@link org.slakit.policy.SlaStatus}.
 * <p>
 * Policies are built through {@link org.slakit.policy.PolicyBuilder}, which collects every
 * problem with its path in YAML terms, such as {@code targets[2].within}, and reports them all in
 * one {@link org.slakit.policy.InvalidPolicyException}.
 * <p>
 * Nulls are rejected with a {@link java.lang.NullPointerException} unless a method documents
 * otherwise. Intervals are half-open. Time is always passed in; nothing here reads the clock.
 */
package org.slakit.policy;
