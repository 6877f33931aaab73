package dsim.run;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatencyHistogramTest {

    @Test
    void bucket_decadeEdges_startTheirBucket() {
        assertEquals(0, LatencyHistogram.bucket(0));
        assertEquals(1, LatencyHistogram.bucket(1));
        assertEquals(61, LatencyHistogram.bucket(1_000_000));      // 1 ms = 10^6 ns
        assertEquals(60, LatencyHistogram.bucket(999_999));
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
}
