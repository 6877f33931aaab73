package dsim.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void clopperPearson_fourOfTen_matchesThePublishedTable() {
        // The exact 95% interval for 4 of 10 in every table of binomial confidence limits.
        Estimate e = Intervals.clopperPearson(4, 10, 0.95);
        assertEquals(0.4, e.value(), EPS);
        assertEquals(0.121552, e.lower(), EPS);
        assertEquals(0.737622, e.upper(), EPS);
        assertEquals("clopper-pearson", e.method());
    }

    @Test
    void clopperPearson_zeroOfN_boundsWhatWasNeverSeen() {
        Estimate e = Intervals.clopperPearson(0, 100, 0.95);
        assertEquals(0, e.lower());
        assertEquals(1 - Math.pow(0.025, 0.01), e.upper(), 1e-12);
        assertEquals(0.036217, e.upper(), EPS);
        // A million messages with none lost: still not "exactly 0".
        assertEquals(3.689e-6, Intervals.clopperPearson(0, 1_000_000, 0.95).upper(), 1e-9);
    }

    @Test
    void clopperPearson_nOfN_endsAtOne_mirroringZero() {
        Estimate e = Intervals.clopperPearson(100, 100, 0.95);
        assertEquals(1, e.upper());
        assertEquals(1 - 0.036217, e.lower(), EPS);
    }

    @Test
    void clopperPearson_isSymmetric_andCoversItsPoint() {
        for (int k = 1; k < 20; k++) {
            Estimate a = Intervals.clopperPearson(k, 20, 0.95);
            Estimate b = Intervals.clopperPearson(20 - k, 20, 0.95);
            assertEquals(a.lower(), 1 - b.upper(), 1e-9, "k=" + k);
            assertTrue(a.contains(a.value()));
        }
    }

    @Test
    void clopperPearson_impossibleCounts_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> Intervals.clopperPearson(3, 2, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Intervals.clopperPearson(0, 0, 0.95));
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
