/**
 * slakit's core: business calendars, tickets, SLA policies and the ticket clock, and YAML loading.
 */
module org.slakit.core {
    requires transitive org.threeten.extra;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;

    exports org.slakit.calendar;
    exports org.slakit.config;
    exports org.slakit.ticket;
    exports org.slakit.policy;
    exports org.slakit.report;
    exports org.slakit.track;

    uses org.slakit.calendar.HolidaySetProvider;
    uses org.slakit.config.HolidayFeedReader;
}
