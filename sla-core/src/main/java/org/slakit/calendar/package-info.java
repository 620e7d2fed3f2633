/**
 * Business calendars: weekly working hours, holidays, part-day closures and extra working days in a
 * time zone, and the exact business-time arithmetic over them.
 * <p>
 * The central type is {@link org.slakit.calendar.BusinessCalendar}. Ready holiday sets come from
 * {@link org.slakit.calendar.HolidaySetProvider}s, such as {@code org.slakit:sla-calendars}.
 * <p>
 * Nulls are rejected with a {@link java.lang.NullPointerException} unless a method documents
 * otherwise. Intervals are half-open.
 */
package org.slakit.calendar;
