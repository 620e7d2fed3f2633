package org.slakit.config;

import java.util.Arrays;

/**
 * Where the lines of a text start, counted as an editor counts them: a line ends at LF, CRLF or a
 * lone CR. SnakeYAML follows YAML 1.1 and also breaks lines at NEL (U+0085) and U+2028/U+2029, so
 * its own line numbers can name a line a person does not see; positions are therefore taken from
 * its code point index and placed here. Fed as the text is read.
 */
final class TextLines {

    /** Code point index of the start of each line after the first. */
    private long[] starts = new long[64];
    private int count;
    private long index;
    private boolean afterCr;
    private boolean pendingHigh;
    private boolean bom;

    /** Notes the characters of a text, in order. */
    void accept(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if (Character.isLowSurrogate(c) && pendingHigh) {
                pendingHigh = false;
                continue;
            }
            pendingHigh = Character.isHighSurrogate(c);
            if (index == 0 && c == '\uFEFF') {
                bom = true;
            }
            if (c == '\n' && afterCr) {
                // the LF of a CRLF: the line began after the CR, move its start past the LF
                starts[count - 1] = index + 1;
            } else if (c == '\n' || c == '\r') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = index + 1;
            }
            afterCr = c == '\r';
            index++;
        }
    }

    /** Gets the code point index of the next character to be noted: where the text read so far ends. */
    long index() {
        return index;
    }

    /** Gets the line, from 1, of a code point index. */
    int line(long at) {
        int i = Arrays.binarySearch(starts, 0, count, at);
        return (i >= 0 ? i + 1 : -i - 1) + 1;
    }

    /** Gets the column, from 1, of a code point index; a byte order mark takes no column. */
    int column(long at) {
        int line = line(at);
        long start = line == 1 ? (bom ? 1 : 0) : starts[line - 2];
        return (int) Math.max(1, at - start + 1);
    }
}
