package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import org.slakit.calendar.BusinessCalendar;

/**
 * The business time a clock has consumed: business time from its start, less the business time of
 * its pauses. Pauses are clipped to the clock's start and stop; a pause counts towards an instant
 * only if it begins before that instant, so a pause that begins after a deadline does not move it.
 * <p>
 * Every pause is placed once on the clock's business-time axis (its offset from the start): since
 * {@code plus} returns the earliest instant with a given offset, a pause begins before that instant
 * exactly when its offset is below it. So each question costs one {@code plus} or {@code between},
 * however many pauses there are.
 */
final class ConsumedTime {

    private static final long[] NONE = new long[0];

    private final BusinessCalendar calendar;
    private final Instant start;
    /** Business offsets from the start of each counted pause's start and end, in nanoseconds; an end of -1 is still open. */
    private final long[] pauseStarts;
    private final long[] pauseEnds;
    private final int size;

    ConsumedTime(BusinessCalendar calendar, Instant start, Pauses pauses, Instant stop) {
        this.calendar = calendar;
        this.start = start;
        long[] starts = pauses.size == 0 ? NONE : new long[pauses.size];
        long[] ends = pauses.size == 0 ? NONE : new long[pauses.size];
        int n = 0;
        for (int i = 0; i < pauses.size; i++) {
            Instant a = pauses.starts[i];
            Instant b = pauses.ends[i];
            if (stop != null && (b == null || b.isAfter(stop))) {
                b = stop;
            }
            if (a.isBefore(start)) {
                a = start;
            }
            if (stop != null && !a.isBefore(stop) || b != null && !b.isAfter(a)) {
                continue;
            }
            starts[n] = calendar.between(start, a).toNanos();
            ends[n] = b == null ? -1 : calendar.between(start, b).toNanos();
            n++;
        }
        this.pauseStarts = starts;
        this.pauseEnds = ends;
        this.size = n;
    }

    /**
     * Calculates the earliest instant at which the clock has consumed the amount, or null when that
     * instant lies beyond a pause that is still open.
     */
    Instant instantAt(Duration amount) {
        long offset = amount.toNanos();
        for (int i = 0; i < size && pauseStarts[i] < offset; i++) {
            if (pauseEnds[i] < 0) {
                return null;
            }
            offset += pauseEnds[i] - pauseStarts[i];
        }
        return calendar.plus(start, Duration.ofNanos(offset));
    }

    /** Gets the next opening of the clock's calendar at or after an instant. */
    Instant nextOpen(Instant t) {
        return calendar.nextOpen(t);
    }

    /** Calculates the business time consumed in [start, t), every pause excluded. */
    Duration consumedAt(Instant t) {
        if (!t.isAfter(start)) {
            return Duration.ZERO;
        }
        long offset = calendar.between(start, t).toNanos();
        return Duration.ofNanos(offset - paused(offset));
    }

    /** Calculates the business time of the pauses that count before the instant at which the amount is consumed. */
    Duration pausedBefore(Instant t) {
        if (!t.isAfter(start)) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(paused(calendar.between(start, t).toNanos()));
    }

    private long paused(long offset) {
        long total = 0;
        for (int i = 0; i < size && pauseStarts[i] < offset; i++) {
            long end = pauseEnds[i] < 0 || pauseEnds[i] > offset ? offset : pauseEnds[i];
            total += end - pauseStarts[i];
        }
        return total;
    }
}
