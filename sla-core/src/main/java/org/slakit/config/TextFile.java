package org.slakit.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a text file in an encoding, UTF-8 unless told otherwise. Bytes that are not text in that
 * encoding are a problem in the file, placed at the line and column of the first bad byte; when
 * UTF-8 was expected and the bytes read as GBK or Big5 (what Windows Notepad, Excel and many Chinese
 * editors save), the message names the encoding and how to convert.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TextFile {

    private TextFile() {
    }

    /**
     * Reads a whole file as text, such as a CSV file of tickets.
     *
     * @param file  the file, not null
     * @param charset  its encoding, such as UTF-8, GBK or Big5, not null
     * @return the text, not null
     * @throws PolicyException if the bytes are not text in the encoding, at the line and column of the first bad byte
     * @throws UncheckedIOException if the file cannot be read
     */
    public static String read(Path file, Charset charset) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return decode(bytes, bytes.length, false, file.toString(), charset);
    }

    /**
     * Decodes bytes; when they were cut at a limit, a sequence cut short at their end is dropped.
     *
     * @throws PolicyException if the bytes are not text in the encoding
     */
    static String decode(byte[] bytes, int length, boolean cut, String file, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length + 1);
        // cut at a limit, the bytes end where they end: a sequence cut short there is not an error
        CoderResult result = decoder.decode(in, out, !cut);
        if (!result.isError() && !cut) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notText(bytes, length, in.position(), out.flip().toString(), file, charset);
        }
        return out.flip().toString();
    }

    private static PolicyException notText(byte[] bytes, int length, int bad, String before, String file, Charset charset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (i == 0 && c == '\uFEFF') {
                // a byte order mark takes no column, as editors and the YAML reader count
                continue;
            }
            if (c == '\n' || c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        if (!charset.equals(StandardCharsets.UTF_8)) {
            String message = String.format("The file is not %1$s text: byte 0x%2$02X cannot be read as %1$s", charset.name(),
                    bytes[bad] & 0xff);
            boolean utf8 = readsAs("UTF-8", bytes, length);
            return located(file, line, column, message + (utf8 ? "; it reads as UTF-8" : ""),
                    utf8 ? Optional.of(StandardCharsets.UTF_8) : Optional.empty());
        }
        String message = String.format("The file is not UTF-8 text: byte 0x%02X cannot be read as UTF-8", bytes[bad] & 0xff);
        List<String> likely = new ArrayList<>();
        // Big5 text mostly decodes as GBK too; text within GB2312, GBK's common simplified core, is GBK
        if (readsAs("GB2312", bytes, length)) {
            likely.add("GBK");
        } else {
            for (String name : List.of("Big5", "GBK")) {
                if (readsAs(name, bytes, length)) {
                    likely.add(name);
                }
            }
        }
        if (!likely.isEmpty()) {
            String encodings = String.join(" or ", likely);
            message += "; it reads as " + encodings + ", as Windows Notepad and many Chinese editors save:"
                    + " save it as UTF-8 (in Notepad: Save As, Encoding UTF-8), or convert it with iconv -f "
                    + likely.get(0) + " -t UTF-8";
        } else {
            message += ": save the file as UTF-8";
        }
        return located(file, line, column, message, likely.stream().findFirst().map(Charset::forName));
    }

    private static PolicyException located(String file, int line, int column, String message, Optional<Charset> likely) {
        return new PolicyException(file, List.of(new PolicyException.Located("", line, column, message)), likely);
    }

    /**
     * Checks if bytes decode as a charset without a replacement, and hold at least one non-ASCII
     * character; false where the runtime lacks the charset (a jlink image without jdk.charsets).
     */
    private static boolean readsAs(String name, byte[] bytes, int length) {
        if (!Charset.isSupported(name)) {
            return false;
        }
        Charset charset = Charset.forName(name);
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            return text.chars().anyMatch(c -> c > 0x7f);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
