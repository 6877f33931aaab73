package dsim.model;

import java.util.Arrays;

/**
 * A small set of ints kept in ascending order: a consumer's partitions of a log. Adding and
 * removing move the values after them (a set changes only when partitions move); finding the
 * first value at or after another is a binary search.
 */
final class SortedInts {

    private int[] values = new int[4];
    private int size;

    int size() {
        return size;
    }

    /** The {@code i}-th smallest value. */
    int get(int i) {
        return values[i];
    }

    /** Adds {@code v} if it is not already in. */
    void add(int v) {
        int i = Arrays.binarySearch(values, 0, size, v);
        if (i >= 0) {
            return;
        }
        i = -i - 1;
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        System.arraycopy(values, i, values, i + 1, size - i);
        values[i] = v;
        size++;
    }

    /** Removes {@code v} if it is in. */
    void remove(int v) {
        int i = Arrays.binarySearch(values, 0, size, v);
        if (i < 0) {
            return;
        }
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
    }

    /** The index of the smallest value at or after {@code v}, or {@link #size} if every value is smaller. */
    int indexAtOrAfter(int v) {
        int i = Arrays.binarySearch(values, 0, size, v);
        return i >= 0 ? i : -i - 1;
    }
}
