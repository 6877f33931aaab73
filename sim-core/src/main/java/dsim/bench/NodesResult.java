package dsim.bench;

/**
 * The cost of an event at few nodes and at many, on the same messages.
 *
 * @param messages      messages in each run
 * @param fewNodes      producers and consumers in the small run
 * @param fewNanos      nanoseconds per event there (best of three)
 * @param manyNodes     producers and consumers in the large run
 * @param manyNanos     nanoseconds per event there
 */
public record NodesResult(long messages, int fewNodes, double fewNanos, int manyNodes, double manyNanos) {

    /** How much more an event costs at many nodes than at few. */
    public double ratio() {
        return manyNanos / fewNanos;
    }
}
