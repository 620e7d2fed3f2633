package org.slakit.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slakit.ticket.Classification;

/**
 * What one evaluation did, for {@link Explanation}: a {@link TargetRecord} per target run, and the
 * targets a reclassification dropped. {@link #NONE} records nothing and is what {@code evaluate}
 * uses; only {@link SlaStatus#explain()} makes a recording one.
 */
class Trace {

    /** Records nothing. */
    static final Trace NONE = new Trace() {
        @Override
        ClockTrace target(String name, String entryPath, PolicyModel.Entry entry) {
            return ClockTrace.NONE;
        }

        @Override
        void dropped(String name, String entryPath, Instant reclassifiedAt, Classification now) {
        }
    };

    final List<TargetRecord> targets = new ArrayList<>();
    final List<String> dropped = new ArrayList<>();

    /** Starts the record of a target's current cycle. */
    ClockTrace target(String name, String entryPath, PolicyModel.Entry entry) {
        TargetRecord t = new TargetRecord(name, entryPath, entry);
        targets.add(t);
        return t;
    }

    /** Notes a target that applied before a reclassification and no longer does. */
    void dropped(String name, String entryPath, Instant reclassifiedAt, Classification now) {
        dropped.add("target " + name + " (" + Explanation.entryInWords(entryPath) + "): applied before the reclassification at " + reclassifiedAt
                + " but not to " + now);
    }
}
