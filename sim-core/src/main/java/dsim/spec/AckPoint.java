package dsim.spec;

/** When a broker acks a publish to its producer, relative to persisting it. */
public enum AckPoint {
    /** Ack once the message is on disk: a crash cannot lose an acked message. The default. */
    AFTER_PERSIST("after-persist"),
    /** Ack on receipt, persist afterwards: a crash in between loses an acked message. */
    BEFORE_PERSIST("before-persist");

    private final String id;

    AckPoint(String id) {
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
