package org.slakit.policy;

import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Decides whether a ticket's service item is among its tier's entitlements.
 */
final class Entitlement {

    private Entitlement() {
    }

    static boolean isEntitled(PolicyModel model, Ticket ticket) {
        ClassificationCheck.check(model, ticket);
        Classification c = ticket.classification();
        if (c.service().isEmpty()) {
            return true;
        }
        String tier = model.tierOf(c);
        return tier != null && model.entitlements.get(tier).contains(c.service().get());
    }
}
