package dsim.run;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatencyHistogramTest {

    @Test
    void bucket_decadeEdges_startTheirBucket() {
        assertEquals(0, LatencyHistogram.bucket(0));
        assertEquals(1, LatencyHistogram.bucket(1));
        assertEquals(601, LatencyHistogram.bucket(1_000_000));      // 1 ms = 10^6 ns
        assertEquals(600, LatencyHistogram.bucket(999_999));
        assertEquals(LatencyHistogram.BUCKETS - 1, LatencyHistogram.bucket(Long.MAX_VALUE));
    }

    @Test
    void bucket_valueBelowUpperEdge_always() {
        for (long v = 1; v < 10_000_000_000L; v = v * 3 + 1) {
            int b = LatencyHistogram.bucket(v);
            assertEquals(true, v < LatencyHistogram.upperNanos(b) && v >= LatencyHistogram.upperNanos(b - 1), "v=" + v);
        }
    }

    @Test
    void bucket_lookup_agreesWithTheLogarithmAtEveryEdge() {
        // Around every bucket edge, and across every power of two, where the lookup starts.
        for (int i = 1; i < LatencyHistogram.BUCKETS; i++) {
            long edge = (long) Math.ceil(LatencyHistogram.upperNanos(i - 1));
            for (long v = Math.max(1, edge - 3); v <= edge + 3; v++) {
                assertEquals(LatencyHistogram.bucketByLog(v), LatencyHistogram.bucket(v), "v=" + v);
            }
        }
        for (int k = 0; k < 63; k++) {
            for (long v : new long[] {(1L << k) - 1, 1L << k, (1L << k) + 1}) {
                assertEquals(LatencyHistogram.bucketByLog(v), LatencyHistogram.bucket(v), "v=" + v);
            }
        }
        for (long v = 1; v < 100_000; v++) {
            assertEquals(LatencyHistogram.bucketByLog(v), LatencyHistogram.bucket(v), "v=" + v);
        }
    }

    @Test
    void plus_addsCounts() {
        LatencyHistogram a = LatencyHistogram.of(new long[] {5, 5_000, 5_000_000});
        LatencyHistogram b = LatencyHistogram.of(new long[] {5_000});
        LatencyHistogram sum = a.plus(b);
        assertEquals(4, sum.total());
        assertEquals(2, sum.count(LatencyHistogram.bucket(5_000)));
        assertEquals(LatencyHistogram.of(new long[] {5, 5_000, 5_000, 5_000_000}), sum);
    }

    @Test
    void quantile_ofPooledLatencies_isWithinABucketOfTheExactOne() {
        long[] values = new long[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1_000_000L + 37L * i * i;   // 1 ms up to about 3.7 s, skewed
        }
        LatencyHistogram h = LatencyHistogram.of(values);
        for (double p : new double[] {0.10, 0.25, 0.50, 0.75, 0.90, 0.99}) {
            long exact = values[(int) Math.ceil(p * values.length) - 1];
            assertEquals(exact, h.quantileNanos(p), exact * 0.024, "p=" + p);
        }
        assertEquals(Double.NaN, LatencyHistogram.EMPTY.quantileNanos(0.5));
    }

    @Test
    void quantile_ofOneRepeatedValue_isThatValue_pooledOrNot() {
        LatencyHistogram sixMs = LatencyHistogram.of(new long[] {6_000_000, 6_000_000, 6_000_000});
        LatencyHistogram pooled = sixMs.plus(LatencyHistogram.of(new long[] {6_000_000, 1_006_000_000}));
        assertEquals(6_000_000, sixMs.quantileNanos(0.5));
        assertEquals(6_000_000, pooled.quantileNanos(0.5));
        assertEquals(1_006_000_000, pooled.quantileNanos(0.99));
    }
}
