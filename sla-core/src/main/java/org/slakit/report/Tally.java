package org.slakit.report;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;

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
    final TreeMap<String, Integer> levels = new TreeMap<>(ComplianceRow.LEVEL_ORDER);
    final Set<String> breachedTickets = new HashSet<>();
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
        for (int i = 0; i < other.takenSize; i++) {
            taken = push(taken, takenSize++, other.taken[i]);
        }
        for (int i = 0; i < other.overrunSize; i++) {
            overruns = push(overruns, overrunSize++, other.overruns[i]);
        }
        return this;
    }

    private static long[] push(long[] values, int index, long value) {
        long[] out = index == values.length ? Arrays.copyOf(values, index * 2) : values;
        out[index] = value;
        return out;
    }
}
