package org.slakit.report;

/** Placeholder until the HTML writer lands in this change; never reaches main. */
final class HtmlReports {

    private HtmlReports() {
    }

    static String compliance(Compliance report) {
        throw new UnsupportedOperationException("HTML not yet written");
    }

    static String service(ServiceReport report, ReportLanguage language) {
        throw new UnsupportedOperationException("HTML not yet written");
    }

    static String followUps(FollowUpList list) {
        throw new UnsupportedOperationException("HTML not yet written");
    }

    static String comparison(Comparison comparison) {
        throw new UnsupportedOperationException("HTML not yet written");
    }
}
