/**
 * Business calendars: weekly working hours, holidays, part-day closures and extra working days in a
 * time zone, and the exact business-time arithmetic over them.
 * <p>
 * The entry points:
 * <ul>
 * <li>{@link org.slakit.calendar.BusinessCalendar}, the calendar and its answers ({@code plus},
 *     {@code between}, {@code isOpen}, {@code nextOpen}, working days), built by a
 *     {@link org.slakit.calendar.CalendarBuilder} from {@code BusinessCalendar.builder(zone)};</li>
 * <li>{@link org.slakit.calendar.HolidaySet}, dated days off and make-up working days, from a
 *     {@link org.slakit.calendar.HolidaySetProvider} such as {@code org.slakit:sla-calendars}, or built;</li>
 * <li>{@link org.slakit.calendar.TimeWindow} and {@link org.slakit.calendar.CalendarText}, the text
 *     forms of windows, day names and zone ids;</li>
 * <li>what is thrown: {@link org.slakit.calendar.InvalidCalendarException} carrying every
 *     {@link org.slakit.calendar.Problem} of a definition, and
 *     {@link org.slakit.calendar.CalendarCoverageException} for a date beyond the holiday data.</li>
 * </ul>
 * Inside, the readable model ({@code Schedule}: a date's windows as spans) is compiled lazily into a
 * fast index ({@code CalendarIndex}), and each answer is one package-private calculation over it
 * ({@code TimePlus}, {@code TimeBetween}, {@code OpenStretch}, {@code WorkingDays}).
 * <p>
 * Nulls are rejected with a {@link java.lang.NullPointerException} unless a method documents
 * otherwise. Intervals are half-open.
 */
package org.slakit.calendar;
