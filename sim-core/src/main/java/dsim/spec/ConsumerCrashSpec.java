package dsim.spec;

/**
 * A consumer's crashes: each delivery it receives makes it crash with {@code probability},
 * at the point {@code at}; it restarts after {@code downForNanos}.
 *
 * @param probability  chance per received delivery, in [0, 1]
 * @param at           where in handling the delivery the crash strikes
 * @param downForNanos how long it stays down; &gt; 0
 */
public record ConsumerCrashSpec(double probability, CrashPoint at, long downForNanos) {
}
