package org.slakit.report;

/**
 * The formats a report is written in.
 */
public enum ReportFormat {
    /** Markdown tables, for a chat message or a wiki page. */
    MARKDOWN("md"),
    /** CSV (RFC 4180, UTF-8), one table, for a spreadsheet. */
    CSV("csv"),
    /** JSON, with stable field names, for another program. */
    JSON("json"),
    /** One self-contained HTML page with inline SVG charts, for a person or a PDF. */
    HTML("html");

    private final String key;

    ReportFormat(String key) {
        this.key = key;
    }

    /**
     * Gets the name used on the command line and as a file extension.
     *
     * @return the key, such as {@code md}, not null
     */
    public String key() {
        return key;
    }

    /**
     * Obtains a format from its key.
     *
     * @param key  {@code md}, {@code csv}, {@code json} or {@code html}, not null
     * @return the format, not null
     * @throws IllegalArgumentException if no format has that key, naming those there are
     */
    public static ReportFormat ofKey(String key) {
        for (ReportFormat f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown report format '" + key + "': expected md, csv, json or html");
    }
}
