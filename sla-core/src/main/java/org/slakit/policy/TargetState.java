package org.slakit.policy;

/**
 * The state of a target's clock as of an instant.
 */
public enum TargetState {
    /** The clock has not started, or a stop event came before its start. */
    NOT_STARTED,
    /** The clock runs: started, not stopped, not breached, not paused (possibly waiting for the calendar to open). */
    RUNNING,
    /** The clock is paused while the ticket waits in one of the target's waiting states. */
    PAUSED,
    /** A stop event came at or before the deadline. */
    MET,
    /** The deadline passed with no stop at or before it; final. */
    BREACHED,
    /** The outcome depends on dates beyond a calendar's holiday data. */
    UNKNOWN
}
