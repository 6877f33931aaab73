package dsim.model;

import java.util.Arrays;

/**
 * Messages a broker holds until a consumer acks them, with a free list. A slot's generation
 * changes on every reuse, so a stale timer or ack that names an old occupant is recognised
 * and ignored.
 *
 * <p>Each slot's fields sit side by side in one record of {@link #STRIDE} ints, as a hand-out
 * or an ack reads most of them together: one cache line and one array, where an array per
 * field cost a load of each array and its bounds on every access.
 */
final class BrokerEntries {

    private static final int STRIDE = 8;
    private static final int BROKER = 0;
    private static final int MESSAGE = 1;
    private static final int GENERATION = 2;
    private static final int DELIVERIES = 3;
    private static final int STORE_INDEX = 4;
    /** Which of its broker's consumers holds its outstanding delivery (a place in deliver-to), or -1. */
    private static final int HOLDER = 5;
    private static final int FLAGS = 6;
    private static final int NEXT_FREE = 7;
    private static final int LIVE = 1;
    private static final int PERSISTED = 2;

    private int[] slots = new int[STRIDE * 64];
    /** Per slot, the journal entry that stored its occupant. */
    private long[] storedEntry = new long[64];
    private int freeHead = -1;
    private int highWater;

    /**
     * A new live entry for message {@code m} at {@code brokerIndex}, copy {@code store} of it,
     * journaled as entry {@code stored}; returns its slot.
     */
    int allocate(int brokerIndex, int m, int store, long stored) {
        int e;
        if (freeHead >= 0) {
            e = freeHead;
            freeHead = slots[STRIDE * e + NEXT_FREE];
        } else {
            if (highWater == storedEntry.length) {
                grow();
            }
            e = highWater++;
        }
        int[] s = slots;
        int at = STRIDE * e;
        s[at + BROKER] = brokerIndex;
        s[at + MESSAGE] = m;
        s[at + GENERATION]++;
        s[at + DELIVERIES] = 0;
        s[at + STORE_INDEX] = store;
        s[at + HOLDER] = -1;
        s[at + FLAGS] = LIVE | PERSISTED;
        storedEntry[e] = stored;
        return e;
    }

    void free(int e) {
        slots[STRIDE * e + FLAGS] &= ~LIVE;
        slots[STRIDE * e + NEXT_FREE] = freeHead;
        freeHead = e;
    }

    /** True if slot {@code e} still holds the occupant of generation {@code gen}. */
    boolean isCurrent(int e, int gen) {
        if (e < 0 || e >= highWater) {
            return false;
        }
        int at = STRIDE * e;
        return (slots[at + FLAGS] & LIVE) != 0 && slots[at + GENERATION] == gen;
    }

    /** Slots ever used; live entries of a broker are found by scanning [0, highWater) in order. */
    int highWater() {
        return highWater;
    }

    boolean isLiveAt(int e, int brokerIndex) {
        int at = STRIDE * e;
        return (slots[at + FLAGS] & LIVE) != 0 && slots[at + BROKER] == brokerIndex;
    }

    /** Whether a durable broker has the entry on disk yet (true where persisting is instant). */
    boolean persisted(int e) {
        return (slots[STRIDE * e + FLAGS] & PERSISTED) != 0;
    }

    void setPersisted(int e, boolean value) {
        int at = STRIDE * e + FLAGS;
        slots[at] = value ? slots[at] | PERSISTED : slots[at] & ~PERSISTED;
    }

    int message(int e) {
        return slots[STRIDE * e + MESSAGE];
    }

    int generation(int e) {
        return slots[STRIDE * e + GENERATION];
    }

    int storeIndex(int e) {
        return slots[STRIDE * e + STORE_INDEX];
    }

    /** The journal entry that stored it: what each of its deliveries, and its loss in a crash, names. */
    long storedEntry(int e) {
        return storedEntry[e];
    }

    /** Which of its broker's consumers holds its outstanding delivery (a place in deliver-to), or -1 if none. */
    int holder(int e) {
        return slots[STRIDE * e + HOLDER];
    }

    void setHolder(int e, int consumer) {
        slots[STRIDE * e + HOLDER] = consumer;
    }

    int deliveries(int e) {
        return slots[STRIDE * e + DELIVERIES];
    }

    /** Counts one more delivery and returns its number (1 for the first). */
    int nextDelivery(int e) {
        return ++slots[STRIDE * e + DELIVERIES];
    }

    private void grow() {
        int n = storedEntry.length * 2;
        slots = Arrays.copyOf(slots, STRIDE * n);
        storedEntry = Arrays.copyOf(storedEntry, n);
    }
}
