package dsim.model;

/**
 * Flow control between a broker and its consumers: a consumer holds at most its prefetch of
 * deliveries, and tells the broker when it is done with one, so the broker hands it the next.
 * These credits travel as a pull or a window update would: retried until they get through, so
 * a lost ack does not hold a worker back, and a delivery lost on its way frees its place at once
 * (the message itself comes back after the broker's redelivery timeout).
 */
interface Credits {

    /** Consumer {@code consumer} is done with entry {@code entry} of generation {@code gen} of broker {@code broker}. */
    void done(int broker, int consumer, int entry, int gen, long now);

    /** Consumer {@code consumer} restarted, holding nothing: every broker may fill its prefetch again. */
    void rejoined(int consumer, long now);
}
