package org.slakit.policy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slakit.calendar.CalendarText;
import org.slakit.calendar.Problem;

/**
 * Checks the sections of a policy against what it declares: the sections a version may replace
 * (its targets, through {@link TargetChecks}, then escalations, out-of-hours routing and intake),
 * and the follow-up, which versions do not replace.
 */
final class SectionChecks {

    /** The sections of a policy or a version, checked; null where not given. */
    record Checked(List<Target> targets, List<EscalationRule> escalations, OutOfHours outOfHours, Intake intake) {
    }

    private static final String ROUTES = "An out-of-hours route must be duty-engineer, first-at-opening or escalate-now, was normal";

    private final Declared declared;
    private final TargetChecks targetChecks;
    private final List<Problem> problems;

    SectionChecks(Declared declared, TargetChecks targetChecks, List<Problem> problems) {
        this.declared = declared;
        this.targetChecks = targetChecks;
        this.problems = problems;
    }

    /**
     * Checks the sections given to the policy (owner {@code ""}) or to a version (owner
     * {@code versions[i]}); escalations name the targets this section set gives, or else those in force.
     */
    Checked check(String owner, Sections s, List<Target> inForce) {
        String prefix = owner.isEmpty() ? "" : owner + ".";
        for (Problem p : s.problems) {
            problems.add(p.under(owner));
        }
        List<Target> targets = targetChecks.targets(prefix, s.targets);
        List<EscalationRule> escalations = escalations(prefix, s.escalations, targets != null ? targets : inForce);
        OutOfHours outOfHours = outOfHours(prefix, s.outOfHours);
        Intake intake = intake(prefix, s.intake);
        return new Checked(targets, escalations, outOfHours, intake);
    }

    private List<EscalationRule> escalations(String prefix, List<Sections.EscalationDraft> drafts, List<Target> targets) {
        if (drafts == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        if (targets != null) {
            targets.forEach(t -> names.add(t.name()));
        }
        List<EscalationRule> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Sections.EscalationDraft r = drafts.get(i);
            String path = prefix + "escalations[" + i + "]";
            if (r.percent() != null) {
                // null marks text that did not parse, already reported
                Percentages.check(path + ".at", r.percent(), problems);
                out.add(new EscalationRule(r.percent(), r.of(), r.recipient()));
            }
            if (r.of().isEmpty()) {
                problems.add(new Problem(path + ".of", "An escalation needs at least one target name, was none"));
            }
            for (int j = 0; j < r.of().size(); j++) {
                String name = r.of().get(j);
                if (targets != null && !names.contains(name)) {
                    problems.add(new Problem(path + ".of[" + j + "]", "Target '" + name + "' is not defined"
                            + Declared.known("targets", names)));
                }
            }
            if (r.recipient().isBlank()) {
                problems.add(new Problem(path + ".notify", "An escalation must name who to notify, was '" + r.recipient() + "'"));
            }
        }
        return out;
    }

    private OutOfHours outOfHours(String prefix, OutOfHours.Builder o) {
        if (o == null) {
            return null;
        }
        String path = prefix + "out-of-hours";
        for (Problem p : o.problems) {
            problems.add(p.under(path));
        }
        declared.checkCalendar(path + ".calendar", o.calendar, problems);
        List<OutOfHours.Rule> rules = new ArrayList<>();
        for (int i = 0; i < o.whens.size(); i++) {
            declared.checkCondition(path + ".rules[" + i + "].when", o.whens.get(i), problems);
            Routing.Route route = o.routes.get(i);
            if (route == Routing.Route.NORMAL) {
                problems.add(new Problem(path + ".rules[" + i + "].route", ROUTES));
            } else if (route != null) {
                rules.add(new OutOfHours.Rule(o.whens.get(i), route));
            }
        }
        if (o.otherwise == Routing.Route.NORMAL) {
            problems.add(new Problem(path + ".otherwise", ROUTES));
        }
        return new OutOfHours(o.calendar, rules, o.otherwise);
    }

    private Intake intake(String prefix, Intake intake) {
        if (intake == null) {
            return null;
        }
        String path = prefix + "intake";
        for (int i = 0; i < intake.required().size(); i++) {
            checkField(path + ".required[" + i + "]", intake.required().get(i));
        }
        intake.requiredFor().forEach((category, fields) -> {
            String at = path + ".required-for." + category;
            if (!declared.categories().containsKey(category)) {
                problems.add(new Problem(at, "Category '" + category + "' is not defined"
                        + Declared.known("categories", declared.categories().keySet())));
            }
            for (int i = 0; i < fields.size(); i++) {
                checkField(at + "[" + i + "]", fields.get(i));
            }
        });
        return intake;
    }

    private void checkField(String path, String field) {
        if (field.isBlank()) {
            problems.add(new Problem(path, "A required field must not be blank, was '" + field + "'"));
        }
    }

    /** Checks the follow-up ({@code every: Mon 10:00}); null when not given or when it has a problem. */
    SlaPolicy.FollowUp followUp(String every, String calendar) {
        if (every == null) {
            return null;
        }
        String path = "follow-up.unconfirmed";
        declared.checkCalendar(path + ".calendar", calendar, problems);
        String[] parts = every.trim().split("\\s+");
        DayOfWeek day = null;
        LocalTime time = null;
        if (parts.length == 2) {
            // any case: mon, Mon and MON
            String name = parts[0].isEmpty() ? "" : parts[0].substring(0, 1).toUpperCase(Locale.ROOT)
                    + parts[0].substring(1).toLowerCase(Locale.ROOT);
            day = CalendarText.day(name).orElse(null);
            time = time(parts[1]);
        }
        if (day == null || time == null) {
            problems.add(new Problem(path + ".every", "Follow-up time must be a day and a time such as 'Mon 10:00', was '"
                    + every + "'"));
            return null;
        }
        return new SlaPolicy.FollowUp(day, time, calendar);
    }

    /** Reads {@code 10:00}, or {@code 9:00} with a one-digit hour; null when the text is not a time. */
    private static LocalTime time(String text) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeException ex) {
            return null;
        }
    }
}
