package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what an evaluation did, for {@link Explanation}; only {@link SlaStatus#explain()} makes one.
 */
final class Trace {

    final List<Target> targets = new ArrayList<>();
    final List<String> dropped = new ArrayList<>();

    Target target(String name, String entryPath, PolicyModel.Entry entry) {
        Target t = new Target(name, entryPath, entry);
        targets.add(t);
        return t;
    }

    /** What one target's clock did in the current cycle. */
    static final class Target {
        final String name;
        final String entryPath;
        final PolicyModel.Entry entry;
        final List<String> notes = new ArrayList<>();
        Instant clockStart;
        Duration budget;
        String boundary;
        /** Where counting ends for the windows shown: the deadline or the stop. */
        Instant countedUntil;
        /** The outcome. */
        TargetState state = TargetState.NOT_STARTED;

        Target(String name, String entryPath, PolicyModel.Entry entry) {
            this.name = name;
            this.entryPath = entryPath;
            this.entry = entry;
        }

        void note(String text) {
            notes.add(text);
        }
    }
}
