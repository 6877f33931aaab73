package dsim.model;

/**
 * Event kinds that are not packets (packets use {@link Packet}'s constants 1-4).
 * Arguments per kind are documented at the place that schedules it.
 */
final class Events {

    /** A producer creates its next message. */
    static final int ARRIVAL = 10;
    /** A producer's ack timeout for one attempt expires. */
    static final int RETRY_TIMEOUT = 11;
    /** A broker's redelivery timeout for one delivery expires. */
    static final int REDELIVERY_TIMEOUT = 12;
    /** A consumer finishes processing one delivery. */
    static final int PROCESS_DONE = 13;
    /** A node crashes (brokers; consumers crash inline). */
    static final int CRASH = 14;
    /** A crashed node restarts. */
    static final int RESTART = 15;
    /** A durable broker finishes persisting a message. */
    static final int PERSISTED = 16;
    /** The producers look over their sends awaiting an ack. */
    static final int RETRY_CHECK = 17;

    private Events() {
    }
}
