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

    /** Percentiles without a histogram (an empty one), for summaries made by hand. */
    public Latency(long count, long meanNanos, long p50Nanos, long p90Nanos, long p99Nanos, long maxNanos) {
        this(count, meanNanos, p50Nanos, p90Nanos, p99Nanos, maxNanos, LatencyHistogram.EMPTY);
    }
}
