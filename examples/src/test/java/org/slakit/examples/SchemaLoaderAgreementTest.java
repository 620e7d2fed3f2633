package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.config.PolicyException;
import org.slakit.config.PolicyYaml;

/**
 * The JSON Schema is the complete grammar of the policy format, and the loader reads that format:
 * on every case here, both accept or both reject.
 */
class SchemaLoaderAgreementTest {

    private static final String BASE = "https://slakit.org/schema/";
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix(BASE, "classpath:"))).getSchema(SchemaLocation.of(BASE + "slakit-policy.schema.json"));
    private static final YAMLMapper YAML = new YAMLMapper();

    static Stream<Arguments> cases() throws IOException {
        String seed = Files.readString(Path.of("policies/hk-pos-erp.yaml"), StandardCharsets.UTF_8);
        return Stream.of(
            Arguments.of("seed 000 as shipped", seed, true),
            Arguments.of("seed 001 as shipped", Files.readString(Path.of("policies/pos-vendor.yaml"), StandardCharsets.UTF_8), true),
            Arguments.of("seed 002 as shipped", Files.readString(Path.of("policies/restaurant-system.yaml"), StandardCharsets.UTF_8), true),
            Arguments.of("seed 003 as shipped", Files.readString(Path.of("policies/heating-billing.yaml"), StandardCharsets.UTF_8), true),
            Arguments.of("no name: a label, named after the file", seed.replace("name: Hong Kong POS/ERP vendor, after-sales service\n", ""), true),
            Arguments.of("a plain list of tiers", seed.replace("  standard: {entitled: [bug-fix, consultation]}",
                    "  - standard").replace("{when: {service: consultation}, route: duty-engineer}",
                    "{when: {severity: general}, route: duty-engineer}"), true),
            Arguments.of("a tier with nothing after it", seed.replace("  standard: {entitled: [bug-fix, consultation]}",
                    "  standard:").replace("{when: {service: consultation}, route: duty-engineer}",
                    "{when: {severity: general}, route: duty-engineer}"), true),
            Arguments.of("a version that drops the escalations", seed.replace(
                    "    escalations:\n      - {at: 75%, of: [fix], notify: team-lead}\n"
                    + "      - {at: 100%, of: [fix, reply], notify: complaints-desk}\n"
                    + "      - {at: 200%, of: fix, notify: service-manager}\n", "    escalations: []\n"), true),
            Arguments.of("out-of-hours with no rules, as written back", seed.replace(
                    "  rules:\n    - {when: {service: consultation}, route: duty-engineer}  # answered by the duty engineer\n"
                    + "    - {when: {severity: severe}, route: escalate-now}        # urgent: the manager is called\n",
                    "  rules: []\n"), true),
            Arguments.of("out-of-hours on the first calendar by default", seed.replace(
                    "out-of-hours:                       # 非上班時間 (after hours, public holidays)\n  calendar: office\n",
                    "out-of-hours:\n"), true),
            Arguments.of("no display names", seed.substring(0, seed.indexOf("display-names:"))
                    + seed.substring(seed.indexOf("versions:")), true),
            Arguments.of("a display name of 100 characters", seed.replace("fix: 解決,", "fix: " + "解".repeat(100) + ","), true),
            Arguments.of("a display name of 101 characters", seed.replace("fix: 解決,", "fix: " + "解".repeat(101) + ","), false),
            Arguments.of("a blank display name", seed.replace("fix: 解決,", "fix: '\u3000',"), false),
            Arguments.of("a display name of two lines", seed.replace("fix: 解決,", "fix: \"解決\\n問題\","), false),
            Arguments.of("display names of a misspelt kind", seed.replace("  targets: {fix: 解決", "  target: {fix: 解決"), false),
            Arguments.of("display names as a list", seed.replace("  targets: {fix: 解決, reply: 答復}", "  targets: [解決, 答復]"), false),
            Arguments.of("misspelt key", seed.replace("    stops-on: replied", "    stop-on: replied"), false),
            Arguments.of("two deadline rules", seed.replace("    within: 48h\n", "    within: 48h\n    business-days: 2\n"), false),
            Arguments.of("window 9-12", seed.replace("Sat: 10:00-18:00", "Sat: 9-12"), false),
            Arguments.of("duration 2d", seed.replace("within: 48h", "within: 2d"), false),
            Arguments.of("percentage 0%", seed.replace("warn-at: [50%, 75%]", "warn-at: [0%, 75%]"), false),
            Arguments.of("unknown route", seed.replace("route: escalate-now", "route: panic"), false),
            Arguments.of("no format version", seed.replace("slakit: 1\n", ""), false),
            Arguments.of("format version 2", seed.replace("slakit: 1\n", "slakit: 2\n"), false),
            Arguments.of("backward day range", seed.replace("Mon-Fri: 09:00-18:00", "Fri-Mon: 09:00-18:00"), false),
            Arguments.of("a calendar named 24x7", seed.replace("  office:                           # 正常上班時間",
                    "  24x7:\n    hours: {Mon-Sun: 00:00-24:00}\n  office:"), false),
            Arguments.of("beyond_data", seed.replace("    holidays: [hk]", "    holidays: [hk]\n    beyond_data: error"), false),
            Arguments.of("unknown beyond-data", seed.replace("    holidays: [hk]", "    holidays: [hk]\n    beyond-data: guess"), false),
            Arguments.of("a closure that is not a date", seed.replace("2026-12-24 13:00-18:00", "Christmas Eve"), false),
            Arguments.of("the 1823 feed's JSON beside the ready set", holidays(seed, "[hk, {ical-json: " + FEEDS + "hk-1823-en.json, region: hk}]"), true),
            Arguments.of("an iCalendar feed with every key", holidays(seed, "[hk, {ical: " + FEEDS + "holiday-cn-2026.ics, region: cn,"
                    + " name: CN 2026, covers: {from: 2026-01-01, to: 2026-12-31}, override: false}]"), true),
            Arguments.of("holiday-cn's JSON, region cn by default", holidays(seed, "[hk, {holiday-cn: " + FEEDS + "holiday-cn-2026.json}]"), true),
            Arguments.of("an iCalendar feed without its region", holidays(seed, "[hk, {ical: " + FEEDS + "holiday-cn-2026.ics}]"), false),
            Arguments.of("a feed's covers without its end", holidays(seed, "[hk, {holiday-cn: " + FEEDS + "holiday-cn-2026.json,"
                    + " covers: {from: 2026-01-01}}]"), false),
            Arguments.of("a feed with an unknown key", holidays(seed, "[hk, {holiday-cn: " + FEEDS + "holiday-cn-2026.json, year: 2026}]"), false),
            Arguments.of("a file and a feed in one entry", holidays(seed, "[hk, {file: x.yaml, ical: " + FEEDS + "holiday-cn-2026.ics,"
                    + " region: cn}]"), false),
            Arguments.of("a holiday file given a region", holidays(seed, "[{file: x.yaml, region: hk}]"), false),
            Arguments.of("dates closed every year", holidays(seed, "[hk]\n    closed-every-year: [12-24, 02-29, 12-31]"), true),
            Arguments.of("a date closed every year that is no date", holidays(seed, "[hk]\n    closed-every-year: [02-30]"), false),
            Arguments.of("a year in a date closed every year", holidays(seed, "[hk]\n    closed-every-year: [2026-12-25]"), false),
            Arguments.of("a date closed every year twice", holidays(seed, "[hk]\n    closed-every-year: [12-24, 12-24]"), false),
            Arguments.of("business-days at the same time", seed.replace("    within: 48h\n", "    business-days: {days: 2, at: same-time}\n"), true),
            Arguments.of("business-days at the end of the day", seed.replace("    within: 48h\n", "    business-days: {days: 2, at: end-of-day}\n"), true),
            Arguments.of("business-days at an unknown time", seed.replace("    within: 48h\n", "    business-days: {days: 2, at: noon}\n"), false),
            Arguments.of("business-days without its days", seed.replace("    within: 48h\n", "    business-days: {at: same-time}\n"), false),
            Arguments.of("business-days with a misspelt key", seed.replace("    within: 48h\n", "    business-days: {day: 2}\n"), false),
            Arguments.of("a calendar in its own zone", holidays(seed, "[hk]\n    zone: Europe/London"), true),
            Arguments.of("a calendar at a fixed offset", holidays(seed, "[hk]\n    zone: '+08:00'"), true),
            Arguments.of("a calendar zone that is no id", holidays(seed, "[hk]\n    zone: Hong Kong"), false));
    }

    /** The real published feeds, as the sla-calendars tests keep them, relative to the policies. */
    private static final String FEEDS = "../../sla-calendars/src/test/resources/org/slakit/calendars/feeds/";

    private static String holidays(String seed, String list) {
        return seed.replace("    holidays: [hk]", "    holidays: " + list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void schemaAndLoader_agree(String what, String yaml, boolean valid) throws IOException {
        JsonNode tree = YAML.readTree(yaml);
        boolean schemaAccepts = tree != null && SCHEMA.validate(tree).isEmpty();
        boolean loaderAccepts;
        try {
            PolicyYaml.read(new StringReader(yaml), "case.yaml", Path.of("policies"));
            loaderAccepts = true;
        } catch (PolicyException e) {
            loaderAccepts = false;
        }
        assertEquals(valid, schemaAccepts, what + ": the schema");
        assertEquals(valid, loaderAccepts, what + ": the loader");
    }
}
