/**
 * Ready holiday sets for slakit: mainland China (with make-up working days) and Hong Kong, offered
 * to sla-core by id ({@code cn}, {@code hk}) through a {@link org.slakit.calendar.HolidaySetProvider}, and readers of
 * published holiday feeds (iCalendar, its JSON form, holiday-cn's JSON) through a
 * {@link org.slakit.config.HolidayFeedReader}.
 */
module org.slakit.calendars {
    requires transitive org.slakit.core;
    requires com.fasterxml.jackson.core;

    exports org.slakit.calendars;

    provides org.slakit.calendar.HolidaySetProvider with org.slakit.calendars.ReadyHolidaySets;
    provides org.slakit.config.HolidayFeedReader with org.slakit.calendars.FeedReaders;
}
