package dsim.journal;

/**
 * What happened in one journal entry of a run. Append new kinds at the end: the ordinal
 * feeds the trace digest, and reordering would change the digest of every run.
 */
public enum TraceKind {
    /** A producer created a message. */
    CREATED("created"),
    /** A node put a packet on a link. */
    SENT("sent"),
    /** A link or a down node dropped a packet; the detail names the cause. */
    DROPPED("dropped"),
    /** A link delivered a second copy of a packet. */
    DUPLICATED("duplicated"),
    /** A producer resent a message whose ack had not come. */
    RETRIED("retried"),
    /** A producer stopped resending: attempts exhausted without an ack. */
    GAVE_UP("gave-up"),
    /** A producer received the ack for a message. */
    ACKED("acked"),
    /** A broker stored a published message. */
    STORED("stored"),
    /** An idempotent broker dropped a publish of a message it already stored. */
    DEDUPLICATED_AT_BROKER("deduplicated-at-broker"),
    /** A broker handed a stored message to a consumer for the first time. */
    DELIVERED("delivered"),
    /** A broker handed an unacked message to a consumer again. */
    REDELIVERED("redelivered"),
    /** A broker released a message: its consumer acked it. */
    RELEASED("released"),
    /** A consumer started processing a message. */
    PROCESSING("processing"),
    /** A consumer's side effect happened: the message was processed. */
    PROCESSED("processed"),
    /** A consumer skipped a message whose id was in its dedup store. */
    DEDUPLICATED("deduplicated"),
    /** A node crashed; messages it held only in memory are gone. */
    CRASHED("crashed"),
    /** A crashed node came back. */
    RESTARTED("restarted"),
    /** A message held by a node was lost when it crashed (or aborted mid-processing). */
    LOST_IN_CRASH("lost-in-crash"),
    /** A durable broker finished writing a stored message to disk. */
    PERSISTED("persisted"),
    /** A delivery reached a consumer whose workers were all busy: it waits in the consumer's queue. */
    QUEUED("queued"),
    /** A log moved a partition's committed offset forward: its consumer will not read what lies before again. */
    COMMITTED("committed"),
    /** A log gave a partition to a consumer of its group, which reads on from the committed offset. */
    ASSIGNED("assigned"),
    /** A producer's outbox relay, restarted after a crash, published again a message whose ack it had not recorded. */
    REPUBLISHED("republished"),
    /** A broker moved a message delivered its maximum number of times without an ack to its dead-letter queue. */
    DEAD_LETTERED("dead-lettered"),
    /** A consumer's processing of a poison message failed: no side effect, no ack. */
    FAILED("failed"),
    /** A broker without a dead-letter queue dropped a message delivered its maximum number of times without an ack. */
    DISCARDED("discarded");

    private final String id;

    TraceKind(String id) {
        this.id = id;
    }

    /** The kebab-case name used in trace files. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
