package dsim.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Checks a file's bytes are UTF-8 text YAML can read, before the YAML parser sees them. */
final class TextInput {

    /** Larger files are refused unread: no scenario needs them, and limits keep hostile input cheap. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private TextInput() {
    }

    /** The text of {@code bytes} without a byte-order mark, or null after adding a problem. */
    static String decode(byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(YamlNode.Position.START, "", "the file is too large (" + bytes.length
                    + " bytes); a scenario file may have at most " + MAX_BYTES + " bytes (4 MiB)");
            return null;
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String text = out.flip().toString(); // everything before the bad byte
            String hint = looksUtf16(bytes) ? " (the file looks UTF-16)" : "";
            problems.add(positionAfter(text), "", String.format(Locale.ROOT,
                    "not UTF-8 text: invalid byte 0x%02X at offset %d%s; save the file as UTF-8",
                    bytes[in.position()] & 0xFF, in.position(), hint));
            return null;
        }
        String text = out.flip().toString();
        return checkCharacters(text, problems) ? text : null;
    }

    /** YAML allows only printable characters (YAML 1.1 section 5.1); NUL means a binary file. */
    private static boolean checkCharacters(String text, Problems problems) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!printable(c)) {
                String what = c == 0 ? "; the file looks binary, expected YAML text"
                        : "; YAML text may not contain control characters";
                problems.add(positionAfter(text.substring(0, i)), "",
                        String.format(Locale.ROOT, "unexpected character U+%04X%s", c, what));
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static boolean looksUtf16(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
    }

    /** The position of the character that follows {@code before}. */
    static YamlNode.Position positionAfter(String before) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new YamlNode.Position(line, before.codePointCount(lineStart, before.length()) + 1);
    }

    /** The position of the code point with index {@code index} in {@code text}. */
    static YamlNode.Position positionOfCodePoint(String text, int index) {
        int chars;
        try {
            chars = text.offsetByCodePoints(0, Math.max(0, Math.min(index, text.codePointCount(0, text.length()))));
        } catch (IndexOutOfBoundsException e) {
            chars = 0;
        }
        return positionAfter(text.substring(0, chars));
    }
}
