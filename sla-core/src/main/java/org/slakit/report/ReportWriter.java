package org.slakit.report;

import java.time.Instant;
import java.util.Objects;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Ticket;

/**
 * Writes reports as text in one of the {@link ReportFormat}s. Compliance tables, follow-up lists and
 * comparisons are written for the desk, in English, with the policy's ids; a service report is a
 * document for the customer, in the writer's {@link ReportLanguage}, with the display names the
 * policy gives.
 * <p>
 * The CSV and JSON field names are stable and documented in {@code docs/REPORTS.md}.
 * Instants are written in the policy's zone for people; JSON gives each instant in UTC and with its
 * local offset.
 * <p>
 * HTML is one self-contained page per report: UTF-8, the Markdown's tables, charts as inline SVG
 * (each bar a {@code <rect class="bar …">} with its value in {@code data-value} and a
 * {@code <title>}), a print style sheet that starts each section on a new page, a font stack that
 * covers Chinese, and no script and no external resource. {@link #timeline} draws one ticket.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReportWriter {

    private final ReportFormat format;
    private final ReportLanguage language;
    private final boolean byteOrderMark;

    private ReportWriter(ReportFormat format, ReportLanguage language, boolean byteOrderMark) {
        this.format = format;
        this.language = language;
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * Obtains a writer of a format, in English, without a byte order mark.
     *
     * @param format  the format, not null
     * @return the writer, not null
     */
    public static ReportWriter of(ReportFormat format) {
        return new ReportWriter(Objects.requireNonNull(format, "format"), ReportLanguage.ENGLISH, false);
    }

    /**
     * Returns a copy that writes a customer's document in another language.
     *
     * @param language  the language, not null
     * @return the writer, not null
     */
    public ReportWriter withLanguage(ReportLanguage language) {
        return new ReportWriter(format, Objects.requireNonNull(language, "language"), byteOrderMark);
    }

    /**
     * Returns a copy that starts CSV with a UTF-8 byte order mark, as Excel needs to show Chinese
     * text; other formats never have one.
     *
     * @param byteOrderMark  true to write one
     * @return the writer, not null
     */
    public ReportWriter withByteOrderMark(boolean byteOrderMark) {
        return new ReportWriter(format, language, byteOrderMark);
    }

    /**
     * Gets the format.
     *
     * @return the format, not null
     */
    public ReportFormat format() {
        return format;
    }

    /**
     * Gets the language of customers' documents.
     *
     * @return the language, not null
     */
    public ReportLanguage language() {
        return language;
    }

    /**
     * Writes a compliance report: one row per group with the documented columns (CSV, JSON), the
     * total and the monthly series (Markdown, JSON, HTML).
     *
     * @param report  the report, not null
     * @return the text, not null
     */
    public String write(Compliance report) {
        switch (format) {
            case MARKDOWN:
                return MarkdownReports.compliance(report);
            case CSV:
                return CsvReports.compliance(report, byteOrderMark);
            case JSON:
                return JsonReports.compliance(report);
            default:
                return HtmlReports.compliance(report);
        }
    }

    /**
     * Writes a customer's service report in the writer's language.
     *
     * @param report  the report, not null
     * @return the text, not null
     */
    public String write(ServiceReport report) {
        switch (format) {
            case MARKDOWN:
                return MarkdownReports.service(report, language);
            case CSV:
                return CsvReports.service(report, language, byteOrderMark);
            case JSON:
                return JsonReports.service(report, language);
            default:
                return HtmlReports.service(report, language);
        }
    }

    /**
     * Writes a follow-up list.
     *
     * @param list  the list, not null
     * @return the text, not null
     */
    public String write(FollowUpList list) {
        switch (format) {
            case MARKDOWN:
                return MarkdownReports.followUps(list);
            case CSV:
                return CsvReports.followUps(list, byteOrderMark);
            case JSON:
                return JsonReports.followUps(list);
            default:
                return HtmlReports.followUps(list);
        }
    }

    /**
     * Writes a comparison of two policies: the groups side by side, and the changed outcomes.
     *
     * @param comparison  the comparison, not null
     * @return the text, not null
     */
    public String write(Comparison comparison) {
        switch (format) {
            case MARKDOWN:
                return MarkdownReports.comparison(comparison);
            case CSV:
                return CsvReports.comparison(comparison, byteOrderMark);
            case JSON:
                return JsonReports.comparison(comparison);
            default:
                return HtmlReports.comparison(comparison);
        }
    }

    /**
     * Draws the timeline of one ticket as one self-contained HTML page, for the desk, in English:
     * a time axis from the ticket's opening to the later of {@code asOf} and the last deadline or
     * stop, with local times in the policy's zone; a lane of the ticket's events; a lane per target
     * with its calendar's open windows, the windows counted, pauses, holidays, the clock's start,
     * the deadline, the stop or breach and the escalations fired, earlier cycles included; then the
     * {@linkplain org.slakit.policy.SlaStatus#explain() explanation}'s notes of each target as text.
     * <p>
     * A timeline is a picture, so only an HTML writer draws one: for the others, the explanation's
     * {@link org.slakit.policy.Explanation#toText() text} says the same in words.
     *
     * @param policy  the policy, not null
     * @param ticket  the ticket, not null
     * @param asOf  the instant the ticket is judged as of, not null
     * @return the page, not null
     * @throws IllegalStateException if this writer's format is not HTML
     * @throws IllegalArgumentException if the ticket uses a value the policy does not define
     */
    public String timeline(SlaPolicy policy, Ticket ticket, Instant asOf) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(asOf, "asOf");
        if (format != ReportFormat.HTML) {
            throw new IllegalStateException("A ticket timeline is drawn only in HTML, not in " + format.key()
                    + ": use ReportWriter.of(ReportFormat.HTML), or SlaStatus.explain().toText() for words");
        }
        return TicketTimeline.page(policy, ticket, asOf);
    }

    /**
     * Returns the settings, such as {@code ReportWriter[csv, en, byte order mark]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ReportWriter[" + format.key() + ", " + language.tag() + (byteOrderMark ? ", byte order mark" : "") + "]";
    }
}
