package org.slakit.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slakit.policy.DeadlineRule;
import org.slakit.policy.DisplayNames;
import org.slakit.policy.EscalationRule;
import org.slakit.policy.Intake;
import org.slakit.policy.OutOfHours;
import org.slakit.policy.PolicyVersion;
import org.slakit.policy.SlaPolicy.Category;
import org.slakit.policy.SlaPolicy.FollowUp;
import org.slakit.policy.SlaPolicy.Tier;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.Target;

/**
 * Writes a policy as the text of the policy format, in the order of its keys, holiday sets as the
 * ids or file paths they were loaded from (calendars by {@link CalendarYaml}); what it writes reads
 * back as an equal policy.
 * <p>
 * This class is immutable and thread-safe.
 */
final class PolicyWriter {

    private static final YAMLMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private PolicyWriter() {
    }

    /**
     * Writes a policy, as {@link PolicyYaml#write} describes.
     *
     * @throws IllegalArgumentException if a calendar holds a holiday set the format cannot name
     */
    static String write(SlaPolicy policy) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("slakit", 1);
        out.put("name", policy.name());
        out.put("zone", policy.zone().getId());
        Map<String, Object> calendars = new LinkedHashMap<>();
        policy.calendars().forEach((name, cal) -> calendars.put(name, CalendarYaml.write(cal, policy.zone())));
        out.put("calendars", calendars);
        out.put("severities", policy.severities());
        out.put("categories", categories(policy.categories()));
        if (!policy.tiers().isEmpty()) {
            out.put("tiers", tiers(policy.tiers()));
        }
        if (!policy.waitingStates().isEmpty()) {
            out.put("waiting", policy.waitingStates());
        }
        if (!policy.events().isEmpty()) {
            out.put("events", policy.events());
        }
        out.put("targets", targets(policy.targets()));
        if (!policy.escalations().isEmpty()) {
            out.put("escalations", escalations(policy.escalations()));
        }
        policy.outOfHours().ifPresent(o -> out.put("out-of-hours", outOfHours(o)));
        policy.intake().ifPresent(i -> out.put("intake", intake(i)));
        policy.followUp().ifPresent(f -> out.put("follow-up", followUp(f)));
        if (!policy.displayNames().isEmpty()) {
            out.put("display-names", displayNames(policy.displayNames()));
        }
        if (!policy.versions().isEmpty()) {
            out.put("versions", versions(policy.versions()));
        }
        try {
            return MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> categories(List<Category> categories) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Category c : categories) {
            if (c.requirement()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("kinds", c.kinds());
                entry.put("requirement", true);
                out.put(c.name(), entry);
            } else {
                out.put(c.name(), c.kinds());
            }
        }
        return out;
    }

    private static Map<String, Object> tiers(List<Tier> tiers) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Tier t : tiers) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (!t.includes().isEmpty()) {
                entry.put("includes", t.includes());
            }
            if (!t.entitled().isEmpty()) {
                entry.put("entitled", t.entitled());
            }
            out.put(t.name(), entry);
        }
        return out;
    }

    private static Map<String, Object> followUp(FollowUp f) {
        Map<String, Object> unconfirmed = new LinkedHashMap<>();
        unconfirmed.put("every", f.every());
        unconfirmed.put("calendar", f.calendar());
        return Map.of("unconfirmed", unconfirmed);
    }

    /** The kinds that have names, in the section's order, each in the policy's order of declaration. */
    private static Map<String, Object> displayNames(DisplayNames names) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (DisplayNames.Kind kind : DisplayNames.Kind.values()) {
            if (!names.names(kind).isEmpty()) {
                out.put(kind.key(), names.names(kind));
            }
        }
        return out;
    }

    private static List<Object> versions(List<PolicyVersion> versions) {
        List<Object> out = new ArrayList<>();
        for (PolicyVersion v : versions) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("effective-from", v.effectiveFrom().toString());
            v.targets().ifPresent(t -> entry.put("targets", targets(t)));
            v.escalations().ifPresent(e -> entry.put("escalations", escalations(e)));
            v.outOfHours().ifPresent(o -> entry.put("out-of-hours", outOfHours(o)));
            v.intake().ifPresent(i -> entry.put("intake", intake(i)));
            out.add(entry);
        }
        return out;
    }

    private static List<Object> targets(List<Target> targets) {
        List<Object> out = new ArrayList<>();
        for (Target t : targets) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", t.name());
            if (!t.when().isAny()) {
                entry.put("when", t.when().aspects());
            }
            if (!t.startsOn().equals(List.of("opened"))) {
                entry.put("starts-on", t.startsOn());
            }
            if (!t.restartsOn().isEmpty()) {
                entry.put("restarts-on", t.restartsOn());
            }
            entry.put("stops-on", t.stopsOn());
            t.pausedBy().ifPresent(p -> entry.put("paused-by", p));
            DeadlineRule rule = t.rule();
            if (rule instanceof DeadlineRule.Within w) {
                entry.put("within", w.valueText());
            } else if (rule instanceof DeadlineRule.EndOfWorkingDay e) {
                entry.put("end-of-business-day", Map.of("cutoff", e.valueText()));
            } else if (rule instanceof DeadlineRule.WorkingDays d) {
                if (d.sameTime()) {
                    Map<String, Object> days = new LinkedHashMap<>();
                    days.put("days", d.days());
                    days.put("at", "same-time");
                    entry.put("business-days", days);
                } else {
                    entry.put("business-days", d.days());
                }
            }
            t.calendar().ifPresent(c -> entry.put("calendar", c));
            if (!t.warnAt().isEmpty()) {
                entry.put("warn-at", t.warnAtText());
            }
            out.add(entry);
        }
        return out;
    }

    private static List<Object> escalations(List<EscalationRule> escalations) {
        List<Object> out = new ArrayList<>();
        for (EscalationRule e : escalations) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", e.percentText());
            entry.put("of", e.of());
            entry.put("notify", e.recipient());
            out.add(entry);
        }
        return out;
    }

    private static Map<String, Object> outOfHours(OutOfHours o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("calendar", o.calendar());
        List<Object> rules = new ArrayList<>();
        for (OutOfHours.Rule r : o.rules()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("when", r.when().aspects());
            rule.put("route", r.route().key());
            rules.add(rule);
        }
        out.put("rules", rules);
        out.put("otherwise", o.otherwise().key());
        return out;
    }

    private static Map<String, Object> intake(Intake i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("required", i.required());
        if (!i.requiredFor().isEmpty()) {
            out.put("required-for", i.requiredFor());
        }
        return out;
    }
}
