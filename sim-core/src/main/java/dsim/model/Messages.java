package dsim.model;

import dsim.random.Seeds;

/**
 * Per-message identity for random decisions. A message's key comes from its producer's
 * name and its sequence, not from its global index, so adding a producer does not change
 * the faults another producer's messages meet.
 */
final class Messages {

    private final Topology topology;
    private final long[] producerKey;

    Messages(Topology topology) {
        this.topology = topology;
        producerKey = new long[topology.producerCount];
        for (int p = 0; p < producerKey.length; p++) {
            producerKey[p] = Seeds.fnv1a("message:" + topology.names[p]);
        }
    }

    /** The random-decision key of message {@code m}. */
    long key(int m) {
        int p = topology.producerOf(m);
        return Seeds.mix64(producerKey[p] + (m - topology.messageBase[p]));
    }
}
