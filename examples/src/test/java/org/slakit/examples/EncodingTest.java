package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --encoding}: files saved as GBK or Big5, as Excel and Notepad write them on a Chinese Windows. */
class EncodingTest {

    private static final String HK = "policies/hk-pos-erp.yaml";
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final String CSV = "id,opened,category,severity,kind,tier,field:company\n"
            + "T-1,2026-11-16T09:12,software-error,severe,function-error,standard,暖气收费公司\n";

    private final SlakitRunner slakit = new SlakitRunner();

    private static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void replay_gbkCsv_withEncodingGbk_isRead(@TempDir Path dir) throws IOException {
        Path csv = write(dir, "zh-gbk.csv", CSV, GBK);
        assertEquals(0, slakit.run("replay", HK, "--tickets", csv.toString(), "--as-of", "2026-11-16T10:00", "--encoding", "GBK"),
                slakit.err());
        assertTrue(slakit.out().contains("T-1"), slakit.out());
    }

    @Test
    void replay_big5Csv_withEncodingBig5_isRead(@TempDir Path dir) throws IOException {
        Path csv = write(dir, "zh-big5.csv", CSV.replace("暖气收费公司", "嚴重錯誤公司"), BIG5);
        assertEquals(0, slakit.run("replay", HK, "--tickets", csv.toString(), "--as-of", "2026-11-16T10:00", "--encoding", "big5"),
                slakit.err());
    }

    @Test
    void replay_gbkCsv_withoutEncoding_isAProblemAtTheFirstBadByte(@TempDir Path dir) throws IOException {
        Path csv = write(dir, "zh-gbk.csv", CSV, GBK);
        assertEquals(1, slakit.run("replay", HK, "--tickets", csv.toString(), "--as-of", "2026-11-16T10:00"));
        // 暖 is C5 AF in GBK, which UTF-8 reads as one character; 气 (C6 F8) is the first byte that cannot be read
        assertEquals(csv + ":2:69: The file is not UTF-8 text: byte 0xC6 cannot be read as UTF-8; it reads as GBK, as Windows"
                + " Notepad and many Chinese editors save: save it as UTF-8 (in Notepad: Save As, Encoding UTF-8), or convert it"
                + " with iconv -f GBK -t UTF-8\nslakit: to read " + csv + " as GBK, give --encoding GBK", slakit.err().strip());
    }

    @Test
    void validate_gbkPolicy_withEncodingGbk_isOk(@TempDir Path dir) throws IOException {
        String policy = Files.readString(Path.of(HK), StandardCharsets.UTF_8)
                .replace("name: Hong Kong POS/ERP vendor, after-sales service", "name: 香港收银系统售后服务");
        Path file = write(dir, "hk-gbk.yaml", policy.replaceAll("[^\\x00-\\x7F\\u4E00-\\u9FFF]", "?")
                .replaceAll("(?m)#.*$", ""), GBK);
        int code = slakit.run("validate", "--encoding", "GBK", file.toString());
        assertEquals(0, code, slakit.err());
        assertEquals(file + ": ok (香港收银系统售后服务, 5 targets, 1 calendars)", slakit.out().strip().replaceAll("\\d+ targets", "5 targets")
                .replaceAll("\\d+ calendars", "1 calendars"));
    }

    @Test
    void validate_utf8Policy_withEncodingGbk_isAProblemAtTheFirstBadByte(@TempDir Path dir) throws IOException {
        Path file = write(dir, "p.yaml", "slakit: 1\nname: 暖\n", StandardCharsets.UTF_8);
        assertEquals(1, slakit.run("validate", "--encoding", "GBK", file.toString()));
        // 暖 is E6 9A 96 in UTF-8: GBK reads E6 9A as one character, and 96 followed by the newline is not GBK
        assertEquals(file + ":2:8: The file is not GBK text: byte 0x96 cannot be read as GBK; it reads as UTF-8\n"
                + "slakit: to read " + file + " as UTF-8, give --encoding UTF-8", slakit.err().strip());
    }

    @Test
    void explain_gbkTicket_withEncodingGbk_isRead(@TempDir Path dir) throws IOException {
        String ticket = Files.readString(Path.of("tickets/T-1001.yaml"), StandardCharsets.UTF_8).replaceAll("(?m)#.*$", "");
        Path file = write(dir, "t.yaml", "# 暖气\n" + ticket, GBK);
        assertEquals(0, slakit.run("explain", HK, "--ticket", file.toString(), "--as-of", "2026-11-26T12:00", "--encoding", "GBK"),
                slakit.err());
        assertEquals(1, slakit.run("explain", HK, "--ticket", file.toString(), "--as-of", "2026-11-26T12:00"));
        assertTrue(slakit.err().startsWith(file + ":1:4: The file is not UTF-8 text: byte 0xC6 cannot be read as UTF-8; it reads as GBK"),
                slakit.err());
    }

    @Test
    void replay_gbkPolicy_withPolicyEncodingGbk_isRead(@TempDir Path dir) throws IOException {
        String policy = Files.readString(Path.of(HK), StandardCharsets.UTF_8)
                .replace("name: Hong Kong POS/ERP vendor, after-sales service", "name: 香港收银系统售后服务");
        Path file = write(dir, "hk-gbk.yaml", policy.replaceAll("(?m)#.*$", "").replaceAll("[^\\x00-\\x7F\\u4E00-\\u9FFF]", "?"), GBK);
        assertEquals(0, slakit.run("replay", file.toString(), "--tickets", "tickets/sample-week.csv", "--as-of", "2026-11-23T09:00",
                "--policy-encoding", "GBK"), slakit.err());
    }

