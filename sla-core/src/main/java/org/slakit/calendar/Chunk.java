package org.slakit.calendar;

import java.time.Instant;

/**
 * The open time of one chunk of the time line, [startSecond, endSecond): its spans over all of
 * it (full), over a stretch [from, to) of it (partial: a calendar's first answers compile about a
 * month around the instants asked, not the whole chunk), or none, with only its total counted.
 */
final class Chunk {

    private static final long DAY = 86_400L;

    final long startSecond;
    final long endSecond;
    /** The stretch the spans cover: [from, to) within the chunk. */
    final long from;
    final long to;
    /** Sorted, disjoint, non-touching spans of open time, clipped to [from, to). */
    final long[] starts;
    final long[] ends;
    /** Open nanoseconds from {@code from} up to the end of span i. */
    final long[] cumEnd;
    /**
     * For each whole day of seconds from {@code from} (86,400 s, not a local date), how many spans
     * start before it: {@link #floor} looks only at the spans of one day, not the whole chunk.
     */
    final int[] startsBeforeDay;
    /** Open nanoseconds in [from, to). */
    final long known;
    /** Open nanoseconds in the whole chunk, or -1 while a partial chunk's total is not known. */
    final long total;

    Chunk(long startSecond, long endSecond, long from, long to, Spans spans, long total) {
        this.startSecond = startSecond;
        this.endSecond = endSecond;
        this.from = from;
        this.to = to;
        int n = spans.size();
        starts = new long[n];
        ends = new long[n];
        cumEnd = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = spans.start(i);
            ends[i] = spans.end(i);
            sum += (ends[i] - starts[i]) * CalendarIndex.NANOS_PER_SECOND;
            cumEnd[i] = sum;
        }
        known = sum;
        this.total = from == startSecond && to == endSecond ? sum : total;
        startsBeforeDay = new int[(int) ((to - from) / DAY) + 2];
        int i = 0;
        for (int d = 0; d < startsBeforeDay.length; d++) {
            long dayStart = from + d * DAY;
            while (i < n && starts[i] < dayStart) {
                i++;
            }
            startsBeforeDay[d] = i;
        }
    }

    /** A chunk counted from the weekly hours alone: its total, without spans ({@link #hasSpans()} false). */
    Chunk(long startSecond, long endSecond, long total) {
        this.startSecond = startSecond;
        this.endSecond = endSecond;
        this.from = startSecond;
        this.to = startSecond;
        this.starts = null;
        this.ends = null;
        this.cumEnd = null;
        this.startsBeforeDay = null;
        this.known = 0;
        this.total = total;
    }

    private Chunk(Chunk spans, long total) {
        this.startSecond = spans.startSecond;
        this.endSecond = spans.endSecond;
        this.from = spans.from;
        this.to = spans.to;
        this.starts = spans.starts;
        this.ends = spans.ends;
        this.cumEnd = spans.cumEnd;
        this.startsBeforeDay = spans.startsBeforeDay;
        this.known = spans.known;
        this.total = total;
    }

    /** The same spans, with the whole chunk's total. */
    Chunk withTotal(long total) {
        return new Chunk(this, total);
    }

    /** Checks if the spans cover the whole chunk. */
    boolean isFull() {
        return starts != null && from == startSecond && to == endSecond;
    }

    /** Checks if the spans cover [a, b], b at most the chunk's end. */
    boolean covers(long a, long b) {
        return starts != null && from <= a && b <= to;
    }

    boolean hasSpans() {
        return starts != null;
    }

    int size() {
        return starts.length;
    }

    /** The largest i with starts[i] <= second, or -1. */
    int floor(long second) {
        long day = (second - from) / DAY;
        if (second < from || day + 1 >= startsBeforeDay.length) {
            return binaryFloor(second);
        }
        // every span counted before the day starts no later than the second; of the day's own, those up to it
        int i = startsBeforeDay[(int) day];
        int end = startsBeforeDay[(int) day + 1];
        while (i < end && starts[i] <= second) {
            i++;
        }
        return i - 1;
    }

    private int binaryFloor(long second) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= second) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return hi;
    }

    long cumBefore(int i) {
        return i == 0 ? 0 : cumEnd[i - 1];
    }

    /** Open nanoseconds in [from, t), for t in [from, to]. */
    long openBefore(long second, int nano) {
        int i = floor(second);
        if (i < 0) {
            return 0;
        }
        if (second < ends[i]) {
            return cumBefore(i) + (second - starts[i]) * CalendarIndex.NANOS_PER_SECOND + nano;
        }
        return cumEnd[i];
    }

    /** The first i with cumEnd[i] >= target (strict: > target). */
    int spanReaching(long target, boolean strict) {
        return spanReaching(target, strict, 0, cumEnd.length - 1);
    }

    /**
     * The first i with cumEnd[i] >= target, given that none before {@code first} reaches it: galloping
     * from there, so that a short amount added to an instant costs a step or two, not a search of the chunk.
     */
    int spanReachingFrom(int first, long target) {
        int lo = first;
        int last = cumEnd.length - 1;
        int step = 1;
        while (lo < last && cumEnd[lo] < target) {
            int hi = Math.min(last, lo + step);
            if (cumEnd[hi] >= target) {
                return spanReaching(target, false, lo + 1, hi);
            }
            lo = hi + 1;
            step <<= 1;
        }
        return Math.min(lo, last);
    }

    private int spanReaching(long target, boolean strict, int from, int to) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            boolean reaches = strict ? cumEnd[mid] > target : cumEnd[mid] >= target;
            if (reaches) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The instant at which the open time counted from {@code from} reaches target. */
    Instant instantAt(int span, long target) {
        return Instant.ofEpochSecond(starts[span], target - cumBefore(span));
    }
}
