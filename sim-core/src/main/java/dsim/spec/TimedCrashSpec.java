package dsim.spec;

/**
 * A node's crashes in time: the times between crashes are exponential with mean
 * {@code everyNanos}, drawn from the node's own stream, so they are the same under every
 * semantics; each crash keeps the node down for {@code downForNanos}.
 *
 * @param everyNanos   mean time between crashes (from one restart to the next crash); &gt; 0
 * @param downForNanos how long each crash lasts; &gt; 0
 */
public record TimedCrashSpec(long everyNanos, long downForNanos) {
}
