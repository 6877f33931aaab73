package dsim.model;

/**
 * Every kind of event the model schedules, and what its arguments mean, in one table. An
 * event names its target {@code node} and a message {@code msg} ({@link #NO_MESSAGE} if it
 * concerns none), and carries six ints {@code a} to {@code f}; an unlisted argument is 0.
 *
 * <pre>
 * kind                 node            msg       a             b             c           d            e               f
 * PUBLISH, PUBLISH_ACK,
 * DELIVER, CONSUMER_ACK receiver        message   attempt (1)   broker entry  generation  store index  origin (2)      -
 * ARRIVAL              producer        to create -
 * RETRY_TIMEOUT        producer        message   attempt it guards
 * RETRY_CHECK          first producer  none      -
 * REDELIVERY_TIMEOUT   broker          none      -
 * PERSISTED            broker          message   broker entry  generation    attempt     producer
 * PROCESS_DONE         consumer        message   attempt (1)   broker entry (3) generation store index  origin (2)     incarnation (4)
 * CRASH, RESTART       the node        none      -
 * RESEND               broker          none      partition (5) stall number
 * SESSION_EXPIRED      broker          none      place (6)     crash number
 * COMMIT_TICK          consumer        none      -
 *
 * (1) a producer's attempt for a publish or publish-ack, a broker's delivery number for a deliver or consumer-ack
 * (2) {@link Packet#origin}: who sent the packet (received), whether it is a link's second copy, and its kind
 * (3) {@link Packet#NO_ENTRY} for a publish straight from a producer
 * (4) the consumer's incarnation when it started: a crash since then aborted the processing
 * (5) numbered across all logs ({@link Partitions})
 * (6) the consumer's place in the broker's deliver-to list
 * </pre>
 *
 * Packet kinds are {@link Packet}'s constants 1 to 4; the others follow. Which entry of the
 * journal caused an event is kept beside it, by its pool slot, while a trace is recorded
 * ({@link Journal#link}).
 */
final class Events {

    /** The {@code msg} of an event that concerns no message. */
    static final int NO_MESSAGE = -1;

    /** A producer creates its next message. */
    static final int ARRIVAL = 10;
    /** A producer's ack timeout for one attempt expires. */
    static final int RETRY_TIMEOUT = 11;
    /** A broker looks over its deliveries awaiting an ack. */
    static final int REDELIVERY_TIMEOUT = 12;
    /** A consumer finishes processing one delivery. */
    static final int PROCESS_DONE = 13;
    /** A broker, or a consumer that crashes in time, crashes (a crash per delivery strikes inline). */
    static final int CRASH = 14;
    /** A crashed node restarts. */
    static final int RESTART = 15;
    /** A durable broker finishes persisting a message. */
    static final int PERSISTED = 16;
    /** The producers look over their sends awaiting an ack. */
    static final int RETRY_CHECK = 17;
    /** A log resends a partition's records from the one its link lost (the connection's retransmission timeout). */
    static final int RESEND = 18;
    /** A crashed consumer's session with a log's group expires: its partitions move. */
    static final int SESSION_EXPIRED = 19;
    /** A consumer that commits every so long commits what it processed since the last time. */
    static final int COMMIT_TICK = 20;

    private Events() {
    }
}
