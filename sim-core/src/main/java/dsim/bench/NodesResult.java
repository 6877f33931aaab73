package dsim.bench;

/**
 * The cost of an event and the heap a finished run holds, at few nodes and at many, on the same
 * messages at the same total rate.
 *
 * @param messages          messages in each run
 * @param fewNodes          producers and consumers in the small run
 * @param fewNanos          nanoseconds per event there (best of three)
 * @param fewHeldBytes      heap the finished small run holds
 * @param manyNodes         producers and consumers in the large run
 * @param manyNanos         nanoseconds per event there
 * @param manyHeldBytes     heap the finished large run holds
 * @param messageArrayBytes the arrays the model keeps per message, the same in both
 * @param leanFewNanos      nanoseconds per event of the lean model of the same scenario, at few nodes
 * @param leanManyNanos     the same at many nodes
 */
public record NodesResult(long messages, int fewNodes, double fewNanos, long fewHeldBytes, int manyNodes,
                          double manyNanos, long manyHeldBytes, long messageArrayBytes, double leanFewNanos,
                          double leanManyNanos) {

    /** How much more an event costs at many nodes than at few. */
    public double ratio() {
        return manyNanos / fewNanos;
    }

    /** The same for the lean model: what the machine's caches and the queue's depth alone cost at many nodes. */
    public double leanRatio() {
        return leanManyNanos / leanFewNanos;
    }

    /** The heap the large run holds over the messages' own arrays. */
    public double memoryRatio() {
        return (double) manyHeldBytes / messageArrayBytes;
    }
}
