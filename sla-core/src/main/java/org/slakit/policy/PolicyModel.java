package org.slakit.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.policy.SlaPolicy.Category;
import org.slakit.policy.SlaPolicy.Tier;
import org.slakit.ticket.Classification;

/**
 * The policy compiled for the clock: ranks, lookups, resolved calendars, and one {@link Regime} per
 * version, so that evaluating a ticket does no searching by name beyond a hash lookup. It is made
 * from the validated parts alone, and {@link SlaPolicy} holds it.
 */
final class PolicyModel {

    /** The parts it was compiled from, for the names messages list. */
    final PolicyDefinition definition;
    final Map<String, Integer> severityRank = new HashMap<>();
    final Map<String, Category> categories = new HashMap<>();
    final Map<String, Integer> tierRank = new HashMap<>();
    final String defaultTier;
    final Set<String> services = new HashSet<>();
    final Set<String> waiting;
    final Map<String, Set<String>> entitlements = new HashMap<>();
    final Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    final String firstCalendar;
    final Regime[] regimes;

    PolicyModel(PolicyDefinition d) {
        this.definition = d;
        for (int i = 0; i < d.severities().size(); i++) {
            severityRank.put(d.severities().get(i), i);
        }
        d.categories().forEach(c -> categories.put(c.name(), c));
        Map<String, Tier> tiers = new HashMap<>();
        for (int i = 0; i < d.tiers().size(); i++) {
            Tier t = d.tiers().get(i);
            tierRank.put(t.name(), i);
            tiers.put(t.name(), t);
            services.addAll(t.entitled());
        }
        for (Tier t : d.tiers()) {
            Set<String> items = new HashSet<>();
            collect(t, tiers, items, new HashSet<>());
            entitlements.put(t.name(), items);
        }
        this.defaultTier = d.tiers().isEmpty() ? null : d.tiers().get(d.tiers().size() - 1).name();
        this.waiting = new HashSet<>(d.waiting());
        calendars.putAll(d.calendars());
        calendars.put(SlaPolicy.ALWAYS_OPEN, BusinessCalendar.alwaysOpen(d.zone()));
        this.firstCalendar = d.calendars().keySet().iterator().next();
        this.regimes = regimes(d);
    }

    private Regime[] regimes(PolicyDefinition d) {
        List<Regime> list = new ArrayList<>();
        Regime previous = new Regime(this, null, null, "targets", d.targets(), d.escalations(), d.outOfHours(), d.intake());
        list.add(previous);
        for (int i = 0; i < d.versions().size(); i++) {
            PolicyVersion v = d.versions().get(i);
            Instant from = v.effectiveFrom().atStartOfDay(d.zone()).toInstant();
            String path = v.targets().isPresent() ? "versions[" + i + "].targets" : previous.targetsPath;
            previous = new Regime(this, v.effectiveFrom(), from, path, v.targets().orElse(previous.targets),
                    v.escalations().orElse(previous.escalations), v.outOfHours().orElse(previous.outOfHours),
                    v.intake().orElse(previous.intake));
            list.add(previous);
        }
        return list.toArray(new Regime[0]);
    }

    private static void collect(Tier t, Map<String, Tier> tiers, Set<String> into, Set<String> seen) {
        if (!seen.add(t.name())) {
            return;
        }
        into.addAll(t.entitled());
        for (String inc : t.includes()) {
            collect(tiers.get(inc), tiers, into, seen);
        }
    }

    BusinessCalendar calendar(String name) {
        return calendars.get(name);
    }

    /** Gets the regime in force at an instant: the last version effective at or before it. */
    Regime regimeAt(Instant at) {
        Regime r = regimes[0];
        for (int i = 1; i < regimes.length; i++) {
            if (!at.isBefore(regimes[i].from)) {
                r = regimes[i];
            }
        }
        return r;
    }

    String tierOf(Classification c) {
        return c.tier().orElse(defaultTier);
    }

    /**
     * The sections in force from one date on, with each target entry resolved to its calendar and
     * its escalation percentages.
     */
    static final class Regime {
        /** The version's date, null for the policy as written, before any version. */
        final LocalDate date;
        /** Midnight of the date in the policy's zone, null for the policy as written, before any version. */
        final Instant from;
        final List<Target> targets;
        final List<EscalationRule> escalations;
        final OutOfHours outOfHours;
        final Intake intake;
        /** The YAML path of the targets list in force, such as {@code versions[0].targets}. */
        final String targetsPath;
        /** Distinct target names, in order of first appearance. */
        final String[] names;
        /** For each name, its entries in order. */
        final Entry[][] entries;

        Regime(PolicyModel model, LocalDate date, Instant from, String targetsPath, List<Target> targets,
                List<EscalationRule> escalations, OutOfHours outOfHours, Intake intake) {
            this.targetsPath = targetsPath;
            this.date = date;
            this.from = from;
            this.targets = targets;
            this.escalations = escalations;
            this.outOfHours = outOfHours;
            this.intake = intake;
            Map<String, List<Entry>> byName = new LinkedHashMap<>();
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                String cal = t.calendar().orElse(model.firstCalendar);
                byName.computeIfAbsent(t.name(), n -> new ArrayList<>())
                        .add(new Entry(t, i, cal, model.calendar(cal), shares(t, escalations)));
            }
            this.names = byName.keySet().toArray(new String[0]);
            this.entries = new Entry[names.length][];
            for (int i = 0; i < names.length; i++) {
                entries[i] = byName.get(names[i]).toArray(new Entry[0]);
            }
        }

        /** The escalations of an entry: its own warn-at, then the policy's that name it, by percentage. */
        private static List<Share> shares(Target t, List<EscalationRule> escalations) {
            List<Share> out = new ArrayList<>();
            for (double p : t.warnAt()) {
                out.add(new Share(p, "warning"));
            }
            for (EscalationRule r : escalations) {
                if (r.of().contains(t.name())) {
                    out.add(new Share(r.percent(), r.recipient()));
                }
            }
            out.sort(Comparator.comparingDouble(Share::percent));
            return out;
        }

        /** Gets the applicable entry of the name at index i for a classification, or null. */
        Entry applicable(int i, Classification c, String defaultTier) {
            for (Entry e : entries[i]) {
                if (e.target.when().matches(c, defaultTier)) {
                    return e;
                }
            }
            return null;
        }

        String label() {
            return date == null ? "the policy as written" : "the version effective from " + date;
        }

    }

    /** One target entry, resolved. */
    static final class Entry {
        final Target target;
        /** The entry's index in its section's targets list. */
        final int index;
        final String calendarName;
        final BusinessCalendar calendar;
        /** Escalation percentages of the budget, ascending, and who each notifies. */
        final double[] percents;
        final String[] notify;

        Entry(Target target, int index, String calendarName, BusinessCalendar calendar, List<Share> shares) {
            this.target = target;
            this.index = index;
            this.calendarName = calendarName;
            this.calendar = calendar;
            this.percents = new double[shares.size()];
            this.notify = new String[shares.size()];
            for (int i = 0; i < shares.size(); i++) {
                this.percents[i] = shares.get(i).percent();
                this.notify[i] = shares.get(i).recipient();
            }
        }
    }

    /** An escalation of a target entry: at a percentage of its budget, notify someone. */
    private record Share(double percent, String recipient) {
    }
}
