/**
 * SLA tracking in process: {@link org.slakit.track.SlaTracker} holds the event logs of a policy's
 * tickets and reports the {@link org.slakit.track.SlaChange}s of their targets (started, paused,
 * resumed, met, breached, escalated, deadline moved, breach withdrawn, dropped, unknown) at the
 * instants they happen, each once; its queries answer what a help desk asks (due soon, breached, the
 * queue, a ticket's status). Time is passed in, never read. The Flink job of the examples keeps the
 * same contract on a keyed stream, with the same changes out as JSON lines
 * ({@link org.slakit.track.SlaChange#toJson()}).
 * <p>
 * Nulls are rejected with a {@link java.lang.NullPointerException} unless a method documents
 * otherwise.
 */
package org.slakit.track;
