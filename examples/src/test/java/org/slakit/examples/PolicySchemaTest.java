package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slakit.config.PolicyYaml;

/**
 * The policy and ticket file formats: the JSON Schemas shipped in sla-core, the four seed policies
 * and the sample tickets, checked with a real JSON-Schema validator (networknt, draft 2020-12).
 * Besides the grammar, the seed policies and samples are checked for the cross-references DESIGN.md
 * asks of them (every calendar, event, waiting state, name used is defined), since they are the
 * loader's fixtures.
 */
class PolicySchemaTest {

    private static final Path POLICIES = Path.of("policies");
    private static final Path TICKETS = Path.of("tickets");
    private static final String SCHEMA_BASE = "https://slakit.org/schema/";
    private static final Set<String> BUILT_IN_EVENTS = Set.of("opened", "responded", "resolved", "reopened", "confirmed");
    private static final ZoneId HONG_KONG = ZoneId.of("Asia/Hong_Kong");

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // The schemas' $id is never fetched: it maps to sla-core's resources on the class path.
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).build();
    private static final JsonSchema POLICY = FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + "slakit-policy.schema.json"), CONFIG);
    private static final JsonSchema TICKET = FACTORY.getSchema(SchemaLocation.of(SCHEMA_BASE + "slakit-ticket.schema.json"), CONFIG);

    /** The smallest policy: every required key and nothing else. */
    private static final String MINIMAL = """
            slakit: 1
            zone: Asia/Hong_Kong
            calendars: {office: {hours: {Mon-Fri: 09:00-18:00}}}
            severities: [severe]
            categories: {software-error: [function-error]}
            targets: [{name: fix, stops-on: resolved, within: 4h, warn-at: [50%]}]
            """;

    // ---------------------------------------------------------------- the schemas themselves

    @ParameterizedTest
    @ValueSource(strings = {"slakit-policy.schema.json", "slakit-ticket.schema.json"})
    void schemasAreValidDraft202012(String name) throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);
        JsonNode schema;
        try (var in = PolicySchemaTest.class.getResourceAsStream("/" + name)) {
            assertTrue(in != null, name + " is not on the class path (sla-core's resources)");
            schema = YAML.readTree(in);
        }
        assertEquals(Set.of(), messages(meta.validate(schema)));
        assertEquals(SCHEMA_BASE + name, schema.path("$id").asText());
    }

    // ---------------------------------------------------------------- the seed policies

    static Stream<Path> policies() {
        return Stream.of("hk-pos-erp.yaml", "pos-vendor.yaml", "restaurant-system.yaml", "heating-billing.yaml")
                .map(POLICIES::resolve);
    }

    @Test
    void theFourSeedPoliciesAndNothingElse() throws IOException {
        Set<String> expected = policies().map(Path::toString).collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(POLICIES)) {
            Set<String> actual = files.map(Path::toString).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected, actual);
        }
    }

    @ParameterizedTest
    @MethodSource("policies")
    void seedPolicyIsValid(Path file) {
        assertEquals(Set.of(), messages(POLICY.validate(read(file))));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void seedPolicyDefinesEveryNameItUses(Path file) {
        assertEquals(List.of(), crossReferenceProblems(read(file)));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void seedPolicySaysWhichVendorReadingAndAssumptions(Path file) throws IOException {
        String text = Files.readString(file);
        String header = text.lines().takeWhile(line -> line.startsWith("#")).collect(Collectors.joining("\n"));
        String hint = "# yaml-language-server: $schema=../../sla-core/src/main/resources/slakit-policy.schema.json";
        assertTrue(header.startsWith(hint), "editor hint first");
        assertTrue(Files.isRegularFile(file.getParent().resolve("../../sla-core/src/main/resources/slakit-policy.schema.json")));
        assertTrue(Pattern.compile("\n# The [^\n]*vendor").matcher(header).find(), "names its vendor");
        // in the reader's words: no file of another repository, no seed numbers
        assertTrue(!header.contains("DESIGN.md") && !header.contains("seeds/") && !header.toLowerCase(Locale.ROOT).contains("seed"), header);
        assertTrue(header.contains("How the vendor's promise is read here"), "says which reading it took");
        assertTrue(header.contains("Assumption"), "says which numbers are assumptions");
    }

    @Test
    void readmeSnippetIsValid() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Policy files"));
        int start = section.indexOf("```yaml\n") + "```yaml\n".length();
        String text = section.substring(start, section.indexOf("```", start));
        JsonNode snippet = yaml(text);
        assertEquals(Set.of(), messages(POLICY.validate(snippet)));
        assertEquals(List.of(), crossReferenceProblems(snippet));
        assertEquals("POS vendor, after-sales service", PolicyYaml.read(text, "README.md").name());
    }

    /** The example in PolicyYaml's class Javadoc is a policy that loads, as the loader reads it. */
    @Test
    void policyYamlJavadocExampleLoads() throws IOException {
        String source = Files.readString(Path.of("..", "sla-core", "src", "main", "java", "org", "slakit", "config", "PolicyYaml.java"));
        int start = source.indexOf("<pre>\n") + "<pre>\n".length();
        String example = source.substring(start, source.indexOf("</pre>", start)).lines()
                .map(line -> line.replaceFirst("^ \\* ?", ""))
                .filter(line -> !line.isBlank())
                .collect(Collectors.joining("\n", "", "\n"));
        assertEquals("Hong Kong POS/ERP vendor, after-sales service", PolicyYaml.read(example, "PolicyYaml.java").name());
    }

    @Test
    void atLeastOnePolicyChangesByVersion() {
        JsonNode versions = read(POLICIES.resolve("hk-pos-erp.yaml")).path("versions");
        assertEquals("2027-01-01", versions.path(0).path("effective-from").asText());
        assertEquals("team-lead", versions.path(0).path("escalations").path(0).path("notify").asText());
    }

    @Test
    void crossReferenceCheckFindsWhatIsNotDefined() {
        ObjectNode policy = (ObjectNode) read(POLICIES.resolve("hk-pos-erp.yaml"));
        target(policy, 1).put("calendar", "ofice").put("stops-on", "workaround-givn");
        ((ObjectNode) policy.at("/out-of-hours/rules/0/when")).put("service", "on-site");
        ((ObjectNode) policy.at("/display-names/severities")).put("sever", "嚴重錯誤");
        ((ObjectNode) policy.at("/display-names/targets")).put("respond", "回應");
        assertEquals(List.of(
                        "/targets/1: event 'workaround-givn' not declared",
                        "/targets/1: calendar 'ofice' not defined",
                        "/out-of-hours/rules/0: service 'on-site' not defined",
                        "/display-names/severities: severity 'sever' not defined",
                        "/display-names/targets: target 'respond' not defined"),
                crossReferenceProblems(policy));
    }

    // ---------------------------------------------------------------- invalid policies

    @Test
    void misspeltTargetKeyFails() {
        ObjectNode policy = seed000();
        target(policy, 1).set("stop-on", target(policy, 1).remove("stops-on"));
        assertOnlyError(policy, "/targets/1", "additionalProperties", "stop-on");
        // ... which leaves the required `stops-on` missing: both are reported at the entry
        assertError(POLICY.validate(policy), "/targets/1", "required", "stops-on");
    }

    @Test
    void misspeltTopLevelAndCalendarKeysFail() {
        ObjectNode policy = seed000();
        policy.set("escalation", policy.remove("escalations"));
        assertOnlyError(policy, "", "additionalProperties", "escalation");

        ObjectNode calendar = seed000();
        ((ObjectNode) calendar.at("/calendars/office")).put("beyond_data", "error");
        assertOnlyError(calendar, "/calendars/office", "additionalProperties", "beyond_data");
    }

    @Test
    void twoDeadlineRulesFail() {
        ObjectNode policy = seed000();
        target(policy, 1).put("business-days", 1);
        assertOnlyError(policy, "/targets/1", "oneOf", null);
    }

    @Test
    void noDeadlineRuleFails() {
        ObjectNode policy = seed000();
        target(policy, 1).remove("within");
        assertOnlyError(policy, "/targets/1", "oneOf", null);
    }

    @Test
    void badWindowFails() {
        ObjectNode policy = seed000();
        ((ObjectNode) policy.at("/calendars/office/hours")).put("Sat", "9-12");
        assertOnlyError(policy, "/calendars/office/hours/Sat", "pattern", null);
    }

    @Test
    void badDurationFails() {
        ObjectNode policy = seed000();
        target(policy, 0).put("within", "2d");
        assertOnlyError(policy, "/targets/0/within", "pattern", null);
    }

    @Test
    void zeroPercentFails() {
        ObjectNode policy = seed000();
        ((ArrayNode) target(policy, 1).path("warn-at")).set(0, "0%");
        assertOnlyError(policy, "/targets/1/warn-at/0", "pattern", null);
    }

    @Test
    void unknownRouteFails() {
        ObjectNode policy = seed000();
        ((ObjectNode) policy.at("/out-of-hours/rules/0")).put("route", "call-the-manager");
        assertOnlyError(policy, "/out-of-hours/rules/0/route", "enum", null);
        ObjectNode otherwise = seed000();
        ((ObjectNode) otherwise.path("out-of-hours")).put("otherwise", "ignore");
        assertOnlyError(otherwise, "/out-of-hours/otherwise", "enum", null);
    }

    @Test
    void missingFormatVersionFails() {
        ObjectNode policy = seed000();
        policy.remove("slakit");
        assertOnlyError(policy, "", "required", "slakit");
        ObjectNode two = seed000();
        two.put("slakit", 2);
        assertOnlyError(two, "/slakit", "const", null);
    }

    @Test
    void backwardDayRangeFails() {
        ObjectNode policy = seed000();
        ObjectNode hours = (ObjectNode) policy.at("/calendars/office/hours");
        hours.set("Sat-Mon", hours.remove("Sat"));
        assertOnlyError(policy, "/calendars/office/hours", "propertyNames", null);
    }

    @Test
    void definingTheBuiltInCalendarFails() {
        ObjectNode policy = seed000();
        ((ObjectNode) policy.path("calendars")).set("24x7", policy.at("/calendars/office").deepCopy());
        assertOnlyError(policy, "/calendars", "propertyNames", null);
    }

    @Test
    void versionsChangeOnlyTheirSections() {
        ObjectNode policy = seed000();
        ((ObjectNode) policy.at("/versions/0")).set("calendars", policy.path("calendars").deepCopy());
        assertOnlyError(policy, "/versions/0", "additionalProperties", "calendars");
        ObjectNode empty = seed000();
        ((ObjectNode) empty.at("/versions/0")).retain("effective-from");
        assertOnlyError(empty, "/versions/0", "minProperties", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"嚴重錯誤", "x", "Severe error (4 h)", " 前後有空格 "})
    void displayNamesAccepted(String name) {
        ObjectNode policy = yaml(MINIMAL);
        policy.set("display-names", NODES.objectNode().set("severities", NODES.objectNode().put("severe", name)));
        assertEquals(Set.of(), messages(POLICY.validate(policy)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u3000", "\t", "嚴重\n錯誤", "嚴重\r\n", "嚴重\u2028錯誤", "嚴重錯誤\n"})
    void displayNamesThatAreBlankOrNotOneLineRejected(String name) {
        ObjectNode policy = yaml(MINIMAL);
        policy.set("display-names", NODES.objectNode().set("severities", NODES.objectNode().put("severe", name)));
        Set<ValidationMessage> errors = POLICY.validate(policy);
        assertTrue(!errors.isEmpty(), "accepted '" + name + "'");
        errors.forEach(e -> assertEquals("/display-names/severities/severe", e.getInstanceLocation().toString(), e.toString()));
    }

    @Test
    void displayNamesLongerThan100OrOfAnUnknownKindRejected() {
        ObjectNode longest = yaml(MINIMAL);
        longest.set("display-names", NODES.objectNode().set("severities", NODES.objectNode().put("severe", "嚴".repeat(100))));
        assertEquals(Set.of(), messages(POLICY.validate(longest)));
        ObjectNode policy = yaml(MINIMAL);
        policy.set("display-names", NODES.objectNode().set("severities", NODES.objectNode().put("severe", "嚴".repeat(101))));
        assertOnlyError(policy, "/display-names/severities/severe", "maxLength", null);
        ObjectNode unknown = yaml(MINIMAL);
        unknown.set("display-names", NODES.objectNode().set("severites", NODES.objectNode().put("severe", "嚴重錯誤")));
        assertOnlyError(unknown, "/display-names", "additionalProperties", "severites");
        ObjectNode list = yaml(MINIMAL);
        list.set("display-names", NODES.objectNode().set("severities", NODES.arrayNode().add("嚴重錯誤")));
        assertOnlyError(list, "/display-names/severities", "type", null);
    }

    @Test
    void minimalPolicyIsValid() {
        assertEquals(Set.of(), messages(POLICY.validate(yaml(MINIMAL))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"09:00-18:00", "9:00-18:00", "8:30-17:30", "00:00-24:00", "22:00-02:00", "12:00-00:00",
        "23:59-24:00", "0:00-1:00"})
    void windowsAccepted(String window) {
        assertEquals(Set.of(), messages(POLICY.validate(minimalWith("/calendars/office/hours", "Mon-Fri", window))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9-12", "09:00-09:00", "00:00-00:00", "9:00-09:00", "24:00-06:00", "09:00\u201318:00",
        "09:60-10:00", "9:0-10:00", "09:00-24:01", "09:00 - 18:00", "009:00-10:00", ""})
    void windowsRejected(String window) {
        assertOnlyError(minimalWith("/calendars/office/hours", "Mon-Fri", window), "/calendars/office/hours/Mon-Fri",
                "pattern", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mon", "Sun", "Mon-Fri", "Sat-Sun", "Mon-Sun", "Thu-Sat"})
    void dayKeysAccepted(String day) {
        ObjectNode policy = yaml(MINIMAL);
        ObjectNode hours = (ObjectNode) policy.at("/calendars/office/hours");
        hours.set(day, hours.remove("Mon-Fri"));
        assertEquals(Set.of(), messages(POLICY.validate(policy)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sat-Mon", "Mon-Mon", "mon", "Monday", "Mon-Fry", "Mon\u2013Fri", "Mon - Fri"})
    void dayKeysRejected(String day) {
        ObjectNode policy = yaml(MINIMAL);
        ObjectNode hours = (ObjectNode) policy.at("/calendars/office/hours");
        hours.set(day, hours.remove("Mon-Fri"));
        assertOnlyError(policy, "/calendars/office/hours", "propertyNames", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0m", "30m", "4h", "1h30m", "90m", "24h", "PT4H", "PT30M", "PT1H30M"})
    void durationsAccepted(String duration) {
        assertEquals(Set.of(), messages(POLICY.validate(minimalWith("/targets/0", "within", duration))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2d", "P1D", "PT1D", "-4h", "4", "4 h", "1h90m", "PT4h", "1.5h", "PT4H30S", "4H", "h", ""})
    void durationsRejected(String duration) {
        assertOnlyError(minimalWith("/targets/0", "within", duration), "/targets/0/within", "pattern", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"50%", "100%", "150%", "1000%", "0.5%", "12.5%", "999.99%", "1000.0%"})
    void percentagesAccepted(String percent) {
        ObjectNode policy = yaml(MINIMAL);
        ((ArrayNode) policy.at("/targets/0/warn-at")).set(0, percent);
        assertEquals(Set.of(), messages(POLICY.validate(policy)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0%", "0.0%", "1001%", "1000.1%", "50", "-50%", "050%", "50 %", "%"})
    void percentagesRejected(String percent) {
        ObjectNode policy = yaml(MINIMAL);
        ((ArrayNode) policy.at("/targets/0/warn-at")).set(0, percent);
        assertOnlyError(policy, "/targets/0/warn-at/0", "pattern", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-24", "2026-12-24 13:00-18:00", "2026-02-01 8:30-9:00"})
    void closuresAccepted(String closure) {
        ObjectNode policy = yaml(MINIMAL);
        ((ObjectNode) policy.at("/calendars/office")).set("closed", NODES.arrayNode().add(closure));
        assertEquals(Set.of(), messages(POLICY.validate(policy)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-24 13:00", "2026-13-01", "24/12/2026", "2026-12-24T13:00-18:00", "2026-12-24 13:00-13:00"})
    void closuresRejected(String closure) {
        ObjectNode policy = yaml(MINIMAL);
        ((ObjectNode) policy.at("/calendars/office")).set("closed", NODES.arrayNode().add(closure));
        assertOnlyError(policy, "/calendars/office/closed/0", "pattern", null);
    }

    @Test
    void everyKeyOfTheDesignSampleIsAccepted() {
        // DESIGN.md's YAML sample, key for key: the normative names
        ObjectNode policy = yaml(MINIMAL);
        ObjectNode office = (ObjectNode) policy.at("/calendars/office");
        office.set("holidays", yaml("[hk, {file: cn-2027.yaml, override: true}]"));
        office.set("closed", yaml("[2026-12-24 13:00-18:00]"));
        office.set("open", yaml("[2026-12-27, {date: 2027-01-03, hours: [10:00-12:00, 13:00-16:00]}]"));
        office.set("coverage", yaml("{from: 2026-01-01, to: 2026-12-31}"));
        office.put("beyond-data", "extrapolate");
        policy.set("tiers", yaml("{premium: {includes: [standard], entitled: [on-site]}, standard: {entitled: [consultation]}}"));
        policy.set("waiting", yaml("[waiting-for-database]"));
        policy.set("events", yaml("[workaround-given, database-received, arranged]"));
        ((ArrayNode) policy.path("targets")).add(yaml("""
                {name: fix, when: {category: software-error, kind: [function-error], severity: severe, tier: premium,
                 service: on-site}, starts-on: opened, restarts-on: database-received,
                 stops-on: [workaround-given, resolved], paused-by: [], end-of-business-day: {cutoff: 30m},
                 calendar: office}"""));
        ((ArrayNode) policy.path("targets")).add(yaml("{name: arrange, stops-on: arranged, business-days: 1, calendar: 24x7}"));
        policy.set("escalations", yaml("[{at: 100%, of: [fix], notify: complaints-desk}]"));
        policy.set("out-of-hours", yaml("{calendar: office, rules: [{when: {service: consultation}, route: duty-engineer},"
                + " {when: {severity: severe}, route: escalate-now}], otherwise: first-at-opening}"));
        policy.set("intake", yaml("{required: [company], required-for: {software-error: [product, version]}}"));
        policy.set("follow-up", yaml("{unconfirmed: {every: Mon 10:00, calendar: office}}"));
        policy.set("versions", yaml("[{effective-from: 2027-01-01, targets: [{name: fix, stops-on: resolved, within: PT2H}],"
                + " escalations: [{at: 75%, of: fix, notify: team-lead}], out-of-hours: {otherwise: duty-engineer},"
                + " intake: {required: [company, product]}}]"));
        policy.put("name", "everything");
        assertEquals(Set.of(), messages(POLICY.validate(policy)));
        policy.set("tiers", yaml("[premium, standard]"));       // a plain list of tier names also works
        assertEquals(Set.of(), messages(POLICY.validate(policy)));
    }

    // ---------------------------------------------------------------- tickets

    @Test
    void ticketSampleIsValid() {
        JsonNode ticket = read(TICKETS.resolve("T-1001.yaml"));
        assertEquals(Set.of(), messages(TICKET.validate(ticket)));
        assertEquals(List.of(), ticketNameProblems("T-1001", ticket, read(POLICIES.resolve("hk-pos-erp.yaml"))));
        // the bare keys read as nulls
        assertTrue(ticket.at("/events/3").has("resume") && ticket.at("/events/3/resume").isNull());
        List<JsonNode> entries = new ArrayList<>();
        ticket.path("events").forEach(entries::add);
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(!at(entries.get(i)).isBefore(at(entries.get(i - 1))), "T-1001: events in time order, " + i);
        }
        assertSensibleHistory("T-1001", ticket, entries);
    }

    @Test
    void invalidTicketsFail() {
        ObjectNode ticket = (ObjectNode) read(TICKETS.resolve("T-1001.yaml"));
        ObjectNode two = ticket.deepCopy();
        ((ObjectNode) two.at("/events/0")).putNull("resolve");
        assertOnlyError(TICKET, two, "/events/0", "oneOf", null);

        ObjectNode lifecycle = ticket.deepCopy();
        ((ObjectNode) lifecycle.at("/events/0")).put("event", "resolved");
        assertOnlyError(TICKET, lifecycle, "/events/0/event", "not", null);

        ObjectNode time = ticket.deepCopy();
        time.put("opened", "2026-11-20 9:00");
        assertOnlyError(TICKET, time, "/opened", "pattern", null);

        ObjectNode number = ticket.deepCopy();
        ((ObjectNode) number.path("fields")).put("version", 5.2);
        assertOnlyError(TICKET, number, "/fields/version", "type", null);

        ObjectNode noSeverity = ticket.deepCopy();
        ((ObjectNode) noSeverity.path("classification")).remove("severity");
        assertOnlyError(TICKET, noSeverity, "/classification", "required", "severity");

        ObjectNode typo = ticket.deepCopy();
        ((ObjectNode) typo.at("/events/1")).set("reclasify", ((ObjectNode) typo.at("/events/1")).remove("reclassify"));
        assertError(TICKET.validate(typo), "/events/1", "additionalProperties", "reclasify");
    }

    @Test
    void sampleWeekRowsAreValidTickets() throws IOException {
        JsonNode policy = read(POLICIES.resolve("hk-pos-erp.yaml"));
        List<Map<String, String>> rows = csv(TICKETS.resolve("sample-week.csv"));
        assertTrue(rows.size() >= 18 && rows.size() <= 25, "about 20 tickets: " + rows.size());
        Set<String> ids = new HashSet<>();
        for (Map<String, String> row : rows) {
            String id = row.get("id");
            assertTrue(ids.add(id), "duplicate id " + id);
            ObjectNode ticket = ticketOf(row);
            assertEquals(Set.of(), messages(TICKET.validate(ticket)), id);
            assertEquals(List.of(), ticketNameProblems(id, ticket, policy));
            List<JsonNode> entries = new ArrayList<>();
            ticket.path("events").forEach(entries::add);
            entries.sort(Comparator.comparing(PolicySchemaTest::at).thenComparing(PolicySchemaTest::rankAtOneInstant));
            assertSensibleHistory(id, ticket, entries);
            LocalDate opened = hongKong(row.get("opened")).toLocalDate();
            assertTrue(!opened.isBefore(LocalDate.of(2026, 11, 16)) && !opened.isAfter(LocalDate.of(2026, 11, 22)),
                    id + " opened in the sample week");
        }
    }

    @Test
    void sampleHistoryTicketsAreValidTickets() throws IOException {
        JsonNode policy = read(POLICIES.resolve("hk-pos-erp.yaml"));
        Map<String, ObjectNode> tickets = new LinkedHashMap<>();
        for (Map<String, String> row : csv(TICKETS.resolve("sample-history.csv"))) {
            String id = row.get("ticket");
            if (row.get("action").equals("open")) {
                assertTrue(!tickets.containsKey(id), id + " opened twice");
                tickets.put(id, openedTicket(row));
            } else {
                assertTrue(tickets.containsKey(id), id + ": a row before the open row");
                ((ArrayNode) tickets.get(id).path("events")).add(entryOf(row));
            }
        }
        assertEquals(12, tickets.size());
        tickets.forEach((id, ticket) -> {
            assertEquals(Set.of(), messages(TICKET.validate(ticket)), id);
            assertEquals(List.of(), ticketNameProblems(id, ticket, policy));
            List<JsonNode> entries = new ArrayList<>();
            ticket.path("events").forEach(entries::add);
            for (int i = 1; i < entries.size(); i++) {
                assertTrue(!at(entries.get(i)).isBefore(at(entries.get(i - 1))), id + ": rows in time order, " + i);
            }
            assertSensibleHistory(id, ticket, entries);
            LocalDate opened = hongKong(ticket.path("opened").asText()).toLocalDate();
            assertTrue(!opened.isBefore(LocalDate.of(2026, 11, 16)) && !opened.isAfter(LocalDate.of(2026, 11, 22)),
                    id + " opened in the sample week");
        });
    }

    /** The open row of an event log as the YAML ticket it starts (README: "Many tickets with their history"). */
    private static ObjectNode openedTicket(Map<String, String> row) {
        ObjectNode ticket = NODES.objectNode().put("slakit-ticket", 1).put("id", row.get("ticket")).put("opened", row.get("at"));
        ticket.set("classification", classificationOf(row));
        ObjectNode fields = NODES.objectNode();
        row.forEach((column, value) -> {
            if (column.startsWith("field:") && !value.isEmpty()) {
                fields.put(column.substring("field:".length()), value);
            }
        });
        if (!fields.isEmpty()) {
            ticket.set("fields", fields);
        }
        ticket.putArray("events");
        return ticket;
    }

    /** A row of an event log after the open row, as the YAML ticket's entry. */
    private static ObjectNode entryOf(Map<String, String> row) {
        ObjectNode entry = NODES.objectNode().put("at", row.get("at"));
        switch (row.get("action")) {
            case "event", "pause" -> entry.put(row.get("action"), row.get("name"));
            case "reclassify" -> entry.set("reclassify", classificationOf(row));
            default -> entry.putNull(row.get("action"));
        }
        return entry;
    }

    private static ObjectNode classificationOf(Map<String, String> row) {
        ObjectNode c = NODES.objectNode();
        for (String key : List.of("category", "severity", "kind", "tier", "service")) {
            if (!row.getOrDefault(key, "").isEmpty()) {
                c.put(key, row.get(key));
            }
        }
        return c;
    }

    /** A row of the CSV as the YAML ticket it describes (README: "Many tickets: CSV"). */
    private static ObjectNode ticketOf(Map<String, String> row) {
        Set<String> classification = Set.of("category", "severity", "kind", "tier", "service");
        ObjectNode ticket = NODES.objectNode().put("slakit-ticket", 1).put("id", row.get("id")).put("opened", row.get("opened"));
        ObjectNode kinds = ticket.putObject("classification");
        ObjectNode fields = NODES.objectNode();
        ArrayNode events = ticket.putArray("events");
        Pattern wait = Pattern.compile("([^=;]+)=([^/;]+)/([^/;]*)");
        row.forEach((column, value) -> {
            if (value.isEmpty() || column.equals("id") || column.equals("opened")) {
                return;
            }
            if (classification.contains(column)) {
                kinds.put(column, value);
            } else if (column.startsWith("field:")) {
                fields.put(column.substring("field:".length()), value);
            } else if (column.equals("pauses")) {
                for (String each : value.split(";", -1)) {
                    Matcher m = wait.matcher(each);
                    assertTrue(m.matches(), row.get("id") + ": bad wait '" + each + "'");
                    events.addObject().put("at", m.group(2)).put("pause", m.group(1));
                    if (!m.group(3).isEmpty()) {
                        events.addObject().put("at", m.group(3)).putNull("resume");
                    }
                }
            } else if (column.equals("resolved") || column.equals("confirmed")) {
                events.addObject().put("at", value).putNull(column.equals("resolved") ? "resolve" : "confirm");
            } else {
                events.addObject().put("at", value).put("event", column);
            }
        });
        if (!fields.isEmpty()) {
            ticket.set("fields", fields);
        }
        return ticket;
    }

    /** README: at one instant, the end of a wait, then events (in column order), a new wait, resolved, confirmed. */
    private static int rankAtOneInstant(JsonNode entry) {
        return entry.has("resume") ? 0 : entry.has("event") ? 1 : entry.has("pause") ? 2 : entry.has("resolve") ? 3 : 4;
    }

    private static LocalDateTime at(JsonNode entry) {
        return hongKong(entry.path("at").asText());
    }

    /** The rules of DESIGN.md's Ticket: nothing before the opening, no resume without a wait, no wait after resolve, ... */
    private static void assertSensibleHistory(String id, JsonNode ticket, List<JsonNode> entries) {
        LocalDateTime opened = hongKong(ticket.path("opened").asText());
        boolean waiting = false;
        boolean resolved = false;
        for (JsonNode entry : entries) {
            assertTrue(!at(entry).isBefore(opened), id + ": before the opening: " + entry);
            if (entry.has("pause")) {
                assertTrue(!resolved, id + ": a wait after resolve: " + entry);
                waiting = true;
            } else if (entry.has("resume")) {
                assertTrue(waiting, id + ": resume without a wait: " + entry);
                waiting = false;
            } else if (entry.has("resolve")) {
                assertTrue(!resolved, id + ": resolved twice: " + entry);
                resolved = true;
                waiting = false;
            } else if (entry.has("reopen") || entry.has("confirm")) {
                assertTrue(resolved, id + ": not resolved: " + entry);
                resolved = !entry.has("reopen");
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static ObjectNode seed000() {
        return (ObjectNode) read(POLICIES.resolve("hk-pos-erp.yaml"));
    }

    private static ObjectNode target(JsonNode policy, int index) {
        return (ObjectNode) policy.path("targets").path(index);
    }

    private static ObjectNode minimalWith(String pointer, String key, String value) {
        ObjectNode policy = yaml(MINIMAL);
        ((ObjectNode) policy.at(pointer)).put(key, value);
        return policy;
    }

    private static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends JsonNode> T yaml(String text) {
        try {
            return (T) YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> csv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(header).readValues(file.toFile())) {
            it.forEachRemaining(row -> rows.add(new LinkedHashMap<>(row)));
        }
        return rows;
    }

    private static LocalDateTime hongKong(String time) {
        String iso = time.replace(' ', 'T');
        return iso.matches(".*(Z|[+-]\\d\\d:\\d\\d)$")
                ? OffsetDateTime.parse(iso).atZoneSameInstant(HONG_KONG).toLocalDateTime()
                : LocalDateTime.parse(iso);
    }

    private static Set<String> messages(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertOnlyError(JsonNode policy, String location, String type, String property) {
        assertOnlyError(POLICY, policy, location, type, property);
    }

    /** The expected error is reported, and nothing is reported outside the node that was broken. */
    private static void assertOnlyError(JsonSchema schema, JsonNode instance, String location, String type, String property) {
        Set<ValidationMessage> errors = schema.validate(instance);
        assertError(errors, location, type, property);
        for (ValidationMessage error : errors) {
            String at = error.getInstanceLocation().toString();
            assertTrue(at.equals(location) || at.startsWith(location + "/"), "unexpected error elsewhere: " + error);
        }
    }

    private static void assertError(Set<ValidationMessage> errors, String location, String type, String property) {
        boolean found = errors.stream().anyMatch(e -> e.getInstanceLocation().toString().equals(location)
                && e.getType().equals(type) && (property == null || property.equals(e.getProperty())));
        assertTrue(found, () -> "expected " + type + (property == null ? "" : " '" + property + "'") + " at '" + location
                + "', got " + errors.stream().map(e -> e.getType() + " at '" + e.getInstanceLocation() + "' ("
                + e.getProperty() + "): " + e.getMessage()).collect(Collectors.joining("; ")));
    }

    // ---------------------------------------------------------------- cross-references

    private static Set<String> texts(JsonNode list) {
        Set<String> out = new TreeSet<>();
        if (list.isTextual()) {
            out.add(list.asText());
        }
        list.forEach(item -> out.add(item.asText()));
        return out;
    }

    private static Set<String> keys(JsonNode map) {
        Set<String> out = new TreeSet<>();
        map.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The names a policy defines, and the checks of every use against them. */
    private record Names(Set<String> calendars, Set<String> severities, Map<String, Set<String>> kinds, Set<String> tiers,
                         Set<String> services, Set<String> waiting, Set<String> events) {

        static Names of(JsonNode policy) {
            Set<String> calendars = keys(policy.path("calendars"));
            calendars.add("24x7");
            Map<String, Set<String>> kinds = new LinkedHashMap<>();
            policy.path("categories").properties().forEach(e ->
                    kinds.put(e.getKey(), texts(e.getValue().isArray() ? e.getValue() : e.getValue().path("kinds"))));
            JsonNode tiers = policy.path("tiers");
            Set<String> services = new TreeSet<>();
            tiers.forEach(tier -> services.addAll(texts(tier.path("entitled"))));
            Set<String> events = texts(policy.path("events"));
            events.addAll(BUILT_IN_EVENTS);
            return new Names(calendars, texts(policy.path("severities")), kinds, tiers.isArray() ? texts(tiers) : keys(tiers),
                    services, texts(policy.path("waiting")), events);
        }

        void when(String at, JsonNode when, List<String> problems) {
            Set<String> allKinds = new TreeSet<>();
            Set<String> categories = when.has("category") ? texts(when.path("category")) : kinds.keySet();
            categories.forEach(c -> allKinds.addAll(kinds.getOrDefault(c, Set.of())));
            check(at, "category", when.path("category"), kinds.keySet(), problems);
            check(at, "kind", when.path("kind"), allKinds, problems);
            check(at, "severity", when.path("severity"), severities, problems);
            check(at, "tier", when.path("tier"), tiers, problems);
            check(at, "service", when.path("service"), services, problems);
        }

        static void check(String at, String what, JsonNode used, Set<String> defined, List<String> problems) {
            for (String name : texts(used)) {
                if (!defined.contains(name)) {
                    problems.add(at + ": " + what + " '" + name + "' " + (what.equals("event") ? "not declared" : "not defined"));
                }
            }
        }
    }

    /** What DESIGN.md makes a load error beyond the grammar: a name used but not defined, and the like. */
    private static List<String> crossReferenceProblems(JsonNode policy) {
        Names names = Names.of(policy);
        List<String> problems = new ArrayList<>();
        policy.path("tiers").properties().forEach(e ->
                Names.check("/tiers/" + e.getKey(), "tier", e.getValue().path("includes"), names.tiers(), problems));
        Names.check("/follow-up", "calendar", policy.at("/follow-up/unconfirmed/calendar"), names.calendars(), problems);
        sections(policy, "", policy, names, problems);
        displayNames(policy, names, problems);
        String previous = "";
        for (int v = 0; v < policy.path("versions").size(); v++) {
            JsonNode version = policy.path("versions").path(v);
            String from = version.path("effective-from").asText();
            if (from.compareTo(previous) <= 0) {
                problems.add("/versions/" + v + ": effective-from " + from + " not after " + previous);
            }
            previous = from;
            ObjectNode effective = ((ObjectNode) policy).deepCopy();
            version.properties().forEach(e -> effective.set(e.getKey(), e.getValue()));
            sections(effective, "/versions/" + v, version, names, problems);
        }
        return problems;
    }

    /** Checks the versioned sections of {@code effective}; reports those that {@code own} holds. */
    private static void sections(JsonNode effective, String prefix, JsonNode own, Names names, List<String> problems) {
        Set<String> targetNames = new TreeSet<>();
        effective.path("targets").forEach(t -> targetNames.add(t.path("name").asText()));
        if (own.has("targets")) {
            for (int i = 0; i < own.path("targets").size(); i++) {
                JsonNode target = own.path("targets").path(i);
                String at = prefix + "/targets/" + i;
                names.when(at, target.path("when"), problems);
                for (String key : List.of("starts-on", "stops-on", "restarts-on")) {
                    Names.check(at, "event", target.path(key), names.events(), problems);
                }
                Names.check(at, "waiting state", target.path("paused-by"), names.waiting(), problems);
                Names.check(at, "calendar", target.path("calendar"), names.calendars(), problems);
                if (target.has("end-of-business-day") && target.path("calendar").asText().equals("24x7")) {
                    problems.add(at + ": end-of-business-day on a calendar that never closes");
                }
            }
        }
        if (own.has("escalations") || own.has("targets")) {
            for (int i = 0; i < effective.path("escalations").size(); i++) {
                Names.check(prefix + "/escalations/" + i, "target", effective.path("escalations").path(i).path("of"),
                        targetNames, problems);
            }
        }
        if (own.has("out-of-hours")) {
            JsonNode routing = own.path("out-of-hours");
            Names.check(prefix + "/out-of-hours", "calendar", routing.path("calendar"), names.calendars(), problems);
            for (int i = 0; i < routing.path("rules").size(); i++) {
                names.when(prefix + "/out-of-hours/rules/" + i, routing.path("rules").path(i).path("when"), problems);
            }
        }
        if (own.has("intake")) {
            Names.check(prefix + "/intake", "category", keysNode(own.at("/intake/required-for")), names.kinds().keySet(),
                    problems);
        }
    }

    /** The ids of {@code display-names}: each declared, a target name by any entry of the policy or a version. */
    private static void displayNames(JsonNode policy, Names names, List<String> problems) {
        JsonNode display = policy.path("display-names");
        Set<String> kinds = new TreeSet<>();
        names.kinds().values().forEach(kinds::addAll);
        Set<String> targets = new TreeSet<>();
        policy.path("targets").forEach(t -> targets.add(t.path("name").asText()));
        policy.path("versions").forEach(v -> v.path("targets").forEach(t -> targets.add(t.path("name").asText())));
        // each key of display-names: what its ids are, as messages name them, and the ids declared
        Map<String, Map.Entry<String, Set<String>>> declared = new LinkedHashMap<>();
        declared.put("categories", Map.entry("category", names.kinds().keySet()));
        declared.put("kinds", Map.entry("kind", kinds));
        declared.put("severities", Map.entry("severity", names.severities()));
        declared.put("targets", Map.entry("target", targets));
        declared.put("tiers", Map.entry("tier", names.tiers()));
        declared.put("waiting-states", Map.entry("waiting state", names.waiting()));
        declared.forEach((key, ids) -> Names.check("/display-names/" + key, ids.getKey(), keysNode(display.path(key)),
                ids.getValue(), problems));
    }

    private static JsonNode keysNode(JsonNode map) {
        ArrayNode out = NODES.arrayNode();
        keys(map).forEach(out::add);
        return out;
    }

    /** The names a ticket uses, against the policy it belongs to. */
    private static List<String> ticketNameProblems(String id, JsonNode ticket, JsonNode policy) {
        Names names = Names.of(policy);
        List<String> problems = new ArrayList<>();
        Consumer<JsonNode> classification = c -> {
            if (c.isMissingNode()) {
                return;
            }
            Names.check(id, "category", c.path("category"), names.kinds().keySet(), problems);
            Names.check(id, "kind", c.path("kind"), names.kinds().getOrDefault(c.path("category").asText(), Set.of()), problems);
            Names.check(id, "severity", c.path("severity"), names.severities(), problems);
            Names.check(id, "tier", c.path("tier"), names.tiers(), problems);
            Names.check(id, "service", c.path("service"), names.services(), problems);
        };
        classification.accept(ticket.path("classification"));
        for (JsonNode entry : ticket.path("events")) {
            Names.check(id, "event", entry.path("event"), names.events(), problems);
            Names.check(id, "waiting state", entry.path("pause"), names.waiting(), problems);
            classification.accept(entry.path("reclassify"));
        }
        return problems;
    }
}
