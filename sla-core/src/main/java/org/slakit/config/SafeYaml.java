package org.slakit.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads one YAML document safely into a tree of {@link YamlNode}s, each knowing its path, line and
 * column.
 * <p>
 * Jackson 2 neither expands aliases (it hands back the alias name) nor applies SnakeYAML's alias
 * and nesting limits on its streaming path, and it ignores tags. So this reader refuses, at the
 * event where they appear, every anchor, alias and tag (the files slakit reads have no use for
 * them); it makes a key given twice an error; and it bounds the size of the document (SnakeYAML's
 * code point limit) and the depth of its nesting (Jackson's stream constraints).
 * Every failure, including syntax errors, is a {@link PolicyException} naming the file, line and
 * column, except a failure of the reader (text that is not UTF-8), an {@link UncheckedIOException}.
 * <p>
 * This class is immutable and thread-safe; each read uses its own parser.
 */
final class SafeYaml {

    /** The longest document read, in code points: far beyond any policy or holiday file. */
    static final int MAX_CODE_POINTS = 1 << 20;
    /** The deepest nesting of mappings and lists read. */
    static final int MAX_DEPTH = 64;
    /** The most bytes of a file read: four for each code point of the longest document, and a little. */
    private static final int MAX_BYTES = 4 * MAX_CODE_POINTS + 4;

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) [\"']([^\"']*)[\"']");

    private static final YAMLFactory FACTORY = new Factory(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // YAML reads a key with nothing after it as null; Jackson's builder starts with this off
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL));

    private SafeYaml() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH);
        return options;
    }

    /**
     * Opens a file and reads it in an encoding with the given reader; a file that cannot be opened is an
     * {@link UncheckedIOException} naming what it is ("policy file") and why, and bytes that are not
     * text in the encoding are a {@link PolicyException} at the first bad byte. At most enough bytes for
     * the longest document are read, so a longer file is refused as too long without being read whole.
     */
    static <T> T load(Path file, String what, Charset charset, Function<Reader, T> read) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
        boolean cut = bytes.length > MAX_BYTES;
        return read.apply(new StringReader(TextFile.decode(bytes, Math.min(bytes.length, MAX_BYTES), cut, file.toString(), charset)));
    }

    /**
     * Reads one document.
     *
     * @param reader  the text, closed when done
     * @param file  the file's name for messages
     * @return the root node
     * @throws PolicyException if the text is not a safe, well-formed single YAML document
     * @throws UncheckedIOException if the reader fails
     */
    static YamlNode read(Reader reader, String file) {
        BoundedReader r = new BoundedReader(reader);
        try (r; YAMLParser parser = (YAMLParser) FACTORY.createParser(r)) {
            try {
                return new TreeReader(parser, file, r.lines).document();
            } catch (TooLong e) {
                throw located(file, "", r.lines.line(r.lines.index()), r.lines.column(r.lines.index()),
                        "File is longer than the limit of " + MAX_CODE_POINTS + " characters");
            }
        } catch (Refusal e) {
            throw located(file, e.path, r.lines.line(e.index), r.lines.column(e.index), e.getMessage());
        } catch (JsonProcessingException e) {
            throw fromJackson(file, "", e, null, r.lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static PolicyException located(String file, String path, int line, int column, String message) {
        return new PolicyException(file, List.of(new PolicyException.Located(path, Math.max(1, line), Math.max(1, column), message)));
    }

    private static PolicyException fromJackson(String file, String path, JsonProcessingException e, YAMLParser parser,
            TextLines lines) {
        // SnakeYAML wraps a failure of the reader (a directory, text that is not UTF-8) as one of its own
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io && !(io instanceof JsonProcessingException)) {
                throw new UncheckedIOException("Cannot read " + file + ": "
                        + (io instanceof CharacterCodingException ? "it is not UTF-8 text" : io.getMessage()), io);
            }
        }
        if (e.getCause() instanceof ReaderException bad) {
            // SnakeYAML checks each buffer of text as it fills it, so Jackson's location is where the
            // parsing stood (often 1:1), not the character; the exception gives its code point index
            return located(file, "", lines.line(bad.getPosition()), lines.column(bad.getPosition()),
                    String.format("Character U+%04X is not allowed in YAML text", bad.getCodePoint()));
        }
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            return located(file, path, lines.line(mark.getIndex()), lines.column(mark.getIndex()), "YAML syntax: " + marked.getProblem());
        }
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser != null ? parser.currentLocation() : null;
        String message = e.getOriginalMessage();
        Matcher dup = DUPLICATE.matcher(message);
        if (dup.find()) {
            // Jackson's location is the end of the second key; its token location is the key itself.
            path = YamlNode.child(path, dup.group(1));
            where = parser != null ? parser.currentTokenLocation() : where;
            message = "Key '" + dup.group(1) + "' is given twice";
        } else if (message.contains("exceeds the limit") || message.contains("code points")) {
            message = "File is longer than the limit of " + MAX_CODE_POINTS + " characters";
        } else if (message.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
            where = parser != null ? parser.currentTokenLocation() : where;
            message = "Nesting is deeper than the limit of " + MAX_DEPTH + " levels";
        }
        return where == null ? located(file, path, 1, 1, message) : located(file, path, line(where, lines), column(where, lines), message);
    }

    /** The line of a location as an editor counts it, from its character offset when Jackson gives one. */
    private static int line(JsonLocation at, TextLines lines) {
        return at.getCharOffset() < 0 ? at.getLineNr() : lines.line(at.getCharOffset());
    }

    private static int column(JsonLocation at, TextLines lines) {
        return at.getCharOffset() < 0 ? at.getColumnNr() : lines.column(at.getCharOffset());
    }

    /**
     * Stops reading at {@link #MAX_CODE_POINTS} characters, whatever the shape of the text: SnakeYAML
     * checks its own limit between tokens, so one huge scalar or comment would be read whole first.
     * Counts UTF-16 units, so a text of supplementary characters meets the limit earlier. A plain
     * {@link Reader}, not a {@code FilterReader}: its {@code read()} and {@code skip} go through
     * {@link #read(char[], int, int)}, so no path bypasses the bound or the line count.
     */
    private static final class BoundedReader extends Reader {
        private final Reader in;
        private long read;
        final TextLines lines = new TextLines();

        BoundedReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, MAX_CODE_POINTS + 1L - read));
            if (n <= 0) {
                return n;
            }
            lines.accept(buffer, offset, n);
            read += n;
            if (read > MAX_CODE_POINTS) {
                throw new TooLong();
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Thrown through SnakeYAML, which turns only IOExceptions into its own. */
    private static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super(null, null, false, false);
        }
    }

    /** Refuses an anchor, alias or tag, where it stands. */
    private static final class Refusal extends IOException {
        private static final long serialVersionUID = 1L;
        final String path;
        /** The code point index of the mark. */
        final long index;

        Refusal(String path, Mark mark, String message) {
            super(message);
            this.path = path;
            this.index = mark == null ? 0 : mark.getIndex();
        }
    }

    /** Builds the tree from the token stream, tracking the path for messages. */
    private static final class TreeReader {
        private final SafeParser parser;
        private final String file;
        private final TextLines lines;

        TreeReader(YAMLParser parser, String file, TextLines lines) {
            this.parser = (SafeParser) parser;
            this.file = file;
            this.lines = lines;
        }

        YamlNode document() throws IOException {
            JsonToken first = next("");
            if (first == null) {
                throw located(file, "", 1, 1, "File is empty: it must hold one YAML mapping");
            }
            YamlNode root = value(first, "");
            JsonToken after = next("");
            if (after != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw located(file, "", line(at, lines), column(at, lines), "File holds more than one YAML document: remove the second");
            }
            return root;
        }

        private JsonToken next(String path) throws IOException {
            parser.path = path;
            try {
                return parser.nextToken();
            } catch (JsonProcessingException e) {
                throw fromJackson(file, path, e, parser, lines);
            }
        }

        /**
         * Reads one value. Nesting needs no count here: Jackson's stream constraints refuse the
         * 65th level as its token is read, before the token reaches this method.
         */
        private YamlNode value(JsonToken token, String path) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            int line = line(at, lines);
            int column = column(at, lines);
            switch (token) {
                case START_OBJECT: {
                    LinkedHashMap<String, YamlNode.Member> members = new LinkedHashMap<>();
                    for (JsonToken t = next(path); t != JsonToken.END_OBJECT; t = next(path)) {
                        String key = parser.currentName();
                        JsonLocation keyAt = parser.currentTokenLocation();
                        String childPath = YamlNode.child(path, key);
                        if (members.containsKey(key)) {
                            throw located(file, childPath, line(keyAt, lines), column(keyAt, lines), "Key '" + key + "' is given twice");
                        }
                        YamlNode child = value(next(childPath), childPath);
                        members.put(key, new YamlNode.Member(key, line(keyAt, lines), column(keyAt, lines), child));
                    }
                    return YamlNode.mapping(path, line, column, members);
                }
                case START_ARRAY: {
                    List<YamlNode> items = new ArrayList<>();
                    for (JsonToken t = next(path); t != JsonToken.END_ARRAY; t = next(path)) {
                        String childPath = path + "[" + items.size() + "]";
                        items.add(value(t, childPath));
                    }
                    return YamlNode.sequence(path, line, column, items);
                }
                case VALUE_NULL:
                    return YamlNode.scalar(path, line, column, null);
                case VALUE_STRING:
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return YamlNode.scalar(path, line, column, parser.getText());
                default:
                    throw located(file, path, line, column, "Unexpected YAML content " + token);
            }
        }
    }

    /** Creates {@link SafeParser}s for text read from a {@link Reader}, the only source used here. */
    private static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
            return new SafeParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }
    }

    /**
     * Sees every SnakeYAML event before Jackson turns it into tokens: Jackson 2 reports the anchor
     * of a collection but not that of a scalar, so the events are the one place to refuse all.
     */
    private static final class SafeParser extends YAMLParser {
        /** The YAML path being read, for messages. */
        String path = "";

        SafeParser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec, Reader reader) {
            super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
        }

        @Override
        protected Event getEvent() throws IOException {
            Event event = super.getEvent();
            if (event instanceof AliasEvent alias) {
                throw new Refusal(path, event.getStartMark(), "Aliases are not allowed, was *" + alias.getAnchor());
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                throw new Refusal(path, event.getStartMark(), "Anchors are not allowed, was &" + node.getAnchor());
            }
            String tag = event instanceof ScalarEvent scalar ? scalar.getTag()
                    : event instanceof CollectionStartEvent collection ? collection.getTag() : null;
            if (tag != null) {
                throw new Refusal(path, event.getStartMark(), "Tags are not allowed, was " + shortTag(tag));
            }
            return event;
        }

        private static String shortTag(String tag) {
            return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
        }
    }
}
