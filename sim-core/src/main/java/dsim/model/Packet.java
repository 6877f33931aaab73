package dsim.model;

/**
 * Wire packets, as event kinds, and the key that names one packet instance for random
 * decisions. A packet event's arguments are: a = producer attempt (publish, publish-ack)
 * or broker delivery number (deliver, consumer-ack); b = broker entry; c = entry
 * generation; d = store index (how many times the broker stored this message, 1 for the
 * first); e = sender node * 2 + copy (1 for a link's duplicate).
 */
final class Packet {

    static final int PUBLISH = 1;
    static final int PUBLISH_ACK = 2;
    static final int DELIVER = 3;
    static final int CONSUMER_ACK = 4;

    private static final String[] NAMES = {"?", "publish", "publish-ack", "deliver", "consumer-ack"};

    private Packet() {
    }

    static String name(int kind) {
        return NAMES[kind];
    }

    /**
     * Names one packet instance independently of when it is sent, so the same packet meets
     * the same faults under every semantics: its kind, attempt or delivery number, store
     * index and copy.
     */
    static long instance(int kind, int attempt, int storeIndex, int copy) {
        return ((long) storeIndex << 40) ^ ((attempt & 0xFFFFFFFFL) << 8) ^ ((long) copy << 4) ^ kind;
    }

    static int sender(int e) {
        return e >>> 1;
    }

    static int copy(int e) {
        return e & 1;
    }

    static int senderAndCopy(int sender, int copy) {
        return sender * 2 + copy;
    }
}
