package org.slakit.policy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.Problem;
import org.slakit.calendar.TimeWindow;
import org.slakit.ticket.Ticket;

/**
 * Validates what a {@link PolicyBuilder} was given, collecting every problem with its YAML path,
 * and builds the policy when there is none. The YAML loader goes through the same builder, so both
 * paths share these checks.
 */
final class PolicyChecks {

    private final PolicyBuilder b;
    private final List<Problem> problems;
    private final Set<String> calendarNames = new LinkedHashSet<>();
    private final Set<String> severities = new LinkedHashSet<>();
    private final Map<String, SlaPolicy.Category> categories = new LinkedHashMap<>();
    private final Set<String> allKinds = new HashSet<>();
    private final Map<String, SlaPolicy.Tier> tiers = new LinkedHashMap<>();
    private final Set<String> services = new LinkedHashSet<>();
    private final Set<String> waiting = new LinkedHashSet<>();
    private final Set<String> events = new LinkedHashSet<>(Ticket.BUILT_IN_EVENTS);

    private PolicyChecks(PolicyBuilder b) {
        this.b = b;
        this.problems = new ArrayList<>(b.problems);
    }

    static SlaPolicy build(PolicyBuilder b) {
        return new PolicyChecks(b).run();
    }

    private SlaPolicy run() {
        if (b.name.isBlank()) {
            problems.add(new Problem("name", "A policy needs a name, was '" + b.name + "'"));
        }
        calendarNames.addAll(b.calendars.keySet());
        // A calendar that failed to build is reported once, at its own definition, not again at every use.
        calendarNames.addAll(b.brokenCalendars);
        boolean calendarProblems = problems.stream().anyMatch(p -> p.path().startsWith("calendars."));
        if (b.calendars.isEmpty() && !calendarProblems) {
            problems.add(new Problem("calendars", "A policy needs at least one calendar besides the built-in 24x7, was none"));
        }
        calendarNames.add(SlaPolicy.ALWAYS_OPEN);
        checkList("severities", "Severity", b.severities, severities);
        if (b.severities.isEmpty()) {
            problems.add(new Problem("severities", "A policy needs at least one severity, was none"));
        }
        checkCategories();
        checkTiers();
        checkList("waiting", "Waiting state", b.waiting, waiting);
        checkList("events", "Event", b.events, events);

        if (b.sections.targets == null || b.sections.targets.isEmpty()) {
            problems.add(new Problem("targets", "A policy needs at least one target, was none"));
        }
        problems.addAll(b.sections.problems);
        List<Target> targets = targets("", b.sections.targets);
        List<EscalationRule> escalations = escalations("", b.sections.escalations, targets);
        OutOfHours outOfHours = outOfHours("", b.sections.outOfHours);
        Intake intake = intake("", b.sections.intake);
        SlaPolicy.FollowUp followUp = followUp();
        List<PolicyVersion> versions = versions(targets);

        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        return new SlaPolicy(b, b.calendars, targets, escalations == null ? List.of() : escalations, outOfHours, intake,
                followUp, versions);
    }

    // ----- declarations -----

