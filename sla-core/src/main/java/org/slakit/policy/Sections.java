package org.slakit.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slakit.calendar.Problem;

/**
 * The sections a version may replace (targets, escalations, out-of-hours, intake), as given to
 * {@link PolicyBuilder} or {@link PolicyVersion.Builder}; null where not given.
 */
final class Sections {

    /**
     * An escalation as given: its percentage is null where the text did not parse, which is already
     * a problem. The entry is kept so that later indices stay those of the YAML list.
     */
    record EscalationDraft(Double percent, List<String> of, String recipient) {
        EscalationDraft {
            of = List.copyOf(of);
        }
    }

    List<Target.Builder> targets;
    List<EscalationDraft> escalations;
    OutOfHours.Builder outOfHours;
    Intake intake;
    /** Problems found while reading text, with paths relative to the section's owner. */
    final List<Problem> problems = new ArrayList<>();

    void target(String name, Consumer<Target.Builder> spec) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        Target.Builder t = new Target.Builder(name);
        spec.accept(t);
        if (targets == null) {
            targets = new ArrayList<>();
        }
        targets.add(t);
    }

    void escalation(double percent, List<String> of, String notify) {
        addEscalation(percent, of, notify);
    }

    void escalation(String percent, List<String> of, String notify) {
        Objects.requireNonNull(percent, "percent");
        int index = escalations == null ? 0 : escalations.size();
        Double parsed;
        try {
            parsed = Percentages.parse(percent);
        } catch (IllegalArgumentException ex) {
            problems.add(new Problem("escalations[" + index + "].at", ex.getMessage()));
            parsed = null;
        }
        addEscalation(parsed, of, notify);
    }

    private void addEscalation(Double percent, List<String> of, String notify) {
        Objects.requireNonNull(of, "of").forEach(o -> Objects.requireNonNull(o, "of"));
        Objects.requireNonNull(notify, "notify");
        noEscalations();
        escalations.add(new EscalationDraft(percent, of, notify));
    }

    void noEscalations() {
        if (escalations == null) {
            escalations = new ArrayList<>();
        }
    }

    void outOfHours(String calendar, Consumer<OutOfHours.Builder> spec) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(spec, "spec");
        OutOfHours.Builder o = new OutOfHours.Builder(calendar);
        spec.accept(o);
        outOfHours = o;
    }

    void intake(List<String> required, Map<String, List<String>> requiredFor) {
        Objects.requireNonNull(required, "required").forEach(r -> Objects.requireNonNull(r, "required"));
        Objects.requireNonNull(requiredFor, "requiredFor").forEach((k, v) -> {
            Objects.requireNonNull(k, "category");
            Objects.requireNonNull(v, "fields").forEach(f -> Objects.requireNonNull(f, "field"));
        });
        intake = new Intake(required, requiredFor);
    }

    boolean isEmpty() {
        return targets == null && escalations == null && outOfHours == null && intake == null;
    }
}
