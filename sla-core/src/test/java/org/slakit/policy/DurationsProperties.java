package org.slakit.policy;

import java.time.DateTimeException;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The text form of durations round-trips: what the reader accepts, the writer writes so that it reads again. */
class DurationsProperties {

    /** Hours and minutes as a policy may write them, up to the reader's digit limits, short or ISO. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Long> hours = Arbitraries.oneOf(Arbitraries.longs().between(0, 999_999), Arbitraries.longs().between(999_990, 999_999));
        Arbitrary<Long> minutes = Arbitraries.oneOf(Arbitraries.longs().between(0, 120), Arbitraries.longs().between(0, 99_999_999),
                Arbitraries.longs().between(59_999_990, 60_000_010));
        return Arbitraries.integers().between(0, 3).flatMap(shape -> switch (shape) {
            case 0 -> hours.map(h -> h + "h");
            case 1 -> minutes.map(m -> m + "m");
            case 2 -> hours.flatMap(h -> minutes.map(m -> h + "h" + m + "m"));
            default -> hours.flatMap(h -> minutes.map(m -> "PT" + h + "H" + m + "M"));
        });
    }

    @Property(tries = 2000)
    boolean everyDurationReadIsWrittenAsTextThatReadsAgain(@ForAll("texts") String text) {
        // both checks on every try: one registered only where its case came would pass unseen in a run without it
        Statistics.label("read").coverage(c -> {
            c.check("refused").percentage(p -> p >= 5);
            c.check("accepted").percentage(p -> p >= 40);
        });
        Duration d;
        try {
            d = Durations.parse(text);
        } catch (DateTimeException e) {
            Statistics.label("read").collect("refused");
            return e.getMessage().startsWith("Duration '" + text + "' is longer than the longest");
        }
        Statistics.label("read").collect(d.equals(Durations.LONGEST) ? "the longest" : "accepted");
        return Durations.parse(Durations.format(d)).equals(d);
    }
}
