package org.slakit.report;

import java.util.List;

/**
 * A table in Markdown (GitHub's pipe tables): a pipe inside a cell is escaped, a line break becomes
 * a space, an empty cell shows as the table's text for nothing. Columns from {@code firstRightAligned}
 * on are right-aligned.
 */
final class MarkdownTable {

    private final StringBuilder out = new StringBuilder();
    private final String nothing;

    MarkdownTable(List<String> header, int firstRightAligned) {
        this(header, firstRightAligned, "-");
    }

    MarkdownTable(List<String> header, int firstRightAligned, String nothing) {
        this.nothing = nothing;
        row(header);
        out.append('|');
        for (int i = 0; i < header.size(); i++) {
            out.append(i >= firstRightAligned ? " ---: |" : " --- |");
        }
        out.append('\n');
    }

    MarkdownTable row(List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(c.isEmpty() ? nothing : c.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ')).append(" |");
        }
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
