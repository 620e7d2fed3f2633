package org.slakit.calendar;

import java.util.Arrays;

/**
 * A growable list of half-open spans of epoch seconds, with the set operations the calendar needs:
 * union and difference, and clipping. Union and clipping rewrite the list they are called on. Used
 * when building, never on the hot path.
 */
final class Spans {

    private long[] starts;
    private long[] ends;
    private int size;

    Spans() {
        this(16);
    }

    /** Makes an empty list with room for about this many spans. */
    Spans(int capacity) {
        starts = new long[Math.max(4, capacity)];
        ends = new long[starts.length];
    }

    void add(long start, long end) {
        if (end <= start) {
            return;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    void addAll(Spans other) {
        for (int i = 0; i < other.size; i++) {
            add(other.starts[i], other.ends[i]);
        }
    }

    int size() {
        return size;
    }

    long start(int i) {
        return starts[i];
    }

    long end(int i) {
        return ends[i];
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Makes this list its union: sorted, disjoint, and with touching spans joined. In place when the
     * spans come sorted by start, as a calendar's days added in date order do.
     *
     * @return this list
     */
    Spans union() {
        if (!isSortedByStart()) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
            long[] s = new long[starts.length];
            long[] e = new long[starts.length];
            for (int i = 0; i < size; i++) {
                s[i] = starts[order[i]];
                e[i] = ends[order[i]];
            }
            starts = s;
            ends = e;
        }
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n > 0 && starts[i] <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], ends[i]);
            } else {
                starts[n] = starts[i];
                ends[n] = ends[i];
                n++;
            }
        }
        size = n;
        return this;
    }

    private boolean isSortedByStart() {
        for (int i = 1; i < size; i++) {
            if (starts[i] < starts[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Returns this union less the other's union; both must be unions. */
    Spans minus(Spans cut) {
        if (cut.isEmpty()) {
            return this;
        }
        Spans out = new Spans(size + cut.size);
        int j = 0;
        for (int i = 0; i < size; i++) {
            long s = starts[i];
            long e = ends[i];
            while (j < cut.size && cut.ends[j] <= s) {
                j++;
            }
            int k = j;
            while (s < e && k < cut.size && cut.starts[k] < e) {
                out.add(s, Math.min(e, cut.starts[k]));
                s = Math.max(s, cut.ends[k]);
                k++;
            }
            out.add(s, e);
        }
        return out;
    }

    /**
     * Keeps, in place, the parts of this union inside [from, to).
     *
     * @return this list
     */
    Spans clip(long from, long to) {
        int n = 0;
        for (int i = 0; i < size; i++) {
            long s = Math.max(from, starts[i]);
            long e = Math.min(to, ends[i]);
            if (s < e) {
                starts[n] = s;
                ends[n] = e;
                n++;
            }
        }
        size = n;
        return this;
    }
}
