/**
 * Ready holiday sets for slakit: mainland China (with make-up working days) and Hong Kong, offered
 * to sla-core by id ({@code cn}, {@code hk}) through a {@link org.slakit.calendar.HolidaySetProvider}.
 */
module org.slakit.calendars {
    requires transitive org.slakit.core;

    exports org.slakit.calendars;

    provides org.slakit.calendar.HolidaySetProvider with org.slakit.calendars.ReadyHolidaySets;
}
