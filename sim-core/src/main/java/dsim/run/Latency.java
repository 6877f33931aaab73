package dsim.run;

import java.util.Arrays;

/**
 * End-to-end latency, from a message's creation to its first processing, over the
 * messages that were processed at least once. All zero if none was.
 *
 * @param count     how many latencies were measured
 * @param meanNanos arithmetic mean
 * @param p50Nanos  median (nearest-rank)
 * @param p90Nanos  90th percentile (nearest-rank)
 * @param p99Nanos  99th percentile (nearest-rank)
 * @param maxNanos  the largest
 * @param histogram every latency, in logarithmic buckets
 */
public record Latency(long count, long meanNanos, long p50Nanos, long p90Nanos, long p99Nanos, long maxNanos,
                      LatencyHistogram histogram) {

    /** No message processed. */
    public static final Latency NONE = new Latency(0, 0, 0, 0, 0, 0);

    /**
     * The latency summary of {@code values}, in any order (the array is not changed).
     * Percentiles are exact nearest-rank order statistics, found without sorting
     * everything: the histogram tells which bucket holds each rank, and only that
     * bucket's latencies are sorted.
     */
    public static Latency of(long[] values) {
        int n = values.length;
        if (n == 0) {
            return NONE;
        }
        double sum = 0;
        long max = Long.MIN_VALUE;
        for (long v : values) {
            sum += v;
            max = Math.max(max, v);
        }
        LatencyHistogram histogram = LatencyHistogram.of(values);
        return new Latency(n, Math.round(sum / n), nearestRank(values, histogram, 0.50),
                nearestRank(values, histogram, 0.90), nearestRank(values, histogram, 0.99), max, histogram);
    }

    /** The value of rank ceil(p * n) (at least 1) in sorted order. */
    private static long nearestRank(long[] values, LatencyHistogram histogram, double p) {
        long rank = Math.max((long) Math.ceil(p * values.length), 1);
        int bucket = 0;
        while (rank > histogram.count(bucket)) {
            rank -= histogram.count(bucket++);
        }
        long[] inBucket = new long[(int) histogram.count(bucket)];
        int k = 0;
        for (long v : values) {
            if (LatencyHistogram.inBucket(v, bucket)) {
                inBucket[k++] = v;
            }
        }
        Arrays.sort(inBucket);
        return inBucket[(int) rank - 1];
    }

    /**
     * The same figures without the histogram (38 KB): what a sweep keeps of each run once it
     * has pooled the histogram with the other seeds'.
     */
    public Latency withoutHistogram() {
        return new Latency(count, meanNanos, p50Nanos, p90Nanos, p99Nanos, maxNanos);
    }

    /** Percentiles without a histogram (an empty one), for summaries made by hand. */
    public Latency(long count, long meanNanos, long p50Nanos, long p90Nanos, long p99Nanos, long maxNanos) {
        this(count, meanNanos, p50Nanos, p90Nanos, p99Nanos, maxNanos, LatencyHistogram.EMPTY);
    }
}
