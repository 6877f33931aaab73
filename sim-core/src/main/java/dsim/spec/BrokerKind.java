package dsim.spec;

/** How a broker hands messages to its consumers. */
public enum BrokerKind {
    /**
     * A queue (SQS, RabbitMQ, Service Bus): each message goes to one consumer in turn, which
     * acks it; an unacked delivery comes back after the redelivery timeout. The default.
     */
    QUEUE("queue"),
    /**
     * A log (Kafka, Redis Streams, Pub/Sub Lite): an ordered log split into partitions, each
     * read in order by one consumer of the group, which commits an offset; after a crash the
     * partition is read again from the last committed offset.
     */
    LOG("log");

    private final String id;

    BrokerKind(String id) {
        this.id = id;
    }

    /** The kebab-case name used in scenario files. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
