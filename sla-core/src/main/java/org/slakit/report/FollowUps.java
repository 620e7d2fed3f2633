package org.slakit.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarCoverageException;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/**
 * The weekly follow-up of a policy (the example POS vendors' promises: every week, confirm with the customer the
 * issues not confirmed the week before). Its {@code follow-up} key names a day, a time and a
 * calendar: the list is due at that time on that day each week, or, when the day is not a working
 * day of the calendar, at that time on the next working day. Each run begins a follow-up period
 * that lasts until the next run.
 * <p>
 * The list at an instant holds the tickets that, as of that instant, are resolved and not
 * confirmed, and whose resolution came before the current period began: what the customer has had
 * a whole period to confirm. A ticket reopened since is not on it; resolved again, its last
 * resolution counts.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FollowUps {

    /** The ticket fields shown to reach the customer, unless told otherwise: the intake fields of the example policies. */
    public static final List<String> DEFAULT_CONTACT_FIELDS = List.of("company", "contact", "phone");
    /** How far a run is moved to find a working day before the calendar is judged never open. */
    private static final int LONGEST_CLOSURE_DAYS = 366;

    private final SlaPolicy policy;
    private final SlaPolicy.FollowUp rule;
    private final BusinessCalendar calendar;

    private FollowUps(SlaPolicy policy, SlaPolicy.FollowUp rule, BusinessCalendar calendar) {
        this.policy = policy;
        this.rule = rule;
        this.calendar = calendar;
    }

    /**
     * Obtains the follow-up of a policy.
     *
     * @param policy  the policy, with a {@code follow-up} section, not null
     * @return the follow-up, not null
     * @throws IllegalArgumentException if the policy has no follow-up
     */
    public static FollowUps of(SlaPolicy policy) {
        SlaPolicy.FollowUp rule = policy.followUp().orElseThrow(
                () -> new IllegalArgumentException("Policy '" + policy.name() + "' has no follow-up section"));
        return new FollowUps(policy, rule, policy.calendar(rule.calendar()).orElseThrow());
    }

    /**
     * Gets the policy's follow-up rule.
     *
     * @return the rule, such as every {@code Mon 10:00} on {@code office}, not null
     */
    public SlaPolicy.FollowUp rule() {
        return rule;
    }

    /**
     * Calculates the start of the follow-up period that contains an instant: the last run at or before it.
     *
     * @param at  the instant, not null
     * @return the run, not after the instant, not null
     * @throws org.slakit.calendar.CalendarCoverageException if a date needed lies beyond the calendar's data
     */
    public Instant periodStart(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, policy.zone()).with(TemporalAdjusters.previousOrSame(rule.day()));
        for (int week = 0; week <= LONGEST_CLOSURE_DAYS / 7 + 1; week++) {
            Instant run = runOf(day.minusWeeks(week));
            if (!run.isAfter(at)) {
                return run;
            }
        }
        throw neverOpen();
    }

    /**
     * Calculates when the list is next due: the first run after an instant.
     *
     * @param asOf  the instant, not null
     * @return the next run, after the instant, not null
     * @throws org.slakit.calendar.CalendarCoverageException if a date needed lies beyond the calendar's data
     */
    public Instant nextRunAt(Instant asOf) {
        LocalDate day = LocalDate.ofInstant(asOf, policy.zone()).with(TemporalAdjusters.previousOrSame(rule.day()));
        for (int week = 0; week <= 2; week++) {
            Instant run = runOf(day.plusWeeks(week));
            if (run.isAfter(asOf)) {
                return run;
            }
        }
        throw neverOpen();
    }

    /** The run of the week whose scheduled day is the date: at the rule's time on it, or on the next working day. */
    private Instant runOf(LocalDate scheduled) {
        LocalDate d = scheduled;
        for (int i = 0; i < LONGEST_CLOSURE_DAYS; i++, d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return ZonedDateTime.of(d, rule.time(), policy.zone()).toInstant();
            }
        }
        throw neverOpen();
    }

    private IllegalStateException neverOpen() {
        return new IllegalStateException("Follow-up calendar '" + rule.calendar() + "' has no working day within "
                + LONGEST_CLOSURE_DAYS + " days");
    }

    /**
     * Lists the tickets to follow up at an instant, with the default contact fields.
     *
     * @param tickets  the tickets, read once, not null
     * @param at  the instant, not null
     * @return the list, not null
     */
    public FollowUpList listAt(Iterable<Ticket> tickets, Instant at) {
        return listAt(tickets, at, DEFAULT_CONTACT_FIELDS);
    }

    /**
     * Lists the tickets to follow up at an instant: resolved and not confirmed as of it, resolved
     * before the period containing it began, oldest resolution first.
     *
     * @param tickets  the tickets, read once, not null
     * @param at  the instant, not null
     * @param contactFields  the ticket fields to show for reaching the customer, not null
     * @return the list, not null
     */
    public FollowUpList listAt(Iterable<Ticket> tickets, Instant at, List<String> contactFields) {
        Instant start = periodStart(at);
        List<FollowUpList.Entry> entries = new ArrayList<>();
        for (Ticket t : tickets) {
            Instant resolved = unconfirmedResolution(t, at);
            if (resolved != null && resolved.isBefore(start)) {
                Map<String, String> contact = new LinkedHashMap<>();
                for (String f : contactFields) {
                    contact.put(f, t.fields().getOrDefault(f, ""));
                }
                entries.add(new FollowUpList.Entry(t.id(), Facts.classificationAt(t, at), resolved, Duration.between(resolved, at),
                        contact));
            }
        }
        entries.sort(Comparator.comparing(FollowUpList.Entry::resolvedAt).thenComparing(FollowUpList.Entry::ticketId));
        Optional<Instant> next;
        try {
            next = Optional.of(nextRunAt(at));
        } catch (CalendarCoverageException ex) {
            // the list itself is known; only when the next one is due is not
            next = Optional.empty();
        }
        return new FollowUpList(rule, policy.zone(), at, start, next, entries);
    }

    /** The last resolution of a ticket that stands as of an instant, neither confirmed nor reopened since; null when none. */
    static Instant unconfirmedResolution(Ticket ticket, Instant at) {
        Instant resolved = null;
        for (int i = 1; i < ticket.eventCount(); i++) {
            TicketEvent e = ticket.getEvent(i);
            if (e.at().isAfter(at)) {
                break;
            }
            if (e.type() != TicketEvent.Type.EVENT) {
                continue;
            }
            switch (e.name()) {
                case Ticket.RESOLVED:
                    resolved = e.at();
                    break;
                case Ticket.REOPENED:
                case Ticket.CONFIRMED:
                    resolved = null;
                    break;
                default:
                    break;
            }
        }
        return resolved;
    }

    /**
     * Returns the rule, such as {@code FollowUps[every Mon 10:00 on office]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "FollowUps[every " + rule.every() + " on " + rule.calendar() + "]";
    }
}
