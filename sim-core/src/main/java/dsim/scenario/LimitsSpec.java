package dsim.scenario;

/**
 * Bounds that end a run which would not finish on its own; hitting one is reported.
 *
 * @param maxTimeNanos simulated time after which the run stops; &gt; 0
 * @param maxEvents    events after which the run stops; &gt; 0
 */
public record LimitsSpec(long maxTimeNanos, long maxEvents) {

    /** 30 days of simulated time, 100 million events. */
    public static final LimitsSpec DEFAULT = new LimitsSpec(30L * 24 * 3600 * 1_000_000_000L, 100_000_000L);
}
