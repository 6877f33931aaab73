package dsim.journal;

/**
 * Why a packet never arrived, why a node crashed, or why a message it held was lost: the
 * {@code cause} of a dropped, crashed or lost-in-crash entry. A new crash point or loss is
 * one constant here, and the compiler then finds every switch that must tell its story.
 */
public enum Reason {
    /** A link lost the packet at random. */
    LOSS("loss"),
    /** A link was in an outage window when the packet was sent. */
    OUTAGE("outage"),
    /** The packet reached a node that was down. */
    NODE_DOWN("node down"),
    /** A broker's crash in time. */
    BROKER_CRASH("broker crash"),
    /** A consumer's crash in time, whatever it was doing. */
    CONSUMER_CRASH("consumer crash"),
    /** A consumer crashed on receipt, before processing. */
    BEFORE_PROCESS("before-process"),
    /** A consumer crashed right after processing, before acking. */
    AFTER_PROCESS("after-process"),
    /** A consumer crashed between processing and committing (acking), whichever came first. */
    BETWEEN_PROCESS_AND_COMMIT("between-process-and-commit"),
    /** A processing in progress when its consumer crashed: it never finished. */
    ABORTED("aborted"),
    /** A broker that is not durable crashed while holding the message. */
    NOT_DURABLE("not durable"),
    /** A durable broker crashed while the message was still being written to disk. */
    NOT_YET_PERSISTED("not yet persisted"),
    /** A consumer crashed while the delivery waited in its queue for a worker. */
    WAITING_FOR_A_WORKER("waiting for a worker"),
    /**
     * A log's record sent to a consumer before it crashed reached it after its restart: the
     * new incarnation never asked for it, so it is dropped as a reply on a closed connection.
     */
    STALE_FETCH("stale fetch"),
    /** A producer's crash in time. */
    PRODUCER_CRASH("producer crash"),
    /** A producer without an outbox crashed before the message's ack came: it forgot to resend it. */
    NOT_YET_ACKED("not yet acked"),
    /** A consumer crashed on a poison message, one it can never process. */
    POISON("poison"),
    /** A durable broker that syncs its writes every so long crashed before the sync that held the message. */
    NOT_YET_SYNCED("not yet synced");

    private final String id;

    Reason(String id) {
        this.id = id;
    }

    /** The name used in traces. */
    public String id() {
        return id;
    }

    /** Whether a durable broker's crash caught the message before its write reached the disk. */
    public boolean unwritten() {
        return this == NOT_YET_PERSISTED || this == NOT_YET_SYNCED;
    }

    /** Whether it is why a link dropped a packet (loss or outage), not a node. */
    public boolean onLink() {
        return this == LOSS || this == OUTAGE;
    }

    @Override
    public String toString() {
        return id;
    }
}
