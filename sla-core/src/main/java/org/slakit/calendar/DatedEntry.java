package org.slakit.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated rule as a calendar's builder was given it, with its path: a holiday (not working, no
 * windows), a part-day closure (not working, the one closed window) or an extra working day
 * (working, its checked windows, empty for Monday's).
 */
record DatedEntry(String path, LocalDate date, boolean working, List<TimeWindow> windows) {
}
