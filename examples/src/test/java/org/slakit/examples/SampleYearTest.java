package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slakit.config.PolicyYaml;
import org.slakit.policy.SlaPolicy;
import org.slakit.ticket.Ticket;
import org.slakit.ticket.TicketEvent;

/** The sample year: made again from its seed it is the checked-in file, and it has what a real year has. */
class SampleYearTest {

    private static final SlaPolicy HEATING = PolicyYaml.load(Path.of("policies", "heating-billing.yaml"));
    private static final List<Ticket> YEAR = SampleYear.tickets(HEATING, SampleYear.YEAR, SampleYear.COUNT, SampleYear.SEED);

    @Test
    void tickets_sameSeed_theCheckedInFile() throws IOException {
        StringWriter out = new StringWriter();
        EventLogCsv.write(YEAR, HEATING.zone(), out);
        assertEquals(Files.readString(Path.of("tickets", "heating-2026.csv"), StandardCharsets.UTF_8), out.toString(),
                "regenerate with: java -cp examples/target/slakit.jar org.slakit.examples.SampleYear examples/tickets/heating-2026.csv");
    }

    @Test
    void tickets_aRealisticYear() {
        Map<String, Long> categories = YEAR.stream().collect(Collectors.groupingBy(t -> t.openingClassification().category(),
                Collectors.counting()));
        assertEquals(4, categories.size(), categories.toString());
        assertTrue(categories.get("fault") > SampleYear.COUNT / 2, categories.toString());
        long companies = YEAR.stream().map(t -> t.fields().get("company")).distinct().count();
        assertEquals(SampleYear.COMPANIES.size(), companies);
        Map<TicketEvent.Type, Long> types = YEAR.stream().flatMap(t -> t.events().stream())
                .collect(Collectors.groupingBy(TicketEvent::type, Collectors.counting()));
        assertTrue(types.get(TicketEvent.Type.PAUSE) > 50, types.toString());
        assertTrue(types.get(TicketEvent.Type.RECLASSIFY) > 10, types.toString());
        Map<String, Long> events = YEAR.stream().flatMap(t -> t.events().stream()).filter(e -> e.type() == TicketEvent.Type.EVENT)
                .collect(Collectors.groupingBy(TicketEvent::name, Collectors.counting()));
        assertTrue(events.get("reopened") > 20, events.toString());
        assertTrue(events.get("confirmed") > SampleYear.COUNT / 2, events.toString());
        assertTrue(events.get("arranged") > 20, events.toString());
        assertTrue(YEAR.stream().map(t -> t.openingClassification().tier().orElseThrow()).collect(Collectors.toSet())
                .containsAll(List.of("premium", "free")));
        // every ticket is one the policy can judge
        YEAR.forEach(t -> HEATING.evaluate(t, java.time.Instant.parse("2027-01-01T00:00:00Z")));
        assertEquals(YEAR.size(), YEAR.stream().map(Ticket::id).collect(Collectors.toMap(Function.identity(), t -> 1)).size());
    }
}
