package dsim.spec;

/**
 * A consumer's crashes, of two kinds that may go together: each delivery it receives makes it
 * crash with {@code probability}, at the point {@code at}; and, if {@code everyNanos} is more
 * than 0, it crashes at times of its own, exponential gaps of that mean apart, whatever it is
 * doing. Either way it restarts after {@code downForNanos}.
 *
 * @param probability  chance per received delivery, in [0, 1]; 0 for none
 * @param at           where in handling the delivery the crash strikes
 * @param downForNanos how long it stays down; &gt; 0
 * @param everyNanos   mean time from a restart to the next crash in time; 0 for none
 */
public record ConsumerCrashSpec(double probability, CrashPoint at, long downForNanos, long everyNanos) {

    /** How long a consumer stays down when nothing says: also after a poison message crashes one without a crash section. */
    public static final long DEFAULT_DOWN_FOR_NANOS = 10_000_000_000L;

    /** Crashes per delivery only. */
    public ConsumerCrashSpec(double probability, CrashPoint at, long downForNanos) {
        this(probability, at, downForNanos, 0);
    }
}
