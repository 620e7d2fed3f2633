package org.slakit.report;

import java.util.List;

/**
 * One self-contained HTML page: UTF-8, a language, a style sheet for the screen and for print (each
 * section after the first starts a new page), and no script or external resource. Every text given
 * is escaped; {@link #raw} takes markup the writers built themselves, such as an SVG chart.
 */
final class HtmlPage {

    private static final String STYLE = """
            :root { font-family: "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans SC", "Noto Sans TC", "PingFang SC",
              "Microsoft YaHei", sans-serif; color: #222; }
            :lang(zh-Hant) { font-family: "Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", "Microsoft JhengHei",
              "Noto Sans CJK SC", sans-serif; }
            body { margin: 24px auto; max-width: 1200px; padding: 0 16px; line-height: 1.45; }
            h1 { font-size: 1.6em; margin: 0 0 .4em; }
            h2 { font-size: 1.25em; margin: 1.2em 0 .5em; border-bottom: 1px solid #ccc; }
            p.meta { color: #555; margin: .2em 0; }
            table { border-collapse: collapse; margin: .5em 0 1em; font-size: 13px; }
            th, td { border: 1px solid #bbb; padding: 3px 8px; text-align: left; vertical-align: top; }
            th { background: #eef1f5; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            tbody tr:nth-child(even) { background: #f8f8f8; }
            figure { margin: .5em 0 1.5em; }
            figcaption { font-weight: bold; margin-bottom: .3em; }
            svg { width: 100%; height: auto; max-width: 1100px; display: block; }
            svg text { font-family: inherit; fill: #222; }
            ul.notes { font-size: 13px; }
            * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            @page { size: A4; margin: 14mm; }
            @media print {
              body { margin: 0; max-width: none; padding: 0; }
              section + section { break-before: page; }
              figure, tr { break-inside: avoid; }
              h2 { break-after: avoid; }
              thead { display: table-header-group; }
            }
            """;

    private final StringBuilder body = new StringBuilder();
    private final String lang;
    private final String title;
    private boolean inSection;

    HtmlPage(String lang, String title) {
        this.lang = lang;
        this.title = title;
    }

    /** Starts a section with a heading; the previous section ends. */
    HtmlPage section(String heading) {
        endSection();
        body.append("<section>\n");
        inSection = true;
        return heading.isEmpty() ? this : element("h2", heading);
    }

    private void endSection() {
        if (inSection) {
            body.append("</section>\n");
            inSection = false;
        }
    }

    HtmlPage element(String tag, String text) {
        body.append('<').append(tag).append('>').append(Html.escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    HtmlPage meta(String text) {
        body.append("<p class=\"meta\">").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    HtmlPage raw(String markup) {
        body.append(markup);
        return this;
    }

    /** A figure: a caption and an SVG. */
    HtmlPage figure(String caption, String svg) {
        body.append("<figure>\n<figcaption>").append(Html.escape(caption)).append("</figcaption>\n").append(svg).append("</figure>\n");
        return this;
    }

    /** A table of cells, with a class for the DOM to find it by. */
    HtmlPage table(String cssClass, ReportTables.Table table) {
        body.append("<table class=\"").append(Html.escape(cssClass)).append("\">\n<thead><tr>");
        List<String> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            body.append(i >= table.firstRightAligned() ? "<th class=\"num\">" : "<th>").append(Html.escape(header.get(i))).append("</th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i).isEmpty() ? table.nothing() : row.get(i);
                body.append(i >= table.firstRightAligned() ? "<td class=\"num\">" : "<td>").append(Html.escape(cell)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    @Override
    public String toString() {
        endSection();
        return "<!DOCTYPE html>\n<html lang=\"" + Html.escape(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + Html.escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }
}
