package org.slakit.report;

import java.util.List;

/**
 * A table written as CSV (RFC 4180): fields separated by commas, records by CRLF, a field with a
 * comma, quote or line break in double quotes with its quotes doubled; optionally after a UTF-8
 * byte order mark, which Excel needs to read Chinese text as UTF-8.
 */
final class CsvTable {

    private final StringBuilder out = new StringBuilder();

    CsvTable(boolean byteOrderMark, List<String> header) {
        if (byteOrderMark) {
            out.append('\uFEFF');
        }
        row(header);
    }

    CsvTable row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            field(fields.get(i));
        }
        out.append("\r\n");
        return this;
    }

    private void field(String f) {
        boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
        if (!quote) {
            out.append(f);
            return;
        }
        out.append('"');
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
