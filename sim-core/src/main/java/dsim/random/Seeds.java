package dsim.random;

import java.nio.charset.StandardCharsets;

/** Pure 64-bit mixing functions that turn (master seed, name, keys) into seeds and uniforms. */
public final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** A strong bijective 64-bit mixer (Stafford's variant 13 of the SplitMix64 finaliser). */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of the stream named {@code name} under {@code masterSeed}. */
    public static long stream(long masterSeed, String name) {
        return mix64(mix64(masterSeed) ^ fnv1a(name));
    }

    /** A seed keyed by two values under a stream seed: e.g. (message key, packet instance). */
    public static long keyed(long streamSeed, long key1, long key2) {
        long h = mix64(streamSeed + GOLDEN * key1);
        return mix64(h ^ (key2 * GOLDEN + 0x632BE59BD9B4E019L));
    }

    /** A uniform double in [0, 1) keyed by two values under a stream seed. */
    public static double uniform(long streamSeed, long key1, long key2) {
        return toUnit(keyed(streamSeed, key1, key2));
    }

    /** The top 53 bits of {@code bits} as a double in [0, 1). */
    public static double toUnit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }

    /** FNV-1a over the UTF-8 bytes of {@code s}: a stable string hash (String.hashCode is only 32 bits). */
    public static long fnv1a(String s) {
        long h = 0xCBF29CE484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001B3L;
        }
        return h;
    }
}
