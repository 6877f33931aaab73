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

    private LatencyHistogram(long[] counts) {
        this.counts = counts;
    }

    /** The bucket a latency falls in. */
    public static int bucket(long nanos) {
        if (nanos <= 0) {
            return 0;
        }
        int i = 1 + (int) Math.floor(PER_DECADE * Math.log10(nanos) + 1e-9);
        return Math.min(i, BUCKETS - 1);
    }

    /** The exclusive upper edge of bucket {@code i} in nanoseconds (1 for bucket 0). */
    public static double upperNanos(int i) {
        return Math.pow(10, (double) i / PER_DECADE);
    }

    /** A histogram of {@code latencies}. */
    public static LatencyHistogram of(long[] latencies) {
        long[] counts = new long[BUCKETS];
        for (long v : latencies) {
            counts[bucket(v)]++;
        }
        return new LatencyHistogram(counts);
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
