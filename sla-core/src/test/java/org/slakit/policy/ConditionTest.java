package org.slakit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.ticket.Classification;

/** The {@code when} of a target or a routing rule: each aspect a value or a list, an aspect with none matches anything. */
class ConditionTest {

    private static final Classification GENERAL = Classification.of("software-error", "general");
    private static final Classification FUNCTION_ERROR = GENERAL.withKind("function-error");
    /** The default tier of the policies these cases stand for: the last of premium, standard. */
    private static final String DEFAULT_TIER = "standard";

    private static Arguments row(Condition when, Classification c, String defaultTier, boolean matches) {
        return Arguments.of(when, c, defaultTier, matches);
    }

    static Stream<Arguments> matching() {
        Condition any = Condition.any();
        return Stream.of(
                // any() matches a bare classification and a full one
                row(any, GENERAL, DEFAULT_TIER, true),
                row(any, FUNCTION_ERROR.withTier("premium").withService("on-site"), DEFAULT_TIER, true),
                // category: one value, a list, a miss
                row(any.withCategory("software-error"), GENERAL, DEFAULT_TIER, true),
                row(any.withCategory("other", "software-error"), GENERAL, DEFAULT_TIER, true),
                row(any.withCategory("other", "requirement"), GENERAL, DEFAULT_TIER, false),
                // severity: one value, a list, a miss
                row(any.withSeverity("general"), GENERAL, DEFAULT_TIER, true),
                row(any.withSeverity("severe", "general"), GENERAL, DEFAULT_TIER, true),
                row(any.withSeverity("severe"), GENERAL, DEFAULT_TIER, false),
                // kind: one value, a list, a miss
                row(any.withKind("function-error"), FUNCTION_ERROR, DEFAULT_TIER, true),
                row(any.withKind("exception", "function-error"), FUNCTION_ERROR, DEFAULT_TIER, true),
                row(any.withKind("exception"), FUNCTION_ERROR, DEFAULT_TIER, false),
                // a ticket without a kind does not match a condition that names kinds
                row(any.withKind("function-error"), GENERAL, DEFAULT_TIER, false),
                // tier: one value, a list, a miss
                row(any.withTier("premium"), GENERAL.withTier("premium"), DEFAULT_TIER, true),
                row(any.withTier("gold", "premium"), GENERAL.withTier("premium"), DEFAULT_TIER, true),
                row(any.withTier("premium"), GENERAL.withTier("standard"), DEFAULT_TIER, false),
                // a ticket without a tier matches as the default tier, and only as that tier
                row(any.withTier("standard"), GENERAL, DEFAULT_TIER, true),
                row(any.withTier("premium"), GENERAL, DEFAULT_TIER, false),
                // a ticket's own tier wins over the default
                row(any.withTier("standard"), GENERAL.withTier("premium"), DEFAULT_TIER, false),
                // a policy without tiers (no default): a ticket without a tier matches no tier
                row(any.withTier("standard"), GENERAL, null, false),
                row(any, GENERAL, null, true),
                // service: one value, a list, a miss
                row(any.withService("on-site"), GENERAL.withService("on-site"), DEFAULT_TIER, true),
                row(any.withService("migration", "on-site"), GENERAL.withService("on-site"), DEFAULT_TIER, true),
                row(any.withService("migration"), GENERAL.withService("on-site"), DEFAULT_TIER, false),
                // a ticket without a service does not match a condition that names services
                row(any.withService("on-site"), GENERAL, DEFAULT_TIER, false),
                // every aspect that names values must match: all five, then each one missing in turn
                row(all(), FUNCTION_ERROR.withTier("premium").withService("on-site"), DEFAULT_TIER, true),
                row(all(), Classification.of("other", "general").withKind("function-error").withTier("premium")
                        .withService("on-site"), DEFAULT_TIER, false),
                row(all(), FUNCTION_ERROR.withKind("exception").withTier("premium").withService("on-site"), DEFAULT_TIER, false),
                row(all(), FUNCTION_ERROR.withSeverity("severe").withTier("premium").withService("on-site"), DEFAULT_TIER, false),
                row(all(), FUNCTION_ERROR.withTier("standard").withService("on-site"), DEFAULT_TIER, false),
                row(all(), FUNCTION_ERROR.withTier("premium").withService("migration"), DEFAULT_TIER, false),
                // giving an aspect no values makes it match anything again
                row(any.withSeverity("severe").withSeverity(), GENERAL, DEFAULT_TIER, true));
    }

    /** Names every aspect: software-error, function-error, general, premium, on-site. */
    private static Condition all() {
        return Condition.any().withCategory("software-error").withKind("function-error").withSeverity("general")
                .withTier("premium").withService("on-site");
    }

    @ParameterizedTest(name = "{0} matches {1} (default tier {2}): {3}")
    @MethodSource("matching")
    void matches_classification_asEveryNamedAspectAllows(Condition when, Classification c, String defaultTier, boolean expected) {
        assertEquals(expected, when.matches(c, defaultTier));
    }

    @Test
    void any_namesNothing_andIsShared() {
        assertSame(Condition.any(), Condition.any());
        assertTrue(Condition.any().isAny());
        assertEquals(Map.of(), Condition.any().aspects());
        assertEquals(List.of(), Condition.any().category());
        assertEquals(List.of(), Condition.any().kind());
        assertEquals(List.of(), Condition.any().severity());
        assertEquals(List.of(), Condition.any().tier());
        assertEquals(List.of(), Condition.any().service());
        assertEquals("{}", Condition.any().toString());
    }

