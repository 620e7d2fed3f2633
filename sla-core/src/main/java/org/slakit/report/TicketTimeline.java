package org.slakit.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slakit.calendar.BusinessCalendar;
import org.slakit.calendar.CalendarCoverageException;
import org.slakit.calendar.HolidaySet;
import org.slakit.policy.Explanation;
import org.slakit.policy.SlaPolicy;
import org.slakit.policy.SlaStatus;
import org.slakit.policy.TargetStatus;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;
import org.threeten.extra.Interval;

/**
 * The timeline of one ticket as an HTML page: a time axis from the opening to the later of the
 * evaluation's instant and the last deadline, one lane for the ticket's events and one per target
 * with its calendar's open windows, the windows counted, pauses, holidays, the clock's start, the
 * deadline, the stop or breach and the escalations fired; then each target's explanation in words.
 * Times on the axis and in the text are local to the policy's zone.
 */
final class TicketTimeline {

    private static final double WIDTH = 1100;
    private static final double LEFT = 170;
    private static final double RIGHT = 24;
    private static final double PLOT = WIDTH - LEFT - RIGHT;
    private static final double FONT = 11;
    private static final double ROW = 13;
    private static final int LABEL_ROWS = 4;
    private static final double BAND = 22;
    private static final double LANE = LABEL_ROWS * ROW + 8 + BAND + 2 * ROW + 6;
    private static final int MAX_DAYS = 400;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MM-dd HH:mm", Locale.ENGLISH);
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z");
    private static final List<Duration> STEPS = List.of(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1),
            Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2),
            Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(28));

    private final SlaPolicy policy;
    private final Ticket ticket;
    private final Instant asOf;
    private final ZoneId zone;
    private final Instant from;
    private final Instant to;
    private final Naming names;

    private TicketTimeline(SlaPolicy policy, Ticket ticket, Instant asOf, Instant from, Instant to) {
        this.policy = policy;
        this.ticket = ticket;
        this.asOf = asOf;
        this.zone = policy.zone();
        this.from = from;
        this.to = to;
        this.names = Naming.of(policy);
    }

    static String page(SlaPolicy policy, Ticket ticket, Instant asOf) {
        SlaStatus status = policy.evaluate(ticket, asOf);
        Instant end = asOf;
        for (TargetStatus t : status.targets()) {
            for (TargetStatus.Cycle c : cycles(t)) {
                end = later(end, c.dueAt());
                end = later(end, c.stop().map(TargetStatus.Stop::at));
            }
        }
        Instant start = ticket.openedAt().isBefore(end) ? ticket.openedAt() : end.minus(Duration.ofHours(1));
        Duration pad = Duration.ofMillis(Math.max(Duration.between(start, end).toMillis() / 40, 60_000));
        return new TicketTimeline(policy, ticket, asOf, start.minus(pad), end.plus(pad)).draw(status);
    }

    private static Instant later(Instant a, Optional<Instant> b) {
        return b.filter(x -> x.isAfter(a)).orElse(a);
    }

    private static List<TargetStatus.Cycle> cycles(TargetStatus t) {
        List<TargetStatus.Cycle> all = new ArrayList<>(t.cycles());
        all.add(t.current());
        return all;
    }

    private String draw(SlaStatus status) {
        Explanation why = status.explain();
        String title = "Ticket " + ticket.id() + " as of " + Cells.local(asOf, zone);
        HtmlPage page = new HtmlPage("en", title);
        page.section("").element("h1", title);
        page.meta("Policy: " + policy.name() + " (" + why.version() + "). Opened " + Cells.local(ticket.openedAt(), zone) + " as "
                + ServiceLine.what(ticket.openingClassification(), names) + "; now " + ServiceLine.what(ticket.classification(), names)
                + ". Times in " + zone + ".");
        page.table("targets", targets(status));
        page.figure("Timeline", svg(status, why));
        page.raw(legend());
        page.element("h2", "Explanation");
        for (Explanation.TargetTrace t : why.targets()) {
            page.element("h3", lane(t.target()) + ": " + t.rule() + " on " + t.calendar() + " — " + t.state());
            List<String> lines = new ArrayList<>();
            t.clockStart().ifPresent(s -> lines.add("clock started " + Cells.local(s, zone)));
            t.budget().ifPresent(b -> lines.add("budget " + ComplianceColumns.human(b)));
            t.boundary().ifPresent(b -> lines.add("boundary: " + b));
            t.skipped().forEach(s -> lines.add("skipped " + s));
            t.pauses().forEach(p -> lines.add("paused " + Cells.local(p.getStart(), zone) + " to " + Cells.local(p.getEnd(), zone)));
            t.notes().forEach(n -> lines.add(local(n)));
            page.raw(list(lines));
        }
        if (!why.dropped().isEmpty()) {
            page.element("h3", "Dropped by a reclassification").raw(list(why.dropped().stream().map(this::local).toList()));
        }
        return page.toString();
    }

    private static String list(List<String> lines) {
        StringBuilder sb = new StringBuilder("<ul class=\"notes\">\n");
        lines.forEach(l -> sb.append("<li>").append(Html.escape(l)).append("</li>\n"));
        return sb.append("</ul>\n").toString();
    }

    /** A note's UTC instants written in the policy's zone. */
    private String local(String note) {
        Matcher m = INSTANT.matcher(note);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Cells.local(Instant.parse(m.group()), zone)));
        }
        return m.appendTail(sb).toString();
    }

    /** A lane's name: the target's id, and its display name when the policy gives one. */
    private String lane(String target) {
        String shown = names.target(target);
        return shown.equals(target) ? target : target + " (" + shown + ")";
    }

    private ReportTables.Table targets(SlaStatus status) {
        List<List<String>> rows = new ArrayList<>();
        for (TargetStatus t : status.targets()) {
            for (TargetStatus.Cycle c : cycles(t)) {
                rows.add(List.of(lane(t.name()), Integer.toString(c.number()), c.state().toString(), Cells.local(c.startedAt(), zone),
                        Cells.local(c.dueAt(), zone), c.stop().map(s -> s.event() + " " + Cells.local(s.at(), zone)).orElse(""),
                        Cells.local(c.breachedAt(), zone), ComplianceColumns.human(c.elapsed()),
                        String.join(", ", c.escalations().stream().map(ComplianceRow::level).toList())));
            }
        }
        return new ReportTables.Table(List.of("target", "cycle", "state", "started", "due", "stopped", "breached", "taken",
                "escalations"), rows, 99, "");
    }

    private double x(Instant t) {
        double f = (double) Duration.between(from, t).toMillis() / Duration.between(from, to).toMillis();
        return LEFT + PLOT * Math.max(0, Math.min(1, f));
    }

    private String svg(SlaStatus status, Explanation why) {
        int lanes = why.targets().size() + 1;
        double axisTop = 22;
        double top = axisTop + 34;
        double height = top + lanes * LANE + 8;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 ").append(SvgCharts.n(WIDTH)).append(' ')
                .append(SvgCharts.n(height)).append("\" width=\"").append(SvgCharts.n(WIDTH)).append("\" height=\"")
                .append(SvgCharts.n(height)).append("\" role=\"img\" aria-label=\"Timeline of ticket ").append(Html.escape(ticket.id()))
                .append("\" font-size=\"").append(SvgCharts.n(FONT)).append("\">\n");
        sb.append("<defs><pattern id=\"holiday-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#fde2e2\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#d9534f\" stroke-width=\"2\"/>"
                + "</pattern></defs>\n");
        axis(sb, axisTop, height - 8);
        double y = top;
        eventsLane(sb, y);
        for (Explanation.TargetTrace t : why.targets()) {
            y += LANE;
            targetLane(sb, y, t, status.target(t.target()).orElseThrow());
        }
        double ax = x(asOf);
        sb.append("<line class=\"as-of\" x1=\"").append(SvgCharts.n(ax)).append("\" x2=\"").append(SvgCharts.n(ax)).append("\" y1=\"")
                .append(SvgCharts.n(axisTop + 22)).append("\" y2=\"").append(SvgCharts.n(height - 8))
                .append("\" stroke=\"#1565c0\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>\n");
        SvgCharts.text(sb, ax, axisTop + 32, ax > WIDTH - 120 ? "end" : "start", FONT, "as-of-label", " as of " + WHEN.format(asOf.atZone(zone)));
        return sb.append("</svg>\n").toString();
    }

    /** Ticks in local time: a step that gives at most ten, the time above and the day below when it changes. */
    private void axis(StringBuilder sb, double y, double bottom) {
        Duration span = Duration.between(from, to);
        Duration step = STEPS.get(STEPS.size() - 1);
        for (Duration s : STEPS) {
            if (span.dividedBy(s) <= 10) {
                step = s;
                break;
            }
        }
        boolean daily = step.toHours() >= 24;
        ZonedDateTime t = from.atZone(zone).truncatedTo(ChronoUnit.DAYS);
        if (daily && step.toDays() == 7) {
            t = t.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        LocalDate lastDay = null;
        sb.append("<g class=\"axis\">\n");
        for (; !t.toInstant().isAfter(to); t = daily ? t.plusDays(step.toDays()) : t.plus(step)) {
            if (t.toInstant().isBefore(from)) {
                continue;
            }
            double x = x(t.toInstant());
            sb.append("<line class=\"tick\" x1=\"").append(SvgCharts.n(x)).append("\" x2=\"").append(SvgCharts.n(x)).append("\" y1=\"")
                    .append(SvgCharts.n(y + 4)).append("\" y2=\"").append(SvgCharts.n(bottom)).append("\" stroke=\"#e3e3e3\"/>\n");
            if (daily) {
                SvgCharts.text(sb, x, y, "middle", FONT, "tick-label", DAY.format(t));
            } else {
                SvgCharts.text(sb, x, y, "middle", FONT, "tick-label", TIME.format(t));
                if (!t.toLocalDate().equals(lastDay)) {
                    SvgCharts.text(sb, x, y + 14, "middle", FONT, "tick-day", DAY.format(t));
                    lastDay = t.toLocalDate();
                }
            }
        }
        sb.append("</g>\n");
    }

    /** The lane of the ticket's own events: each a tick and a name. */
    private void eventsLane(StringBuilder sb, double y) {
        laneTitle(sb, y, "ticket " + ticket.id(), "events");
        double band = y + LABEL_ROWS * ROW + 8;
        sb.append("<line x1=\"").append(SvgCharts.n(LEFT)).append("\" x2=\"").append(SvgCharts.n(WIDTH - RIGHT)).append("\" y1=\"")
                .append(SvgCharts.n(band + BAND / 2)).append("\" y2=\"").append(SvgCharts.n(band + BAND / 2)).append("\" stroke=\"#999\"/>\n");
        Labels labels = Labels.above(y);
        for (TicketEvent e : ticket.events()) {
            if (e.at().isAfter(asOf)) {
                continue;
            }
            String name = switch (e.type()) {
                case PAUSE -> "paused: " + e.waitingState().orElse("");
                case RESUME -> "resumed";
                case RECLASSIFY -> "reclassified: " + e.classification().map(c -> ServiceLine.what(c, names)).orElse("");
                default -> e.name();
            };
            double x = x(e.at());
            sb.append("<circle class=\"event\" cx=\"").append(SvgCharts.n(x)).append("\" cy=\"").append(SvgCharts.n(band + BAND / 2))
                    .append("\" r=\"4\" fill=\"#555\" data-event=\"").append(Html.escape(name)).append("\" data-at=\"")
                    .append(Html.escape(Cells.local(e.at(), zone))).append("\"><title>").append(Html.escape(name + " " + Cells.local(e.at(), zone)))
                    .append("</title></circle>\n");
            labels.add(sb, x, name + " " + TIME.format(e.at().atZone(zone)), "#333", FONT);
        }
    }

    private void laneTitle(StringBuilder sb, double y, String name, String detail) {
        double band = y + LABEL_ROWS * ROW + 8;
        SvgCharts.text(sb, 8, band + 8, "start", 12.5, "lane-name", name);
        SvgCharts.text(sb, 8, band + 8 + 14, "start", FONT, "lane-detail", detail);
    }

    /** A target's lane: closed time grey, open windows pale green, counted windows green, holidays hatched, pauses orange, and the markers. */
    private void targetLane(StringBuilder sb, double y, Explanation.TargetTrace t, TargetStatus status) {
        double band = y + LABEL_ROWS * ROW + 8;
        String name = t.target();
        String shown = names.target(name);
        SvgCharts.text(sb, 8, band + 2, "start", 12.5, "lane-name", shown.equals(name) ? name : name + " " + shown);
        SvgCharts.text(sb, 8, band + 16, "start", FONT, "lane-detail", t.rule());
        SvgCharts.text(sb, 8, band + 29, "start", FONT, "lane-detail", "on " + t.calendar());
        rect(sb, "closed", LEFT, band, PLOT, BAND, "#ececec", null);
        Optional<BusinessCalendar> calendar = policy.calendar(t.calendar());
        if (calendar.isPresent()) {
            openWindows(sb, band, calendar.get());
        }
        for (Interval w : t.windowsCounted()) {
            span(sb, "counted", w.getStart(), w.getEnd(), band + 5, BAND - 10, "#2e7d32", "counted " + range(w));
        }
        for (Interval p : t.pauses()) {
            span(sb, "pause", p.getStart(), p.getEnd(), band, BAND, "#f5a623", "paused " + range(p));
        }
        Labels labels = Labels.above(y);
        Labels under = Labels.below(y);
        List<TargetStatus.Cycle> cycles = cycles(status);
        for (TargetStatus.Cycle c : cycles) {
            String n = cycles.size() > 1 ? "#" + c.number() + " " : "";
            c.startedAt().ifPresent(s -> {
                double x = x(s);
                sb.append("<path class=\"start\" d=\"M").append(SvgCharts.n(x)).append(' ').append(SvgCharts.n(band)).append(" l6 ")
                        .append(SvgCharts.n(BAND / 2)).append(" l-6 ").append(SvgCharts.n(BAND / 2)).append(" z\" fill=\"#1b5e20\" data-at=\"")
                        .append(Cells.local(s, zone)).append("\"><title>").append(Html.escape(n + "clock started " + Cells.local(s, zone)))
                        .append("</title></path>\n");
                labels.add(sb, x, n + "start " + brief(s), "#1b5e20", FONT);
            });
            c.dueAt().ifPresent(d -> {
                double x = x(d);
                sb.append("<line class=\"due\" x1=\"").append(SvgCharts.n(x)).append("\" x2=\"").append(SvgCharts.n(x)).append("\" y1=\"")
                        .append(SvgCharts.n(band - 4)).append("\" y2=\"").append(SvgCharts.n(band + BAND + 4))
                        .append("\" stroke=\"#000\" stroke-width=\"2\" stroke-dasharray=\"4 2\" data-at=\"").append(Cells.local(d, zone))
                        .append("\"><title>").append(Html.escape(n + "due " + Cells.local(d, zone))).append("</title></line>\n");
                labels.add(sb, x, n + "due " + brief(d), "#000", FONT);
            });
            c.stop().ifPresent(s -> {
                double x = x(s.at());
                String color = c.breachedAt().isPresent() ? "#c62828" : "#2e7d32";
                sb.append("<circle class=\"stop\" cx=\"").append(SvgCharts.n(x)).append("\" cy=\"").append(SvgCharts.n(band + BAND / 2))
                        .append("\" r=\"6\" fill=\"").append(color).append("\" stroke=\"#fff\" stroke-width=\"1.5\" data-at=\"")
                        .append(Cells.local(s.at(), zone)).append("\"><title>").append(Html.escape(n + s.event() + " " + Cells.local(s.at(), zone)))
                        .append("</title></circle>\n");
                labels.add(sb, x, n + s.event() + " " + brief(s.at()), color, FONT);
            });
            c.breachedAt().ifPresent(b -> {
                double x = x(b);
                double cy = band + BAND / 2;
                sb.append("<path class=\"breach\" d=\"M").append(SvgCharts.n(x - 5)).append(' ').append(SvgCharts.n(cy - 5)).append(" l10 10 m0 -10 l-10 10\"")
                        .append(" stroke=\"#c62828\" stroke-width=\"3\" data-at=\"").append(Cells.local(b, zone)).append("\"><title>")
                        .append(Html.escape(n + "breached " + Cells.local(b, zone))).append("</title></path>\n");
                labels.add(sb, x, n + "breached " + brief(b), "#c62828", FONT);
            });
            for (TargetStatus.Escalation e : c.escalations()) {
                double x = x(e.at());
                double cy = band + BAND + 6;
                sb.append("<path class=\"escalation\" d=\"M").append(SvgCharts.n(x)).append(' ').append(SvgCharts.n(cy - 5))
                        .append(" l5 5 l-5 5 l-5 -5 z\" fill=\"#7b1fa2\" data-level=\"").append(Html.escape(ComplianceRow.level(e)))
                        .append("\"><title>").append(Html.escape(n + "escalated " + ComplianceRow.level(e) + " " + Cells.local(e.at(), zone)))
                        .append("</title></path>\n");
                under.add(sb, x, ComplianceRow.level(e) + " " + brief(e.at()), "#7b1fa2", 9.5);
            }
        }
    }

    private void openWindows(StringBuilder sb, double band, BusinessCalendar calendar) {
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate();
        int days = 0;
        for (LocalDate d = first; !d.isAfter(last) && days < MAX_DAYS; d = d.plusDays(1), days++) {
            try {
                for (Interval w : calendar.openIntervals(d)) {
                    span(sb, "open", w.getStart(), w.getEnd(), band, BAND, "#c8e6c9", null);
                }
            } catch (CalendarCoverageException beyondData) {
                continue;
            }
            Optional<HolidaySet.Day> holiday = calendar.holidayOn(d);
            boolean off = calendar.holidayDates().contains(d) || holiday.filter(h -> h.kind() == HolidaySet.Kind.OFF).isPresent();
            if (off) {
                Instant s = d.atStartOfDay(zone).toInstant();
                Instant e = d.plusDays(1).atStartOfDay(zone).toInstant();
                String name = holiday.map(h -> h.name() + (h.nameZh().isEmpty() ? "" : " " + h.nameZh())).orElse("closed");
                span(sb, "holiday", s, e, band, BAND, "url(#holiday-hatch)", "holiday " + d + " " + name);
            }
        }
    }

    private void span(StringBuilder sb, String cssClass, Instant s, Instant e, double y, double h, String fill, String title) {
        if (!e.isAfter(from) || !s.isBefore(to)) {
            return;
        }
        double x0 = x(s);
        rect(sb, cssClass, x0, y, Math.max(x(e) - x0, 0.8), h, fill, title);
    }

    private static void rect(StringBuilder sb, String cssClass, double x, double y, double w, double h, String fill, String title) {
        sb.append("<rect class=\"").append(cssClass).append("\" x=\"").append(SvgCharts.n(x)).append("\" y=\"").append(SvgCharts.n(y))
                .append("\" width=\"").append(SvgCharts.n(w)).append("\" height=\"").append(SvgCharts.n(h)).append("\" fill=\"").append(fill);
        if (cssClass.equals("pause")) {
            sb.append("\" fill-opacity=\"0.75");
        }
        if (title == null) {
            sb.append("\"/>\n");
        } else {
            sb.append("\"><title>").append(Html.escape(title)).append("</title></rect>\n");
        }
    }

    private String range(Interval i) {
        return Cells.local(i.getStart(), zone) + " to " + Cells.local(i.getEnd(), zone);
    }

    /** A time for a label: {@code Wed 11:00}. */
    private String brief(Instant t) {
        return DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH).format(t.atZone(zone));
    }

    private static String legend() {
        String[][] items = {{"#c8e6c9", "open hours"}, {"#2e7d32", "counted"}, {"#f5a623", "paused"}, {"#ececec", "closed"},
            {"#f4b6b6", "holiday"}, {"#000", "due (dashed)"}, {"#2e7d32", "stopped in time"}, {"#c62828", "breach"},
            {"#7b1fa2", "escalation"}, {"#1565c0", "as of"}};
        StringBuilder sb = new StringBuilder("<p class=\"legend\">");
        for (String[] i : items) {
            sb.append("<span style=\"display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:-1px;background:")
                    .append(i[0]).append("\"></span>").append(Html.escape(i[1]));
        }
        return sb.append("</p>\n").toString();
    }

    /**
     * Labels in rows above a lane's band (or below it): each goes into the first row, nearest the
     * band, where it overlaps no earlier label, with a thin leader to its marker; one that fits no
     * row is left to its marker's title.
     */
    private static final class Labels {
        private final double firstBaseline;
        private final double rowStep;
        private final double bandEdge;
        private final double[] freeFrom;

        /** Rows above the band of a lane whose top is {@code top}. */
        static Labels above(double top) {
            return new Labels(top + LABEL_ROWS * ROW, -ROW, top + LABEL_ROWS * ROW + 8, LABEL_ROWS);
        }

        /** Two rows under the band of a lane whose top is {@code top}. */
        static Labels below(double top) {
            double bandBottom = top + LABEL_ROWS * ROW + 8 + BAND;
            return new Labels(bandBottom + ROW - 1, ROW - 2, bandBottom, 2);
        }

        private Labels(double firstBaseline, double rowStep, double bandEdge, int rows) {
            this.firstBaseline = firstBaseline;
            this.rowStep = rowStep;
            this.bandEdge = bandEdge;
            this.freeFrom = new double[rows];
            java.util.Arrays.fill(freeFrom, Double.NEGATIVE_INFINITY);
        }

        void add(StringBuilder sb, double x, String text, String color, double size) {
            double w = Html.width(text, size);
            double start = Math.min(Math.max(x + 6, LEFT), WIDTH - RIGHT - w);
            for (int row = 0; row < freeFrom.length; row++) {
                if (start >= freeFrom[row] + 6) {
                    freeFrom[row] = start + w;
                    double y = firstBaseline + row * rowStep;
                    double leaderEnd = rowStep < 0 ? y + 2 : y - size;
                    sb.append("<line class=\"leader\" x1=\"").append(SvgCharts.n(x)).append("\" x2=\"").append(SvgCharts.n(x)).append("\" y1=\"")
                            .append(SvgCharts.n(leaderEnd)).append("\" y2=\"").append(SvgCharts.n(bandEdge)).append("\" stroke=\"")
                            .append(color).append("\" stroke-width=\"0.6\" stroke-opacity=\"0.6\"/>\n");
                    sb.append("<text class=\"marker-label\" x=\"").append(SvgCharts.n(start)).append("\" y=\"").append(SvgCharts.n(y))
                            .append("\" font-size=\"").append(SvgCharts.n(size)).append("\" style=\"fill:").append(color).append("\">")
                            .append(Html.escape(text)).append("</text>\n");
                    return;
                }
            }
        }
    }
}
