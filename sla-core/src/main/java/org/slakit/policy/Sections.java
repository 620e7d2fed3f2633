package org.slakit.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slakit.calendar.Problem;

/** The sections a version may replace, as given; null where not given. */
final class Sections {
    List<Target.Builder> targets;
    List<EscalationRule> escalations;
    OutOfHours.Builder outOfHours;
    Intake intake;

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

    void escalation(double atPercent, List<String> of, String notify) {
        Objects.requireNonNull(of, "of").forEach(o -> Objects.requireNonNull(o, "of"));
        Objects.requireNonNull(notify, "notify");
        if (escalations == null) {
            escalations = new ArrayList<>();
        }
        escalations.add(new EscalationRule(atPercent, of, notify));
    }

    /** Problems found while reading text, with paths relative to the section's owner. */
    final List<Problem> problems = new ArrayList<>();

    void escalation(String at, List<String> of, String notify, String prefix) {
        Objects.requireNonNull(at, "at");
        int index = escalations == null ? 0 : escalations.size();
        double percent;
        try {
            percent = Percentages.parse(at);
        } catch (IllegalArgumentException ex) {
            problems.add(new Problem(prefix + "escalations[" + index + "].at", ex.getMessage()));
            // keep the entry so that later indices stay those of the YAML list; NaN is never reported twice
            percent = Double.NaN;
        }
        escalation(percent, of, notify);
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
