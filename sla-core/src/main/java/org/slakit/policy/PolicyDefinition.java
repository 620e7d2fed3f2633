package org.slakit.policy;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slakit.calendar.BusinessCalendar;

/**
 * The parts of a policy, validated, as given to its builder: what {@link SlaPolicy} answers its
 * getters from and is compared by, and what {@link PolicyModel} compiles. The sections
 * {@code outOfHours}, {@code intake} and {@code followUp} are null when not given.
 */
record PolicyDefinition(String name, ZoneId zone, Map<String, BusinessCalendar> calendars, List<String> severities,
        List<SlaPolicy.Category> categories, List<SlaPolicy.Tier> tiers, List<String> waiting, List<String> events,
        List<Target> targets, List<EscalationRule> escalations, OutOfHours outOfHours, Intake intake,
        SlaPolicy.FollowUp followUp, DisplayNames displayNames, List<PolicyVersion> versions) {

    PolicyDefinition {
        calendars = Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
        severities = List.copyOf(severities);
        categories = List.copyOf(categories);
        tiers = List.copyOf(tiers);
        waiting = List.copyOf(waiting);
        events = List.copyOf(events);
        targets = List.copyOf(targets);
        escalations = List.copyOf(escalations);
        versions = List.copyOf(versions);
    }
}
