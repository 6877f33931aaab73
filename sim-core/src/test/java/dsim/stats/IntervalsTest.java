package dsim.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IntervalsTest {

    private static final double EPS = 1e-4;

    @Test
    void studentT_fiveValues_matchesHandComputation() {
        // mean 3, sample sd sqrt(2.5) = 1.58114, t(0.975, 4) = 2.776445, half = 2.776445 * 1.58114 / sqrt(5)
        Estimate e = Intervals.studentT(new double[] {1, 2, 3, 4, 5}, 0.95);
        assertEquals(3.0, e.value(), EPS);
        assertEquals(1.963243, e.halfWidth(), EPS);
        assertEquals("student-t", e.method());
        assertEquals(5, e.n());
    }

    @Test
    void studentT_identicalValues_collapsesToExact() {
        Estimate e = Intervals.studentT(new double[] {2, 2, 2}, 0.95);
        assertEquals(2, e.lower());
        assertEquals(2, e.upper());
        assertEquals("exact", e.method());
    }

    @Test
    void studentT_singleValue_hasNoWidth() {
        Estimate e = Intervals.studentT(new double[] {7}, 0.95);
        assertEquals(7, e.lower());
        assertEquals("single-run", e.method());
    }

    @Test
    void wilson_fourOfTen_matchesHandComputation() {
        // z = 1.959964; centre = (0.4 + z^2/20) / (1 + z^2/10); half = z/(1+z^2/10) * sqrt(0.024 + z^2/400)
        Estimate e = Intervals.wilson(4, 10, 0.95);
        assertEquals(0.4, e.value(), EPS);
        assertEquals(0.168180, e.lower(), EPS);
        assertEquals(0.687326, e.upper(), EPS);
    }

    @Test
    void wilson_zeroOfN_startsAtZeroWithAPositiveUpperBound() {
        Estimate e = Intervals.wilson(0, 100, 0.95);
        assertEquals(0, e.lower());
        // z^2 / (n + z^2) = 3.841459 / 103.841459
        assertEquals(0.036994, e.upper(), EPS);
    }

    @Test
    void wilson_nOfN_endsAtOne() {
        Estimate e = Intervals.wilson(100, 100, 0.95);
        assertEquals(1, e.upper());
        assertEquals(1 - 0.036994, e.lower(), EPS);
    }

    @Test
    void wilson_impossibleCounts_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(3, 2, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(0, 0, 0.95));
    }

    @Test
    void pairedDifference_correlatedPairs_isTighterThanSeparateIntervals() {
        double[] a = {10.1, 20.2, 30.1, 40.3, 50.2};
        double[] b = {10.0, 20.0, 30.0, 40.0, 50.0};
        Estimate d = Intervals.pairedDifference(a, b, 0.95);
        assertEquals(0.18, d.value(), EPS);
        assertEquals("paired-t", d.method());
        assertEquals(true, d.halfWidth() < Intervals.studentT(a, 0.95).halfWidth() / 50);
    }
}
