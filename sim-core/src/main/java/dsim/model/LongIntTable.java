package dsim.model;

import java.util.Arrays;

/**
 * A map from long keys (never -1) to ints by open addressing: one probe or two per lookup
 * whatever its size, no boxing. Each key sits beside its value in one array, so a lookup
 * touches one cache line, not two: a run of 20,000 links looks one up on every send. Looked
 * up, never iterated, so its order decides nothing.
 */
final class LongIntTable {

    private static final long EMPTY = -1;
    /** Slot i holds its key at 2i and its value at 2i + 1. */
    private long[] slots = new long[32];
    private int size;
    /** 64 minus the log of the slot count: Fibonacci hashing keeps the product's top bits. */
    private int shift = 64 - 4;

    LongIntTable() {
        Arrays.fill(slots, EMPTY);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** The value of {@code key}, or -1 if it has none. */
    int get(long key) {
        int mask = (slots.length >> 1) - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = slots[2 * i];
            if (k == key) {
                return (int) slots[2 * i + 1];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    /** Sets the value of {@code key}, which must not have one yet. */
    void put(long key, int value) {
        if ((size + 1) * 4 > slots.length) { // at most half the slots full
            long[] old = slots;
            slots = new long[old.length * 2];
            shift--;
            Arrays.fill(slots, EMPTY);
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != EMPTY) {
                    insert(old[i], (int) old[i + 1]);
                }
            }
        }
        insert(key, value);
        size++;
    }

    private void insert(long key, int value) {
        int mask = (slots.length >> 1) - 1;
        int i = slot(key);
        while (slots[2 * i] != EMPTY) {
            i = (i + 1) & mask;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = value;
    }
}
