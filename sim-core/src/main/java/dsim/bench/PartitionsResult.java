package dsim.bench;

/**
 * The cost of an event on a log of few partitions and of many, on the same messages.
 *
 * @param messages       messages in each run
 * @param consumers      the consumers of the log's group
 * @param fewPartitions  the log's partitions in the small run
 * @param fewNanos       nanoseconds per event there (best of three)
 * @param manyPartitions the log's partitions in the large run
 * @param manyNanos      nanoseconds per event there
 */
public record PartitionsResult(long messages, int consumers, int fewPartitions, double fewNanos, int manyPartitions,
                               double manyNanos) {

    /** How much more an event costs over many partitions than over few. */
    public double ratio() {
        return manyNanos / fewNanos;
    }
}
