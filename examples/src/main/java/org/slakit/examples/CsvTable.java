package org.slakit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slakit.config.PolicyException;
import org.slakit.config.Timestamps;

/**
 * A CSV file of tickets as read, before any format gives its rows a meaning: the header, the rows
 * with their lines, and the problems found so far. What both ticket formats share: RFC 4180 (by
 * Jackson), a byte order mark skipped, blank lines skipped, columns by header name, empty cells
 * as none, times as {@link Timestamps} reads them, and every problem collected with its line and
 * column before one {@link PolicyException} names them all.
 */
final class CsvTable {

    private final String fileName;
    private List<String> header = List.of();
    private final List<Cells> rows = new ArrayList<>();
    private final List<PolicyException.Located> problems = new ArrayList<>();
    /** Where the file stops being CSV, if it does: reported after the problems of the rows before it. */
    private PolicyException.Located unreadable;

    private CsvTable(String fileName) {
        this.fileName = fileName;
    }

    /** Reads the whole file; an empty file has an empty header. */
    static CsvTable read(Reader reader, String fileName) throws IOException {
        // a byte order mark, as spreadsheets write it, is not part of the first column's name
        PushbackReader text = new PushbackReader(reader);
        int first = text.read();
        if (first >= 0 && first != '\uFEFF') {
            text.unread(first);
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        CsvTable table = new CsvTable(fileName);
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (it.hasNextValue()) {
                if (table.header.isEmpty()) {
                    table.header = columnNames(it);
                }
                table.rows.add(table.new Cells(it.getCurrentLocation().getLineNr(), it.nextValue()));
            }
            // a header without rows is read all the same
            table.header = columnNames(it);
        } catch (JsonProcessingException e) {
            if (!e.getOriginalMessage().startsWith("Empty header line")) {
                int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
                int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
                table.unreadable = new PolicyException.Located("", line, column, plain(e.getOriginalMessage(), table.header.size()));
            }
        }
        return table;
    }

    /** The CSV reader's message in the words of someone who edits the file in a spreadsheet. */
    private static String plain(String message, int columns) {
        String quoting = "a cell holding a comma or a quote is written in quotes, with each quote in it doubled"
                + " (\"Harbour \"\"East\"\", Ltd.\")";
        if (message.startsWith("Too many entries")) {
            return "The row has more cells than the header's " + columns + " columns: a comma too many, or " + quoting;
        }
        if (message.startsWith("Unexpected character") && message.contains("Expected column separator")) {
            return "A quoted cell goes on after its closing quote: " + quoting;
        }
        if (message.startsWith("Missing closing quote")) {
            return "A quoted cell has no closing quote: " + quoting;
        }
        return "Not a CSV file: " + message;
    }

    private static List<String> columnNames(MappingIterator<?> it) {
        return List.copyOf(((CsvSchema) it.getParserSchema()).getColumnNames());
    }

    List<String> header() {
        return header;
    }

    List<Cells> rows() {
        return rows;
    }

    /**
     * Checks the header: not empty, every required column there, none given twice, each known.
     *
     * @param required  the required columns, in the order the format names them
     * @param expected  the columns the format reads, as an unknown column's message names them
     * @param known  whether a column is one the format reads
     * @return true if the rows can be read
     */
    boolean checkHeader(List<String> required, String expected, Predicate<String> known) {
        if (header.isEmpty()) {
            if (unreadable == null) {
                problems.add(new PolicyException.Located("", 1, 1, "File is empty: its first line must be the header ("
                        + String.join(", ", required) + ", …)"));
            }
            return false;
        }
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(new PolicyException.Located("", 1, 1, "Missing required column '" + column + "'"));
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            int first = header.indexOf(column);
            if (first < i) {
                problems.add(new PolicyException.Located(column, 1, i + 1, "Column '" + column
                        + "' is given twice, also at column " + (first + 1)));
            } else if (!known.test(column)) {
                problems.add(new PolicyException.Located(column, 1, i + 1, "Unknown column '" + column + "': expected "
                        + expected));
            }
        }
        return problems.isEmpty();
    }

    /** Throws the problems found, if any, in file order; where the file stopped being CSV comes after the rows before it. */
    void throwIfProblems() {
        if (unreadable != null) {
            problems.add(unreadable);
        }
        // in the order of the file, as PolicyException promises; problems at one place keep their order
        problems.sort(Comparator.comparingInt(PolicyException.Located::line).thenComparingInt(PolicyException.Located::column));
        if (!problems.isEmpty()) {
            throw new PolicyException(fileName, problems);
        }
    }

    /** One row: its cells by column name, its line, and the problems found in it. */
    final class Cells {
        private final Map<String, String> cells;
        private final int line;
        private boolean bad;

        private Cells(int line, Map<String, String> cells) {
            this.cells = cells;
            this.line = line;
        }

        int line() {
            return line;
        }

        /** Checks if a problem was found in this row. */
        boolean isBad() {
            return bad;
        }

        void problem(String column, String message) {
            bad = true;
            problems.add(new PolicyException.Located(column, line, header.indexOf(column) + 1, message));
        }

        /** The cell's text, stripped; null when the cell is empty or the column absent. */
        String text(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        /** The text of a cell that must not be empty; null, and a problem, when it is. */
        String required(String column) {
            String v = text(column);
            if (v == null) {
                problem(column, "Missing value in required column '" + column + "'");
            }
            return v;
        }

        /** A time; null, and a problem at the column, when the text is none. */
        Instant time(String column, String text, ZoneId zone) {
            try {
                return Timestamps.parse(text, zone);
            } catch (DateTimeException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        /** Checks a ticket id as both formats require it: no whitespace. */
        void checkId(String column, String id) {
            if (id.codePoints().anyMatch(Character::isWhitespace)) {
                problem(column, "Ticket id '" + id + "' must not contain whitespace");
            }
        }
    }
}
