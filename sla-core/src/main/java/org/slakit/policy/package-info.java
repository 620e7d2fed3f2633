/**
 * Service-level policies and the ticket clock that evaluates tickets against them.
 * <p>
 * The entry points:
 * <ul>
 * <li>{@link org.slakit.policy.SlaPolicy}, a vendor's promise, and its answers: {@code evaluate},
 *     {@code order}, {@code route}, {@code missingFields} and {@code isEntitled};</li>
 * <li>{@link org.slakit.policy.PolicyBuilder}, from {@code SlaPolicy.builder(name, zone)}, which
 *     collects every problem with its path in YAML terms, such as {@code targets[2].within}, and
 *     reports them all in one {@link org.slakit.policy.InvalidPolicyException};</li>
 * <li>{@link org.slakit.policy.Condition}, the {@code when} of a target or an out-of-hours rule;</li>
 * <li>{@link org.slakit.policy.Target} and its {@link org.slakit.policy.DeadlineRule}, one named
 *     clock of the policy;</li>
 * <li>the results: {@link org.slakit.policy.SlaStatus} for a ticket,
 *     {@link org.slakit.policy.TargetStatus} for each of its targets, and, on demand,
 *     {@link org.slakit.policy.Explanation}, the trace of why.</li>
 * </ul>
 * The other public types are parts of a policy that a user reads back (escalations, out-of-hours
 * routing, intake, versions) or values inside a result (a target's state, a routing).
 * <pre>{@code
 * SlaPolicy policy = PolicyYaml.load(Path.of("pos-vendor.yaml"));     // or SlaPolicy.builder(name, zone)...build()
 * SlaStatus status = policy.evaluate(ticket, asOf);
 * status.target("fix").flatMap(TargetStatus::dueAt);                  // the deadline, when known
 * status.explain().toText();                                          // why, step by step
 * }</pre>
 * <h2>The route of one evaluation</h2>
 * {@code SlaPolicy.evaluate} hands the ticket to the ticket clock ({@code TicketClock},
 * package-private): it checks the ticket's values against the policy, takes the version in force when
 * the ticket was opened, reads its last classification as if it had held since the opening, and
 * splits its log into cycles at each reopening. For each target name, the first entry whose
 * {@code when} matches runs its own clock ({@code TargetClock}) over the cycle: start, restart, stop
 * and pauses; then the budget, the deadline rule turned into business time at the clock's start;
 * then the deadline, the instant at which the business time counted, pauses left out, reaches the
 * budget; then the escalations, at percentages of the budget. Every count of business time is asked
 * of the target's {@link org.slakit.calendar.BusinessCalendar}.
 * <p>
 * Nulls are rejected with a {@link java.lang.NullPointerException} unless a method documents
 * otherwise. Intervals are half-open. Time is always passed in; nothing here reads the clock.
 */
package org.slakit.policy;
