package dsim.run;

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
     * Percentiles are exact nearest-rank order statistics, found without sorting: the
     * histogram tells which bucket holds each rank, and the rank is selected among that
     * bucket's latencies.
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
        long[] ranks = nearestRanks(values, histogram, 0.50, 0.90, 0.99);
        return new Latency(n, Math.round(sum / n), ranks[0], ranks[1], ranks[2], max, histogram);
    }

    /**
     * The values of rank ceil(p * n) (at least 1) in sorted order, for each p. The histogram
     * tells which bucket holds each rank; one pass gathers those buckets' latencies (a
     * bucket two ranks share is gathered once) and each rank is selected among them.
     */
    private static long[] nearestRanks(long[] values, LatencyHistogram histogram, double... ps) {
        int k = ps.length;
        int[] bucket = new int[k];
        long[] rankInBucket = new long[k];
        for (int i = 0; i < k; i++) {
            long rank = Math.max((long) Math.ceil(ps[i] * values.length), 1);
            int b = 0;
            while (rank > histogram.count(b)) {
                rank -= histogram.count(b++);
            }
            bucket[i] = b;
            rankInBucket[i] = rank;
        }
        // The distinct buckets, each with room for its count.
        int[] distinct = new int[k];
        long[][] gathered = new long[k][];
        int[] filled = new int[k];
        int d = 0;
        for (int i = 0; i < k; i++) {
            boolean seen = false;
            for (int j = 0; j < d; j++) {
                seen |= distinct[j] == bucket[i];
            }
            if (!seen) {
                distinct[d] = bucket[i];
                gathered[d++] = new long[(int) histogram.count(bucket[i])];
            }
        }
        // Each bucket as [low, low + width) in unsigned arithmetic: one compare a bucket, no branch
        // until a value falls in one, which few do (a pass over a million latencies was most of this).
        long[] low = new long[d];
        long[] width = new long[d];
        for (int j = 0; j < d; j++) {
            low[j] = LatencyHistogram.lowest(distinct[j]);
            width[j] = LatencyHistogram.upperExclusive(distinct[j]) - low[j];
        }
        for (long v : values) {
            boolean in = false;
            for (int j = 0; j < d; j++) {
                in |= Long.compareUnsigned(v - low[j], width[j]) < 0;
            }
            if (in) {
                for (int j = 0; j < d; j++) {
                    if (Long.compareUnsigned(v - low[j], width[j]) < 0) {
                        gathered[j][filled[j]++] = v;
                        break;
                    }
                }
            }
        }
        long[] result = new long[k];
        for (int i = 0; i < k; i++) {
            int j = 0;
            while (distinct[j] != bucket[i]) {
                j++;
            }
            result[i] = Select.kth(gathered[j], filled[j], (int) rankInBucket[i] - 1);
        }
        return result;
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
