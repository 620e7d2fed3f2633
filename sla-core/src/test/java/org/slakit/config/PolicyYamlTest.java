package org.slakit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slakit.calendar.HolidaySet;
import org.slakit.policy.DisplayNames;
import org.slakit.policy.SlaPolicy;

class PolicyYamlTest {

    /** A small valid policy; each bad case replaces one line of it. */
    private static final String VALID = String.join("\n",
            "slakit: 1",                                                   // 1
            "name: test vendor",                                           // 2
            "zone: Asia/Shanghai",                                         // 3
            "calendars:",                                                  // 4
            "  office:",                                                   // 5
            "    hours:",                                                  // 6
            "      Mon-Fri: [09:00-12:00, 13:30-18:00]",                   // 7
            "      Sat: 10:00-12:00",                                      // 8
            "severities: [severe, general]",                               // 9
            "categories:",                                                 // 10
            "  software-error: [function-error, data-mismatch]",           // 11
            "  requirement: {kinds: [new-feature], requirement: true}",    // 12
            "events: [workaround-given]",                                  // 13
            "targets:",                                                    // 14
            "  - name: fix",                                               // 15
            "    when: {severity: severe}",                                // 16
            "    stops-on: [workaround-given, resolved]",                  // 17
            "    within: 4h",                                              // 18
            "    calendar: office",                                        // 19
            "");

    private static String replace(int line, String text) {
        return replace(line, line, text);
    }

    /** VALID with lines {@code first} to {@code last} replaced by the text. */
    private static String replace(int first, int last, String text) {
        List<String> lines = new java.util.ArrayList<>(List.of(VALID.split("\n", -1)));
        lines.subList(first - 1, last).clear();
        lines.add(first - 1, text);
        return String.join("\n", lines);
    }

    @Test
    void read_validPolicy_builds() {
        SlaPolicy policy = PolicyYaml.read(VALID, "p.yaml");
        assertEquals("test vendor", policy.name());
        assertEquals(policy, PolicyYaml.read(PolicyYaml.write(policy), "written.yaml"));
    }

    @Test
    void write_wholeDateClosures_areKeptSoTheRoundTripIsEqual() {
        String yaml = replace(8, "      Sat: 10:00-12:00\n    closed: [2026-12-25, 2026-12-24 13:00-18:00, 2026-12-31, 2026-12-31 09:00-10:00]");
        SlaPolicy policy = PolicyYaml.read(yaml, "p.yaml");
        SlaPolicy again = PolicyYaml.read(PolicyYaml.write(policy), "written.yaml");
        assertEquals(policy, again);
        assertEquals(false, again.calendars().get("office").isWorkingDay(java.time.LocalDate.of(2026, 12, 25)));
    }

