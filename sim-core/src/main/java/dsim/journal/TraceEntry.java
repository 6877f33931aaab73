package dsim.journal;

import dsim.spec.PacketKind;

/**
 * One journal entry of a run, as a trace or a story shows it. Built only when a
 * {@link TraceSink} listens.
 *
 * <p>Entries are numbered in journal order ({@code seq}, from 1) and each names the entry
 * that caused it ({@code causedBy}): a receipt names its send, a drop the send it dropped, a
 * link's copy the send it copies, a processing end its start, a send the entry that made the
 * node send (a creation, a retry, a store, a delivery, a processing), a delivery or a loss in
 * a broker's crash the stored copy, a restart its crash. Readers follow these links; they
 * never pair entries by guesswork or read {@code detail}.
 *
 * @param seq       this entry's number in the run's journal, from 1
 * @param causedBy  the {@code seq} of the entry that caused this one, or 0 for none (a creation,
 *                  a broker's scheduled crash)
 * @param timeNanos simulated time of the entry
 * @param kind      what happened
 * @param node      where it happened (for a packet sent, dropped or duplicated: the sender)
 * @param messageId the message ({@code producer-seq}), or null for node-level entries
 * @param attempt   the producer attempt or broker delivery number it concerns, 0 if none
 * @param packet    the packet it concerns, or null
 * @param peer      the other node: a packet's receiver, a delivery's consumer; or null
 * @param reason    why: a drop's, a crash's or a loss's reason; or null
 * @param amount    a number whose meaning depends on the kind; read it through {@link #copy()},
 *                  {@link #queuePosition()}, {@link #durationNanos()}, {@link #sideEffect()},
 *                  {@link #ackWaitsForDisk()}, {@link #partition()} or {@link #offset()}
 * @param detail    a short explanation for people, never null (may be empty); not for programs
 */
public record TraceEntry(long seq, long causedBy, long timeNanos, TraceKind kind, String node, String messageId,
                         int attempt, PacketKind packet, String peer, Reason reason, long amount, String detail) {

    /**
     * {@link TraceKind#STORED}: which copy of its message the broker stored (1 for the first);
     * {@link TraceKind#DELIVERED} and {@link TraceKind#REDELIVERED}: which stored copy it hands out.
     */
    public int copy() {
        if (kind == TraceKind.DELIVERED || kind == TraceKind.REDELIVERED) {
            return (int) amount;
        }
        return (int) only(TraceKind.STORED);
    }

    /** {@link TraceKind#QUEUED}: its place in the consumer's queue when it arrived (1: next to start). */
    public int queuePosition() {
        return (int) only(TraceKind.QUEUED);
    }

    /** {@link TraceKind#PROCESSING}: how long the processing takes. */
    public long durationNanos() {
        return only(TraceKind.PROCESSING);
    }

    /** {@link TraceKind#PROCESSED}: which side effect of its message this was (1 for the first). */
    public int sideEffect() {
        return (int) only(TraceKind.PROCESSED);
    }

    /** {@link TraceKind#DEDUPLICATED_AT_BROKER}: whether the copy was still being written, so the ack waits for the disk. */
    public boolean ackWaitsForDisk() {
        return only(TraceKind.DEDUPLICATED_AT_BROKER) != 0;
    }

    /** {@link TraceKind#COMMITTED} and {@link TraceKind#ASSIGNED}: the partition of the log, from 0. */
    public int partition() {
        return (int) (offsets() >>> OFFSET_BITS);
    }

    /**
     * {@link TraceKind#COMMITTED}: the new committed offset (the next record to read after a
     * crash); {@link TraceKind#ASSIGNED}: the offset its new consumer reads on from.
     */
    public long offset() {
        return offsets() & ((1L << OFFSET_BITS) - 1);
    }

    /** How {@link #partition()} and {@link #offset()} share {@code amount}: the offset's bits. */
    public static final int OFFSET_BITS = 40;

    /** The {@code amount} of a committed or assigned entry. */
    public static long partitionOffset(int partition, long offset) {
        return (long) partition << OFFSET_BITS | offset;
    }

    private long offsets() {
        if (kind != TraceKind.COMMITTED && kind != TraceKind.ASSIGNED) {
            throw new IllegalStateException("a " + kind.id() + " entry has no partition or offset");
        }
        return amount;
    }

    private long only(TraceKind expected) {
        if (kind != expected) {
            throw new IllegalStateException("a " + kind.id() + " entry has no " + expected.id() + " amount");
        }
        return amount;
    }
}
