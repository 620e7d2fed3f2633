package org.slakit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.slakit.policy.DisplayNames.Kind.SEVERITY;
import static org.slakit.policy.DisplayNames.Kind.TARGET;
import static org.slakit.policy.DisplayNames.Kind.WAITING_STATE;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    private static DisplayNames severities(String... idsAndNames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < idsAndNames.length; i += 2) {
            names.put(idsAndNames[i], idsAndNames[i + 1]);
        }
        Map<DisplayNames.Kind, Map<String, String>> byKind = new EnumMap<>(DisplayNames.Kind.class);
        byKind.put(SEVERITY, names);
        return DisplayNames.of(byKind);
    }

    @Test
    void kind_key_isTheYamlKey() {
        assertEquals(List.of("categories", "kinds", "severities", "targets", "tiers", "waiting-states"),
                java.util.Arrays.stream(DisplayNames.Kind.values()).map(DisplayNames.Kind::key).toList());
    }

    @Test
    void none_isEmpty_andAnswersWithTheIds() {
        DisplayNames none = DisplayNames.none();
        assertEquals(true, none.isEmpty());
        for (DisplayNames.Kind kind : DisplayNames.Kind.values()) {
            assertEquals(Map.of(), none.names(kind), kind.key());
            assertEquals("x", none.of(kind, "x"), kind.key());
            assertEquals(Optional.empty(), none.find(kind, "x"), kind.key());
        }
        assertEquals("DisplayNames[]", none.toString());
    }

    @Test
    void of_kindsWithoutNames_areNone() {
        assertSame(DisplayNames.none(), severities());
        assertSame(DisplayNames.none(), DisplayNames.of(Map.of()));
    }

    @Test
    void of_findAndNames_answerPerKind() {
        DisplayNames names = severities("severe", "嚴重錯誤", "general", "一般錯誤");
        assertEquals("嚴重錯誤", names.of(SEVERITY, "severe"));
        assertEquals(Optional.of("一般錯誤"), names.find(SEVERITY, "general"));
        // the same id of another kind has no name
        assertEquals("severe", names.of(TARGET, "severe"));
        assertEquals(Map.of(), names.names(WAITING_STATE));
        assertEquals(List.of("severe", "general"), List.copyOf(names.names(SEVERITY).keySet()));
        assertThrows(UnsupportedOperationException.class, () -> names.names(SEVERITY).put("other", "其他問題"));
        assertEquals("DisplayNames[severities: {severe=嚴重錯誤, general=一般錯誤}]", names.toString());
    }

    @Test
    void of_copiesWhatItIsGiven() {
        Map<String, String> given = new LinkedHashMap<>(Map.of("severe", "嚴重錯誤"));
        Map<DisplayNames.Kind, Map<String, String>> byKind = new EnumMap<>(DisplayNames.Kind.class);
        byKind.put(SEVERITY, given);
        DisplayNames names = DisplayNames.of(byKind);
        given.put("general", "一般錯誤");
        assertEquals(Map.of("severe", "嚴重錯誤"), names.names(SEVERITY));
    }

    @Test
    void equals_sameNamesInAnyOrder_equal_anyDifference_notEqual() {
        DisplayNames a = severities("severe", "嚴重錯誤", "general", "一般錯誤");
        DisplayNames b = severities("general", "一般錯誤", "severe", "嚴重錯誤");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, severities("severe", "嚴重錯誤"));
        assertNotEquals(a, severities("severe", "严重错误", "general", "一般錯誤"));
        assertNotEquals(a, DisplayNames.none());
        assertNotEquals(a, null);
        assertNotEquals(a, "DisplayNames[severities: {severe=嚴重錯誤, general=一般錯誤}]");
    }

    @Test
    void nulls_rejected() {
        DisplayNames names = severities("severe", "嚴重錯誤");
        assertThrows(NullPointerException.class, () -> names.of(null, "severe"));
        assertThrows(NullPointerException.class, () -> names.of(SEVERITY, null));
        assertThrows(NullPointerException.class, () -> names.find(null, "severe"));
        assertThrows(NullPointerException.class, () -> names.find(SEVERITY, null));
        assertThrows(NullPointerException.class, () -> names.names(null));
    }
}
