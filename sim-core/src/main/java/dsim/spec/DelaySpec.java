package dsim.spec;

import org.apache.commons.math3.special.Erf;

/**
 * A non-negative random duration (link delay, processing time). Parameters are nanoseconds
 * unless named otherwise; samples are rounded to whole nanoseconds and clamped at 0.
 */
public sealed interface DelaySpec {

    /** Always {@code nanos}. */
    record Constant(long nanos) implements DelaySpec {
    }

    /** Uniform on [{@code minNanos}, {@code maxNanos}]. */
    record Uniform(long minNanos, long maxNanos) implements DelaySpec {
    }

    /** Exponential with mean {@code meanNanos}. */
    record Exponential(long meanNanos) implements DelaySpec {
    }

    /**
     * Normal with {@code meanNanos} and {@code stddevNanos}, negative samples clamped to 0: a
     * delay cannot be negative, so when the normal often is, the delays' mean is
     * {@link #clampedMeanNanos()}, above {@code meanNanos}.
     */
    record Normal(long meanNanos, long stddevNanos) implements DelaySpec {

        /** How often an unclamped draw would be negative. */
        public double negativeShare() {
            return stddevNanos == 0 ? (meanNanos < 0 ? 1 : 0) : 0.5 * Erf.erfc(meanNanos / (stddevNanos * StrictMath.sqrt(2)));
        }

        /** The mean of the delays as sampled, max(X, 0): mu Phi(mu/sigma) + sigma phi(mu/sigma). */
        public double clampedMeanNanos() {
            if (stddevNanos == 0) {
                return Math.max(meanNanos, 0);
            }
            double z = (double) meanNanos / stddevNanos;
            double density = StrictMath.exp(-z * z / 2) / StrictMath.sqrt(2 * StrictMath.PI);
            return meanNanos * (1 - negativeShare()) + stddevNanos * density;
        }
    }

    /** Log-normal whose median is {@code medianNanos} and whose log has standard deviation {@code sigma}. */
    record LogNormal(long medianNanos, double sigma) implements DelaySpec {
    }

    /** Pareto with minimum {@code scaleNanos} and tail index {@code shape} (heavier tail when smaller). */
    record Pareto(long scaleNanos, double shape) implements DelaySpec {
    }
}
