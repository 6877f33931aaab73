package dsim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * The ziggurat's deviates are standard exponential, and they are the same bits on every
 * platform: a few are pinned here, one of them from the tail beyond the base layer, so a
 * machine whose floating point differed would fail this test rather than print other figures.
 */
class ExponentialZigguratTest {

    private static final double TAIL_START = 7.69711747013104972;
    private static final double Z_999 = 3.2905;

    @Test
    void samples_areStandardExponential_byKolmogorovSmirnov() {
        int n = 200_000;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = ExponentialZiggurat.sample(Seeds.mix64(i + 1));
        }
        double p = new KolmogorovSmirnovTest(new SplitMixRandom(1))
                .kolmogorovSmirnovTest(new ExponentialDistribution(new SplitMixRandom(2), 1), xs);
        assertTrue(p > 0.001, "KS p-value " + p);
    }

    @Test
    void tailBeyondTheBaseLayer_hasTheExponentialsShare() {
        int n = 4_000_000;
        long tail = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = ExponentialZiggurat.sample(Seeds.mix64(i + 7_000_000L));
            sum += x;
            tail += x > TAIL_START ? 1 : 0;
        }
        double expected = StrictMath.exp(-TAIL_START);
        double half = Z_999 * Math.sqrt(expected * (1 - expected) / n);
        String figures = String.format(Locale.ROOT, "ziggurat: mean %.5f (1 +- %.5f), share beyond %.3f: %.6f "
                + "(closed form %.6f +- %.6f) over %,d draws", sum / n, Z_999 / Math.sqrt(n), TAIL_START,
                (double) tail / n, expected, half, n);
        System.out.println(figures);
        assertTrue(Math.abs((double) tail / n - expected) <= half, figures);
        assertTrue(Math.abs(sum / n - 1) <= Z_999 / Math.sqrt(n), figures);
    }

    @Test
    void pinnedDraws_areTheSameBitsEverywhere() {
        assertEquals(0x1.721e85a07c52p-3, ExponentialZiggurat.sample(0x5692161d100b05e5L));
        assertEquals(0x1.544e530ce36e6p0, ExponentialZiggurat.sample(0xdbd238973a2b148aL));
        assertEquals(0x1.772eade51f34ap-5, ExponentialZiggurat.sample(0x1e535eede31428f0L));
        assertEquals(0x1.81f40571a1a9bp1, ExponentialZiggurat.sample(0xb7a4712c74562914L));
        assertEquals(0x1.0df9ff02d0f52p3, ExponentialZiggurat.sample(0xefd5a7d025cd3c00L), "from the tail");
    }
}