    /** A policy whose office closes for New Year 2027, as its holiday file says (line 7); ASCII, so that it reads in any encoding. */
    private static final String POLICY = String.join("\n", "slakit: 1", "name: heating billing", "zone: Asia/Shanghai",
            "calendars:", "  office:", "    hours: {Mon-Fri: 09:00-18:00}", "    holidays: [{file: cn-2027.yaml}]",
            "severities: [severe]", "categories: {software-error: [function-error]}",
            "targets: [{name: fix, stops-on: [resolved], within: 4h, calendar: office}]", "");
    /** The holiday file, with the Chinese name of New Year's Day on line 6. */
    private static final String CN_2027 = String.join("\n", "slakit-holidays: 1", "region: cn", "name: Mainland China 2027",
            "covers: {from: 2026-12-01, to: 2027-12-31}", "days-off:",
            "  - {from: 2027-01-01, to: 2027-01-03, name: New Year's Day, name-zh: 元旦}", "");
    /** A ticket reported on New Year's Eve an hour before the close: 1 hour that day, the holiday skipped, 3 hours on Monday. */
    private static final String TICKET = "slakit-ticket: 1\nid: T-1\nopened: 2026-12-31T17:00\n"
            + "classification: {category: software-error, severity: severe, kind: function-error}\n";

    /** The policy in Chinese and its holiday file, both saved as GBK: --policy-encoding GBK reads both. */
    @Test
    void explain_gbkPolicyNamingAGbkHolidayFile_withPolicyEncodingGbk_readsBoth(@TempDir Path dir) throws IOException {
        Path policy = write(dir, "p.yaml", POLICY.replace("name: heating billing", "name: 暖气收费系统"), GBK);
        write(dir, "cn-2027.yaml", CN_2027, GBK);
        Path ticket = write(dir, "t.yaml", TICKET, StandardCharsets.UTF_8);
        assertEquals(0, slakit.run("explain", policy.toString(), "--ticket", ticket.toString(), "--as-of", "2027-01-04T12:00",
                "--policy-encoding", "GBK"), slakit.err());
        assertTrue(slakit.out().contains("  skipped 2027-01-01 to 2027-01-03 New Year's Day 元旦 (holidays)\n"), slakit.out());
        assertEquals(0, slakit.run("validate", "--encoding", "GBK", policy.toString()), slakit.err());
    }

    /** Without --policy-encoding, the holiday file is a problem at the policy's entry, at its own line and column, and the option is named. */
    @Test
    void explain_gbkHolidayFile_withoutPolicyEncoding_namesItsLineAndColumn_andTheOption(@TempDir Path dir) throws IOException {
        Path policy = write(dir, "p.yaml", POLICY, StandardCharsets.UTF_8);
        Path holidays = write(dir, "cn-2027.yaml", CN_2027, GBK);
        Path ticket = write(dir, "t.yaml", TICKET, StandardCharsets.UTF_8);
        assertEquals(1, slakit.run("explain", policy.toString(), "--ticket", ticket.toString(), "--as-of", "2027-01-04T12:00"));
        // 元 is D4 AA in GBK, which UTF-8 reads as one character; 旦 (B5 A9) is the first byte that cannot be read
        List<String> lines = slakit.err().lines().toList();
        assertEquals(List.of(policy + ":7:16: calendars.office.holidays[0]: Holiday file 'cn-2027.yaml' has problems: "
                + holidays.toAbsolutePath() + ":6:72: The file is not UTF-8 text: byte 0xB5 cannot be read as UTF-8; it reads as"
                + " GBK, as Windows Notepad and many Chinese editors save: save it as UTF-8 (in Notepad: Save As, Encoding UTF-8),"
                + " or convert it with iconv -f GBK -t UTF-8",
                "slakit: to read the policy and the holiday files it names as GBK, give --policy-encoding GBK"), lines);
        // validate and deadline read the policy in --encoding, and name it
        assertEquals(1, slakit.run("validate", policy.toString()));
        assertEquals("slakit: to read the policy and the holiday files it names as GBK, give --encoding GBK",
                slakit.err().lines().reduce((a, b) -> b).orElseThrow());
    }

    /** slakit holidays reads a holiday file as a policy in that encoding would: in --encoding. */
    @Test
    void holidays_gbkHolidayFile_isReadInEncoding_andWithoutItTheOptionIsNamed(@TempDir Path dir) throws IOException {
        Path holidays = write(dir, "cn-2027.yaml", CN_2027, GBK);
        assertEquals(0, slakit.run("holidays", "--encoding", "GBK", "--as-of", "2026-12-02T09:00", holidays.toString()),
                slakit.err());
        assertEquals(holidays + ": ok (region cn, 'Mainland China 2027', 3 days off, 0 make-up working days, covers 2026-12-01"
                + " to 2027-12-31, 394 days left)\n", slakit.out());
        assertEquals(1, slakit.run("holidays", holidays.toString()));
        assertEquals("slakit: to read " + holidays + " as GBK, give --encoding GBK", slakit.err().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void encoding_unknown_exitsTwoNamingTheAllowedValues() {
        assertEquals(2, slakit.run("validate", "--encoding", "latin1", HK));
        assertEquals("slakit: --encoding: expected UTF-8, GBK or Big5, was 'latin1'", slakit.err().strip());
    }
}
