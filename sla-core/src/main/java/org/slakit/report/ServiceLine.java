package org.slakit.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slakit.ticket.Classification;

/**
 * One line of a service report's table: a service's target, its latest cycle, in the customer's
 * language. The first line of a service carries the ticket's own cells; the others leave them empty.
 */
record ServiceLine(String ticket, String reportedAt, String reported, String target, String promise, String due, String done,
        String outcome, String waiting, String confirmed, Fact fact) {

    static List<ServiceLine> of(ServiceReport.Service s, Naming names, ReportLanguage lang, ZoneId zone) {
        List<ServiceLine> lines = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, List<Fact>> e : s.targets().entrySet()) {
            Fact f = s.latest(e.getKey()).orElseThrow();
            String outcome = lang.outcome(f.state()) + (e.getValue().size() > 1 ? " (" + lang.label("reopened") + " " + s.reopened() + ")" : "");
            lines.add(new ServiceLine(first ? s.ticketId() : "", first ? Cells.local(s.reportedAt(), zone) : "",
                    first ? what(s.classification(), names) : "", names.target(e.getKey()), lang.promise(f.entry().rule(), f.calendar()),
                    Cells.local(f.cycle().dueAt(), zone), Cells.local(f.stop().map(x -> x.at()), zone), outcome,
                    first ? ComplianceColumns.human(s.waitingForCustomer()) : "",
                    first ? Cells.local(s.confirmedAt(), zone) : "", f));
            first = false;
        }
        if (lines.isEmpty()) {
            lines.add(new ServiceLine(s.ticketId(), Cells.local(s.reportedAt(), zone), what(s.classification(), names), "", "", "", "",
                    "", "", Cells.local(s.confirmedAt(), zone), null));
        }
        return lines;
    }

    /** What was reported, in the policy's names: category, kind, severity. */
    static String what(Classification c, Naming names) {
        return names.category(c.category()) + c.kind().map(k -> " / " + names.kind(k)).orElse("") + " / " + names.severity(c.severity());
    }

    List<String> cells() {
        return List.of(ticket, reportedAt, reported, target, promise, due, done, outcome, waiting, confirmed);
    }
}
