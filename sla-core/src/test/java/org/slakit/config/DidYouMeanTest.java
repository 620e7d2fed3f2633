package org.slakit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DidYouMeanTest {

    private static final List<String> KEYS = List.of("slakit-holidays", "region", "name", "covers", "days-off", "working-days");

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("nmae", "name"),             // adjacent swap: one edit
                Arguments.of("Name", "name"),             // case is ignored
                Arguments.of("cover", "covers"),          // one letter missing
                Arguments.of("day-off", "days-off"),
                Arguments.of("working_days", "working-days"),
                Arguments.of("workingdays", "working-days"),
                Arguments.of("regon", "region"),
                Arguments.of("slakit-holiday", "slakit-holidays"),
                Arguments.of("off", null),                // YAML 1.1's false: nothing close
                Arguments.of("nm", null),                 // short words allow one edit only
                Arguments.of("nam", "name"),              // one edit, as many as a word of three letters allows
                Arguments.of("rgon", null),               // two edits: more than a word of four letters allows
                Arguments.of("rgeino", "region"),         // two edits, as many as a longer word allows
                Arguments.of("colour", null));
    }

    @ParameterizedTest
    @MethodSource("words")
    void closest_word_suggestsOnlyLikelyTypos(String word, String expected) {
        assertEquals(Optional.ofNullable(expected), DidYouMean.closest(word, KEYS));
    }

    @ParameterizedTest
    @MethodSource("distances")
    void distance_counts_editsAndSwaps(String a, String b, int expected) {
        assertEquals(expected, DidYouMean.distance(a, b));
        assertEquals(expected, DidYouMean.distance(b, a));
    }

    static Stream<Arguments> distances() {
        return Stream.of(
                Arguments.of("", "", 0),
                Arguments.of("", "abc", 3),
                Arguments.of("abc", "abc", 0),
                Arguments.of("ab", "ba", 1),
                Arguments.of("kitten", "sitting", 3),
                Arguments.of("date", "data", 1));
    }

    /** zzstarts-on is two edits from both starts-on and restarts-on: the hint must not depend on Set.of's order. */
    @Test
    void closest_tieInAnyOrder_suggestsTheAlphabeticallyFirst() {
        for (java.util.List<String> known : java.util.List.of(java.util.List.of("starts-on", "restarts-on"),
                java.util.List.of("restarts-on", "starts-on"))) {
            assertEquals(java.util.Optional.of("restarts-on"), DidYouMean.closest("zzstarts-on", known), known.toString());
        }
    }
}
