package org.slakit.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.ticket.Classification;

/**
 * The recording {@link ClockTrace}: what one target's clock did in the current cycle, in words and
 * in the instants an explanation shows.
 */
final class TargetRecord implements ClockTrace {

    final String name;
    final String entryPath;
    final PolicyModel.Entry entry;
    final List<String> notes = new ArrayList<>();
    Instant clockStart;
    Duration budget;
    String boundary;
    /** Where the windows shown end: the deadline or the stop. */
    Instant countedUntil;
    TargetState state = TargetState.NOT_STARTED;

    TargetRecord(String name, String entryPath, PolicyModel.Entry entry) {
        this.name = name;
        this.entryPath = entryPath;
        this.entry = entry;
    }

    @Override
    public void reclassified(Instant at, Classification now) {
        notes.add("reclassified at " + at + ": read as if the ticket had been " + now + " since it was opened");
    }

    @Override
    public void cycle(int number, Instant reopenedAt) {
        notes.add("cycle " + number + ", started by the reopening at " + reopenedAt);
    }

    @Override
    public void stoppedBeforeStart(String event, Instant at) {
        notes.add("stop event '" + event + "' at " + at + " came before the clock started: not started for good");
    }

    @Override
    public void notStartedYet(List<String> startsOn) {
        notes.add("no starts-on event " + startsOn + " yet: not started");
    }

    @Override
    public void restartIgnored(String event, Instant at, Instant breachLine) {
        notes.add("restart event '" + event + "' at " + at + " came after the breach at " + breachLine
                + ": a breach is final, the restart is ignored");
    }

    @Override
    public void restarted(String event, Instant at, Instant startedAt) {
        notes.add("restarted by '" + event + "' at " + at + " (started at " + startedAt + "): counted from the restart");
    }

    @Override
    public void clockStarted(Instant at, BusinessCalendar calendar, String calendarName) {
        clockStart = at;
        Instant opening = calendar.nextOpen(at);
        if (!opening.equals(at)) {
            notes.add("clock started at " + at + " while calendar '" + calendarName + "' was closed: counted from its opening at "
                    + opening);
        }
    }

    @Override
    public void budget(Budget granted) {
        budget = granted.amount;
        boundary = granted.boundary(entry);
    }

    @Override
    public void pausedBeforeDeadline() {
        notes.add("paused since a waiting state in paused-by began before the deadline: the deadline is not known until it ends");
    }

    @Override
    public void deadline(Instant dueAt, Budget granted, ConsumedTime consumed) {
        Duration paused = consumed.pausedBefore(dueAt);
        String sum = "start + budget " + Durations.text(granted.amount)
                + (paused.isZero() ? "" : " + paused business time " + Durations.text(paused));
        // business-days at the same time: a budget that runs out at a close is due at the next opening
        Instant runsOut = granted.landsAtAnOpening() ? consumed.instantAt(granted.amount) : dueAt;
        notes.add("deadline " + dueAt + " = " + (runsOut.equals(dueAt) ? sum
                : "the next opening after " + sum + ", which runs out at the close " + runsOut));
    }

    @Override
    public void deadlineMoved(Instant from, Instant to) {
        notes.add("deadline moved from " + from + " to " + to + ": the reclassification at " + to
                + " changed this target's rule, and a deadline is never earlier than the reclassification");
    }

    @Override
    public void countedUntil(Instant end) {
        countedUntil = end;
    }

    @Override
    public void deadlineWithinCoverage(Instant dueAt, String beyond) {
        notes.add("deadline " + dueAt + " lies inside the calendar's coverage; what came after it reaches beyond it (" + beyond + ")");
        countedUntil = dueAt;
    }

    @Override
    public void metBeforeCoverageEnds(String beyond, Instant stopAt) {
        notes.add("the deadline needs dates beyond the calendar's coverage (" + beyond + "), but the stop at " + stopAt
                + " lies inside it, before the budget ran out: met");
    }

    @Override
    public void unknown(String beyond) {
        notes.add("unknown: " + beyond);
    }

    @Override
    public void escalationBeyondCoverage(double percent) {
        notes.add("escalation at " + Percentages.format(percent) + " needs dates beyond the calendar's coverage: not fired");
    }

    @Override
    public void escalationFired(double percent, Instant at, String recipient) {
        notes.add("escalation at " + Percentages.format(percent) + " of the budget fired at " + at + ", notifying " + recipient);
    }

    @Override
    public void outcome(TargetState outcome) {
        state = outcome;
    }
}
