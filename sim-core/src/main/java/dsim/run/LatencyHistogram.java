package dsim.run;

import java.util.Arrays;

/**
 * Latencies counted in logarithmic buckets, a hundred per decade (each 2.3% wide), from 1 ns
 * up to about 115 days: enough to draw a latency distribution, to pool runs by adding counts,
 * and to read percentiles of the pooled runs to about 1%. Bucket {@code i > 0} holds
 * latencies in [10^((i-1)/100), 10^(i/100)) ns; bucket 0 holds 0 ns.
 */
public final class LatencyHistogram {

    /** Buckets per decade of nanoseconds. */
    public static final int PER_DECADE = 100;
    /** Number of buckets; the last one also takes everything longer. */
    public static final int BUCKETS = 16 * PER_DECADE + 1;
    /** No latency at all. */
    public static final LatencyHistogram EMPTY = new LatencyHistogram(new long[BUCKETS], new long[BUCKETS],
            new long[BUCKETS]);

    private final long[] counts;
    /** Per bucket, the shortest and the longest latency counted in it (0 where none was). */
    private final long[] shortest;
    private final long[] longest;

    /**
     * The smallest latency of each bucket (bucket 0: 0). Derived from {@link #bucketByLog},
     * the definition, so a lookup here gives exactly its answer without a logarithm.
     */
    private static final long[] LOWEST = lowestOfEachBucket();
    /** Sub-ranges per power of two in {@link #START}: each 1/256 of an octave, narrower than a bucket. */
    private static final int SUB_BITS = 8;
    /**
     * For each power of two 2^k and each of its 256 equal sub-ranges, the bucket of the sub-range's
     * lowest latency: a latency's bucket is that one or, rarely, the next (a bucket is 2.3% wide,
     * a sub-range at most 0.4%). Below 2^8 the index is the latency itself.
     */
    private static final int[] START = new int[(64 - SUB_BITS) << SUB_BITS];

    static {
        for (int i = 0; i < START.length; i++) {
            START[i] = bucketByLog(lowestOfSubRange(i));
        }
    }

    private LatencyHistogram(long[] counts, long[] shortest, long[] longest) {
        this.counts = counts;
        this.shortest = shortest;
        this.longest = longest;
    }

    /** The bucket a latency falls in. */
    public static int bucket(long nanos) {
        if (nanos <= 0) {
            return 0;
        }
        int i = START[subRange(nanos)];
        while (i + 1 < BUCKETS && LOWEST[i + 1] <= nanos) {
            i++;
        }
        return i;
    }

    /** The index in {@link #START} of {@code nanos} (&gt; 0): its value below 2^8, else its octave and top bits. */
    private static int subRange(long nanos) {
        int k = 63 - Long.numberOfLeadingZeros(nanos);
        if (k < SUB_BITS) {
            return (int) nanos;
        }
        return ((k - SUB_BITS + 1) << SUB_BITS) | (int) ((nanos >>> (k - SUB_BITS)) & ((1 << SUB_BITS) - 1));
    }

    /** The lowest latency whose {@link #subRange} is {@code index}. */
    private static long lowestOfSubRange(int index) {
        int octave = index >>> SUB_BITS;
        if (octave == 0) {
            return Math.max(1, index);
        }
        int k = octave + SUB_BITS - 1;
        long top = index & ((1 << SUB_BITS) - 1);
        return (1L << k) | (top << (k - SUB_BITS));
    }

    /** The definition of {@link #bucket}: one plus the floor of a hundred times log10, capped. */
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
        long[] shortest = new long[BUCKETS];
        long[] longest = new long[BUCKETS];
        Arrays.fill(shortest, Long.MAX_VALUE); // no test of the count in the loop: 0 where none is, below
        for (long v : latencies) {
            int i = bucket(v);
            counts[i]++;
            if (v < shortest[i]) {
                shortest[i] = v;
            }
            if (v > longest[i]) {
                longest[i] = v;
            }
        }
        for (int i = 0; i < BUCKETS; i++) {
            if (counts[i] == 0) {
                shortest[i] = 0;
            }
        }
        return new LatencyHistogram(counts, shortest, longest);
    }

    /**
     * The lowest latency bucket {@code i} holds: bucket 0 holds every latency up to 0, so
     * {@code Long.MIN_VALUE} for it. With {@link #upperExclusive} it bounds the bucket in
     * unsigned arithmetic: {@code nanos} is in it when {@code nanos - lowest} is below
     * {@code upperExclusive - lowest}, both read as unsigned.
     */
    static long lowest(int i) {
        return i == 0 ? Long.MIN_VALUE : LOWEST[i];
    }

    /** The first latency past bucket {@code i}, or {@code Long.MIN_VALUE} (2^63 unsigned) for the last bucket. */
    static long upperExclusive(int i) {
        return i == BUCKETS - 1 ? Long.MIN_VALUE : LOWEST[i + 1];
    }

    /**
     * The {@code p} quantile (0 &lt; p &le; 1) of the latencies counted, by nearest rank: the
     * bucket holding rank ceil(p * total), and within it, between the shortest and the longest
     * latency it counted, the point whose (logarithmic) share of that span is the rank's share
     * of its count. It moves smoothly with p, is exact where a bucket holds one value, and is
     * never off by more than the bucket's 2.3%. NaN if nothing was counted.
     */
    public double quantileNanos(double p) {
        long total = total();
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max((long) Math.ceil(p * total), 1);
        int i = 0;
        while (rank > counts[i]) {
            rank -= counts[i++];
        }
        if (i == 0 || counts[i] == 1 || shortest[i] == longest[i]) {
            return i == 0 ? 0 : counts[i] == 1 ? longest[i] : shortest[i];
        }
        double share = (rank - 1.0) / (counts[i] - 1);
        return shortest[i] * StrictMath.pow((double) longest[i] / shortest[i], share);
    }

    /** The count in bucket {@code i}. */
    public long count(int i) {
        return counts[i];
    }

    /** The shortest latency counted in bucket {@code i}; 0 where none was. */
    public long shortest(int i) {
        return shortest[i];
    }

    /** The longest latency counted in bucket {@code i}; 0 where none was. */
    public long longest(int i) {
        return longest[i];
    }

    /**
     * The histogram whose buckets hold what {@link #count}, {@link #shortest} and
     * {@link #longest} read, e.g. as a part file of a sharded sweep wrote them: arrays of
     * {@link #BUCKETS} entries, copied.
     */
    public static LatencyHistogram ofBuckets(long[] counts, long[] shortest, long[] longest) {
        if (counts.length != BUCKETS || shortest.length != BUCKETS || longest.length != BUCKETS) {
            throw new IllegalArgumentException("a latency histogram has " + BUCKETS + " buckets");
        }
        return new LatencyHistogram(counts.clone(), shortest.clone(), longest.clone());
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
        long[] low = shortest.clone();
        long[] high = longest.clone();
        for (int i = 0; i < BUCKETS; i++) {
            if (other.counts[i] == 0) {
                continue;
            }
            low[i] = sum[i] == 0 ? other.shortest[i] : Math.min(low[i], other.shortest[i]);
            high[i] = Math.max(high[i], other.longest[i]);
            sum[i] += other.counts[i];
        }
        return new LatencyHistogram(sum, low, high);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatencyHistogram h && Arrays.equals(counts, h.counts)
                && Arrays.equals(shortest, h.shortest) && Arrays.equals(longest, h.longest);
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
