package dsim.run;

import java.util.Arrays;

/**
 * Latencies counted in logarithmic buckets, ten per decade, from 1 ns up to about 115
 * days: enough to draw a latency distribution and to pool runs by adding counts. Bucket
 * {@code i > 0} holds latencies in [10^((i-1)/10), 10^(i/10)) ns; bucket 0 holds 0 ns.
 */
public final class LatencyHistogram {

    /** Buckets per decade of nanoseconds. */
    public static final int PER_DECADE = 10;
    /** Number of buckets; the last one also takes everything longer. */
    public static final int BUCKETS = 16 * PER_DECADE + 1;
    /** No latency at all. */
    public static final LatencyHistogram EMPTY = new LatencyHistogram(new long[BUCKETS]);

    private final long[] counts;

    /**
     * The smallest latency of each bucket (bucket 0: 0). Derived from {@link #bucketByLog},
     * the definition, so a lookup here gives exactly its answer without a logarithm.
     */
    private static final long[] LOWEST = lowestOfEachBucket();
    /** The bucket of 2^k, for k = 0..62: where to start looking for a latency of that magnitude. */
    private static final int[] BUCKET_OF_POWER_OF_TWO = new int[63];

    static {
        for (int k = 0; k < BUCKET_OF_POWER_OF_TWO.length; k++) {
            BUCKET_OF_POWER_OF_TWO[k] = bucketByLog(1L << k);
        }
    }

    private LatencyHistogram(long[] counts) {
        this.counts = counts;
    }

    /** The bucket a latency falls in. */
    public static int bucket(long nanos) {
        if (nanos <= 0) {
            return 0;
        }
        // From the bucket of the power of two just below, step up: a factor of two spans
        // about three buckets.
        int i = BUCKET_OF_POWER_OF_TWO[63 - Long.numberOfLeadingZeros(nanos)];
        while (i + 1 < BUCKETS && LOWEST[i + 1] <= nanos) {
            i++;
        }
        return i;
    }

    /** The definition of {@link #bucket}: one plus the floor of ten times log10, capped. */
    static int bucketByLog(long nanos) {
        if (nanos <= 0) {
            return 0;
        }
        // StrictMath: the same buckets on every JVM and CPU.
        int i = 1 + (int) Math.floor(PER_DECADE * StrictMath.log10(nanos) + 1e-9);
        return Math.min(i, BUCKETS - 1);
    }

    private static long[] lowestOfEachBucket() {
        long[] lowest = new long[BUCKETS];
        for (int i = 1; i < BUCKETS; i++) {
            // bucketByLog never decreases as latency grows: binary search for its first i.
            long lo = 1;
            long hi = Long.MAX_VALUE / 2;
            while (lo < hi) {
                long mid = lo + (hi - lo) / 2;
                if (bucketByLog(mid) >= i) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            lowest[i] = lo;
        }
        return lowest;
    }

    /** The exclusive upper edge of bucket {@code i} in nanoseconds (1 for bucket 0). */
    public static double upperNanos(int i) {
        return StrictMath.pow(10, (double) i / PER_DECADE);
    }

    /** A histogram of {@code latencies}. */
    public static LatencyHistogram of(long[] latencies) {
        long[] counts = new long[BUCKETS];
        for (long v : latencies) {
            counts[bucket(v)]++;
        }
        return new LatencyHistogram(counts);
    }

    /** Whether {@code nanos} falls in bucket {@code i}: cheaper than computing its bucket. */
    static boolean inBucket(long nanos, int i) {
        if (i == 0) {
            return nanos <= 0;
        }
        return nanos >= LOWEST[i] && (i == BUCKETS - 1 || nanos < LOWEST[i + 1]);
    }

    /** The count in bucket {@code i}. */
    public long count(int i) {
        return counts[i];
    }

    /** All latencies counted. */
    public long total() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** This histogram with {@code other}'s counts added: the latencies of both. */
    public LatencyHistogram plus(LatencyHistogram other) {
        long[] sum = counts.clone();
        for (int i = 0; i < BUCKETS; i++) {
            sum[i] += other.counts[i];
        }
        return new LatencyHistogram(sum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatencyHistogram h && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "LatencyHistogram[total=" + total() + "]";
    }
}
