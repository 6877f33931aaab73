package dsim.bench;

/**
 * The whole model on the built-in large scenario.
 *
 * @param messages          messages produced
 * @param events            events executed
 * @param seconds           wall-clock seconds of the run alone (no loading)
 * @param eventsPerSecond   events / seconds
 * @param messagesPerSecond messages / seconds
 * @param peakHeapBytes     the most heap in use at once during the run, as the JVM's pools report it
 * @param leanEvents        events the {@link LeanModel} ran on the same messages (about as many)
 * @param leanEventsPerSecond the lean model's rate, timed right after the run
 */
public record ModelResult(long messages, long events, double seconds, double eventsPerSecond,
                          double messagesPerSecond, long peakHeapBytes, long leanEvents, double leanEventsPerSecond) {

    /** The whole model's event rate over the lean model's: what dsim's journal, checks and generality cost. */
    public double ratioToLeanModel() {
        return eventsPerSecond / leanEventsPerSecond;
    }
}