    /** In YAML a key with nothing after it holds null, as {@code ~} does, not an empty text. */
    @Test
    void read_emptyValue_isNull() {
        SlaPolicy plain = PolicyYaml.read(replace(13, "events: [workaround-given]\ntiers: [premium, standard]"), "p.yaml");
        assertEquals(plain, PolicyYaml.read(replace(13, "events: [workaround-given]\ntiers: {premium: ~, standard: ~}"), "p.yaml"));
        assertEquals(plain, PolicyYaml.read(replace(13, "events: [workaround-given]\ntiers:\n  premium:\n  standard:"), "p.yaml"));
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.read(replace(9, "severities:"), "p.yaml"));
        assertEquals("p.yaml:9:12: severities: Expected a list, was nothing", e.lines().get(0));
    }

    /** A policy file finds its holiday files beside it, whatever the working folder; its last line needs no line end. */
    @Test
    void load_policyFile_findsHolidayFilesBesideIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("days.yaml"), String.join("\n", "slakit-holidays: 1", "region: cn", "name: Days",
                "covers: {from: 2026-01-01, to: 2026-12-31}", "days-off: [{date: 2026-10-01, name: National Day}]", ""));
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, replace(8, "      Sat: 10:00-12:00\n    holidays: [{file: days.yaml}]").strip());
        SlaPolicy policy = PolicyYaml.load(file);
        assertEquals(false, policy.calendars().get("office").isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertEquals(true, policy.calendars().get("office").isWorkingDay(LocalDate.of(2026, 10, 2)));
        assertEquals("office", policy.targets().get(0).calendar().orElseThrow());
    }

    /** A holiday file with Chinese names, as the author of a policy in Chinese saves it beside the policy. */
    private static final String DAYS_ZH = String.join("\n", "slakit-holidays: 1", "region: cn", "name: 国庆节",
            "covers: {from: 2026-01-01, to: 2026-12-31}", "days-off: [{date: 2026-10-01, name: National Day, name-zh: 国庆节}]", "");
    private static final Charset GBK = Charset.forName("GBK");

    /** VALID named in Chinese, its calendar naming days.yaml (line 9). */
    private static String policyNamingDays() {
        return replace(2, "name: 测试供应商").replace("      Sat: 10:00-12:00\n", "      Sat: 10:00-12:00\n    holidays: [{file: days.yaml}]\n");
    }

    /** Saved as GBK, as Windows Notepad does: the policy's encoding is that of the holiday files it names. */
    @Test
    void load_gbkPolicyNamingAGbkHolidayFile_readsBothInThatEncoding(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("days.yaml"), DAYS_ZH.getBytes(GBK));
        Path file = dir.resolve("p.yaml");
        Files.write(file, policyNamingDays().getBytes(GBK));
        SlaPolicy policy = PolicyYaml.load(file, GBK);
        assertEquals("测试供应商", policy.name());
        HolidaySet set = policy.calendars().get("office").holidaySets().get(0);
        assertEquals("国庆节", set.name());
        assertEquals("国庆节", set.days().get(0).nameZh());
        assertEquals(false, policy.calendars().get("office").isWorkingDay(LocalDate.of(2026, 10, 1)));
    }

    /**
     * Read as UTF-8, a GBK holiday file is a problem of the policy at its entry, giving the holiday
     * file's own line and column, and the exception names GBK.
     */
    @Test
    void load_gbkHolidayFileReadAsUtf8_isAProblemAtItsEntry_namingItsLineAndColumn(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("days.yaml"), DAYS_ZH.getBytes(GBK));
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, replace(8, "      Sat: 10:00-12:00\n    holidays: [{file: days.yaml}]"), StandardCharsets.UTF_8);
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.load(file));
        // 国 is B9 FA in GBK: B9 begins a UTF-8 sequence no byte may begin
        assertEquals(List.of(file + ":9:16: calendars.office.holidays[0]: Holiday file 'days.yaml' has problems: "
                + dir.resolve("days.yaml") + ":3:7: The file is not UTF-8 text: byte 0xB9 cannot be read as UTF-8; it reads"
                + " as GBK, as Windows Notepad and many Chinese editors save: save it as UTF-8 (in Notepad: Save As, Encoding"
                + " UTF-8), or convert it with iconv -f GBK -t UTF-8"), e.lines());
        assertEquals(Optional.of(GBK), e.likelyEncoding());
    }

    /** One encoding for the policy and its holiday files: a UTF-8 holiday file beside a GBK policy is refused, not guessed. */
    @Test
    void load_gbkPolicyNamingAUtf8HolidayFile_isAProblemNamingUtf8(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("days.yaml"), DAYS_ZH, StandardCharsets.UTF_8);
        Path file = dir.resolve("p.yaml");
        Files.write(file, policyNamingDays().getBytes(GBK));
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.load(file, GBK));
        assertEquals(1, e.lines().size(), e.lines().toString());
        assertEquals(true, e.lines().get(0).startsWith(file + ":9:16: calendars.office.holidays[0]: Holiday file 'days.yaml' has"
                + " problems: " + dir.resolve("days.yaml") + ":3:"), e.lines().get(0));
        assertEquals(true, e.lines().get(0).endsWith("cannot be read as GBK; it reads as UTF-8"), e.lines().get(0));
        assertEquals(Optional.of(StandardCharsets.UTF_8), e.likelyEncoding());
    }

    /** Read from a reader, a policy's holiday files are UTF-8, as they always were. */
    @Test
    void read_fromAReader_readsHolidayFilesAsUtf8(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("days.yaml"), DAYS_ZH, StandardCharsets.UTF_8);
        SlaPolicy policy = PolicyYaml.read(new StringReader(policyNamingDays()), "p.yaml", dir);
        assertEquals("国庆节", policy.calendars().get("office").holidaySets().get(0).days().get(0).nameZh());
    }

    @Test
    void load_nullArguments_areRejected(@TempDir Path dir) {
        assertThrows(NullPointerException.class, () -> PolicyYaml.load(null, GBK));
        assertThrows(NullPointerException.class, () -> PolicyYaml.load(dir.resolve("p.yaml"), null));
    }

    /** The name is a label: a file without one is named after itself. */
    @Test
    void read_noName_namesThePolicyAfterTheFile() {
        assertEquals("vendor.yaml", PolicyYaml.read(replace(2, "# no name"), "vendor.yaml").name());
    }

    @Test
    void read_outOfHoursWithoutCalendar_routesOnTheFirstCalendar() {
        SlaPolicy policy = PolicyYaml.read(VALID + "out-of-hours: {otherwise: duty-engineer}\n", "p.yaml");
        assertEquals("office", policy.outOfHours().orElseThrow().calendar());
    }

    /** Double.toString writes 0.0001 as 1.0E-4, which is no percentage. */
    @Test
    void write_smallPercentage_isWrittenPlainSoTheRoundTripIsEqual() {
        SlaPolicy policy = PolicyYaml.read(replace(19, "    calendar: office\n    warn-at: [0.0001%, 12.5%, 100%]"), "p.yaml");
        String written = PolicyYaml.write(policy);
        assertEquals(true, written.contains("- 0.0001%\n"), written);
        assertEquals(policy, PolicyYaml.read(written, "written.yaml"));
    }

    /** VALID with tiers and waiting states (line 13), so that every kind can be named, and display names from line 21. */
    private static String named(String... displayNames) {
        return replace(13, "events: [workaround-given]\ntiers: [premium, standard]\nwaiting: [waiting-for-database]")
                + "display-names:\n" + String.join("\n", displayNames) + "\n";
    }

    @Test
    void read_displayNames_everyKind_andTheRoundTripIsEqual() {
        SlaPolicy policy = PolicyYaml.read(named(
                "  severities: {general: 一般錯誤, severe: 嚴重錯誤}",
                "  categories: {software-error: 軟件錯誤}",
                "  kinds: {data-mismatch: 數據不一致或不對, new-feature: 增加功能}",
                "  targets: {fix: 解決}",
                "  tiers: {premium: 付費客戶, standard: 免費客戶}",
                "  waiting-states: {waiting-for-database: 等待客戶數據庫}"), "p.yaml");
        DisplayNames names = policy.displayNames();
        assertEquals("嚴重錯誤", names.of(DisplayNames.Kind.SEVERITY, "severe"));
        assertEquals("requirement", names.of(DisplayNames.Kind.CATEGORY, "requirement"));
        assertEquals("等待客戶數據庫", names.of(DisplayNames.Kind.WAITING_STATE, "waiting-for-database"));
        String written = PolicyYaml.write(policy);
        // written back in the policy's order of declaration, not the file's
        assertEquals(true, written.contains("""
                display-names:
                  kinds:
                    data-mismatch: 數據不一致或不對
                    new-feature: 增加功能
                  severities:
                    severe: 嚴重錯誤
                    general: 一般錯誤
                """.replace("display-names:\n  kinds", "display-names:\n  categories:\n    software-error: 軟件錯誤\n  kinds")), written);
        assertEquals(policy, PolicyYaml.read(written, "written.yaml"));
    }

    /** Names that YAML would read as something else, or not at all, unless written with care. */
    @Test
    void write_displayNamesYamlWouldMisread_areQuotedSoTheRoundTripIsEqual() {
        SlaPolicy policy = PolicyYaml.read(named("  tiers: {premium: 'null', standard: '~'}",
                "  severities: {severe: 'yes', general: '1.0'}",
                "  targets: {fix: '解決: 一天內 # 備註'}",
                "  waiting-states: {waiting-for-database: ' - [等待] '}"), "p.yaml");
        assertEquals(" - [等待] ", policy.displayNames().of(DisplayNames.Kind.WAITING_STATE, "waiting-for-database"));
        String written = PolicyYaml.write(policy);
        assertEquals(policy, PolicyYaml.read(written, "written.yaml"), written);
    }

    @Test
    void write_noDisplayNames_writesNoSection() {
        assertEquals(false, PolicyYaml.write(PolicyYaml.read(VALID, "p.yaml")).contains("display-names"));
        assertEquals(DisplayNames.none(), PolicyYaml.read(named("  severities: {}"), "p.yaml").displayNames());
    }

    static Stream<Arguments> badDisplayNames() {
        return Stream.of(
            // an id the policy does not declare, of each kind, in the builder's words
            Arguments.of(List.of("  severities: {sever: 嚴重錯誤}"), List.of(
                "p.yaml:23:23: display-names.severities.sever: Severity 'sever' is not defined (severities: severe, general)")),
            Arguments.of(List.of("  categories:", "    software: 軟件錯誤"), List.of(
                "p.yaml:24:15: display-names.categories.software: Category 'software' is not defined"
                    + " (categories: software-error, requirement)")),
            Arguments.of(List.of("  kinds: {function-eror: 功能錯誤}"), List.of(
                "p.yaml:23:26: display-names.kinds.function-eror: Kind 'function-eror' is not a kind of any category")),
            Arguments.of(List.of("  targets: {respond: 回應}"), List.of(
                "p.yaml:23:22: display-names.targets.respond: Target 'respond' is not defined (targets: fix)")),
            Arguments.of(List.of("  tiers: {gold: 金牌}"), List.of(
                "p.yaml:23:17: display-names.tiers.gold: Tier 'gold' is not defined (tiers: premium, standard)")),
            Arguments.of(List.of("  waiting-states: {waiting: 等待}"), List.of(
                "p.yaml:23:29: display-names.waiting-states.waiting: Waiting state 'waiting' is not declared"
                    + " (waiting states: waiting-for-database)")),
            // names that are not one short line
            Arguments.of(List.of("  severities: {severe: ' ', general: \"一般\\n錯誤\"}"), List.of(
                "p.yaml:23:24: display-names.severities.severe: Display name of severity 'severe' must not be blank, was ' '",
                "p.yaml:23:38: display-names.severities.general: Display name of severity 'general' must not contain a line break,"
                    + " was '一般\\n錯誤'")),
            Arguments.of(List.of("  targets:", "    fix: " + "解".repeat(101)), List.of(
                "p.yaml:24:10: display-names.targets.fix: Display name of target 'fix' must be at most 100 characters, was 101")),
            // problems of form: a misspelt kind, a shape that is not a mapping, a name that is not text
            Arguments.of(List.of("  severites: {severe: 嚴重錯誤}"), List.of(
                "p.yaml:23:3: display-names.severites: Unknown key 'severites', did you mean 'severities'?")),
            Arguments.of(List.of("  severities: [severe]"), List.of(
                "p.yaml:23:15: display-names.severities: Expected a mapping of severities to their display names, was a list")),
            Arguments.of(List.of("  severities:"), List.of(
                "p.yaml:23:14: display-names.severities: Expected a mapping of severities to their display names, was nothing")),
            Arguments.of(List.of("  severities: {severe: [嚴重, 錯誤], general: }"), List.of(
                "p.yaml:23:24: display-names.severities.severe: Expected a single value, was a list",
                "p.yaml:23:42: display-names.severities.general: Expected a value, was none")),
            Arguments.of(List.of("  - severities"), List.of(
                "p.yaml:23:3: display-names: Expected a mapping, was a list")));
    }

    @ParameterizedTest
    @MethodSource("badDisplayNames")
    void read_badDisplayNames_namesLineColumnPathAndRule(List<String> section, List<String> expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.read(named(section.toArray(String[]::new)), "p.yaml"));
        assertEquals(expected, e.lines());
    }

    static Stream<Arguments> badPolicies() {
        return Stream.of(
            // a misspelt key gets a "did you mean"
            // (a problem of form stops the load before the builder's checks, such as the missing rule)
            Arguments.of(replace(18, "    withn: 4h"), List.of(
                "p.yaml:18:5: targets[0].withn: Unknown key 'withn', did you mean 'within'?")),
            // overlapping windows
            Arguments.of(replace(7, "      Mon-Fri: [09:00-12:00, 11:30-18:00]"), List.of(
                "p.yaml:7:16: calendars.office.hours.Mon-Fri: Working hours must not overlap on Mon-Fri, was 09:00-12:00 and 11:30-18:00")),
            // a window that ends where it starts
            Arguments.of(replace(8, "      Sat: 10:00-10:00"), List.of(
                "p.yaml:8:12: calendars.office.hours.Sat: Window '10:00-10:00' ends where it starts: a window must not be empty")),
            // an unknown zone
            Arguments.of(replace(3, "zone: Asia/Shanghia"), List.of(
                "p.yaml:3:7: zone: Zone 'Asia/Shanghia' is not a known time-zone id (such as Asia/Shanghai or UTC)")),
            // a severity used but not defined
            Arguments.of(replace(16, "    when: {severity: critical}"), List.of(
                "p.yaml:16:22: targets[0].when.severity: Severity 'critical' is not defined (severities: severe, general)")),
            // an event used but not declared
            Arguments.of(replace(17, "    stops-on: [workaround, resolved]"), List.of(
                "p.yaml:17:15: targets[0].stops-on: Event 'workaround' is not declared: declare it under events, "
                    + "or use a built-in one (opened, responded, resolved, reopened, confirmed)")),
            // a calendar used but not defined
            Arguments.of(replace(19, "    calendar: ofice"), List.of(
                "p.yaml:19:15: targets[0].calendar: Calendar 'ofice' is not defined (calendars: office, 24x7)")),
            // two deadline rules
            Arguments.of(replace(19, "    business-days: 1"), List.of(
                "p.yaml:15:5: targets[0]: Target 'fix' needs exactly one deadline rule (within, end-of-business-day or "
                    + "business-days), was within and business-days")),
            // a negative duration
            Arguments.of(replace(18, "    within: -4h"), List.of(
                "p.yaml:18:13: targets[0].within: Duration '-4h' must not be negative")),
            // hostile or careless YAML is refused by the same safe reader as holiday files
            Arguments.of(replace(7, "      Mon-Fri: &split [09:00-12:00, 13:30-18:00]"), List.of(
                "p.yaml:7:16: calendars.office.hours.Mon-Fri: Anchors are not allowed, was &split")),
            Arguments.of(replace(8, "      Sat: *split"), List.of(
                "p.yaml:8:12: calendars.office.hours.Sat: Aliases are not allowed, was *split")),
            Arguments.of(replace(3, "zone: !!java.util.TimeZone Asia/Shanghai"), List.of(
                "p.yaml:3:7: zone: Tags are not allowed, was !!java.util.TimeZone")),
            Arguments.of(replace(18, "    within: 4h\n    within: 2h"), List.of(
                "p.yaml:19:5: targets[0].within: Key 'within' is given twice")),
            // nothing is not a list, and a condition naming no value would match every ticket
            Arguments.of(replace(16, "    when: {severity: ~}"), List.of(
                "p.yaml:16:22: targets[0].when.severity: Expected a list, was nothing")),
            Arguments.of(replace(16, "    when: {severity: []}"), List.of(
                "p.yaml:16:22: targets[0].when.severity: Condition 'severity' must name at least one value, was none")),
            Arguments.of(replace(17, "    stops-on: [workaround-given, resolved]\n    paused-by:"), List.of(
                "p.yaml:18:15: targets[0].paused-by: Expected a list, was nothing")),
            // a version's targets: [] replaces nothing silently
            Arguments.of(VALID + "versions:\n  - effective-from: 2027-01-01\n    targets: []\n    intake: {required: [company]}\n", List.of(
                "p.yaml:22:14: versions[0].targets: A version that replaces targets needs at least one target, was none")),
            // days are not a duration
            Arguments.of(replace(18, "    within: 2d"), List.of(
                "p.yaml:18:13: targets[0].within: Duration '2d' uses days, which are not a duration: say 24h or use business-days")),
            // the top of the file: its format version, its keys, its required sections
            Arguments.of(replace(1, "slakit: 2"), List.of(
                "p.yaml:1:9: slakit: Format version must be 1, was 2")),
            Arguments.of(VALID + "escalation: []\n", List.of(
                "p.yaml:20:1: escalation: Unknown key 'escalation', did you mean 'escalations'?")),
            Arguments.of(replace(14, 19, ""), List.of(
                "p.yaml:1:1: Missing required key 'targets'")),
            Arguments.of("[slakit, 1]\n", List.of(
                "p.yaml:1:1: Expected a mapping, was a list")),
            // categories: a mapping, whose requirement flag is a boolean
            Arguments.of(replace(10, 12, "categories: [software-error]"), List.of(
                "p.yaml:10:13: categories: Expected a mapping of categories to their kinds, was a list")),
            Arguments.of(replace(12, "  requirement: {kinds: [new-feature], requirement: yes}"), List.of(
                "p.yaml:12:52: categories.requirement.requirement: Expected true or false, was 'yes'")),
            Arguments.of(replace(12, "  requirement: {kinds: [new-feature], requirement: [true]}"), List.of(
                "p.yaml:12:52: categories.requirement.requirement: Expected a single value, was a list")),
            // tiers: a mapping or a list of names, each tier a mapping of known keys
            Arguments.of(VALID + "tiers: premium\n", List.of(
                "p.yaml:20:8: tiers: Expected a mapping of tiers, or a list of tier names, was a single value")),
            Arguments.of(VALID + "tiers: {premium: {include: [standard]}, standard: [bug-fix]}\n", List.of(
                "p.yaml:20:19: tiers.premium.include: Unknown key 'include', did you mean 'includes'?",
                "p.yaml:20:51: tiers.standard: Expected a mapping, was a list")),
            // follow-up: a mapping holding unconfirmed, itself a mapping with every and calendar
            Arguments.of(VALID + "follow-up: weekly\n", List.of(
                "p.yaml:20:12: follow-up: Expected a mapping, was a single value")),
            Arguments.of(VALID + "follow-up: {unconfirmed: weekly}\n", List.of(
                "p.yaml:20:26: follow-up.unconfirmed: Expected a mapping, was a single value")),
            Arguments.of(VALID + "follow-up: {unconfirmed: {every: Mon 10:00}}\n", List.of(
                "p.yaml:20:26: follow-up.unconfirmed: Missing required key 'calendar'")),
            Arguments.of(VALID + "follow-up: {unconfirmed: {calendar: office}}\n", List.of(
                "p.yaml:20:26: follow-up.unconfirmed: Missing required key 'every'")),
            Arguments.of(VALID + "follow-up: {unconfirmd: {every: Mon 10:00, calendar: office}}\n", List.of(
                "p.yaml:20:12: follow-up: Missing required key 'unconfirmed'",
                "p.yaml:20:13: follow-up.unconfirmd: Unknown key 'unconfirmd', did you mean 'unconfirmed'?")),
            // a version: a mapping with its date and the sections it replaces
            Arguments.of(VALID + "versions: [2027-01-01]\n", List.of(
                "p.yaml:20:12: versions[0]: Expected a mapping, was a single value")),
            Arguments.of(VALID + "versions: [{intake: {required: [company]}}]\n", List.of(
                "p.yaml:20:12: versions[0]: Missing required key 'effective-from'")),
            Arguments.of(VALID + "versions: [{effective-from: 2027-01-01, events: [replied]}]\n", List.of(
                "p.yaml:20:41: versions[0].events: Unknown key 'events', expected one of effective-from, escalations, intake, out-of-hours, targets")),
            // a target's deadline rules in their shapes
            Arguments.of(replace(18, "    end-of-business-day: 30m"), List.of(
                "p.yaml:18:26: targets[0].end-of-business-day: Expected a mapping, was a single value")),
            Arguments.of(replace(18, "    end-of-business-day: {cut-off: 30m}"), List.of(
                "p.yaml:18:26: targets[0].end-of-business-day: Missing required key 'cutoff'",
                "p.yaml:18:27: targets[0].end-of-business-day.cut-off: Unknown key 'cut-off', did you mean 'cutoff'?")),
            Arguments.of(replace(18, "    business-days: one"), List.of(
                "p.yaml:18:20: targets[0].business-days: Expected a whole number of days, was 'one'")),
            Arguments.of(replace(15, "  - nam: fix"), List.of(
                "p.yaml:15:5: targets[0].nam: Unknown key 'nam', did you mean 'name'?",
                "p.yaml:15:5: targets[0]: Missing required key 'name'")),
            // escalations: each a mapping with at, of and notify
            Arguments.of(VALID + "escalations: [fix]\n", List.of(
                "p.yaml:20:15: escalations[0]: Expected a mapping, was a single value")),
            Arguments.of(VALID + "escalations: [{at: 100%, of: [fix]}, {at: 100%, notify: desk}, {of: [fix], notify: desk}]\n", List.of(
                "p.yaml:20:15: escalations[0]: Missing required key 'notify'",
                "p.yaml:20:38: escalations[1]: Missing required key 'of'",
                "p.yaml:20:64: escalations[2]: Missing required key 'at'")),
            // out-of-hours: a mapping; each rule a mapping with a route
            Arguments.of(VALID + "out-of-hours: duty-engineer\n", List.of(
                "p.yaml:20:15: out-of-hours: Expected a mapping, was a single value")),
            Arguments.of(VALID + "out-of-hours: {rules: [duty-engineer, {when: {severity: severe}}]}\n", List.of(
                "p.yaml:20:24: out-of-hours.rules[0]: Expected a mapping, was a single value",
                "p.yaml:20:39: out-of-hours.rules[1]: Missing required key 'route'")),
            // intake: a mapping, whose required-for maps categories to fields
            Arguments.of(VALID + "intake: [company]\n", List.of(
                "p.yaml:20:9: intake: Expected a mapping, was a list")),
            Arguments.of(VALID + "intake: {required-for: [product]}\n", List.of(
                "p.yaml:20:24: intake.required-for: Expected a mapping of categories to fields, was a list")));
    }

    @ParameterizedTest
    @MethodSource("badPolicies")
    void read_badPolicy_namesFileLineColumnPathAndRule(String yaml, List<String> expected) {
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.read(yaml, "p.yaml"));
        assertEquals(expected, e.lines());
    }
}
