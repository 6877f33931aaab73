package dsim.spec;

/** What a broker does under a semantics: its column of the semantics table. */
public enum BrokerRole {
    /** Hands each message to a consumer once and keeps nothing; acks nobody. */
    FORWARDS_ONCE(false, false),
    /** Stores each message (persists it, if durable), acks the producer, and redelivers it until a consumer acks it. */
    KEEPS_UNTIL_ACKED(true, false),
    /** As {@link #KEEPS_UNTIL_ACKED}, and drops a producer retry of a message it already stored (the idempotent producer). */
    KEEPS_AND_DROPS_STORED_RETRIES(true, true);

    private final boolean keepsUntilAcked;
    private final boolean dropsStoredRetries;

    BrokerRole(boolean keepsUntilAcked, boolean dropsStoredRetries) {
        this.keepsUntilAcked = keepsUntilAcked;
        this.dropsStoredRetries = dropsStoredRetries;
    }

    /** Whether it stores messages, acks their producers and redelivers what no consumer acked. */
    public boolean keepsUntilAcked() {
        return keepsUntilAcked;
    }

    /** Whether it recognises a producer's retry of a message it stored, and drops it. */
    public boolean dropsStoredRetries() {
        return dropsStoredRetries;
    }
}
