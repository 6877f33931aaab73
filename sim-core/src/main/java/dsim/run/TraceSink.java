package dsim.run;

/**
 * Watches the journal of a run, entry by entry, in order. Only used when a user asks for a
 * trace or a story: the run formats names for it, which the hot loop otherwise never does.
 */
@FunctionalInterface
public interface TraceSink {

    /**
     * One journal entry.
     *
     * @param timeNanos simulated time of the entry
     * @param kind      what happened
     * @param node      the node where it happened (for a link drop, the sender)
     * @param messageId the message id ({@code producer-seq}), or null for node-level entries
     * @param attempt   the producer attempt or broker delivery number it concerns, 0 if none
     * @param detail    a short human-readable detail, e.g. "publish auth-service->email-service",
     *                  "loss on auth-service->email-service"; never null (may be empty)
     */
    void record(long timeNanos, TraceKind kind, String node, String messageId, int attempt, String detail);
}
