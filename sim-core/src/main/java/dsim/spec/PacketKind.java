package dsim.spec;

/** The four wire packets: a message going forward, and the acks coming back. */
public enum PacketKind {
    /** A producer sends a message to a broker or straight to a consumer. */
    PUBLISH("publish"),
    /** A broker (or a consumer sent to directly) tells the producer it has the message. */
    PUBLISH_ACK("publish-ack"),
    /** A broker hands a stored message to a consumer. */
    DELIVER("deliver"),
    /** A consumer tells the broker it is done with a delivery. */
    CONSUMER_ACK("consumer-ack");

    private final String id;

    PacketKind(String id) {
        this.id = id;
    }

    /** The kebab-case name used in traces. */
    public String id() {
        return id;
    }

    /** Whether it carries the message itself (a publish or a delivery), not an ack. */
    public boolean carriesMessage() {
        return this == PUBLISH || this == DELIVER;
    }

    /** Whether it counts a broker's deliveries (a deliver or its ack), not a producer's attempts. */
    public boolean countsDeliveries() {
        return this == DELIVER || this == CONSUMER_ACK;
    }

    @Override
    public String toString() {
        return id;
    }
}
