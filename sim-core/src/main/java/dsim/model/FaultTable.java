package dsim.model;

import dsim.random.Seeds;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A fault script's lookup table: entries keyed by two ints and two longs (a link's ends or a
 * consumer, a message key, a packet instance), each naming its fault's place in the script.
 * Sorted arrays searched by a hash of the key: nothing hash-ordered, and no allocation per
 * lookup, which runs for every packet while a script is present.
 */
final class FaultTable {

    private final long[] hash;
    private final int[] a;
    private final int[] b;
    private final long[] key;
    private final long[] instance;
    private final int[] index;

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
            long[] h = new long[size];
            for (int i = 0; i < size; i++) {
                h[i] = hash(a[i], b[i], key[i], instance[i]);
            }
            int[] order = IntStream.range(0, size).boxed()
                    .sorted(Comparator.<Integer>comparingLong(i -> h[i]).thenComparingInt(i -> index[i]))
                    .mapToInt(Integer::intValue).toArray();
            return new FaultTable(order, h, this);
        }
    }

    private FaultTable(int[] order, long[] h, Builder from) {
        int n = order.length;
        hash = new long[n];
        a = new int[n];
        b = new int[n];
        key = new long[n];
        instance = new long[n];
        index = new int[n];
        for (int i = 0; i < n; i++) {
            int j = order[i];
            hash[i] = h[j];
            a[i] = from.a[j];
            b[i] = from.b[j];
            key[i] = from.key[j];
            instance[i] = from.instance[j];
            index[i] = from.index[j];
        }
    }

    private static long hash(int a, int b, long key, long instance) {
        return Seeds.mix64(Seeds.mix64(((long) a << 32 | (b & 0xFFFFFFFFL)) ^ key) + instance);
    }

    /** Whether the table has no entries. */
    boolean isEmpty() {
        return hash.length == 0;
    }

    /** The script place of the entry with this key (the earliest, if several), or -1. */
    int find(int a, int b, long key, long instance) {
        if (hash.length == 0) {
            return -1;
        }
        long h = hash(a, b, key, instance);
        int i = Arrays.binarySearch(hash, h);
        if (i < 0) {
            return -1;
        }
        while (i > 0 && hash[i - 1] == h) {
            i--; // the first of equal hashes: earliest in the script among exact matches
        }
        for (; i < hash.length && hash[i] == h; i++) {
            if (this.a[i] == a && this.b[i] == b && this.key[i] == key && this.instance[i] == instance) {
                return index[i];
            }
        }
        return -1;
    }
}
