package dsim.run;

/**
 * How long deliveries waited for a consumer's worker, and how much ever waited at once.
 *
 * @param waited         processings that started only after waiting in a consumer's queue
 * @param meanWaitNanos  their mean wait, from arrival at the consumer to the start of processing
 * @param maxWaitNanos   the longest such wait
 * @param longestBacklog the most messages that ever waited at one node at once: in a consumer's queue
 *                       for a worker, or at a broker for a consumer with room
 */
public record Queueing(long waited, long meanWaitNanos, long maxWaitNanos, long longestBacklog) {

    /** Nothing waited. Shared, so that a run without waits keeps no object of its own. */
    public static final Queueing NONE = new Queueing(0, 0, 0, 0);

    /** Whether anything waited at all. */
    public boolean any() {
        return waited > 0 || longestBacklog > 0;
    }
}
