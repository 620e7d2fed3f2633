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
 * <p>
 * For {@code business-days} at the same time, an instant that is a close moves on to the next
 * opening ({@link Budget#landing}), later by closed time, which has no business time: a pause that
 * begins there has the instant's offset, not one below it, and still begins before where the
 * instant lands. {@link #of} gives those clocks a kind that counts such a pause; the others keep
 * this one's size and work.
 */
class ConsumedTime {

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
            Instant a = clippedStart(pauses, i, start);
            Instant b = clippedEnd(pauses, i, stop);
            if (!counted(a, b, stop)) {
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
     * Obtains the business time consumed by a clock whose instants land where a budget puts them:
     * for {@code business-days} at the same time ({@link Budget#landsAtAnOpening()}), at the next
     * opening, so that a pause that begins in the closed time before it counts towards it.
     */
    static ConsumedTime of(BusinessCalendar calendar, Instant start, Pauses pauses, Instant stop, Budget budget) {
        return budget != null && budget.landsAtAnOpening() ? new ToOpening(calendar, start, pauses, stop)
                : new ConsumedTime(calendar, start, pauses, stop);
    }

    private static Instant clippedStart(Pauses pauses, int i, Instant start) {
        return pauses.starts[i].isBefore(start) ? start : pauses.starts[i];
    }

    private static Instant clippedEnd(Pauses pauses, int i, Instant stop) {
        Instant b = pauses.ends[i];
        return stop != null && (b == null || b.isAfter(stop)) ? stop : b;
    }

    /** Checks if a pause, cut to the clock's start and stop, lies while the clock runs and lasts. */
    private static boolean counted(Instant a, Instant b, Instant stop) {
        return (stop == null || a.isBefore(stop)) && (b == null || b.isAfter(a));
    }

    /**
     * Calculates the earliest instant at which the clock has consumed the amount (before any move to
     * an opening), or null when that instant lies beyond a pause that is still open.
     */
    Instant instantAt(Duration amount) {
        long offset = amount.toNanos();
        for (int i = 0; i < size
                && (pauseStarts[i] < offset || pauseStarts[i] == offset && beginsBeforeOpening(i)); i++) {
            if (pauseEnds[i] < 0) {
                return null;
            }
            offset += pauseEnds[i] - pauseStarts[i];
        }
        return calendar.plus(start, Duration.ofNanos(offset));
    }

    /**
     * Checks if the i-th counted pause, which begins at the offset of the instant asked, begins before
     * where that instant lands: never, as the instant lands where it is.
     */
    boolean beginsBeforeOpening(int counted) {
        return false;
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

    /** A clock whose instants at a close land at the next opening: {@code business-days} at the same time. */
    private static final class ToOpening extends ConsumedTime {

        /** The pauses as given, and the stop they are cut to: read only to find where a pause begins. */
        private final Pauses pauses;
        private final Instant stop;

        ToOpening(BusinessCalendar calendar, Instant start, Pauses pauses, Instant stop) {
            super(calendar, start, pauses, stop);
            this.pauses = pauses;
            this.stop = stop;
        }

        /**
         * Checks if the i-th counted pause begins while the calendar is closed. A pause that begins
         * at an offset lies between the earliest instant with that offset and the next opening after
         * it, all closed but that opening: closed, it begins before the opening; open, it begins at it.
         */
        @Override
        boolean beginsBeforeOpening(int counted) {
            for (int i = 0, n = 0; i < pauses.size; i++) {
                Instant a = clippedStart(pauses, i, super.start);
                if (counted(a, clippedEnd(pauses, i, stop), stop) && n++ == counted) {
                    return !super.calendar.isOpen(a);
                }
            }
            throw new IllegalStateException("no counted pause " + counted + " among " + pauses.size);
        }
    }
}
