package org.slakit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The running counts of one group of facts: what a {@link ComplianceRow} is made from. Mutable and
 * confined to one thread; tallies of the same group from other threads are {@link #merge}d.
 */
final class Tally {

    int cycles;
    int notStarted;
    int running;
    int paused;
    int met;
    int breached;
    int unknown;
    int breachedOpen;
    int escalations;
    /** Escalations by level, unordered: the row sorts them once. */
    final Map<String, Integer> levels = new HashMap<>();
    /** The tickets of breached facts, a ticket once per breached cycle: counted apart once, by the row. */
    final List<String> breachedTickets = new ArrayList<>();
    /** Business time taken by decided facts, and overruns of breached ones, in nanoseconds. */
    long[] taken = new long[8];
    int takenSize;
    long[] overruns = new long[4];
    int overrunSize;

    void add(Fact fact) {
        cycles++;
        switch (fact.state()) {
            case NOT_STARTED:
                notStarted++;
                break;
            case RUNNING:
                running++;
                break;
            case PAUSED:
                paused++;
                break;
            case MET:
                met++;
                break;
            case BREACHED:
                breached++;
                breachedTickets.add(fact.ticketId());
                overruns = push(overruns, overrunSize++, fact.overrun().toNanos());
                if (fact.stop().isEmpty()) {
                    breachedOpen++;
                }
                break;
            default:
                unknown++;
                break;
        }
        if (fact.isDecided()) {
            taken = push(taken, takenSize++, fact.taken().toNanos());
        }
        for (var e : fact.escalations()) {
            escalations++;
            levels.merge(ComplianceRow.level(e), 1, Integer::sum);
        }
    }

    Tally merge(Tally other) {
        cycles += other.cycles;
        notStarted += other.notStarted;
        running += other.running;
        paused += other.paused;
        met += other.met;
        breached += other.breached;
        unknown += other.unknown;
        breachedOpen += other.breachedOpen;
        escalations += other.escalations;
        other.levels.forEach((k, v) -> levels.merge(k, v, Integer::sum));
        breachedTickets.addAll(other.breachedTickets);
        taken = append(taken, takenSize, other.taken, other.takenSize);
        takenSize += other.takenSize;
        overruns = append(overruns, overrunSize, other.overruns, other.overrunSize);
        overrunSize += other.overrunSize;
        return this;
    }

    private static long[] append(long[] values, int size, long[] more, int moreSize) {
        long[] out = size + moreSize > values.length ? Arrays.copyOf(values, Math.max(values.length * 2, size + moreSize)) : values;
        System.arraycopy(more, 0, out, size, moreSize);
        return out;
    }

    private static long[] push(long[] values, int index, long value) {
        long[] out = index == values.length ? Arrays.copyOf(values, index * 2) : values;
        out[index] = value;
        return out;
    }

    /** The number of different tickets with a breached fact. */
    int ticketsWithBreach() {
        return new HashSet<>(breachedTickets).size();
    }
}