    @Test
    void withAspect_returnsACopy_andReplacesTheAspectsValues() {
        Condition severe = Condition.any().withSeverity("severe");
        Condition general = severe.withSeverity("general", "other");
        assertEquals(List.of("severe"), severe.severity());
        assertEquals(List.of("general", "other"), general.severity());
        assertEquals(false, severe.isAny());
        // the other aspects are kept
        Condition both = severe.withKind("exception").withTier("premium");
        assertEquals(List.of("severe"), both.severity());
        assertEquals(List.of("exception"), both.kind());
        assertEquals(List.of("premium"), both.tier());
        assertEquals(List.of(), both.category());
        assertEquals(List.of(), both.service());
    }

    @Test
    void withAspect_copiesTheValues_andGivesUnmodifiableLists() {
        String[] values = {"severe", "general"};
        Condition c = Condition.any().withSeverity(values);
        values[0] = "other";
        assertEquals(List.of("severe", "general"), c.severity());
        assertThrows(UnsupportedOperationException.class, () -> c.severity().add("other"));
    }

    @Test
    void aspects_inYamlKeyOrder_onlyThoseNamingValues() {
        // given in the reverse order, read back as category, kind, severity, tier, service
        Condition c = Condition.any().withService("on-site").withTier("premium").withSeverity("general")
                .withKind("function-error", "exception").withCategory("software-error");
        assertEquals(List.of("category", "kind", "severity", "tier", "service"), List.copyOf(c.aspects().keySet()));
        assertEquals(List.of("function-error", "exception"), c.aspects().get("kind"));
        assertEquals(Map.of("severity", List.of("severe")), Condition.any().withSeverity("severe").withKind().aspects());
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                // nothing named
                Arguments.of(Condition.any(), "{}"),
                // one value is written plainly, a list in brackets
                Arguments.of(Condition.any().withSeverity("severe"), "{severity: severe}"),
                Arguments.of(Condition.any().withSeverity("general").withKind("function-error", "exception"),
                        "{kind: [function-error, exception], severity: general}"),
                // every aspect, in key order whatever the order given
                Arguments.of(Condition.any().withService("on-site").withTier("premium", "standard").withSeverity("general")
                        .withKind("function-error").withCategory("software-error"),
                        "{category: software-error, kind: function-error, severity: general, tier: [premium, standard], service: on-site}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("texts")
    void toString_yamlFlowStyle_inKeyOrder(Condition c, String expected) {
        assertEquals(expected, c.toString());
    }

    @Test
    void equals_sameValuesInTheSameOrder_equal() {
        List<List<Condition>> groups = List.of(
                // any(), however reached
                List.of(Condition.any(), Condition.any().withSeverity(), Condition.any().withKind("x").withKind()),
                // the same values, built in another order of aspects
                List.of(Condition.any().withSeverity("general").withKind("exception"),
                        Condition.any().withKind("exception").withSeverity("general")),
                // one aspect more
                List.of(Condition.any().withSeverity("general").withKind("exception").withTier("premium")),
                // the same value under each other aspect
                List.of(Condition.any().withCategory("general")),
                List.of(Condition.any().withKind("general")),
                List.of(Condition.any().withTier("general")),
                List.of(Condition.any().withService("general")),
                // a list keeps its order, as the YAML list does
                List.of(Condition.any().withSeverity("severe", "general")),
                List.of(Condition.any().withSeverity("general", "severe")),
                // a value named twice is kept twice
                List.of(Condition.any().withSeverity("general", "general")),
                List.of(Condition.any().withSeverity("general"), Condition.any().withSeverity("severe").withSeverity("general")));
        for (int g = 0; g < groups.size(); g++) {
            for (Condition a : groups.get(g)) {
                for (int h = 0; h < groups.size(); h++) {
                    for (Condition b : groups.get(h)) {
                        if (g == h) {
                            assertEquals(a, b, "group " + g);
                            assertEquals(a.hashCode(), b.hashCode(), "group " + g);
                        } else {
                            assertNotEquals(a, b, "groups " + g + " and " + h);
                        }
                    }
                }
            }
        }
        assertNotEquals(Condition.any(), null);
        assertNotEquals(Condition.any(), "{}");
    }

    static Stream<Arguments> nulls() {
        Condition c = Condition.any();
        return Stream.of(
                // the array itself, for each aspect
                Arguments.of("withCategory(null)", (Executable) () -> c.withCategory((String[]) null), "values"),
                Arguments.of("withKind(null)", (Executable) () -> c.withKind((String[]) null), "values"),
                Arguments.of("withSeverity(null)", (Executable) () -> c.withSeverity((String[]) null), "values"),
                Arguments.of("withTier(null)", (Executable) () -> c.withTier((String[]) null), "values"),
                Arguments.of("withService(null)", (Executable) () -> c.withService((String[]) null), "values"),
                // a null among the values, for each aspect
                Arguments.of("withCategory(a, null)", (Executable) () -> c.withCategory("a", null), "value"),
                Arguments.of("withKind(a, null)", (Executable) () -> c.withKind("a", null), "value"),
                Arguments.of("withSeverity(null, a)", (Executable) () -> c.withSeverity(null, "a"), "value"),
                Arguments.of("withTier(a, null)", (Executable) () -> c.withTier("a", null), "value"),
                Arguments.of("withService(a, null)", (Executable) () -> c.withService("a", null), "value"));
        // matches is the clock's, not a front door: the policy checks the ticket before it asks
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nulls")
    void nullArgument_throwsNullPointerExceptionNamingIt(String label, Executable call, String name) {
        NullPointerException ex = assertThrows(NullPointerException.class, call);
        assertEquals(name, ex.getMessage());
    }
}
