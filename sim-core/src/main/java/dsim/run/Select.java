package dsim.run;

import java.util.Arrays;

/**
 * The k-th smallest of some longs, found without sorting them all: a percentile of a million
 * latencies needs one order statistic among the tens of thousands in its bucket.
 */
final class Select {

    /** Rounds of partitioning before a pathological input is sorted instead: expected is about log2(n). */
    private static final int ROUNDS_PER_BIT = 3;

    private Select() {
    }

    /**
     * The value of rank {@code k} (0-based) among {@code a[0..n)}, reordering them. Each round
     * splits the range three ways around a median of three, so equal values (a fixed delay makes
     * every latency the same) end the search at once instead of costing a round each.
     */
    static long kth(long[] a, int n, int k) {
        if (k < 0 || k >= n) {
            throw new IllegalArgumentException("rank " + k + " of " + n + " values");
        }
        int lo = 0;
        int hi = n; // the answer is in a[lo..hi)
        int rounds = ROUNDS_PER_BIT * (32 - Integer.numberOfLeadingZeros(n));
        while (hi - lo > 1) {
            if (rounds-- == 0) {
                Arrays.sort(a, lo, hi);
                return a[k];
            }
            long pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi - 1]);
            // a[lo..lt) < pivot, a[lt..i) == pivot, a[gt..hi) > pivot; a[i..gt) not yet seen.
            int lt = lo;
            int i = lo;
            int gt = hi;
            while (i < gt) {
                long v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[--gt];
                    a[gt] = v;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt;
            } else if (k >= gt) {
                lo = gt;
            } else {
                return pivot;
            }
        }
        return a[lo];
    }

    private static long medianOfThree(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
