package org.slakit.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy file says in the sections a version may replace: {@code targets},
 * {@code escalations}, {@code out-of-hours} and {@code intake}, as read by {@link SectionsReader}.
 * A section is empty when the file does not give it. Text the builder parses (durations,
 * percentages, routes) stays text, so that the builder reports it at its own path.
 * <p>
 * A spec is made only from a file without problems of form, so each list holds one entry per entry
 * of the file, in file order: the builder's indices ({@code targets[2]}, {@code rules[1]}) are the
 * file's, and its problem paths are found in the file's tree.
 *
 * @param targets  the target entries, in file order, not null
 * @param escalations  the escalations, in file order, not null; an empty list replaces a policy's with none
 * @param outOfHours  the out-of-hours routing, not null
 * @param intake  the intake rules, not null
 */
record SectionsSpec(Optional<List<TargetSpec>> targets, Optional<List<EscalationSpec>> escalations,
        Optional<OutOfHoursSpec> outOfHours, Optional<IntakeSpec> intake) {

    SectionsSpec {
        targets = Objects.requireNonNull(targets, "targets").map(List::copyOf);
        escalations = Objects.requireNonNull(escalations, "escalations").map(List::copyOf);
        Objects.requireNonNull(outOfHours, "outOfHours");
        Objects.requireNonNull(intake, "intake");
    }

    /**
     * One entry of {@code targets}; each part is empty when the entry does not give it, and then
     * the builder's default holds.
     *
     * @param name  the target's name, not null
     * @param when  {@code when}, not null
     * @param startsOn  {@code starts-on}, not null
     * @param restartsOn  {@code restarts-on}, not null
     * @param stopsOn  {@code stops-on}, not null
     * @param pausedBy  {@code paused-by}, not null; an empty list pauses for no waiting state
     * @param within  {@code within}, as written, such as {@code 4h}, not null
     * @param endOfBusinessDay  the cutoff of {@code end-of-business-day}, as written, such as {@code 30m}, not null
     * @param businessDays  {@code business-days}, not null
     * @param businessDaysAtSameTime  true for {@code business-days: {days: N, at: same-time}}
     * @param calendar  {@code calendar}, not null
     * @param warnAt  {@code warn-at}, as written, such as {@code 50%}, not null
     */
    record TargetSpec(String name, Optional<ConditionSpec> when, Optional<List<String>> startsOn,
            Optional<List<String>> restartsOn, Optional<List<String>> stopsOn, Optional<List<String>> pausedBy,
            Optional<String> within, Optional<String> endOfBusinessDay, Optional<Integer> businessDays,
            boolean businessDaysAtSameTime, Optional<String> calendar, Optional<List<String>> warnAt) {

        TargetSpec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(when, "when");
            startsOn = Objects.requireNonNull(startsOn, "startsOn").map(List::copyOf);
            restartsOn = Objects.requireNonNull(restartsOn, "restartsOn").map(List::copyOf);
            stopsOn = Objects.requireNonNull(stopsOn, "stopsOn").map(List::copyOf);
            pausedBy = Objects.requireNonNull(pausedBy, "pausedBy").map(List::copyOf);
            Objects.requireNonNull(within, "within");
            Objects.requireNonNull(endOfBusinessDay, "endOfBusinessDay");
            Objects.requireNonNull(businessDays, "businessDays");
            Objects.requireNonNull(calendar, "calendar");
            warnAt = Objects.requireNonNull(warnAt, "warnAt").map(List::copyOf);
        }
    }

    /**
     * A {@code when}: the values of each aspect it names ({@code category}, {@code kind},
     * {@code severity}, {@code tier}, {@code service}), in file order; none names every ticket.
     *
     * @param aspects  the values by aspect, not null
     */
    record ConditionSpec(Map<String, List<String>> aspects) {

        ConditionSpec {
            aspects = copy(Objects.requireNonNull(aspects, "aspects"));
        }
    }

    /**
     * One entry of {@code escalations}.
     *
     * @param at  {@code at}, as written, such as {@code 100%}, not null
     * @param of  {@code of}, the target names, not null
     * @param recipient  {@code notify}, who to notify, not null
     */
    record EscalationSpec(String at, List<String> of, String recipient) {

        EscalationSpec {
            Objects.requireNonNull(at, "at");
            of = List.copyOf(of);
            Objects.requireNonNull(recipient, "recipient");
        }
    }

    /**
     * The {@code out-of-hours} section.
     *
     * @param calendar  {@code calendar}, or the policy's first calendar when the file names none, not null
     * @param rules  {@code rules}, in file order, not null
     * @param otherwise  {@code otherwise}, as written, such as {@code duty-engineer}, not null
     */
    record OutOfHoursSpec(String calendar, List<RoutingRuleSpec> rules, Optional<String> otherwise) {

        OutOfHoursSpec {
            Objects.requireNonNull(calendar, "calendar");
            rules = List.copyOf(rules);
            Objects.requireNonNull(otherwise, "otherwise");
        }
    }

    /**
     * One entry of {@code out-of-hours.rules}.
     *
     * @param when  {@code when}, not null; empty matches every ticket
     * @param route  {@code route}, as written, such as {@code escalate-now}, not null
     */
    record RoutingRuleSpec(Optional<ConditionSpec> when, String route) {

        RoutingRuleSpec {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(route, "route");
        }
    }

    /**
     * The {@code intake} section.
     *
     * @param required  {@code required}, the fields every report needs, not null
     * @param requiredFor  {@code required-for}, further fields by category, in file order, not null
     */
    record IntakeSpec(List<String> required, Map<String, List<String>> requiredFor) {

        IntakeSpec {
            required = List.copyOf(required);
            requiredFor = copy(Objects.requireNonNull(requiredFor, "requiredFor"));
        }
    }

    /** Copies lists by key, keeping the file's order, which {@code Map.copyOf} would not. */
    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        map.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
