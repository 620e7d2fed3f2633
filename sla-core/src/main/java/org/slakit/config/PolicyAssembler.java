package org.slakit.config;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slakit.config.PolicySpec.CategorySpec;
import org.slakit.config.PolicySpec.TierSpec;
import org.slakit.config.PolicySpec.VersionSpec;
import org.slakit.config.SectionsSpec.ConditionSpec;
import org.slakit.config.SectionsSpec.OutOfHoursSpec;
import org.slakit.config.SectionsSpec.RoutingRuleSpec;
import org.slakit.config.SectionsSpec.TargetSpec;
import org.slakit.policy.Condition;
import org.slakit.policy.InvalidPolicyException;
import org.slakit.policy.OutOfHours;
import org.slakit.policy.PolicyBuilder;
import org.slakit.policy.PolicyVersion;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.Target;

/**
 * Gives a {@link PolicySpec} to {@link SlaPolicy#builder}, which holds the rules a policy file and
 * Java code share, and maps every problem the builder finds to the file's line and column: the
 * second of the two rounds in which a file's problems are reported. Entries are given in file
 * order, so the builder's paths ({@code targets[2].within}) are the file's.
 * <p>
 * This class is immutable and thread-safe.
 */
final class PolicyAssembler {

    private PolicyAssembler() {
    }

    /**
     * Builds the policy a spec describes.
     *
     * @throws PolicyException naming every problem the builder found, with its line and column
     */
    static SlaPolicy build(PolicySpec spec, YamlProblems problems) {
        PolicyBuilder builder = SlaPolicy.builder(spec.name(), spec.zone());
        spec.calendars().forEach((name, calendar) -> builder.calendar(name, calendar));
        builder.severities(spec.severities());
        for (CategorySpec c : spec.categories()) {
            builder.category(c.name(), c.kinds(), c.requirement());
        }
        for (TierSpec t : spec.tiers()) {
            builder.tier(t.name(), t.includes(), t.entitled());
        }
        builder.waiting(array(spec.waiting()));
        builder.events(array(spec.events()));
        spec.followUp().ifPresent(f -> builder.followUp(f.every(), f.calendar()));
        SectionsSpec own = spec.sections();
        own.targets().orElse(List.of()).forEach(t -> builder.target(t.name(), target(t)));
        own.escalations().orElse(List.of()).forEach(e -> builder.escalation(e.at(), e.of(), e.recipient()));
        own.outOfHours().ifPresent(o -> builder.outOfHours(o.calendar(), outOfHours(o)));
        own.intake().ifPresent(i -> builder.intake(i.required(), i.requiredFor()));
        for (VersionSpec v : spec.versions()) {
            builder.version(v.effectiveFrom(), version -> version(version, v.sections()));
        }
        spec.displayNames().forEach((kind, names) -> names.forEach((id, name) -> builder.displayName(kind, id, name)));
        try {
            return builder.build();
        } catch (InvalidPolicyException e) {
            throw problems.builderFailed(spec.root(), e.problems(), e);
        }
    }

    private static void version(PolicyVersion.Builder version, SectionsSpec replaced) {
        replaced.targets().orElse(List.of()).forEach(t -> version.target(t.name(), target(t)));
        if (replaced.escalations().map(List::isEmpty).orElse(false)) {
            version.noEscalations();
        }
        replaced.escalations().orElse(List.of()).forEach(e -> version.escalation(e.at(), e.of(), e.recipient()));
        replaced.outOfHours().ifPresent(o -> version.outOfHours(o.calendar(), outOfHours(o)));
        replaced.intake().ifPresent(i -> version.intake(i.required(), i.requiredFor()));
    }

    /** The parts of a target entry, given in a fixed order, so that its deadline rules are listed as before. */
    private static Consumer<Target.Builder> target(TargetSpec spec) {
        return t -> {
            spec.when().ifPresent(c -> t.when(condition(c)));
            spec.startsOn().ifPresent(v -> t.startsOn(array(v)));
            spec.restartsOn().ifPresent(v -> t.restartsOn(array(v)));
            spec.stopsOn().ifPresent(v -> t.stopsOn(array(v)));
            spec.pausedBy().ifPresent(v -> t.pausedBy(array(v)));
            spec.within().ifPresent(v -> t.within(v));
            spec.endOfBusinessDay().ifPresent(v -> t.endOfWorkingDay(v));
            spec.businessDays().ifPresent(v -> {
                if (spec.businessDaysAtSameTime()) {
                    t.workingDaysAtSameTime(v);
                } else {
                    t.workingDays(v);
                }
            });
            spec.calendar().ifPresent(v -> t.calendar(v));
            spec.warnAt().ifPresent(v -> t.warnAt(array(v)));
        };
    }

    private static Consumer<OutOfHours.Builder> outOfHours(OutOfHoursSpec spec) {
        return o -> {
            for (RoutingRuleSpec r : spec.rules()) {
                o.rule(r.when().map(PolicyAssembler::condition).orElse(Condition.any()), r.route());
            }
            spec.otherwise().ifPresent(v -> o.otherwise(v));
        };
    }

    private static Condition condition(ConditionSpec spec) {
        Condition c = Condition.any();
        for (Map.Entry<String, List<String>> aspect : spec.aspects().entrySet()) {
            String[] values = array(aspect.getValue());
            c = switch (aspect.getKey()) {
                case "category" -> c.withCategory(values);
                case "kind" -> c.withKind(values);
                case "severity" -> c.withSeverity(values);
                case "tier" -> c.withTier(values);
                default -> c.withService(values);
            };
        }
        return c;
    }

    private static String[] array(List<String> values) {
        return values.toArray(new String[0]);
    }
}
