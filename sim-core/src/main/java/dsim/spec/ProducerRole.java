package dsim.spec;

/** What a producer does under a semantics: its column of the semantics table. */
public enum ProducerRole {
    /** Sends each message once and never waits for an ack. */
    SENDS_ONCE(false),
    /** Resends after each ack timeout, with backoff, until acked or out of attempts. */
    RESENDS_UNTIL_ACKED(true);

    private final boolean resends;

    ProducerRole(boolean resends) {
        this.resends = resends;
    }

    /** Whether it waits for an ack and resends without one. */
    public boolean resends() {
        return resends;
    }
}
