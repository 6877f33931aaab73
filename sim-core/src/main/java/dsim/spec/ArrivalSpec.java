package dsim.spec;

/** When a producer creates its messages. The first message is created at time 0. */
public sealed interface ArrivalSpec {

    /** One message every {@code intervalNanos}, the first at time 0. */
    record Fixed(long intervalNanos) implements ArrivalSpec {
    }

    /**
     * A Poisson process: exponential gaps with mean {@code 1 / ratePerSecond} seconds,
     * the first message at time 0.
     */
    record Poisson(double ratePerSecond) implements ArrivalSpec {
    }
}
