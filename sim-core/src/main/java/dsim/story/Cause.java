package dsim.story;

/**
 * Why a message was lost or processed more than once, as read from the journal. Each
 * constant names the first thing that went wrong in the causal chain; {@link #label()} is
 * the short form tables and tallies print.
 */
public enum Cause {
    /** The ack to the producer was lost, so it retried and the retry was processed again. */
    ACK_LOST("ack lost"),
    /** The consumer's ack to the broker was lost, so the broker redelivered. */
    CONSUMER_ACK_LOST("consumer ack lost"),
    /** The consumer crashed after processing, before acking, so the message came again. */
    CRASH_AFTER_PROCESS("crash after processing"),
    /** A link delivered two copies of one packet, and both were processed. */
    LINK_DUPLICATE("link duplicate"),
    /** A retry or redelivery timer fired though nothing was lost: the ack was still on its way. */
    SLOW_ACK("slow ack"),
    /** The broker went down before the ack reached it and redelivered on restart. */
    BROKER_RESTART("broker restart"),
    /** Exactly-once with a dedup store in memory: a crash wiped it, and the id was forgotten. */
    DEDUP_STORE_LOST("dedup store lost"),
    /** Exactly-once with per-consumer memory stores: another consumer had never seen the id. */
    DEDUP_STORE_NOT_SHARED("dedup store not shared"),
    /** Exactly-once with a dedup window: the id had expired when the message came again. */
    DEDUP_WINDOW_EXPIRED("dedup window expired"),
    /** At-most-once: the only copy was dropped on a link. */
    SENT_ONCE_DROPPED("only copy dropped"),
    /** At-most-once: the only copy reached a node that was down. */
    RECEIVER_DOWN("receiver down"),
    /** The producer gave up: every attempt went unacked. */
    RETRIES_EXHAUSTED("retries exhausted"),
    /** A broker that is not durable crashed while holding the message, after acking it. */
    BROKER_CRASH_NOT_DURABLE("non-durable broker crash"),
    /** A durable broker acked it before writing it to disk, and crashed while it was still being written. */
    ACKED_BEFORE_PERSIST("acked before persisting"),
    /** The consumer committed (acked) it before processing, then crashed before processing it. */
    COMMITTED_BEFORE_PROCESS("committed before processing"),
    /** At-most-once: the consumer crashed on receipt, before processing. */
    CRASH_BEFORE_PROCESS("crash before processing"),
    /** At-most-once: the consumer crashed while the message was being processed. */
    CRASH_WHILE_PROCESSING("crash while processing"),
    /** At-most-once: the consumer crashed while the message waited in its queue for a worker. */
    CRASH_WHILE_WAITING("crash while waiting for a worker"),
    /** A log read it again from its partition's last commit after the consumer that processed it crashed. */
    REPLAYED_FROM_COMMIT("replayed from the last commit"),
    /** A producer's outbox relay, restarted after a crash, published it again: its ack had not been recorded. */
    REPUBLISHED_BY_OUTBOX("republished by the outbox"),
    /** A producer without an outbox crashed before the ack came, and forgot it: its only publish had been dropped. */
    FORGOTTEN_BY_PRODUCER("forgotten by its producer"),
    /** A queue delivered it its maximum number of times without an ack and moved it to its dead-letter queue. */
    DEAD_LETTERED("dead-lettered"),
    /** A queue with no dead-letter queue dropped it after its maximum number of deliveries without an ack. */
    DISCARDED("discarded after max deliveries"),
    /** A poison message: its consumer could not process it, and nothing delivered it again. */
    POISON("poison message"),
    /** The run hit a limit while the message was still in flight. */
    RUN_STOPPED("run stopped"),
    /** The journal shows no cause dsim recognises; the story lists every entry. */
    UNEXPLAINED("unexplained"),
    /** Nothing went wrong: the message was processed exactly once. */
    NONE("nothing went wrong");

    private final String label;

    Cause(String label) {
        this.label = label;
    }

    /** A few words, e.g. {@code ack lost}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
