/**
 * Ready holiday sets: mainland China's public holidays with their make-up working days (调休), and
 * Hong Kong's general holidays, 2019-01-01 to 2026-12-31, see {@link org.slakit.calendars.HolidaySets}; and readers of the
 * official holiday feeds (iCalendar, the 1823 feed's JSON, holiday-cn's JSON) that carry the years after.
 * <p>
 * Nulls are rejected with a {@link java.lang.NullPointerException} unless a method documents
 * otherwise.
 */
package org.slakit.calendars;
