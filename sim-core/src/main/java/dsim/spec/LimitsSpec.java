package dsim.spec;

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
     * The longest duration a scenario may name, and the longest any sampled delay, gap or
     * holding time becomes: 10,000 days (about 27 years). Event times are sums of a time within
     * the run and a few such durations, so this bound keeps them far inside 64-bit nanoseconds
     * (about 292 years), whatever the scenario.
     */
    public static final long MAX_DURATION_NANOS = 10_000L * 24 * 3600 * 1_000_000_000L;
    /** {@link #MAX_DURATION_NANOS} as a scenario writes it. */
    public static final String MAX_DURATION_TEXT = "10000d";

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
