package dsim.model;

import dsim.random.Seeds;

import java.util.Arrays;

/**
 * A fault script's lookup table: entries keyed by two ints and two longs (a link's ends or a
 * consumer, a message key, a packet instance), each naming its fault's place in the script.
 * Open addressing on a hash of the key, probed in a line: every packet of a scripted run is
 * looked up, so a lookup costs one or two probes whatever the script's length (a shrink runs
 * scripts of tens of thousands of faults), and building the table is one pass. Lookups only:
 * the table is never iterated, so where an entry lands decides nothing.
 */
final class FaultTable {

    /** An empty slot's hash; no entry's hash is 0 ({@link #hash}), so a probe reads one array to find the end. */
    private static final long EMPTY = 0;

    private final int mask;
    private final long[] hash;
    private final int[] a;
    private final int[] b;
    private final long[] key;
    private final long[] instance;
    private final int[] index;
    private final int size;

    /** Collects entries, then {@link #build()}s the table. */
    static final class Builder {
        private long[] key = new long[8];
        private long[] instance = new long[8];
        private int[] a = new int[8];
        private int[] b = new int[8];
        private int[] index = new int[8];
        private int size;

        /** Adds an entry; where two entries share a key, the one earlier in the script wins. */
        void add(int a, int b, long key, long instance, int index) {
            if (size == this.key.length) {
                int n = size * 2;
                this.key = Arrays.copyOf(this.key, n);
                this.instance = Arrays.copyOf(this.instance, n);
                this.a = Arrays.copyOf(this.a, n);
                this.b = Arrays.copyOf(this.b, n);
                this.index = Arrays.copyOf(this.index, n);
            }
            this.a[size] = a;
            this.b[size] = b;
            this.key[size] = key;
            this.instance[size] = instance;
            this.index[size] = index;
            size++;
        }

        FaultTable build() {
            FaultTable t = new FaultTable(size);
            for (int i = 0; i < size; i++) {
                t.put(a[i], b[i], key[i], instance[i], index[i]);
            }
            return t;
        }
    }

    /** Room for {@code entries} at most half full, so probe lines stay short. */
    private FaultTable(int entries) {
        int capacity = Integer.highestOneBit(Math.max(1, entries) * 2 - 1) << 1;
        mask = capacity - 1;
        hash = new long[capacity];
        a = new int[capacity];
        b = new int[capacity];
        key = new long[capacity];
        instance = new long[capacity];
        index = new int[capacity];
        size = entries;
    }

    private static long hash(int a, int b, long key, long instance) {
        long h = Seeds.mix64(Seeds.mix64(((long) a << 32 | (b & 0xFFFFFFFFL)) ^ key) + instance);
        return h == EMPTY ? 1 : h;
    }

    /** Adds an entry; if its key is in already, the place earlier in the script stays. */
    private void put(int a, int b, long key, long instance, int index) {
        long h = hash(a, b, key, instance);
        int i = (int) h & mask;
        while (this.hash[i] != EMPTY) {
            if (matches(i, h, a, b, key, instance)) {
                this.index[i] = Math.min(this.index[i], index);
                return;
            }
            i = (i + 1) & mask;
        }
        this.hash[i] = h;
        this.a[i] = a;
        this.b[i] = b;
        this.key[i] = key;
        this.instance[i] = instance;
        this.index[i] = index;
    }

    private boolean matches(int i, long h, int a, int b, long key, long instance) {
        return hash[i] == h && this.a[i] == a && this.b[i] == b && this.key[i] == key && this.instance[i] == instance;
    }

    /** Whether the table has no entries. */
    boolean isEmpty() {
        return size == 0;
    }

    /** The script place of the entry with this key (the earliest, if several), or -1. */
    int find(int a, int b, long key, long instance) {
        if (size == 0) {
            return -1;
        }
        long h = hash(a, b, key, instance);
        for (int i = (int) h & mask; hash[i] != EMPTY; i = (i + 1) & mask) {
            if (matches(i, h, a, b, key, instance)) {
                return index[i];
            }
        }
        return -1;
    }
}
