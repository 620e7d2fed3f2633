package org.slakit.policy;

import java.time.Instant;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.ticket.Classification;

/**
 * Routes a report under the out-of-hours section in force at its instant.
 */
final class OutOfHoursRouting {

    private OutOfHoursRouting() {
    }

    static Routing route(SlaPolicy policy, Classification c, Instant at) {
        PolicyModel model = policy.model;
        ClassificationCheck.check(model, "Classification " + c, c);
        OutOfHours section = model.regimeAt(at).outOfHours;
        if (section == null) {
            return Routing.normal();
        }
        BusinessCalendar cal = model.calendar(section.calendar());
        if (cal.isOpen(at)) {
            return Routing.normal();
        }
        Routing.Route route = section.otherwise();
        for (OutOfHours.Rule rule : section.rules()) {
            if (rule.when().matches(c, model.defaultTier)) {
                route = rule.route();
                break;
            }
        }
        switch (route) {
            case DUTY_ENGINEER:
                return Routing.dutyEngineer();
            case ESCALATE_NOW:
                return Routing.escalateNow();
            default:
                return Routing.firstAtOpening(cal.nextOpen(at));
        }
    }
}