    private void checkList(String path, String what, List<String> values, Set<String> into) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String at = path + "[" + i + "]";
            if (v.isBlank()) {
                problems.add(new Problem(at, what + " must not be blank, was '" + v + "'"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(v, i);
            if (earlier != null) {
                problems.add(new Problem(at, what + " '" + v + "' is listed twice, also at " + path + "[" + earlier + "]"));
            } else if (into == events && Ticket.BUILT_IN_EVENTS.contains(v)) {
                problems.add(new Problem(at, "Event '" + v + "' is built in and needs no declaration"));
            }
            into.add(v);
        }
    }

    private void checkCategories() {
        if (b.categories.isEmpty()) {
            problems.add(new Problem("categories", "A policy needs at least one category, was none"));
        }
        for (SlaPolicy.Category c : b.categories) {
            String path = "categories." + c.name();
            if (c.name().isBlank()) {
                problems.add(new Problem(path, "A category's name must not be blank, was '" + c.name() + "'"));
            } else if (categories.putIfAbsent(c.name(), c) != null) {
                problems.add(new Problem(path, "Category '" + c.name() + "' is defined twice"));
            }
            Set<String> kinds = new HashSet<>();
            for (String k : c.kinds()) {
                if (k.isBlank()) {
                    problems.add(new Problem(path, "A kind of category '" + c.name() + "' must not be blank, was '" + k + "'"));
                } else if (!kinds.add(k)) {
                    problems.add(new Problem(path, "Kind '" + k + "' is listed twice in category '" + c.name() + "'"));
                }
            }
            allKinds.addAll(kinds);
        }
    }

    private void checkTiers() {
        for (SlaPolicy.Tier t : b.tiers) {
            String path = "tiers." + t.name();
            if (t.name().isBlank()) {
                problems.add(new Problem(path, "A tier's name must not be blank, was '" + t.name() + "'"));
            } else if (tiers.putIfAbsent(t.name(), t) != null) {
                problems.add(new Problem(path, "Tier '" + t.name() + "' is defined twice"));
            }
            for (int i = 0; i < t.entitled().size(); i++) {
                String item = t.entitled().get(i);
                if (item.isBlank()) {
                    problems.add(new Problem(path + ".entitled[" + i + "]", "A service item of tier '" + t.name()
                            + "' must not be blank, was '" + item + "'"));
                }
                services.add(item);
            }
        }
        for (SlaPolicy.Tier t : tiers.values()) {
            for (int i = 0; i < t.includes().size(); i++) {
                String inc = t.includes().get(i);
                String path = "tiers." + t.name() + ".includes[" + i + "]";
                if (!tiers.containsKey(inc)) {
                    problems.add(new Problem(path, "Tier '" + t.name() + "' includes tier '" + inc + "', which is not defined"
                            + known("tiers", tiers.keySet())));
                } else if (reaches(inc, t.name(), new HashSet<>())) {
                    problems.add(new Problem(path, "Tier '" + t.name() + "' includes tier '" + inc
                            + "', which includes '" + t.name() + "' in turn: includes must not go round in a circle"));
                }
            }
        }
    }

    private boolean reaches(String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from) || !tiers.containsKey(from)) {
            return false;
        }
        for (String inc : tiers.get(from).includes()) {
            if (reaches(inc, to, seen)) {
                return true;
            }
        }
        return false;
    }

    private static String known(String what, Set<String> names) {
        return names.isEmpty() ? " (the policy defines no " + what + ")" : " (" + what + ": " + String.join(", ", names) + ")";
    }

    // ----- sections -----

    private List<Target> targets(String prefix, List<Target.Builder> drafts) {
        List<Target> out = new ArrayList<>();
        if (drafts == null) {
            return null;
        }
        for (int i = 0; i < drafts.size(); i++) {
            Target t = target(prefix + "targets[" + i + "]", drafts.get(i));
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private Target target(String path, Target.Builder t) {
        int before = problems.size();
        for (Problem p : t.problems) {
            problems.add(p.under(path));
        }
        String subject = "Target '" + t.name + "'";
        if (t.name.isBlank()) {
            problems.add(new Problem(path + ".name", "A target's name must not be blank, was '" + t.name + "'"));
        }
        checkCondition(path + ".when", t.when);
        checkEvents(path + ".starts-on", t.startsOn);
        checkEvents(path + ".restarts-on", t.restartsOn);
        checkEvents(path + ".stops-on", t.stopsOn);
        if (t.startsOn.isEmpty()) {
            problems.add(new Problem(path + ".starts-on", subject + " needs at least one starts-on event, was none"));
        }
        if (t.stopsOn.isEmpty()) {
            problems.add(new Problem(path, subject + " needs stops-on: the events that stop its clock, was none"));
        }
        if (t.pausedBy != null) {
            for (int i = 0; i < t.pausedBy.size(); i++) {
                String s = t.pausedBy.get(i);
                if (!waiting.contains(s)) {
                    problems.add(new Problem(path + ".paused-by[" + i + "]", "Waiting state '" + s + "' is not declared"
                            + known("waiting states", waiting)));
                }
            }
        }
        String calendarName = t.calendar;
        BusinessCalendar calendar = null;
        if (calendarName != null && !calendarNames.contains(calendarName)) {
            problems.add(new Problem(path + ".calendar", "Calendar '" + calendarName + "' is not defined"
                    + known("calendars", calendarNames)));
        } else {
            String effective = calendarName != null ? calendarName
                    : b.calendars.isEmpty() ? null : b.calendars.keySet().iterator().next();
            calendar = effective == null ? null
                    : SlaPolicy.ALWAYS_OPEN.equals(effective) ? BusinessCalendar.alwaysOpen(b.zone == null ? java.time.ZoneOffset.UTC : b.zone)
                    : b.calendars.get(effective);
            calendarName = effective;
        }
        DeadlineRule rule = null;
        if (t.rules.isEmpty()) {
            problems.add(new Problem(path, subject
                    + " needs exactly one deadline rule (within, end-of-business-day or business-days), was none"));
        } else if (t.rules.size() > 1) {
            List<String> keys = new ArrayList<>();
            t.rules.forEach(e -> keys.add(e.getKey()));
            problems.add(new Problem(path, subject
                    + " needs exactly one deadline rule (within, end-of-business-day or business-days), was " + String.join(" and ", keys)));
        } else {
            rule = t.rules.get(0).getValue();
            if (rule instanceof DeadlineRule.Within w) {
                checkDuration(path + ".within", subject + "'s within", w.duration(), false);
            } else if (rule instanceof DeadlineRule.EndOfWorkingDay e) {
                checkDuration(path + ".end-of-business-day.cutoff", subject + "'s cutoff", e.cutoff(), true);
                if (calendar != null && neverCloses(calendar)) {
                    problems.add(new Problem(path + ".end-of-business-day", subject + " cannot end with the business day on calendar '"
                            + calendarName + "', which never closes: use within"));
                }
            } else if (rule instanceof DeadlineRule.WorkingDays d && d.days() < 0) {
                problems.add(new Problem(path + ".business-days", subject + "'s business-days must not be negative, was " + d.days()));
            }
        }
        for (int i = 0; i < t.warnAt.size(); i++) {
            checkPercent(path + ".warn-at[" + i + "]", t.warnAt.get(i));
        }
        if (problems.size() > before || rule == null) {
            return null;
        }
        return new Target(t.name, t.when, t.startsOn, t.restartsOn, t.stopsOn, t.pausedBy, rule, t.calendar, t.warnAt);
    }

    /** A calendar whose every weekday is open round the clock has no end of a business day. */
    static boolean neverCloses(BusinessCalendar calendar) {
        for (DayOfWeek d : DayOfWeek.values()) {
            List<TimeWindow> w = calendar.hours(d);
            if (w.size() != 1 || !w.get(0).equals(TimeWindow.ALL_DAY)) {
                return false;
            }
        }
        return true;
    }

    private void checkDuration(String path, String subject, Duration d, boolean zeroAllowed) {
        if (d.isNegative() || (!zeroAllowed && d.isZero())) {
            problems.add(new Problem(path, subject + " must be " + (zeroAllowed ? "zero or more" : "above zero") + ", was " + text(d)));
        } else if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
            problems.add(new Problem(path, subject + " must be whole minutes, was " + d));
        }
    }

    private static String text(Duration d) {
        return d.isNegative() ? "-" + text(d.negated()) : d.toSecondsPart() == 0 && d.toNanosPart() == 0 ? Durations.format(d) : d.toString();
    }

    private void checkPercent(String path, double percent) {
        if (!(percent > 0 && percent <= 1000)) {
            problems.add(new Problem(path, "A percentage must be above 0% and at most 1000%, was " + percentText(percent)));
        }
    }

    static String percentText(double percent) {
        return Double.isFinite(percent) ? Percentages.format(percent) : percent + "%";
    }

    private void checkEvents(String path, List<String> names) {
        for (String e : names) {
            if (!events.contains(e)) {
                problems.add(new Problem(path, "Event '" + e + "' is not declared: declare it under events, or use a built-in one ("
                        + String.join(", ", Ticket.BUILT_IN_EVENTS) + ")"));
            }
        }
    }

    private void checkCondition(String path, Condition when) {
        for (String c : when.category()) {
            if (!categories.containsKey(c)) {
                problems.add(new Problem(path + ".category", "Category '" + c + "' is not defined" + known("categories", categories.keySet())));
            }
        }
        for (String k : when.kind()) {
            if (!when.category().isEmpty()) {
                boolean inOne = when.category().stream().map(categories::get)
                        .anyMatch(cat -> cat != null && cat.kinds().contains(k));
                if (!inOne && when.category().stream().allMatch(categories::containsKey)) {
                    problems.add(new Problem(path + ".kind", "Kind '" + k + "' is not a kind of category "
                            + String.join(" or ", when.category())));
                }
            } else if (!allKinds.contains(k)) {
                problems.add(new Problem(path + ".kind", "Kind '" + k + "' is not a kind of any category"));
            }
        }
        for (String s : when.severity()) {
            if (!severities.contains(s)) {
                problems.add(new Problem(path + ".severity", "Severity '" + s + "' is not defined" + known("severities", severities)));
            }
        }
        for (String t : when.tier()) {
            if (!tiers.containsKey(t)) {
                problems.add(new Problem(path + ".tier", "Tier '" + t + "' is not defined" + known("tiers", tiers.keySet())));
            }
        }
        for (String s : when.service()) {
            if (!services.contains(s)) {
                problems.add(new Problem(path + ".service", "Service '" + s + "' is not an entitlement of any tier"
                        + known("services", services)));
            }
        }
    }

    private List<EscalationRule> escalations(String prefix, List<Sections.EscalationDraft> rules, List<Target> targets) {
        if (rules == null) {
            return null;
        }
        List<EscalationRule> out = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        if (targets != null) {
            targets.forEach(t -> names.add(t.name()));
        }
        for (int i = 0; i < rules.size(); i++) {
            Sections.EscalationDraft r = rules.get(i);
            String path = prefix + "escalations[" + i + "]";
            if (r.percent() != null) {
                // null marks text that did not parse, already reported
                checkPercent(path + ".at", r.percent());
                out.add(new EscalationRule(r.percent(), r.of(), r.recipient()));
            }
            if (r.of().isEmpty()) {
                problems.add(new Problem(path + ".of", "An escalation needs at least one target name, was none"));
            }
            for (int j = 0; j < r.of().size(); j++) {
                String name = r.of().get(j);
                if (targets != null && !names.contains(name)) {
                    problems.add(new Problem(path + ".of[" + j + "]", "Target '" + name + "' is not defined" + known("targets", names)));
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
        if (!calendarNames.contains(o.calendar)) {
            problems.add(new Problem(path + ".calendar", "Calendar '" + o.calendar + "' is not defined" + known("calendars", calendarNames)));
        }
        List<OutOfHours.Rule> rules = new ArrayList<>();
        for (int i = 0; i < o.whens.size(); i++) {
            checkCondition(path + ".rules[" + i + "].when", o.whens.get(i));
            Routing.Route route = o.routes.get(i);
            if (route == Routing.Route.NORMAL) {
                problems.add(new Problem(path + ".rules[" + i + "].route",
                        "An out-of-hours route must be duty-engineer, first-at-opening or escalate-now, was normal"));
            } else if (route != null) {
                rules.add(new OutOfHours.Rule(o.whens.get(i), route));
            }
        }
        if (o.otherwise == Routing.Route.NORMAL) {
            problems.add(new Problem(path + ".otherwise",
                    "An out-of-hours route must be duty-engineer, first-at-opening or escalate-now, was normal"));
        }
        return new OutOfHours(o.calendar, rules, o.otherwise);
    }

    private Intake intake(String prefix, Intake intake) {
        if (intake == null) {
            return null;
        }
        String path = prefix + "intake";
        for (int i = 0; i < intake.required().size(); i++) {
            if (intake.required().get(i).isBlank()) {
                problems.add(new Problem(path + ".required[" + i + "]", "A required field must not be blank, was '"
                        + intake.required().get(i) + "'"));
            }
        }
        intake.requiredFor().forEach((category, fields) -> {
            String at = path + ".required-for." + category;
            if (!categories.containsKey(category)) {
                problems.add(new Problem(at, "Category '" + category + "' is not defined" + known("categories", categories.keySet())));
            }
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).isBlank()) {
                    problems.add(new Problem(at + "[" + i + "]", "A required field must not be blank, was '" + fields.get(i) + "'"));
                }
            }
        });
        return intake;
    }

    private SlaPolicy.FollowUp followUp() {
        if (b.followUpEvery == null) {
            return null;
        }
        String path = "follow-up.unconfirmed";
        if (!calendarNames.contains(b.followUpCalendar)) {
            problems.add(new Problem(path + ".calendar", "Calendar '" + b.followUpCalendar + "' is not defined"
                    + known("calendars", calendarNames)));
        }
        String[] parts = b.followUpEvery.trim().split("\\s+");
        DayOfWeek day = null;
        LocalTime time = null;
        if (parts.length == 2) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT).equalsIgnoreCase(parts[0])) {
                    day = d;
                }
            }
            try {
                time = LocalTime.parse(parts[1].length() == 4 ? "0" + parts[1] : parts[1]);
            } catch (DateTimeException ex) {
                time = null;
            }
        }
        if (day == null || time == null) {
            problems.add(new Problem(path + ".every", "Follow-up time must be a day and a time such as 'Mon 10:00', was '"
                    + b.followUpEvery + "'"));
            return null;
        }
        return new SlaPolicy.FollowUp(day, time, b.followUpCalendar);
    }

    private List<PolicyVersion> versions(List<Target> baseTargets) {
        List<PolicyVersion> out = new ArrayList<>();
        List<Target> inForce = baseTargets;
        for (int i = 0; i < b.versions.size(); i++) {
            PolicyVersion.Builder v = b.versions.get(i);
            String prefix = "versions[" + i + "].";
            if (i > 0 && !v.effectiveFrom.isAfter(b.versions.get(i - 1).effectiveFrom)) {
                problems.add(new Problem(prefix + "effective-from", "Version effective from " + v.effectiveFrom
                        + " must come after the version before it, effective from " + b.versions.get(i - 1).effectiveFrom));
            }
            if (v.sections.isEmpty()) {
                problems.add(new Problem("versions[" + i + "]", "A version must replace at least one of targets, escalations,"
                        + " out-of-hours or intake, was none"));
            }
            if (v.sections.targets != null && v.sections.targets.isEmpty()) {
                problems.add(new Problem(prefix + "targets", "A version's targets need at least one target, was none"));
            }
            for (Problem p : v.sections.problems) {
                problems.add(p.under("versions[" + i + "]"));
            }
            List<Target> targets = targets(prefix, v.sections.targets);
            if (targets != null) {
                inForce = targets;
            }
            List<EscalationRule> escalations = escalations(prefix, v.sections.escalations, inForce);
            OutOfHours outOfHours = outOfHours(prefix, v.sections.outOfHours);
            Intake intake = intake(prefix, v.sections.intake);
            out.add(new PolicyVersion(v.effectiveFrom, targets, escalations, outOfHours, intake));
        }
        return out;
    }
}
