package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --format} on deadline, explain and replay: {@code json}, the documents slakit-status.schema.json describes;
 * {@code text}, the default, also called {@code table}.
 */
class JsonFormatTest {

    private static final String HK = "policies/hk-pos-erp.yaml";
    private static final String SCHEMA_BASE = "https://slakit.org/schema/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:")));
    private static final JsonSchema STATUS = FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + "slakit-status.schema.json"));
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SlakitRunner slakit = new SlakitRunner();

    private JsonNode document() throws Exception {
        JsonNode json = MAPPER.readTree(slakit.out());
        Set<String> problems = STATUS.validate(json).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        assertEquals(Set.of(), problems, slakit.out());
        return json;
    }

    @Test
    void deadline_json_givesEachTargetsDueInUtcAndLocalTime() throws Exception {
        assertEquals(0, slakit.run("deadline", HK, "--category", "software-error", "--severity", "severe", "--at", "2026-11-20T17:00",
                "--format", "json"), slakit.err());
        JsonNode json = document();
        assertEquals("status", json.get("report").asText());
        JsonNode fix = json.get("targets").get(0);
        assertEquals("fix", fix.get("target").asText());
        assertEquals("RUNNING", fix.get("state").asText());
        assertEquals("2026-11-21T05:00:00Z", fix.get("due").get("utc").asText());
        assertEquals("2026-11-21T13:00:00+08:00", fix.get("due").get("local").asText());
        assertEquals("PT4H", fix.get("remaining").asText());
        assertEquals("2026-11-21T11:00:00+08:00", json.get("next_change").get("local").asText());
    }

    @Test
    void replay_json_isTheQueueOfEveryTicket() throws Exception {
        assertEquals(0, slakit.run("replay", HK, "--tickets", "tickets/sample-week.csv", "--as-of", "2026-11-23T09:00", "--format", "json"),
                slakit.err());
        JsonNode json = document();
        assertEquals("queue", json.get("report").asText());
        assertEquals(21, json.get("tickets").size());
        assertEquals("2026-11-23T09:00:00+08:00", json.get("as_of").get("local").asText());
    }

    @Test
    void explain_json_givesTheWindowsCounted() throws Exception {
        assertEquals(0, slakit.run("explain", HK, "--ticket", "tickets/T-1001.yaml", "--as-of", "2026-11-26T12:00", "--format", "json"),
                slakit.err());
        JsonNode json = document();
        assertEquals("explanation", json.get("report").asText());
        assertEquals("T-1001", json.get("ticket").asText());
        JsonNode fix = json.get("targets").get(0);
        assertEquals("PT24H", fix.get("budget").asText());
        assertEquals("2026-11-25T11:00:00+08:00", fix.get("windows_counted").get(0).get("start").get("local").asText());
    }

    @Test
    void format_unknown_exitsTwoNamingTheFormats() {
        assertEquals(2, slakit.run("replay", HK, "--tickets", "tickets/sample-week.csv", "--format", "xml"));
        assertEquals("slakit: --format: expected text, table or json, was 'xml'", slakit.err().strip());
        assertEquals(2, slakit.run("deadline", HK, "--category", "software-error", "--severity", "severe", "--at", "2026-11-20T17:00",
                "--format", "tabel"));
        assertEquals("slakit: --format: expected text, table or json, was 'tabel'", slakit.err().strip());
    }

    /** The command lines of the status commands, each with its format left to the test. */
    static List<List<String>> statusCommands() {
        return List.of(
                // deadline: a new ticket's targets
                List.of("deadline", HK, "--category", "software-error", "--severity", "severe", "--at", "2026-11-20T17:00"),
                // explain: one ticket in words
                List.of("explain", HK, "--ticket", "tickets/T-1001.yaml", "--as-of", "2026-11-26T12:00"),
                // explain, as of before the ticket was opened: the sentence that says so
                List.of("explain", HK, "--ticket", "tickets/T-1001.yaml", "--as-of", "2026-11-01T12:00"),
                // replay: the queue as a table
                List.of("replay", HK, "--tickets", "tickets/sample-week.csv", "--as-of", "2026-11-23T09:00"));
    }

    @ParameterizedTest
    @MethodSource("statusCommands")
    void format_table_isText(List<String> command) {
        assertEquals(0, slakit.run(with(command, "--format", "text")), slakit.err());
        String text = slakit.out();
        assertEquals(0, slakit.run(with(command, "--format", "table")), slakit.err());
        assertEquals(text, slakit.out());
        assertEquals(0, slakit.run(command.toArray(String[]::new)), slakit.err());
        assertEquals(text, slakit.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"deadline", "explain", "replay"})
    void format_table_isListedInTheHelp(String command) {
        assertEquals(0, slakit.run(command, "--help"), slakit.err());
        assertTrue(slakit.out().lines().anyMatch(l -> l.matches(" *--format=FORMAT +text \\(also called table\\).*")), slakit.out());
    }

    private static String[] with(List<String> command, String... more) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
