package dsim.spec;

/**
 * A broker's crashes: the times between crashes are exponential with mean {@code everyNanos};
 * each crash keeps the broker down for {@code downForNanos}.
 *
 * @param everyNanos   mean time between crashes (from one restart to the next crash); &gt; 0
 * @param downForNanos how long each crash lasts; &gt; 0
 */
public record BrokerCrashSpec(long everyNanos, long downForNanos) {
}
