package dsim.scenario;

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

    /** Normal with {@code meanNanos} and {@code stddevNanos}, negative samples clamped to 0. */
    record Normal(long meanNanos, long stddevNanos) implements DelaySpec {
    }

    /** Log-normal whose median is {@code medianNanos} and whose log has standard deviation {@code sigma}. */
    record LogNormal(long medianNanos, double sigma) implements DelaySpec {
    }

    /** Pareto with minimum {@code scaleNanos} and tail index {@code shape} (heavier tail when smaller). */
    record Pareto(long scaleNanos, double shape) implements DelaySpec {
    }
}
