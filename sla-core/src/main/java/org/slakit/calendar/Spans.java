package org.slakit.calendar;

import java.util.Arrays;

/**
 * A growable list of half-open spans of epoch seconds, with the set operations the calendar needs:
 * union and difference. Used when building, never on the hot path.
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

    /** Returns the union: sorted, disjoint, and with touching spans joined. */
    Spans union() {
        Spans out = new Spans(size);
        if (isSortedByStart()) {
            // the usual case: a calendar's days added in date order
            for (int i = 0; i < size; i++) {
                out.join(starts[i], ends[i]);
            }
            return out;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(starts[a], starts[b]));
        for (Integer i : order) {
            out.join(starts[i], ends[i]);
        }
        return out;
    }

    private boolean isSortedByStart() {
        for (int i = 1; i < size; i++) {
            if (starts[i] < starts[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** Adds a span that starts no earlier than the last, joined to it where they touch or overlap. */
    private void join(long s, long e) {
        if (size > 0 && s <= ends[size - 1]) {
            ends[size - 1] = Math.max(ends[size - 1], e);
        } else {
            add(s, e);
        }
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

    /** Returns the parts of this union inside [from, to). */
    Spans clip(long from, long to) {
        Spans out = new Spans(size);
        for (int i = 0; i < size; i++) {
            out.add(Math.max(from, starts[i]), Math.min(to, ends[i]));
        }
        return out;
    }
}
