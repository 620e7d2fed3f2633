package org.slakit.report;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of a compliance table, after the grouping columns: their names in CSV and JSON, as
 * the documentation gives them, and their values as text. Durations are ISO-8601 ({@code PT3H30M}),
 * the met percentage has one decimal, an empty cell is a value there is none of.
 */
final class ComplianceColumns {

    /** A column: its name and its value. */
    record Column(String name, Function<ComplianceRow, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("cycles", ComplianceRow::cycles),
            new Column("not_started", ComplianceRow::notStarted),
            new Column("open", ComplianceRow::open),
            new Column("met", ComplianceRow::met),
            new Column("breached", ComplianceRow::breached),
            new Column("unknown", ComplianceRow::unknown),
            new Column("decided", ComplianceRow::decided),
            new Column("met_percent", r -> r.metPercent().orElse(null)),
            new Column("breached_open", ComplianceRow::breachedOpen),
            new Column("p50_taken", r -> r.p50Taken().orElse(null)),
            new Column("p90_taken", r -> r.p90Taken().orElse(null)),
            new Column("median_overrun", r -> r.medianOverrun().orElse(null)),
            new Column("escalations", ComplianceRow::escalations),
            new Column("tickets_with_breach", ComplianceRow::ticketsWithBreach));

    private ComplianceColumns() {
    }

    /** A value as a cell's text: empty for none, durations in ISO-8601, percentages with one decimal. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return percent(d);
        }
        return value.toString();
    }

    /** A percentage with one decimal, such as {@code 66.7}. */
    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f", p);
    }

    /** A duration for a person: {@code 3h 30m}, {@code 45m}, {@code 0m}; seconds only when there are any. */
    static String human(Duration d) {
        StringBuilder sb = new StringBuilder();
        if (d.isNegative()) {
            sb.append('-');
            d = d.negated();
        }
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        if (h > 0) {
            sb.append(h).append('h');
        }
        if (m > 0 || h == 0 && s == 0) {
            sb.append(sb.length() > 0 && h > 0 ? " " : "").append(m).append('m');
        }
        if (s > 0) {
            sb.append(h > 0 || m > 0 ? " " : "").append(s).append('s');
        }
        return sb.toString();
    }

    static String human(Optional<Duration> d) {
        return d.map(ComplianceColumns::human).orElse("");
    }
}
