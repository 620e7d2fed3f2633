package org.slakit.calendars;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value that knows where it is in its file, so that a feed's problems name their line:
 * read with Jackson's streaming parser, duplicate keys rejected and nesting bounded.
 *
 * @param path  where it is, such as {@code days[3].date}, empty for the root
 * @param line  its line, from 1
 * @param column  its column, from 1
 * @param value  a {@code Map<String, LocatedJson>}, a {@code List<LocatedJson>}, a String, a Boolean, a Number, or null
 */
record LocatedJson(String path, int line, int column, Object value) {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
            .build();

    static LocatedJson parse(String text, FeedProblems problems) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw problems.fatal("", 1, 1, "The file is empty: expected a JSON object");
            }
            return value(parser, "");
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().split("\n")[0];
            throw problems.fatal("", at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), "The file is not valid JSON: " + message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocatedJson value(JsonParser parser, String path) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        switch (parser.currentToken()) {
            case START_OBJECT: {
                Map<String, LocatedJson> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    members.put(key, value(parser, path.isEmpty() ? key : path + "." + key));
                }
                return new LocatedJson(path, line, column, Collections.unmodifiableMap(members));
            }
            case START_ARRAY: {
                List<LocatedJson> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser, path + "[" + items.size() + "]"));
                }
                return new LocatedJson(path, line, column, Collections.unmodifiableList(items));
            }
            case VALUE_STRING:
                return new LocatedJson(path, line, column, parser.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new LocatedJson(path, line, column, parser.getBooleanValue());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new LocatedJson(path, line, column, parser.getNumberValue());
            default:
                return new LocatedJson(path, line, column, null);
        }
    }

    /** Gets a member of an object; empty when this is not an object or has no such member. */
    Optional<LocatedJson> get(String key) {
        return value instanceof Map<?, ?> map ? Optional.ofNullable((LocatedJson) map.get(key)) : Optional.empty();
    }

    /** Gets the items of an array, or reports that this is not one. */
    Optional<List<LocatedJson>> items(FeedProblems problems, String what) {
        if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<LocatedJson> items = (List<LocatedJson>) list;
            return Optional.of(items);
        }
        problems.at(path, line, column, what + " must be a JSON array, was " + describe());
        return Optional.empty();
    }

    /** Gets the text of a string, or reports that this is not one. */
    Optional<String> text(FeedProblems problems, String what) {
        if (value instanceof String s) {
            return Optional.of(s);
        }
        problems.at(path, line, column, what + " must be a JSON string, was " + describe());
        return Optional.empty();
    }

    /** Gets a required member, or reports that it is missing. */
    Optional<LocatedJson> required(String key, FeedProblems problems) {
        Optional<LocatedJson> member = get(key);
        if (member.isEmpty()) {
            problems.at(path, line, column, (value instanceof Map ? "Missing required key '" + key + "'"
                    : "Expected a JSON object with '" + key + "', was " + describe()));
        }
        return member;
    }

    String describe() {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        return value instanceof String s ? "'" + s + "'" : value.toString();
    }
}
