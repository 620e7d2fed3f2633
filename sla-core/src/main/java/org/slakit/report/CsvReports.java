package org.slakit.report;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The reports as CSV: one table each, with the documented column names; times in the policy's zone. */
final class CsvReports {

    private CsvReports() {
    }

    static String compliance(Compliance c, boolean bom) {
        List<String> header = new ArrayList<>();
        c.by().forEach(d -> header.add(d.key()));
        ComplianceColumns.COLUMNS.forEach(col -> header.add(col.name()));
        CsvTable t = new CsvTable(bom, header);
        for (ComplianceRow r : c.rows()) {
            t.row(cells(r));
        }
        return t.toString();
    }

    private static List<String> cells(ComplianceRow r) {
        List<String> cells = new ArrayList<>(r.group().values());
        ComplianceColumns.COLUMNS.forEach(col -> cells.add(ComplianceColumns.text(col.value().apply(r))));
        return cells;
    }

    static String service(ServiceReport report, ReportLanguage lang, boolean bom) {
        ZoneId zone = report.facts().policy().zone();
        Naming names = Naming.of(report.facts().policy());
        CsvTable t = new CsvTable(bom, List.of("ticket", "reported_at", "category", "kind", "severity", "target", "promise", "due_at",
                "done_at", "outcome", "state", "cycles", "waiting_for_customer", "confirmed_at"));
        for (ServiceReport.Service s : report.services()) {
            for (ServiceLine line : ServiceLine.of(s, names, lang, zone)) {
                Fact f = line.fact();
                t.row(List.of(s.ticketId(), Cells.local(s.reportedAt(), zone), names.category(s.classification().category()),
                        s.classification().kind().map(names::kind).orElse(""), names.severity(s.classification().severity()),
                        line.target(), line.promise(), line.due(), line.done(), f == null ? "" : lang.outcome(f.state()),
                        f == null ? "" : f.state().name(), f == null ? "0" : Integer.toString(s.targets().get(f.target()).size()),
                        s.waitingForCustomer().toString(), Cells.local(s.confirmedAt(), zone)));
            }
        }
        return t.toString();
    }

    static String followUps(FollowUpList list, boolean bom) {
        ZoneId zone = list.zone();
        List<String> header = new ArrayList<>(List.of("ticket", "resolved_at", "waited", "category", "kind", "severity"));
        List<String> fields = list.entries().isEmpty() ? List.of() : List.copyOf(list.entries().get(0).contact().keySet());
        fields.forEach(f -> header.add("field:" + f));
        CsvTable t = new CsvTable(bom, header);
        for (FollowUpList.Entry e : list.entries()) {
            List<String> cells = new ArrayList<>(List.of(e.ticketId(), Cells.local(e.resolvedAt(), zone), e.waited().toString(),
                    e.classification().category(), e.classification().kind().orElse(""), e.classification().severity()));
            cells.addAll(e.contact().values());
            t.row(cells);
        }
        return t.toString();
    }

    static String comparison(Comparison c, boolean bom) {
        List<String> header = new ArrayList<>();
        c.by().forEach(d -> header.add(d.key()));
        for (String side : List.of("a", "b")) {
            for (String col : List.of("cycles", "met", "breached", "open", "unknown", "met_percent")) {
                header.add(col + "_" + side);
            }
        }
        header.add("changed");
        CsvTable t = new CsvTable(bom, header);
        for (Comparison.Row r : c.rows()) {
            List<String> cells = new ArrayList<>(r.group().values());
            for (ComplianceRow side : List.of(r.first(), r.second())) {
                cells.addAll(List.of(Integer.toString(side.cycles()), Integer.toString(side.met()), Integer.toString(side.breached()),
                        Integer.toString(side.open()), Integer.toString(side.unknown()),
                        ComplianceColumns.text(side.metPercent().orElse(null))));
            }
            cells.add(Integer.toString(r.changed()));
            t.row(cells);
        }
        return t.toString();
    }
}
