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
 */
public record ModelResult(long messages, long events, double seconds, double eventsPerSecond,
                          double messagesPerSecond, long peakHeapBytes) {
}
