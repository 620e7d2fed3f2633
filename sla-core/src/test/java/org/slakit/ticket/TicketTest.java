package org.slakit.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TicketTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final Classification GENERAL = Classification.of("software-error", "general");

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static Ticket opened() {
        return Ticket.open("T-1", T0, GENERAL);
    }

    @Test
    void open_startsWithOpenedEvent() {
        Ticket t = opened();
        assertEquals("T-1", t.id());
        assertEquals(T0, t.openedAt());
        assertEquals(List.of("opened"), t.events().stream().map(TicketEvent::name).toList());
        assertEquals(Ticket.State.OPEN, t.state());
        assertEquals(GENERAL, t.classification());
        assertEquals(Map.of(), t.fields());
    }

    @Test
    void open_blankId_rejected() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Ticket.open(" ", T0, GENERAL));
        assertEquals("A ticket's id must not be blank, was ' '", ex.getMessage());
    }

    @Test
    void open_nulls_rejected() {
        assertThrows(NullPointerException.class, () -> Ticket.open(null, T0, GENERAL));
        assertThrows(NullPointerException.class, () -> Ticket.open("T-1", null, GENERAL));
        assertThrows(NullPointerException.class, () -> Ticket.open("T-1", T0, null));
    }

    @Test
    void events_equalInstants_keepOrder() {
        Ticket t = opened().event(at(5), "responded").event(at(5), "database-received").event(at(5), "workaround-given");
        assertEquals(List.of("opened", "responded", "database-received", "workaround-given"),
                t.events().stream().map(TicketEvent::name).toList());
    }

    @Test
    void event_returnsNewTicket_originalUnchanged() {
        Ticket t = opened();
        Ticket u = t.event(at(1), "responded");
        assertEquals(1, t.eventCount());
        assertEquals(2, u.eventCount());
        assertNotEquals(t, u);
    }

    @Test
    void pause_whileWaiting_switchesState() {
        Ticket t = opened().pause(at(10), "waiting-for-database").pause(at(20), "waiting-for-onsite-test");
        assertEquals(Ticket.State.WAITING, t.state());
        assertEquals(Optional.of("waiting-for-onsite-test"), t.waitingState());
    }

    @Test
    void resolve_whileWaiting_endsTheWait() {
        Ticket t = opened().pause(at(10), "waiting-for-database").resolve(at(20));
        assertEquals(Ticket.State.RESOLVED, t.state());
        assertEquals(Optional.empty(), t.waitingState());
    }

    @Test
    void reopen_andConfirm_followResolution() {
        Ticket t = opened().resolve(at(10)).reopen(at(20)).resolve(at(30)).confirm(at(40));
        assertEquals(Ticket.State.RESOLVED, t.state());
        assertEquals(List.of("opened", "resolved", "reopened", "resolved", "confirmed"),
                t.events().stream().map(TicketEvent::name).toList());
    }

    @Test
    void event_builtInNames_behaveAsTheirMethods() {
        assertEquals(opened().resolve(at(1)), opened().event(at(1), "resolved"));
        assertEquals(opened().resolve(at(1)).reopen(at(2)), opened().resolve(at(1)).event(at(2), "reopened"));
        assertEquals(opened().resolve(at(1)).confirm(at(2)), opened().resolve(at(1)).event(at(2), "confirmed"));
    }

    @Test
    void reclassify_changesCurrent_keepsOpening() {
        Classification severe = Classification.of("software-error", "severe");
        Ticket t = opened().reclassify(at(60), severe);
        assertEquals(severe, t.classification());
        assertEquals(GENERAL, t.openingClassification());
        assertEquals(Optional.of(severe), t.getEvent(1).classification());
        assertEquals(TicketEvent.Type.RECLASSIFY, t.getEvent(1).type());
    }

    @Test
    void withField_setsAndReplaces() {
        Ticket t = opened().withField("product", "POS 5.1").withField("product", "POS 5.2").withField("company", "ACME");
        assertEquals(Map.of("product", "POS 5.2", "company", "ACME"), t.fields());
        assertEquals(List.of("company", "product"), List.copyOf(t.fields().keySet()));
    }

    static Stream<Arguments> logErrors() {
        return Stream.of(
                // an earlier entry
                Arguments.of((Supplier<Ticket>) () -> opened().event(at(10), "responded").event(at(5), "replied"),
                        "Ticket T-1: entries must not go back in time, was replied at 2026-11-20T09:05:00Z,"
                                + " before the last entry at 2026-11-20T09:10:00Z"),
                // resume without pause
                Arguments.of((Supplier<Ticket>) () -> opened().resume(at(5)),
                        "Ticket T-1: only a waiting ticket can resume, but it is open, was resume at 2026-11-20T09:05:00Z"),
                // pause after resolve
                Arguments.of((Supplier<Ticket>) () -> opened().resolve(at(5)).pause(at(6), "waiting-for-database"),
                        "Ticket T-1: a resolved ticket cannot wait, was pause 'waiting-for-database' at 2026-11-20T09:06:00Z"),
                // reopen of an open ticket
                Arguments.of((Supplier<Ticket>) () -> opened().reopen(at(5)),
                        "Ticket T-1: only a resolved ticket can be reopened, but it is open, was reopen at 2026-11-20T09:05:00Z"),
                // confirm of a waiting ticket
                Arguments.of((Supplier<Ticket>) () -> opened().pause(at(1), "waiting-for-database").confirm(at(5)),
                        "Ticket T-1: only a resolved ticket can be confirmed, but it is waiting (waiting-for-database),"
                                + " was confirm at 2026-11-20T09:05:00Z"),
                // resolve twice
                Arguments.of((Supplier<Ticket>) () -> opened().resolve(at(5)).resolve(at(6)),
                        "Ticket T-1: it is already resolved, was resolve at 2026-11-20T09:06:00Z"),
                // opened again
                Arguments.of((Supplier<Ticket>) () -> opened().event(at(5), "opened"),
                        "Ticket T-1: it is already opened; use reopen for a resolved ticket, was event 'opened' at 2026-11-20T09:05:00Z"),
                // blank names
                Arguments.of((Supplier<Ticket>) () -> opened().event(at(5), ""),
                        "Ticket T-1: an event name must not be blank, was ''"),
                Arguments.of((Supplier<Ticket>) () -> opened().pause(at(5), " "),
                        "Ticket T-1: a waiting state must not be blank, was ' '"),
                Arguments.of((Supplier<Ticket>) () -> opened().withField("", "x"),
                        "Ticket T-1: a field name must not be blank, was ''"));
    }

    @ParameterizedTest
    @MethodSource("logErrors")
    void logRules_violations_nameTicketAndValue(Supplier<Ticket> bad, String message) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, bad::get);
        assertEquals(message, ex.getMessage());
    }

    @Test
    void methods_nulls_rejected() {
        Ticket t = opened();
        assertThrows(NullPointerException.class, () -> t.event(null, "x"));
        assertThrows(NullPointerException.class, () -> t.event(T0, null));
        assertThrows(NullPointerException.class, () -> t.pause(T0, null));
        assertThrows(NullPointerException.class, () -> t.resume(null));
        assertThrows(NullPointerException.class, () -> t.reclassify(T0, null));
        assertThrows(NullPointerException.class, () -> t.resolve(null));
        assertThrows(NullPointerException.class, () -> t.withField("a", null));
    }

    @Test
    void equality_byIdLogAndFields() {
        Ticket a = opened().event(at(1), "responded");
        Ticket b = opened().event(at(1), "responded");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Ticket.open("T-2", T0, GENERAL).event(at(1), "responded"));
        assertNotEquals(a, a.withField("product", "POS"));
        assertTrue(a.toString().startsWith("Ticket[T-1, open, 2 entries"));
    }

    @Test
    void classification_withers_andEquality() {
        Classification c = Classification.of("software-error", "general").withKind("data-mismatch").withTier("premium")
                .withService("on-site");
        assertEquals(Optional.of("data-mismatch"), c.kind());
        assertEquals(Optional.of("premium"), c.tier());
        assertEquals(Optional.of("on-site"), c.service());
        assertEquals("{category: software-error, severity: general, kind: data-mismatch, tier: premium, service: on-site}", c.toString());
        assertEquals(c, Classification.of("software-error", "general").withService("on-site").withTier("premium").withKind("data-mismatch"));
        assertNotEquals(c, c.withSeverity("severe"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Classification.of("", "x"));
        assertEquals("A classification's category must not be blank, was ''", ex.getMessage());
        assertThrows(NullPointerException.class, () -> Classification.of("a", null));
    }
}
