package dsim.scenario;

/**
 * Bounds that end a run which would not finish on its own, or would not fit in memory; hitting
 * one is reported.
 *
 * @param maxTimeNanos simulated time after which the run stops; &gt; 0
 * @param maxEvents    events after which the run stops; &gt; 0
 * @param maxPending   events scheduled at once (packets in flight, timers) beyond which the run
 *                     stops: each holds about 44 bytes (its queue entry and payload), so this
 *                     bounds a run's memory; &gt; 0
 */
public record LimitsSpec(long maxTimeNanos, long maxEvents, long maxPending) {

    /**
     * Two million pending events: about 90 MB, twice that while the arrays grow, so that the
     * limit, not the heap, stops a run piling up work even in a 256 MB JVM.
     */
    public static final long DEFAULT_MAX_PENDING = 2_000_000L;

    /** 30 days of simulated time, 100 million events, two million pending. */
    public static final LimitsSpec DEFAULT = new LimitsSpec(30L * 24 * 3600 * 1_000_000_000L, 100_000_000L,
            DEFAULT_MAX_PENDING);

    /** Limits with the default bound on pending events. */
    public LimitsSpec(long maxTimeNanos, long maxEvents) {
        this(maxTimeNanos, maxEvents, DEFAULT_MAX_PENDING);
    }
}
