package org.slakit.config;

import java.nio.charset.Charset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a YAML file (a policy or a holiday file) cannot be read, naming the file and every
 * problem found, each with its YAML path, line and column.
 * <p>
 * The message is the first problem, as {@code file:line:column: path: message}, for example
 * {@code cn-2027.yaml:7:11: days-off[1].date: '2027-02-30' is not a date (YYYY-MM-DD)};
 * {@link #lines()} gives every problem in that form, which is what the command line prints.
 * When a file is not text in the encoding it was read in, {@link #likelyEncoding()} names the one
 * its bytes read as, so that a tool can offer to read it so.
 */
public final class PolicyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem in a file: where it is and what is wrong.
     *
     * @param path  the YAML path, such as {@code days-off[3].date}, not null, empty for the file as a whole
     * @param line  the line, from 1
     * @param column  the column, from 1
     * @param message  what is wrong, naming the rule and the bad value, not null
     */
    public record Located(String path, int line, int column, String message) {
        /**
         * Validates the components.
         *
         * @param path  the YAML path, such as {@code days-off[3].date}, empty for the file as a whole, not null
         * @param line  the line, from 1
         * @param column  the column, from 1
         * @param message  what is wrong, naming the rule and the bad value, not null
         * @throws NullPointerException if the path or the message is null
         * @throws IllegalArgumentException if the line or the column is below 1
         */
        public Located {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException("Line and column must be at least 1, was " + line + ":" + column);
            }
        }

        /**
         * Returns the problem as {@code line:column: path: message}, without the path when it is empty.
         *
         * @return the text, not null
         */
        @Override
        public String toString() {
            return line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
        }
    }

    /** Orders problems as they appear in the file; problems at one place keep their order. */
    static final Comparator<Located> IN_FILE_ORDER = Comparator.comparingInt(Located::line).thenComparingInt(Located::column);

    /** The file's name, as given to the reader. */
    private final String file;
    /** The problems, never empty. */
    private final List<Located> problems;
    /** The name of the encoding a file's bytes read as, when they are not text in the one read; null otherwise. */
    private final String likelyEncoding;

    /**
     * Creates an exception for the problems of one file.
     *
     * @param file  the file's name, as it should appear in messages, not null
     * @param problems  the problems, not null, not empty
     * @throws IllegalArgumentException if the list is empty
     */
    public PolicyException(String file, List<Located> problems) {
        this(file, problems, Optional.empty());
    }

    /** Creates an exception for the problems of one file, one of which is bytes that read as another encoding. */
    PolicyException(String file, List<Located> problems, Optional<Charset> likelyEncoding) {
        super(firstOf(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
        this.likelyEncoding = likelyEncoding.map(Charset::name).orElse(null);
    }

    private static String firstOf(String file, List<Located> problems) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A PolicyException for " + file + " needs at least one problem");
        }
        return file + ":" + problems.get(0);
    }

    /**
     * Gets the name of the file, as given to the reader.
     *
     * @return the file's name, not null
     */
    public String file() {
        return file;
    }

    /**
     * Gets every problem found, in the order of the file.
     *
     * @return the problems, not null, not empty, unmodifiable
     */
    public List<Located> problems() {
        return problems;
    }

    /**
     * Gets the encoding the file was likely saved in, when a problem is that its bytes are not text
     * in the encoding it was read in: GBK or Big5 for a file read as UTF-8 (the one the message
     * names first), UTF-8 for a file read as GBK or Big5. For a policy, this includes a holiday file it
     * names ({@code file:}), which is read in the policy's encoding; feeds, which are UTF-8 by their
     * formats, give none. The slakit command line suggests its encoding option with it.
     *
     * @return the encoding, empty when no problem is one of encoding, or the bytes read as none of these, not null
     */
    public Optional<Charset> likelyEncoding() {
        return Optional.ofNullable(likelyEncoding).map(Charset::forName);
    }

    /**
     * Gets every problem as {@code file:line:column: path: message}, one a line.
     *
     * @return the lines, not null, not empty, unmodifiable
     */
    public List<String> lines() {
        return problems.stream().map(p -> file + ":" + p).toList();
    }
}
