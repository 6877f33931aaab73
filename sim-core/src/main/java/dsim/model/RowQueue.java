package dsim.model;

/**
 * A double-ended queue of rows of a few ints and longs, in primitive arrays that grow by
 * doubling: what waits at a node (a consumer's deliveries waiting for a worker, a broker's
 * messages waiting for a consumer with room) without an object per item. A row is addressed
 * by the index {@link #pushBack}, {@link #pushFront} or {@link #front} returns, valid until the
 * next push or pop.
 */
final class RowQueue {

    private final int intsPerRow;
    private final int longsPerRow;
    private int[] ints = NO_INTS;
    private long[] longs = NO_LONGS;
    /** Rows it has room for: none until the first push, as most of 10,000 consumers' queues stay empty. */
    private int capacity;
    private int head;
    private int size;

    private static final int[] NO_INTS = new int[0];
    private static final long[] NO_LONGS = new long[0];
    private static final int FIRST_CAPACITY = 16;

    RowQueue(int intsPerRow, int longsPerRow) {
        this.intsPerRow = intsPerRow;
        this.longsPerRow = longsPerRow;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Appends an empty row behind the others; returns it. */
    int pushBack() {
        if (size == capacity) {
            grow();
        }
        size++;
        return (head + size - 1) & (capacity - 1);
    }

    /** Puts an empty row before the others; returns it. */
    int pushFront() {
        if (size == capacity) {
            grow();
        }
        head = (head - 1) & (capacity - 1);
        size++;
        return head;
    }

    /** The first row; only when not empty. */
    int front() {
        return head;
    }

    /** The {@code i}-th row from the front, {@code i} in [0, size). */
    int row(int i) {
        return (head + i) & (capacity - 1);
    }

    /** Removes the first row. */
    void popFront() {
        head = (head + 1) & (capacity - 1);
        size--;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    int getInt(int row, int column) {
        return ints[row * intsPerRow + column];
    }

    void setInt(int row, int column, int value) {
        ints[row * intsPerRow + column] = value;
    }

    long getLong(int row, int column) {
        return longs[row * longsPerRow + column];
    }

    void setLong(int row, int column, long value) {
        longs[row * longsPerRow + column] = value;
    }

    private void grow() {
        int n = capacity == 0 ? FIRST_CAPACITY : capacity * 2;
        int[] i = new int[n * intsPerRow];
        long[] l = new long[n * longsPerRow];
        for (int k = 0; k < size; k++) {
            int from = (head + k) & (capacity - 1);
            System.arraycopy(ints, from * intsPerRow, i, k * intsPerRow, intsPerRow);
            System.arraycopy(longs, from * longsPerRow, l, k * longsPerRow, longsPerRow);
        }
        ints = i;
        longs = l;
        capacity = n;
        head = 0;
    }
}
