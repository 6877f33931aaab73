package dsim.spec;

/**
 * A time window in which a link loses packets sent on it with {@code loss} (1 = fully down),
 * instead of its normal loss.
 *
 * @param startNanos when it begins (inclusive)
 * @param endNanos   when it ends (exclusive); &gt; start
 * @param loss       the loss probability inside the window, in [0, 1]
 */
public record OutageSpec(long startNanos, long endNanos, double loss) {

    /** True if a packet sent at {@code nanos} falls inside this window. */
    public boolean covers(long nanos) {
        return nanos >= startNanos && nanos < endNanos;
    }
}
