package dsim.model;

import dsim.random.Seeds;
import dsim.random.SplitMixRandom;
import dsim.model.DelaySampler;
import dsim.spec.DelaySpec;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inlined samplers are equal in distribution to commons-math3's: a Kolmogorov-Smirnov
 * test on 20,000 keyed samples must not reject at the 0.1% level (fixed keys, so the test
 * is deterministic; a wrong formula gives p-values near zero).
 */
class DelaySamplerTest {

    private static final int N = 20_000;

    private static double ksPValue(DelaySpec spec, RealDistribution reference) {
        DelaySampler sampler = new DelaySampler(spec, Seeds.stream(7, "test"));
        double[] xs = new double[N];
        for (int i = 0; i < N; i++) {
            xs[i] = sampler.sample(i, 31 * i + 5);
        }
        return new KolmogorovSmirnovTest(new SplitMixRandom(1)).kolmogorovSmirnovTest(reference, xs);
    }

    @Test
    void exponential_inlined_matchesCommonsMath() {
        double p = ksPValue(new DelaySpec.Exponential(20_000_000),
                new ExponentialDistribution(new SplitMixRandom(2), 20_000_000));
        assertTrue(p > 0.001, "KS p-value " + p);
    }

    @Test
    void uniform_inlined_matchesCommonsMath() {
        double p = ksPValue(new DelaySpec.Uniform(1_000_000, 5_000_000),
                new UniformRealDistribution(new SplitMixRandom(2), 1_000_000, 5_000_000));
        assertTrue(p > 0.001, "KS p-value " + p);
    }

    @Test
    void exponential_wrongMean_isRejected() {
        // The test has teeth: a sampler with twice the mean is told apart.
        double p = ksPValue(new DelaySpec.Exponential(40_000_000),
                new ExponentialDistribution(new SplitMixRandom(2), 20_000_000));
        assertTrue(p < 1e-6, "KS p-value " + p);
    }

    @Test
    void sample_sameKeys_sameDelay() {
        DelaySampler a = new DelaySampler(new DelaySpec.LogNormal(2_000_000, 0.5), Seeds.stream(3, "x"));
        DelaySampler b = new DelaySampler(new DelaySpec.LogNormal(2_000_000, 0.5), Seeds.stream(3, "x"));
        for (int i = 0; i < 100; i++) {
            assertEquals(a.sample(i, 2), b.sample(i, 2));
        }
    }

    @Test
    void uniform_degenerateRange_isConstant() {
        DelaySampler s = new DelaySampler(new DelaySpec.Uniform(5, 5), 1);
        assertEquals(5, s.sample(1, 2));
        assertEquals(5, s.sample(3, 4));
    }
}
