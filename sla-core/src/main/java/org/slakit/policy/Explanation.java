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
     * The trace of one target: a part of an {@link Explanation}, read from {@link Explanation#targets()}.
     * <p>
     * This class is immutable and thread-safe.
     */
    public static final class TargetTrace {

        private final String target;
        private final String entry;
        private final String rule;
        private final String calendar;
        private final Optional<Instant> clockStart;
        private final Optional<Duration> budget;
        private final Optional<String> boundary;
        private final List<Interval> windowsCounted;
        private final List<String> skipped;
        private final List<Interval> pauses;
        private final TargetState state;
        private final List<String> notes;

        /** Creates a trace from what the clock collected, which is trusted. */
        TargetTrace(String target, String entry, String rule, String calendar, Optional<Instant> clockStart,
                Optional<Duration> budget, Optional<String> boundary, List<Interval> windowsCounted, List<String> skipped,
                List<Interval> pauses, TargetState state, List<String> notes) {
            this.target = target;
            this.entry = entry;
            this.rule = rule;
            this.calendar = calendar;
            this.clockStart = clockStart;
            this.budget = budget;
            this.boundary = boundary;
            this.windowsCounted = List.copyOf(windowsCounted);
            this.skipped = List.copyOf(skipped);
            this.pauses = List.copyOf(pauses);
            this.state = state;
            this.notes = List.copyOf(notes);
        }

        /**
         * Gets the target's name.
         *
         * @return the name, not null
         */
        public String target() {
            return target;
        }

        /**
         * Gets the entry applied, as a YAML path.
         *
         * @return the path, such as {@code versions[0].targets[3]}, not null
         */
        public String entry() {
            return entry;
        }

        /**
         * Gets the deadline rule.
         *
         * @return the rule, such as {@code within 4h}, not null
         */
        public String rule() {
            return rule;
        }

        /**
         * Gets the calendar's name.
         *
         * @return the name, not null
         */
        public String calendar() {
            return calendar;
        }

        /**
         * Gets the instant the clock started or restarted.
         *
         * @return the instant, empty when it has not, not null
         */
        public Optional<Instant> clockStart() {
            return clockStart;
        }

        /**
         * Gets the business time granted.
         *
         * @return the budget, empty when not known, not null
         */
        public Optional<Duration> budget() {
            return budget;
        }

        /**
         * Gets the boundary rule that fixed the budget, in words.
         *
         * @return the words, empty when not computed, not null
         */
        public Optional<String> boundary() {
            return boundary;
        }

        /**
         * Gets the open windows counted from the start to the deadline (or stop), at most 62 days' worth.
         *
         * @return the windows, not null
         */
        public List<Interval> windowsCounted() {
            return windowsCounted;
        }

        /**
         * Gets the holidays and closures skipped in that span, in words.
         *
         * @return the days skipped, not null
         */
        public List<String> skipped() {
            return skipped;
        }

        /**
         * Gets the pauses of this target, each with its end (or the evaluation instant while still open).
         *
         * @return the pauses, not null
         */
        public List<Interval> pauses() {
            return pauses;
        }

        /**
         * Gets the outcome.
         *
         * @return the state, not null
         */
        public TargetState state() {
            return state;
        }

        /**
         * Gets the steps taken, in words.
         *
         * @return the notes, not null
         */
        public List<String> notes() {
            return notes;
        }

        /**
         * Checks if this trace equals another in every part.
         *
         * @param obj  the other object, null returns false
         * @return true if equal
         */
        @Override
        public boolean equals(Object obj) {
            return obj instanceof TargetTrace t && target.equals(t.target) && entry.equals(t.entry) && rule.equals(t.rule)
                    && calendar.equals(t.calendar) && clockStart.equals(t.clockStart) && budget.equals(t.budget)
                    && boundary.equals(t.boundary) && windowsCounted.equals(t.windowsCounted) && skipped.equals(t.skipped)
                    && pauses.equals(t.pauses) && state == t.state && notes.equals(t.notes);
        }

        /**
         * Returns a hash code consistent with equals.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return Objects.hash(target, entry, rule, calendar, clockStart, budget, boundary, windowsCounted, skipped, pauses,
                    state, notes);
        }

        /**
         * Returns every part, such as {@code TargetTrace[target=fix, entry=targets[2], rule=within 4h, …]}.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return "TargetTrace[target=" + target + ", entry=" + entry + ", rule=" + rule + ", calendar=" + calendar
                    + ", clockStart=" + clockStart + ", budget=" + budget + ", boundary=" + boundary + ", windowsCounted="
                    + windowsCounted + ", skipped=" + skipped + ", pauses=" + pauses + ", state=" + state + ", notes=" + notes
                    + "]";
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
            sb.append("target ").append(t.target()).append(" (").append(entryInWords(t.entry())).append("): ").append(t.rule())
                    .append(" on calendar '").append(t.calendar()).append("'\n");
            t.clockStart().ifPresent(s -> sb.append("  clock started at ").append(s).append('\n'));
            t.budget().ifPresent(b -> sb.append("  budget ").append(Durations.text(b)).append('\n'));
            t.boundary().ifPresent(b -> sb.append("  boundary: ").append(b).append('\n'));
            if (!t.windowsCounted().isEmpty()) {
                sb.append("  windows counted:\n");
                for (Interval w : t.windowsCounted()) {
                    sb.append("    ").append(w.getStart()).append(" to ").append(w.getEnd()).append('\n');
                }
            }
            for (String s : t.skipped()) {
                sb.append("  skipped ").append(s).append('\n');
            }
            for (Interval p : t.pauses()) {
                sb.append("  paused from ").append(p.getStart()).append(" to ").append(p.getEnd()).append('\n');
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

    /**
     * Says which entry of a targets list applied as a reader of the file counts it: {@code targets[2]},
     * or {@code versions[0].targets[2]}, is "entry 3 of targets" (the version is named in the heading).
     */
    static String entryInWords(String path) {
        int open = path.lastIndexOf("targets[");
        if (open < 0 || !path.endsWith("]")) {
            return path;
        }
        int index = Integer.parseInt(path.substring(open + "targets[".length(), path.length() - 1));
        return "entry " + (index + 1) + " of targets";
    }
}
