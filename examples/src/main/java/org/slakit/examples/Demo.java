package org.slakit.examples;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slakit.calendar.BusinessCalendar;

/**
 * The README's demo: the seed vendors' calendars, and when 2, 4 and 8 business hours and 2
 * business days run out for a handful of report times.
 * <p>
 * Run it with {@code mvn -q -DskipTests package && java -jar examples/target/slakit.jar}.
 */
public final class Demo {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    private Demo() {
    }

    /**
     * Prints the demo to standard output.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        ZoneId hongKong = ZoneId.of("Asia/Hong_Kong");
        BusinessCalendar office = BusinessCalendar.builder(hongKong)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-18:00")
                .build();
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        BusinessCalendar.Builder split = BusinessCalendar.builder(shanghai)
                .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, "09:00-12:00", "13:30-18:00")
                .hours(DayOfWeek.SATURDAY, "10:00-12:00", "13:30-18:00");
        // National Day 2026: off 10-01..10-07, Sunday 09-20 and Saturday 10-10 are make-up working days.
        for (LocalDate d = LocalDate.parse("2026-10-01"); !d.isAfter(LocalDate.parse("2026-10-07")); d = d.plusDays(1)) {
            split.holiday(d);
        }
        BusinessCalendar mainland = split.workday(LocalDate.parse("2026-09-20")).workday(LocalDate.parse("2026-10-10")).build();

        section(out, "Hong Kong POS/ERP vendor (seed 000): Mon-Fri 09:00-18:00, Sat 10:00-18:00", office, List.of(
                "2026-11-20T17:00", "2026-11-21T17:30", "2026-11-22T11:00", "2026-11-23T08:15", "2026-11-23T12:00"));
        section(out, "Mainland POS vendor (seed 001): 09:00-12:00 + 13:30-18:00, Sat 10:00-12:00 + 13:30-18:00, "
                + "National Day 2026 off, 10-10 a make-up day", mainland, List.of(
                "2026-09-30T17:00", "2026-10-09T17:00", "2026-11-20T17:00", "2026-11-23T09:00", "2026-11-23T11:59:30"));
    }

    private static void section(PrintStream out, String title, BusinessCalendar cal, List<String> reports) {
        out.println(title);
        out.printf("  %-22s %-22s %-22s %-22s %-22s%n", "reported", "+2 business hours", "+4 business hours",
                "+8 business hours", "+2 business days");
        for (String report : reports) {
            Instant t = LocalDateTime.parse(report).atZone(cal.zone()).toInstant();
            LocalDate twoDays = cal.plusWorkingDays(cal.workingDayOf(t), 2);
            out.printf("  %-22s %-22s %-22s %-22s %-22s%n", show(t, cal), show(cal.plus(t, Duration.ofHours(2)), cal),
                    show(cal.plus(t, Duration.ofHours(4)), cal), show(cal.plus(t, Duration.ofHours(8)), cal),
                    show(cal.endOfWorkingDay(twoDays), cal));
        }
        out.println();
    }

    private static String show(Instant t, BusinessCalendar cal) {
        ZonedDateTime z = t.atZone(cal.zone());
        return WHEN.format(z) + (z.getSecond() != 0 ? ":" + String.format("%02d", z.getSecond()) : "");
    }
}
