package org.slakit.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slakit.ticket.Classification;
import org.slakit.ticket.Ticket;

/**
 * Lists the intake fields a ticket lacks, under the version in force when it was opened.
 */
final class MissingFields {

    private MissingFields() {
    }

    static List<String> of(PolicyModel model, Ticket ticket) {
        ClassificationCheck.check(model, ticket);
        Intake intake = model.regimeAt(ticket.openedAt()).intake;
        if (intake == null) {
            return List.of();
        }
        Classification c = ticket.classification();
        Set<String> needed = new LinkedHashSet<>(intake.required());
        needed.addAll(intake.requiredFor().getOrDefault(c.category(), List.of()));
        List<String> missing = new ArrayList<>();
        for (String field : needed) {
            String value = ticket.fields().get(field);
            if (value == null || value.isBlank()) {
                missing.add(field);
            }
        }
        return List.copyOf(missing);
    }
}
