package dsim.report.compare;

import dsim.compare.Metric;
import dsim.stats.Estimate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatTest {

    @Test
    void num_ordinaryValue_hasTwoDecimals() {
        assertEquals("2.44", Format.num(2.4399999));
        assertEquals("-2.44", Format.num(-2.44));
        assertEquals("0.00", Format.num(0));
    }

    @Test
    void costInterval_fewSeedsReachingBelowZero_isCutAtZero() {
        // Two seeds' Student-t interval can reach below zero; no cost can.
        assertEquals("[0.00, 7079.01]", Format.costInterval(new Estimate(1837.7, -3403.61, 7079.01, "student-t", 0.95, 2)));
    }

    @Test
    void num_tinyNonZeroValue_keepsThreeSignificantDigits() {
        assertEquals("0.00312", Format.num(0.003123));
        assertEquals("-0.000100", Format.num(-0.0001));
    }

    @Test
    void value_byUnit_addsTheUnit() {
        assertEquals("2.44%", Format.value(Metric.LOST, 2.44));
        assertEquals("12.3ms", Format.value(Metric.LATENCY_P50, 12.3));
        // The same units as the command line, up to days: never "540216077.03 ms".
        assertEquals("6d06h", Format.value(Metric.LATENCY_P50, 540_216_077.03));
        assertEquals("[6d05h, 6d07h]", Format.interval(Metric.LATENCY_P99,
                new dsim.stats.Estimate(540_216_077.03, 536_221_178.45, 544_000_000, "sectioning", 0.95, 20)));
        assertEquals("2.05", Format.value(Metric.PACKETS_PER_MESSAGE, 2.05));
        assertEquals("-2.44 pp", Format.difference(Metric.LOST, -2.44));
    }

    @Test
    void interval_shareReachingBelowZero_isCutAtZero() {
        assertEquals("[0.00, 2.01]", Format.interval(Metric.LOST,
                new dsim.stats.Estimate(0.9, -0.2, 2.01, "student-t", 0.95, 5)));
    }

    @Test
    void duration_nanos_useTheLargestUnitAtOrAboveOne() {
        assertEquals("0ns", Format.duration(0));
        assertEquals("850ns", Format.duration(850));
        assertEquals("12.3ms", Format.duration(12_345_678));
        assertEquals("1s", Format.duration(1e9));
        assertEquals("3.01s", Format.duration(3_006_000_000L));
        assertEquals("1m05s", Format.duration(65e9));
        assertEquals("115d18h", Format.duration(1e16));
    }

    @Test
    void probabilityAndCount_readLikeTheScenarioFile() {
        assertEquals("0.2%", Format.probability(0.002));
        assertEquals("10%", Format.probability(0.1));
        assertEquals("1,000", Format.count(1000));
        assertEquals("100,000,000", Format.count(100_000_000));
        assertEquals("1..100 (100)", Format.seeds(1, 100));
    }
}
