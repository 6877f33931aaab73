package dsim.random;

import dsim.scenario.DelaySpec;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * Samples one {@link DelaySpec} as whole nanoseconds, keyed: the same (key1, key2) always
 * gives the same delay. commons-math3 does the sampling, always from our own generator.
 */
public final class DelaySampler {

    private final long streamSeed;
    private final long constantNanos;
    private final RealDistribution distribution; // null for a constant
    private final SplitMixRandom random;

    /** A sampler for {@code spec} drawing from the stream {@code streamSeed}. */
    public DelaySampler(DelaySpec spec, long streamSeed) {
        this.streamSeed = streamSeed;
        this.random = new SplitMixRandom(streamSeed);
        if (spec instanceof DelaySpec.Constant c) {
            this.constantNanos = c.nanos();
            this.distribution = null;
        } else {
            this.constantNanos = 0;
            this.distribution = distribution(spec, random);
        }
    }

    private static RealDistribution distribution(DelaySpec spec, SplitMixRandom random) {
        double eps = 1e-9; // inverse-CDF accuracy; unused by sample() but required by the constructors
        if (spec instanceof DelaySpec.Uniform u) {
            if (u.minNanos() == u.maxNanos()) {
                return new UniformRealDistribution(random, u.minNanos(), u.minNanos() + Math.ulp((double) u.minNanos()));
            }
            return new UniformRealDistribution(random, u.minNanos(), u.maxNanos());
        } else if (spec instanceof DelaySpec.Exponential e) {
            return new ExponentialDistribution(random, e.meanNanos(), eps);
        } else if (spec instanceof DelaySpec.Normal n) {
            return new NormalDistribution(random, n.meanNanos(), Math.max(n.stddevNanos(), 1e-9), eps);
        } else if (spec instanceof DelaySpec.LogNormal l) {
            return new LogNormalDistribution(random, Math.log(Math.max(l.medianNanos(), 1)), l.sigma(), eps);
        } else if (spec instanceof DelaySpec.Pareto p) {
            return new ParetoDistribution(random, p.scaleNanos(), p.shape(), eps);
        }
        throw new IllegalArgumentException("unknown delay spec " + spec);
    }

    /** True if every sample is the same. */
    public boolean isConstant() {
        return distribution == null;
    }

    /** The delay for the decision keyed by (key1, key2). */
    public long sample(long key1, long key2) {
        if (distribution == null) {
            return constantNanos;
        }
        random.reset(Seeds.keyed(streamSeed, key1, key2));
        return toNanos(distribution.sample());
    }

    /** The one place a sampled double becomes integer time: rounded, clamped to [0, 2^62]. */
    static long toNanos(double sample) {
        if (!(sample > 0)) {
            return 0; // negative, zero or NaN
        }
        return sample >= 0x1.0p62 ? 1L << 62 : Math.round(sample);
    }
}
