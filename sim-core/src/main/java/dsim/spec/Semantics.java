package dsim.spec;

import java.util.Locale;

/**
 * The delivery semantics a run simulates: each is a row of the table below, naming what the
 * producer, the broker and the consumer do. Each role reads only its own column.
 */
public enum Semantics {
    //             id                 producer                          broker                                       consumer
    /** Send once, never wait for an ack; the consumer acks on receipt, then processes. */
    AT_MOST_ONCE("at-most-once",   ProducerRole.SENDS_ONCE,          BrokerRole.FORWARDS_ONCE,                   ConsumerRole.ACKS_ON_RECEIPT),
    /** Resend until acked; the broker redelivers; the consumer processes, then acks. */
    AT_LEAST_ONCE("at-least-once", ProducerRole.RESENDS_UNTIL_ACKED, BrokerRole.KEEPS_UNTIL_ACKED,               ConsumerRole.ACKS_AFTER_PROCESSING),
    /** At-least-once plus idempotency: the broker drops producer retries it stored, the consumer skips ids it processed. */
    EXACTLY_ONCE("exactly-once",   ProducerRole.RESENDS_UNTIL_ACKED, BrokerRole.KEEPS_AND_DROPS_STORED_RETRIES,  ConsumerRole.DEDUPLICATES_THEN_ACKS);

    private final String id;
    private final ProducerRole producer;
    private final BrokerRole broker;
    private final ConsumerRole consumer;

    Semantics(String id, ProducerRole producer, BrokerRole broker, ConsumerRole consumer) {
        this.id = id;
        this.producer = producer;
        this.broker = broker;
        this.consumer = consumer;
    }

    /** The kebab-case name used in scenario files, on the command line and in output. */
    public String id() {
        return id;
    }

    /** What producers do. */
    public ProducerRole producer() {
        return producer;
    }

    /** What brokers do. */
    public BrokerRole broker() {
        return broker;
    }

    /** What consumers do. */
    public ConsumerRole consumer() {
        return consumer;
    }

    /** The semantics with this kebab-case id, or null. */
    public static Semantics fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Semantics s : values()) {
            if (s.id.equals(wanted)) {
                return s;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}
