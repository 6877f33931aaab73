package dsim.random;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * A small, fast, reseedable generator (SplitMix64) that commons-math3 distributions sample
 * from. Reseeding is one store, so a keyed decision costs no allocation: reset to the key's
 * seed, then sample. Never shared between threads (one run is single-threaded).
 */
public final class SplitMixRandom implements RandomGenerator {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    /** A generator starting from {@code seed}. */
    public SplitMixRandom(long seed) {
        this.state = seed;
    }

    /** Restarts the sequence from {@code seed}. */
    public void reset(long seed) {
        state = seed;
    }

    @Override
    public long nextLong() {
        state += GOLDEN;
        return Seeds.mix64(state);
    }

    /**
     * The next value of the generator whose state is {@code states[i]}, as {@link #nextLong}
     * gives it from a generator seeded as that state was: many streams in one array, where
     * thousands of generator objects would scatter over the heap.
     */
    public static long nextLong(long[] states, int i) {
        long state = states[i] + GOLDEN;
        states[i] = state;
        return Seeds.mix64(state);
    }

    @Override
    public double nextDouble() {
        return Seeds.toUnit(nextLong());
    }

    @Override
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    @Override
    public int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    @Override
    public int nextInt(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + n);
        }
        // Lemire's multiply-shift: unbiased enough for 32-bit bounds from 64 random bits.
        return (int) (((nextLong() >>> 32) * n) >>> 32);
    }

    @Override
    public boolean nextBoolean() {
        return nextLong() < 0;
    }

    @Override
    public void nextBytes(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            long r = nextLong();
            for (int k = 0; k < 8 && i < bytes.length; k++, r >>>= 8) {
                bytes[i++] = (byte) r;
            }
        }
    }

    /**
     * A standard normal deviate by Box-Muller; no cached second value, so reseeding is exact.
     * StrictMath: the same bits on every platform ({@code Math.sqrt} is exact by specification).
     */
    @Override
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // in (0, 1], keeps log finite
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    @Override
    public void setSeed(int seed) {
        state = seed;
    }

    @Override
    public void setSeed(int[] seed) {
        long s = 0;
        for (int v : seed) {
            s = Seeds.mix64(s ^ v);
        }
        state = s;
    }

    @Override
    public void setSeed(long seed) {
        state = seed;
    }
}
