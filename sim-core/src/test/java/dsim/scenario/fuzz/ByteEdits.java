package dsim.scenario.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Edits of a scenario's bytes: what editors, copies and wrong files do to text. */
final class ByteEdits {

    /** Byte sequences that are not UTF-8: stray continuation bytes, overlong forms, surrogates, Latin-1. */
    private static final List<byte[]> INVALID = List.of(
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, '('}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE9},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xFE, (byte) 0xFF});

    /** Starts of files that are not YAML at all. */
    private static final List<byte[]> HEADERS = List.of(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[] {'P', 'K', 3, 4},
            new byte[] {0x1F, (byte) 0x8B, 8, 0}, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1},
            new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));

    private ByteEdits() {
    }

    /** Inserts bytes that are not UTF-8 at a random offset. */
    static byte[] invalidUtf8(byte[] in, Random r) {
        return insert(in, r.nextInt(in.length + 1), INVALID.get(r.nextInt(INVALID.size())));
    }

    /** Replaces the file with random bytes, a binary file's header, or the text in UTF-16. */
    static byte[] binary(byte[] in, Random r) {
        switch (r.nextInt(4)) {
            case 0 -> {
                byte[] out = new byte[r.nextInt(2048)];
                r.nextBytes(out);
                return out;
            }
            case 1 -> {
                return insert(in, 0, HEADERS.get(r.nextInt(HEADERS.size())));
            }
            case 2 -> {
                String text = new String(in, StandardCharsets.UTF_8);
                return text.getBytes(r.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
            }
            default -> {
                byte[] out = in.clone();
                for (int n = 1 + r.nextInt(8); n > 0 && out.length > 0; n--) {
                    out[r.nextInt(out.length)] = (byte) r.nextInt(256);
                }
                return out;
            }
        }
    }

    /** Cuts the file at a random offset, possibly inside a UTF-8 sequence. */
    static byte[] truncate(byte[] in, Random r) {
        byte[] out = new byte[in.length == 0 ? 0 : r.nextInt(in.length)];
        System.arraycopy(in, 0, out, 0, out.length);
        return out;
    }

    private static byte[] insert(byte[] in, int at, byte[] bytes) {
        byte[] out = new byte[in.length + bytes.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(in, at, out, at + bytes.length, in.length - at);
        return out;
    }
}
