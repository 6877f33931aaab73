package dsim.run;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The latency summary gives what sorting every latency would give. */
class LatencyProperties {

    @Provide
    Arbitrary<long[]> latencies() {
        // Clustered values (many ties, one busy bucket) as well as widely spread ones.
        Arbitrary<Long> clustered = Arbitraries.longs().between(5_000_000, 5_000_050);
        Arbitrary<Long> spread = Arbitraries.longs().between(0, 400_000_000_000L);
        // Either side of a bucket's edges, and the extremes: the gathering's bounds are exact.
        Arbitrary<Long> edges = Arbitraries.integers().between(1, LatencyHistogram.BUCKETS - 1)
                .flatMap(i -> Arbitraries.of(LatencyHistogram.lowest(i) - 1, LatencyHistogram.lowest(i)));
        Arbitrary<Long> extremes = Arbitraries.of(0L, 1L, Long.MAX_VALUE - 1, Long.MAX_VALUE);
        return Arbitraries.oneOf(clustered, spread, edges, extremes).array(long[].class).ofMinSize(1)
                .ofMaxSize(3000);
    }

    @Property(tries = 300)
    void percentiles_areTheNearestRanksOfTheSortedLatencies(@ForAll("latencies") long[] values) {
        long[] original = values.clone();
        Latency latency = Latency.of(values);
        assertArrayEquals(original, values, "the input is left as it was");

        long[] sorted = values.clone();
        Arrays.sort(sorted);
        assertEquals(rank(sorted, 0.50), latency.p50Nanos());
        assertEquals(rank(sorted, 0.90), latency.p90Nanos());
        assertEquals(rank(sorted, 0.99), latency.p99Nanos());
        assertEquals(sorted[sorted.length - 1], latency.maxNanos());
        assertEquals(values.length, latency.count());
        assertEquals(LatencyHistogram.of(values), latency.histogram());
    }

    private static long rank(long[] sorted, double p) {
        int r = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(r, 1) - 1];
    }
}
