package dsim.model;

import java.util.Arrays;

/**
 * A primitive open-addressing map from non-negative int keys to long values. Only point
 * look-ups, never iteration, so its internal order can never leak into results.
 */
final class IntLongMap {

    private static final int EMPTY = -1;
    private int[] keys;
    private long[] values;
    private int size;

    IntLongMap() {
        keys = new int[16];
        values = new long[16];
        Arrays.fill(keys, EMPTY);
    }

    /** The value for {@code key}, or {@code missing}. */
    long get(int key, long missing) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            int k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return missing;
            }
        }
    }

    void put(int key, long value) {
        if ((size + 1) * 2 > keys.length) {
            rehash(keys.length * 2);
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                values[i] = value;
                return;
            }
            if (keys[i] == EMPTY) {
                keys[i] = key;
                values[i] = value;
                size++;
                return;
            }
        }
    }

    void clear() {
        keys = new int[16];
        values = new long[16];
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    private static int slot(int key, int mask) {
        return (key * 0x9E3779B9) >>> 7 & mask;
    }

    private void rehash(int capacity) {
        int[] oldKeys = keys;
        long[] oldValues = values;
        keys = new int[capacity];
        values = new long[capacity];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
