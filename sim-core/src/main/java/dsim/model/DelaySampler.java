package dsim.model;

import dsim.spec.LimitsSpec;
import dsim.random.ExponentialZiggurat;
import dsim.random.Seeds;
import dsim.random.SplitMixRandom;
import dsim.spec.DelaySpec;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;

/**
 * Samples one {@link DelaySpec} as whole nanoseconds, keyed: the same (key1, key2) always
 * gives the same delay. Uniform and exponential delays, the common ones on the hot path,
 * come from one keyed 64-bit value (uniform by scaling, exponential by a ziggurat; a test
 * holds them equal in distribution to commons-math3's); the others are sampled by
 * commons-math3, whose FastMath is pure Java and so the same on every platform, always from
 * our own generator.
 *
 * <p>Sampling is keyed through and through (a generator is reset to the key before each
 * commons-math3 sample), so one sampler serves every user of the same spec, each with its own
 * stream seed: 20,000 links share one, and a send touches no sampler object of its own.
 */
public final class DelaySampler {

    private final DelaySpec spec;
    private final long streamSeed;
    private final long constantNanos;
    /** Uniform is offset + u * scale; exponential is scale (the mean) times a standard exponential. */
    private final Inversion inversion;
    private final double offset;
    private final double scale;
    private final RealDistribution distribution; // null for a constant
    private final SplitMixRandom random;

    /** A sampler for {@code spec} drawing from the stream {@code streamSeed}. */
    public DelaySampler(DelaySpec spec, long streamSeed) {
        this.spec = spec;
        this.streamSeed = streamSeed;
        // A generator only for the distributions commons-math3 samples; the others are keyed draws.
        this.random = spec instanceof DelaySpec.Constant || spec instanceof DelaySpec.Uniform
                || spec instanceof DelaySpec.Exponential ? null : new SplitMixRandom(streamSeed);
        if (spec instanceof DelaySpec.Constant c) {
            this.constantNanos = c.nanos();
            this.distribution = null;
            this.inversion = Inversion.NONE;
            this.offset = 0;
            this.scale = 0;
        } else if (spec instanceof DelaySpec.Uniform u) {
            this.constantNanos = 0;
            this.distribution = null;
            this.inversion = Inversion.UNIFORM;
            this.offset = u.minNanos();
            this.scale = (double) u.maxNanos() - u.minNanos();
        } else if (spec instanceof DelaySpec.Exponential e) {
            this.constantNanos = 0;
            this.distribution = null;
            this.inversion = Inversion.EXPONENTIAL;
            this.offset = 0;
            this.scale = e.meanNanos();
        } else {
            this.constantNanos = 0;
            this.distribution = distribution(spec, random);
            this.inversion = Inversion.NONE;
            this.offset = 0;
            this.scale = 0;
        }
    }

    /** The spec it samples. */
    public DelaySpec spec() {
        return spec;
    }

    private enum Inversion { NONE, UNIFORM, EXPONENTIAL }

    private static RealDistribution distribution(DelaySpec spec, SplitMixRandom random) {
        double eps = 1e-9; // inverse-CDF accuracy; unused by sample() but required by the constructors
        if (spec instanceof DelaySpec.Normal n) {
            return new NormalDistribution(random, n.meanNanos(), Math.max(n.stddevNanos(), 1e-9), eps);
        } else if (spec instanceof DelaySpec.LogNormal l) {
            return new LogNormalDistribution(random, StrictMath.log(Math.max(l.medianNanos(), 1)), l.sigma(), eps);
        } else if (spec instanceof DelaySpec.Pareto p) {
            return new ParetoDistribution(random, p.scaleNanos(), p.shape(), eps);
        }
        throw new IllegalArgumentException("unknown delay spec " + spec);
    }

    /** The delay for the decision keyed by (key1, key2), from the stream this sampler was made with. */
    public long sample(long key1, long key2) {
        return sample(streamSeed, key1, key2);
    }

    /** The delay for the decision keyed by (key1, key2) in the stream {@code streamSeed}. */
    public long sample(long streamSeed, long key1, long key2) {
        switch (inversion) {
            case UNIFORM:
                return toNanos(offset + scale * Seeds.uniform(streamSeed, key1, key2));
            case EXPONENTIAL:
                return exponentialNanos(scale, Seeds.keyed(streamSeed, key1, key2));
            default:
                if (distribution == null) {
                    return constantNanos;
                }
                random.reset(Seeds.keyed(streamSeed, key1, key2));
                return toNanos(distribution.sample());
        }
    }

    /** An exponential time of mean {@code meanNanos} from the 64 random bits {@code bits}, the same on every platform. */
    public static long exponentialNanos(double meanNanos, long bits) {
        return toNanos(meanNanos * ExponentialZiggurat.sample(bits));
    }

    /**
     * The one place a sampled double becomes integer time: rounded, clamped to [0, the longest
     * duration a scenario may name]. A heavy tail's rare enormous draw must not overflow the
     * clock it is added to.
     */
    static long toNanos(double sample) {
        if (!(sample >= 0.5)) {
            return 0; // rounds to zero, is negative, or NaN
        }
        if (sample >= LimitsSpec.MAX_DURATION_NANOS) {
            return LimitsSpec.MAX_DURATION_NANOS;
        }
        // Math.round, without its general cases on the hot path: below 2^52 adding a half is
        // exact or rounds within the same integer, and from 2^52 up every double is an integer.
        return sample < 0x1p52 ? (long) (sample + 0.5) : (long) sample;
    }
}
