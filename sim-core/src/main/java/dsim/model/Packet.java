package dsim.model;

/**
 * Wire packets, as event kinds (their arguments are in {@link Events}' table), and the key
 * that names one packet instance for random decisions.
 */
final class Packet {

    static final int PUBLISH = 1;
    static final int PUBLISH_ACK = 2;
    static final int DELIVER = 3;
    static final int CONSUMER_ACK = 4;

    /** The broker entry of a packet that has none: a publish, or its ack, straight between producer and consumer. */
    static final int NO_ENTRY = -1;

    private static final String[] NAMES = {"?", "publish", "publish-ack", "deliver", "consumer-ack"};

    private Packet() {
    }

    static String name(int kind) {
        return NAMES[kind];
    }

    /** The packet kind constant of {@code kind}: PUBLISH to CONSUMER_ACK. */
    static int of(dsim.spec.PacketKind kind) {
        return kind.ordinal() + 1; // PacketKind lists them in the constants' order
    }

    /** The {@link dsim.spec.PacketKind} of a packet kind constant. */
    static dsim.spec.PacketKind kind(int packet) {
        return dsim.spec.PacketKind.values()[packet - 1];
    }

    /**
     * Names one packet instance independently of when it is sent, so the same packet meets
     * the same faults under every semantics: its kind, attempt or delivery number, store
     * index and copy.
     */
    static long instance(int kind, int attempt, int storeIndex, int copy) {
        return ((long) storeIndex << 40) ^ ((attempt & 0xFFFFFFFFL) << 8) ^ ((long) copy << 4) ^ kind;
    }

    /**
     * Where a packet came from, as the {@code e} argument of its arrival and of the processing
     * it starts: who sent it, whether it is a link's second copy (1) or the packet itself (0),
     * and which packet it is. Read it back with {@link #sender}, {@link #copy} and {@link #kindOf}.
     */
    static int origin(int sender, int copy, int packet) {
        return sender << 4 | copy << 3 | packet;
    }

    /** The sender of an {@link #origin}. */
    static int sender(int origin) {
        return origin >>> 4;
    }

    /** 1 if an {@link #origin} is a link's second copy, 0 if it is the packet itself. */
    static int copy(int origin) {
        return origin >>> 3 & 1;
    }

    /** The packet of an {@link #origin}. */
    static int kindOf(int origin) {
        return origin & 7;
    }
}
