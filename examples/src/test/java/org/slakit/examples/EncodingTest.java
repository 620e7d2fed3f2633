package org.slakit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                + " with iconv -f GBK -t UTF-8", slakit.err().strip());
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
        assertEquals(file + ":2:8: The file is not GBK text: byte 0x96 cannot be read as GBK; it reads as UTF-8",
                slakit.err().strip());
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

    @Test
    void encoding_unknown_exitsTwoNamingTheAllowedValues() {
        assertEquals(2, slakit.run("validate", "--encoding", "latin1", HK));
        assertEquals("slakit: --encoding: expected UTF-8, GBK or Big5, was 'latin1'", slakit.err().strip());
    }
}
