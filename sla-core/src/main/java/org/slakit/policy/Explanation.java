package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.Interval;

/**
 * Why a ticket's targets stand as they do: for each target, the version and entry applied, its rule
 * and calendar, the clock's start, the budget and the boundary rule that fixed it, the open windows
 * counted, the holidays, closures and pauses skipped, and the outcome; and the targets a
 * reclassification dropped. {@link #toText()} gives the same as plain text.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Explanation {

    /**
     * The trace of one target.
     *
     * @param target  the target's name, not null
     * @param entry  the entry applied, as a YAML path such as {@code versions[0].targets[3]}, not null
     * @param rule  the deadline rule, such as {@code within 4h}, not null
     * @param calendar  the calendar's name, not null
     * @param clockStart  the instant the clock started or restarted, empty when it has not, not null
     * @param budget  the business time granted, when known, not null
     * @param boundary  the boundary rule that fixed the budget, in words, empty when not computed, not null
     * @param windowsCounted  the open windows counted from the start to the deadline (or stop), at most 62 days' worth, not null
     * @param skipped  the holidays and closures skipped in that span, in words, not null
     * @param pauses  the pauses of this target, each with its end (or the evaluation instant while still open), not null
     * @param state  the outcome, not null
     * @param notes  the steps taken, in words, not null
     */
    public record TargetTrace(String target, String entry, String rule, String calendar, Optional<Instant> clockStart,
            Optional<Duration> budget, Optional<String> boundary, List<Interval> windowsCounted, List<String> skipped,
            List<Interval> pauses, TargetState state, List<String> notes) {
        /**
         * Checks and copies the components.
         *
         * @throws NullPointerException if a component is null
         */
        public TargetTrace {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(clockStart, "clockStart");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(boundary, "boundary");
            windowsCounted = List.copyOf(windowsCounted);
            skipped = List.copyOf(skipped);
            pauses = List.copyOf(pauses);
            Objects.requireNonNull(state, "state");
            notes = List.copyOf(notes);
        }
    }

    private final String ticketId;
    private final Instant asOf;
    private final String version;
    private final List<TargetTrace> targets;
    private final List<String> dropped;
    /** The policy's zone, in which {@link #toText()} writes times. */
    private final ZoneId zone;

    Explanation(String ticketId, Instant asOf, String version, List<TargetTrace> targets, List<String> dropped, ZoneId zone) {
        this.zone = zone;
        this.ticketId = ticketId;
        this.asOf = asOf;
        this.version = version;
        this.targets = List.copyOf(targets);
        this.dropped = List.copyOf(dropped);
    }

    /**
     * Gets the ticket's id.
     *
     * @return the id, not null
     */
    public String ticketId() {
        return ticketId;
    }

    /**
     * Gets the instant of the evaluation.
     *
     * @return the instant, not null
     */
    public Instant asOf() {
        return asOf;
    }

    /**
     * Gets the version applied, such as {@code the version effective from 2027-01-01}.
     *
     * @return the version, in words, not null
     */
    public String version() {
        return version;
    }

    /**
     * Gets the trace of each target that applies.
     *
     * @return the traces, not null
     */
    public List<TargetTrace> targets() {
        return targets;
    }

    /**
     * Gets the targets a reclassification dropped, in words.
     *
     * @return the dropped targets, not null
     */
    public List<String> dropped() {
        return dropped;
    }

    /**
     * Returns the explanation as plain text, one line per step, with every time written in the
     * policy's zone and its offset ({@code Tue 2026-11-17 14:00+08:00}), as a support desk reads it.
     *
     * @return the text, not null
     */
    public String toText() {
        return localTimes(toUtcText());
    }

    /**
     * Returns the explanation as plain text, one line per step, with times as UTC instants
     * ({@code 2026-11-17T06:00:00Z}).
     *
     * @return the text, not null
     */
    public String toUtcText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Ticket ").append(ticketId).append(" as of ").append(asOf).append(", under ").append(version).append('\n');
        for (TargetTrace t : targets) {
            sb.append("target ").append(t.target()).append(" (").append(t.entry()).append("): ").append(t.rule())
                    .append(" on calendar '").append(t.calendar()).append("'\n");
            t.clockStart().ifPresent(s -> sb.append("  clock started at ").append(s).append('\n'));
            t.budget().ifPresent(b -> sb.append("  budget ").append(Budget.words(b)).append('\n'));
            t.boundary().ifPresent(b -> sb.append("  boundary: ").append(b).append('\n'));
            if (!t.windowsCounted().isEmpty()) {
                sb.append("  windows counted:");
                for (Interval w : t.windowsCounted()) {
                    sb.append(' ').append(w);
                }
                sb.append('\n');
            }
            for (String s : t.skipped()) {
                sb.append("  skipped ").append(s).append('\n');
            }
            for (Interval p : t.pauses()) {
                sb.append("  paused ").append(p).append('\n');
            }
            for (String n : t.notes()) {
                sb.append("  ").append(n).append('\n');
            }
            sb.append("  state ").append(t.state()).append('\n');
        }
        for (String d : dropped) {
            sb.append("dropped ").append(d).append('\n');
        }
        return sb.toString();
    }

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mmxxx", Locale.ENGLISH);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ssxxx", Locale.ENGLISH);

    /** Rewrites every UTC instant of a text in the policy's zone. */
    private String localTimes(String text) {
        Matcher m = INSTANT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            ZonedDateTime local = Instant.parse(m.group()).atZone(zone);
            String shown = (local.getSecond() == 0 && local.getNano() == 0 ? MINUTES : SECONDS).format(local);
            m.appendReplacement(sb, Matcher.quoteReplacement(shown));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * Returns {@link #toText()}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return toText();
    }

    /**
     * Checks if this explanation equals another in every part.
     *
     * @param obj  the other object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Explanation e && ticketId.equals(e.ticketId) && asOf.equals(e.asOf) && version.equals(e.version)
                && targets.equals(e.targets) && dropped.equals(e.dropped) && zone.equals(e.zone);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(ticketId, asOf, version, targets, dropped);
    }
}
