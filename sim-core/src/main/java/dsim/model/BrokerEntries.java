package dsim.model;

import java.util.Arrays;

/**
 * Messages a broker holds until a consumer acks them, in primitive arrays with a free list.
 * A slot's generation changes on every reuse, so a stale timer or ack that names an old
 * occupant is recognised and ignored.
 */
final class BrokerEntries {

    private int[] broker = new int[64];
    private int[] message = new int[64];
    private int[] generation = new int[64];
    private int[] deliveries = new int[64];
    private int[] storeIndex = new int[64];
    private long[] storedEntry = new long[64];
    private int[] holder = new int[64];
    private boolean[] live = new boolean[64];
    private boolean[] persisted = new boolean[64];
    private int[] nextFree = new int[64];
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
            freeHead = nextFree[e];
        } else {
            if (highWater == live.length) {
                grow();
            }
            e = highWater++;
        }
        broker[e] = brokerIndex;
        message[e] = m;
        generation[e]++;
        deliveries[e] = 0;
        storeIndex[e] = store;
        storedEntry[e] = stored;
        holder[e] = -1;
        live[e] = true;
        persisted[e] = true;
        return e;
    }

    void free(int e) {
        live[e] = false;
        nextFree[e] = freeHead;
        freeHead = e;
    }

    /** True if slot {@code e} still holds the occupant of generation {@code gen}. */
    boolean isCurrent(int e, int gen) {
        return e >= 0 && e < highWater && live[e] && generation[e] == gen;
    }

    /** Slots ever used; live entries of a broker are found by scanning [0, highWater) in order. */
    int highWater() {
        return highWater;
    }

    boolean isLiveAt(int e, int brokerIndex) {
        return live[e] && broker[e] == brokerIndex;
    }

    /** Whether a durable broker has the entry on disk yet (true where persisting is instant). */
    boolean persisted(int e) {
        return persisted[e];
    }

    void setPersisted(int e, boolean value) {
        persisted[e] = value;
    }

    int message(int e) {
        return message[e];
    }

    int generation(int e) {
        return generation[e];
    }

    int storeIndex(int e) {
        return storeIndex[e];
    }

    /** The journal entry that stored it: what each of its deliveries, and its loss in a crash, names. */
    long storedEntry(int e) {
        return storedEntry[e];
    }

    /** Which of its broker's consumers holds its outstanding delivery (a place in deliver-to), or -1 if none. */
    int holder(int e) {
        return holder[e];
    }

    void setHolder(int e, int consumer) {
        holder[e] = consumer;
    }

    int deliveries(int e) {
        return deliveries[e];
    }

    /** Counts one more delivery and returns its number (1 for the first). */
    int nextDelivery(int e) {
        return ++deliveries[e];
    }

    private void grow() {
        int n = live.length * 2;
        broker = Arrays.copyOf(broker, n);
        message = Arrays.copyOf(message, n);
        generation = Arrays.copyOf(generation, n);
        deliveries = Arrays.copyOf(deliveries, n);
        storeIndex = Arrays.copyOf(storeIndex, n);
        storedEntry = Arrays.copyOf(storedEntry, n);
        holder = Arrays.copyOf(holder, n);
        live = Arrays.copyOf(live, n);
        persisted = Arrays.copyOf(persisted, n);
        nextFree = Arrays.copyOf(nextFree, n);
    }
}
