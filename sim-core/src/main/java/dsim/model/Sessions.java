package dsim.model;

/**
 * What a consumer's client tells its brokers besides the packets dsim journals, as a real
 * client library does on its own: flow control, and for a log, its session with the group.
 *
 * <p>Flow control: a consumer holds at most its prefetch of deliveries and tells the broker
 * when it is done with one, so the broker hands it the next. These credits travel as a pull or
 * a window update would: retried until they get through, so a lost ack does not hold a worker
 * back, and a delivery lost on its way frees its place at once (a queue's message comes back
 * after the redelivery timeout; a log sends the record again after a fetch timeout).
 *
 * <p>Sessions: a log's group learns of a consumer's crash when its heartbeats stop, and of its
 * restart when it rejoins; a record sent to it before its crash is a reply on a connection its
 * new incarnation never opened.
 */
interface Sessions {

    /** Consumer {@code consumer} is done with entry {@code entry} of generation {@code gen} of broker {@code broker}. */
    void done(int broker, int consumer, int entry, int gen, long now);

    /** Consumer {@code consumer} crashed (journal entry {@code crash}): its heartbeats stop. */
    void crashed(int consumer, long now, long crash);

    /** Consumer {@code consumer} restarted (journal entry {@code restart}), holding nothing: it rejoins. */
    void rejoined(int consumer, long now, long restart);

    /**
     * Consumer {@code consumer} commits entry {@code entry} (generation {@code gen}, message
     * {@code m}, delivery {@code delivery}) of log {@code broker} before processing it, because of
     * journal entry {@code cause}: synchronously (Kafka's {@code commitSync}), so it processes only
     * what the log will never hand out again.
     */
    void commitBeforeProcessing(int broker, int consumer, int entry, int gen, int m, int delivery, long cause,
                                long now);

    /**
     * Whether delivery {@code delivery} of entry {@code entry} (generation {@code gen}) from
     * broker {@code broker} belongs to consumer {@code consumer}'s present session: always for a
     * queue; for a log, unless the consumer crashed since it was sent.
     */
    boolean current(int broker, int consumer, int entry, int gen, int delivery);

    /**
     * The partition, numbered across all logs, of entry {@code entry} (generation {@code gen}) of
     * log {@code broker}; -1 if the log no longer holds it (committed past, or lost).
     */
    int partitionOf(int broker, int entry, int gen);
}
