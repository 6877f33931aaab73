package dsim.model;

import dsim.random.Seeds;

/**
 * The messages of a run, numbered in the order they are created. Every per-message array of
 * the model is indexed by that number, so the messages in flight at any time sit side by side
 * in memory, however many producers take turns creating them: numbered producer by producer
 * instead, 5,000 producers' messages in flight lay 5,000 ranges apart, and every access missed
 * the cache.
 *
 * <p>A message's identity is its producer and sequence, the {@link Topology}'s place for it
 * ({@code Topology#messageBase}): its readable id and its random-decision key come from those,
 * not from when it was created, so adding a producer does not change the faults another
 * producer's messages meet.
 */
final class Messages {

    private final Topology topology;
    private final long[] producerKey;
    /** Per message, by creation: its random-decision key, and its place in the topology's numbering. */
    private final long[] key;
    private final int[] place;
    private int created;

    Messages(Topology topology) {
        this.topology = topology;
        producerKey = new long[topology.producerCount];
        for (int p = 0; p < producerKey.length; p++) {
            producerKey[p] = Seeds.fnv1a(Seeds.fnv1a("message:"), topology.names[p]);
        }
        key = new long[topology.totalMessages];
        place = new int[topology.totalMessages];
    }

    /** Creates the message at {@code place} in the topology's numbering, producer {@code p}'s; returns its number. */
    int create(int p, int place) {
        int m = created++;
        this.place[m] = place;
        key[m] = keyOf(p, place - topology.messageBase[p]);
        return m;
    }

    /** The random-decision key of message {@code m}. */
    long key(int m) {
        return key[m];
    }

    /** The key of the message with 0-based sequence {@code sequence} of producer {@code p}, created or not. */
    long keyOf(int p, long sequence) {
        return Seeds.mix64(producerKey[p] + sequence);
    }

    /** Message {@code m}'s place in the topology's numbering: producer by producer, in sequence. */
    int place(int m) {
        return place[m];
    }

    /**
     * The producer that created message {@code m}, by a search over the producers' places: for
     * naming a message (a trace, a script). The hot paths carry the producer with the event.
     */
    int producerOf(int m) {
        return topology.producerOf(place[m]);
    }

    /** The 1-based sequence of message {@code m} among its producer's. */
    int sequence(int m) {
        return place[m] - topology.messageBase[producerOf(m)] + 1;
    }

    /** The readable id of message {@code m} ({@code checkout-17}). */
    String id(int m) {
        return topology.messageId(place[m]);
    }

    /** Per place in the topology's numbering, the message created there, or -1 where none was (yet). */
    int[] byPlace() {
        int[] byPlace = new int[topology.totalMessages];
        java.util.Arrays.fill(byPlace, -1);
        for (int m = 0; m < created; m++) {
            byPlace[place[m]] = m;
        }
        return byPlace;
    }
}
