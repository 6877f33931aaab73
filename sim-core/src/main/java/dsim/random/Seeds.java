package dsim.random;

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
        return streamOfHash(masterSeed, fnv1a(name));
    }

    /**
     * The seed of the stream named {@code prefix + node + suffix} under {@code masterSeed}, as
     * {@link #stream(long, String)} gives it, without building the name: a run of 10,000 nodes
     * names a stream or two for each.
     */
    public static long stream(long masterSeed, String prefix, String node, String suffix) {
        return streamOfHash(masterSeed, fnv1a(fnv1a(fnv1a(FNV_START, prefix), node), suffix));
    }

    /** The seed of the stream whose name's {@link #fnv1a} is {@code nameHash}, under {@code masterSeed}. */
    public static long streamOfHash(long masterSeed, long nameHash) {
        return mix64(mix64(masterSeed) ^ nameHash);
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

    /** FNV-1a's starting value: the hash of no bytes. */
    public static final long FNV_START = 0xCBF29CE484222325L;

    /** FNV-1a over the UTF-8 bytes of {@code s}: a stable string hash (String.hashCode is only 32 bits). */
    public static long fnv1a(String s) {
        return fnv1a(FNV_START, s);
    }

    /**
     * FNV-1a continued from {@code h} over the UTF-8 bytes of {@code s}: {@code fnv1a(fnv1a(a), b)}
     * equals {@code fnv1a(a + b)}. It encodes as {@code String.getBytes(UTF_8)} does (an unpaired
     * surrogate becomes '?') without making the bytes, so a name built of parts hashes with no
     * garbage: a run of 20,000 links names 80,000 streams.
     */
    public static long fnv1a(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                h = fnvByte(h, c);
            } else if (c < 0x800) {
                h = fnvByte(fnvByte(h, 0xC0 | c >> 6), 0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                h = fnvByte(fnvByte(h, 0xF0 | cp >> 18), 0x80 | cp >> 12 & 0x3F);
                h = fnvByte(fnvByte(h, 0x80 | cp >> 6 & 0x3F), 0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                h = fnvByte(h, '?');
            } else {
                h = fnvByte(fnvByte(fnvByte(h, 0xE0 | c >> 12), 0x80 | c >> 6 & 0x3F), 0x80 | c & 0x3F);
            }
        }
        return h;
    }

    private static long fnvByte(long h, int b) {
        return (h ^ (b & 0xFF)) * 0x100000001B3L;
    }
}
