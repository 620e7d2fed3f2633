package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import org.slakit.calendar.BusinessCalendar;

/**
 * The business time a clock has consumed: business time from its start, less the business time of
 * its pauses. Pauses are clipped to the clock's start and stop; a pause counts towards an instant
 * only if it begins before that instant, so a pause that begins after a deadline does not move it.
 */
final class ConsumedTime {

    private final BusinessCalendar calendar;
    private final Instant start;
    private final Pauses pauses;
    private final Instant stop;

    ConsumedTime(BusinessCalendar calendar, Instant start, Pauses pauses, Instant stop) {
        this.calendar = calendar;
        this.start = start;
        this.pauses = pauses;
        this.stop = stop;
    }

    /** The clipped start of pause i, or null when it lies wholly outside [start, stop). */
    private Instant pauseStart(int i) {
        Instant a = pauses.starts[i];
        Instant b = pauseEnd(i);
        if (a.isBefore(start)) {
            a = start;
        }
        if (stop != null && !a.isBefore(stop) || b != null && !b.isAfter(a)) {
            return null;
        }
        return a;
    }

    /** The clipped end of pause i; null while it is still open and the clock has no stop. */
    private Instant pauseEnd(int i) {
        Instant b = pauses.ends[i];
        if (stop != null && (b == null || b.isAfter(stop))) {
            return stop;
        }
        return b;
    }

    /**
     * Calculates the earliest instant at which the clock has consumed the amount, or null when that
     * instant lies beyond a pause that is still open.
     */
    Instant instantAt(Duration amount) {
        Duration paused = Duration.ZERO;
        Instant t = calendar.plus(start, amount);
        for (int i = 0; i < pauses.size; i++) {
            Instant a = pauseStart(i);
            if (a == null) {
                continue;
            }
            if (!a.isBefore(t)) {
                break;
            }
            Instant b = pauseEnd(i);
            if (b == null) {
                return null;
            }
            paused = paused.plus(calendar.between(a, b));
            t = calendar.plus(start, amount.plus(paused));
        }
        return t;
    }

    /** Calculates the business time consumed in [start, t), every pause excluded. */
    Duration consumedAt(Instant t) {
        if (!t.isAfter(start)) {
            return Duration.ZERO;
        }
        return calendar.between(start, t).minus(pausedBefore(t));
    }

    /** Calculates the business time of the pauses that count, up to t. */
    Duration pausedBefore(Instant t) {
        Duration total = Duration.ZERO;
        for (int i = 0; i < pauses.size; i++) {
            Instant a = pauseStart(i);
            if (a == null) {
                continue;
            }
            if (!a.isBefore(t)) {
                break;
            }
            Instant b = pauseEnd(i);
            total = total.plus(calendar.between(a, b == null || b.isAfter(t) ? t : b));
        }
        return total;
    }
}
