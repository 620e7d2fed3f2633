package org.slakit.flink;

import java.time.Instant;

/**
 * What the job has reported of one ticket, kept in keyed state beside its entries: a Flink POJO.
 * <p>
 * This class is mutable and not thread-safe, as Flink's POJOs are.
 */
public class Progress {

    /** How many of the ticket's entries (the opening the first) the changes reported account for; 0 when none. */
    public int reported;
    /** The instant the changes are reported to; null when none are. */
    public Instant reportedTo;
    /** The timer registered for the ticket, in epoch milliseconds; {@link Long#MIN_VALUE} when none. */
    public long timer = Long.MIN_VALUE;

    /** Creates the progress of a ticket nothing is reported of. */
    public Progress() {
    }
}
