package dsim.journal;

/**
 * One journal entry of a run, as a trace or a story shows it. Built only when a
 * {@link TraceSink} listens.
 *
 * @param timeNanos simulated time of the entry
 * @param kind      what happened
 * @param node      where it happened (for a packet sent, dropped or duplicated: the sender)
 * @param messageId the message ({@code producer-seq}), or null for node-level entries
 * @param attempt   the producer attempt or broker delivery number it concerns, 0 if none
 * @param packet    the packet kind ({@code publish, publish-ack, deliver, consumer-ack}), or null
 * @param peer      the other node: a packet's receiver, a delivery's consumer; or null
 * @param cause     why: a drop's cause ({@code loss, outage, node down}), a crash's point; or null
 * @param detail    a short human-readable explanation; never null (may be empty)
 */
public record TraceEntry(long timeNanos, TraceKind kind, String node, String messageId, int attempt,
                         String packet, String peer, String cause, String detail) {
}
