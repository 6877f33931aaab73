package dsim.model;

import java.util.Arrays;

/**
 * A map from long keys (never -1) to ints by open addressing: one probe or two per lookup
 * whatever its size, no boxing. Looked up, never iterated, so its order decides nothing.
 */
final class LongIntTable {

    private static final long EMPTY = -1;
    private long[] keys = new long[16];
    private int[] values = new int[16];
    private int size;
    /** 64 minus the log of the table's length: Fibonacci hashing keeps the product's top bits. */
    private int shift = 64 - 4;

    LongIntTable() {
        Arrays.fill(keys, EMPTY);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** The value of {@code key}, or -1 if it has none. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == EMPTY) {
                return -1;
            }
        }
    }

    /** Sets the value of {@code key}, which must not have one yet. */
    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            shift--;
            Arrays.fill(keys, EMPTY);
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    insert(oldKeys[i], oldValues[i]);
                }
            }
        }
        insert(key, value);
        size++;
    }

    private void insert(long key, int value) {
        int mask = keys.length - 1;
        int i = slot(key);
        while (keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }
}
