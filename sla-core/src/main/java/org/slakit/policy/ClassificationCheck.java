package org.slakit.policy;

import org.slakit.policy.SlaPolicy.Category;
import org.slakit.policy.SlaPolicy.Tier;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * Checks that a ticket uses only classification values and waiting states its policy defines.
 */
final class ClassificationCheck {

    private ClassificationCheck() {
    }

    /** Checks the opening classification and every reclassification and pause of a ticket. */
    static void check(PolicyModel model, Ticket ticket) {
        check(model, TicketView.of(ticket, null));
    }

    /** Checks the opening classification and every reclassification and pause of the events viewed. */
    static void check(PolicyModel model, TicketView view) {
        String subject = "Ticket " + view.ticket.id();
        check(model, subject, view.ticket.openingClassification());
        for (int i = 1; i < view.limit; i++) {
            TicketEvent e = view.event(i);
            if (e.type() == TicketEvent.Type.RECLASSIFY) {
                check(model, subject, e.classification().orElseThrow());
            } else if (e.type() == TicketEvent.Type.PAUSE) {
                String state = e.waitingState().orElseThrow();
                if (!model.waiting.contains(state)) {
                    throw fail(model, subject, "waiting state '" + state + "' is not declared", "waiting states",
                            model.definition.waiting());
                }
            }
        }
    }

    /** Checks a classification; the subject, such as {@code Ticket T-1}, starts the message. */
    static void check(PolicyModel model, String subject, Classification c) {
        Category category = model.categories.get(c.category());
        if (category == null) {
            throw fail(model, subject, "category '" + c.category() + "' is not defined", "categories",
                    model.definition.categories().stream().map(Category::name).toList());
        }
        if (!model.severityRank.containsKey(c.severity())) {
            throw fail(model, subject, "severity '" + c.severity() + "' is not defined", "severities", model.definition.severities());
        }
        if (c.kind().isPresent() && !category.kinds().contains(c.kind().get())) {
            throw fail(model, subject, "kind '" + c.kind().get() + "' is not a kind of category '" + category.name() + "'",
                    "kinds", category.kinds());
        }
        if (c.tier().isPresent() && !model.tierRank.containsKey(c.tier().get())) {
            throw fail(model, subject, "tier '" + c.tier().get() + "' is not defined", "tiers",
                    model.definition.tiers().stream().map(Tier::name).toList());
        }
        if (c.service().isPresent() && !model.services.contains(c.service().get())) {
            throw fail(model, subject, "service '" + c.service().get() + "' is not an entitlement of any tier", "services",
                    model.services.stream().sorted().toList());
        }
    }

    private static IllegalArgumentException fail(PolicyModel model, String subject, String what, String kind,
            java.util.List<String> known) {
        return new IllegalArgumentException(subject + ": " + what + " in policy '" + model.definition.name() + "' ("
                + kind + ": " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
    }
}
