package dsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShareOverSeedsTest {

    private static final double EPS = 1e-9;

    @Test
    void noSeedSawIt_getsTheExactBoundOfThePooledMessages_notAZeroWidthInterval() {
        Estimate e = ShareOverSeeds.of(new long[] {0, 0, 0, 0}, new long[] {1000, 1000, 1000, 1000}, 4, 0.95);

        assertEquals(0, e.value());
        assertEquals(0, e.lower());
        assertEquals(Intervals.clopperPearson(0, 4000, 0.95).upper(), e.upper(), EPS);
        assertEquals("clopper-pearson", e.method());
        assertEquals(4, e.n());
    }

    @Test
    void burstySeeds_keepTheWiderIntervalOverSeeds() {
        // 2% of the messages on average, but all of a seed's in one burst: the seeds, not the
        // 4,000 messages, are the independent draws, and the interval over them is far wider.
        long[] counts = {0, 80, 0, 0};
        long[] produced = {1000, 1000, 1000, 1000};
        Estimate e = ShareOverSeeds.of(counts, produced, 4, 0.95);
        Estimate pooled = Intervals.clopperPearson(80, 4000, 0.95);
        Estimate t = Intervals.studentT(new double[] {0, 0.08, 0, 0}, 0.95);

        assertEquals(0.02, e.value(), EPS);
        assertEquals(0, e.lower(), "clipped at no message");
        assertEquals(t.upper(), e.upper(), EPS);
        assertTrue(e.upper() > 3 * pooled.upper(), e + " against " + pooled);
        assertEquals("student-t", e.method());
    }

    @Test
    void usesOnlyTheFirstSeeds_andCapsACountAtItsProduced() {
        Estimate e = ShareOverSeeds.of(new long[] {5, 2000, 99}, new long[] {100, 1000, 7}, 2, 0.9);

        assertEquals((0.05 + 1.0) / 2, e.value(), EPS);
        assertEquals(2, e.n());
        assertTrue(e.upper() <= 1, e.toString());
    }
}
