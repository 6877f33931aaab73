package dsim.spec;

/**
 * How producers resend under at-least-once and exactly-once. Attempt n (n &ge; 2) is sent
 * {@code timeout * multiplier^(n-2)} after attempt n-1, capped at {@code maxBackoff}, then
 * spread by &plusmn;{@code jitter} (a fraction).
 *
 * @param timeoutNanos    wait for an ack before the first resend; &gt; 0
 * @param maxAttempts     total sends of one message including the first, &ge; 1; 0 = unbounded
 * @param multiplier      backoff growth per attempt, &ge; 1
 * @param maxBackoffNanos cap on the wait between attempts; &ge; timeout
 * @param jitter          relative random spread of each wait, in [0, 1)
 */
public record RetrySpec(long timeoutNanos, int maxAttempts, double multiplier, long maxBackoffNanos, double jitter) {

    /** Whether attempt {@code attempt} (1-based) may still be followed by another. */
    public boolean mayRetryAfter(int attempt) {
        return maxAttempts == 0 || attempt < maxAttempts;
    }

    /** The wait after sending attempt {@code attempt} (1-based) before the next, without jitter. */
    public long baseWaitNanos(int attempt) {
        double wait = timeoutNanos * StrictMath.pow(multiplier, attempt - 1);
        return (long) Math.min(wait, (double) maxBackoffNanos);
    }
}
