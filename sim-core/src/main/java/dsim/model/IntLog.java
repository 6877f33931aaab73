package dsim.model;

/**
 * Ints addressed by a growing offset, as a log's partition holds its entries: appended at the
 * end, trimmed from the start, kept in one ring that doubles when full. Offsets never restart.
 */
final class IntLog {

    private int[] ring = new int[16];
    private long start;
    private long end;

    /** The offset of the first value still held. */
    long start() {
        return start;
    }

    /** The offset the next value appended gets. */
    long end() {
        return end;
    }

    boolean isEmpty() {
        return start == end;
    }

    /** The value at {@code offset}, in [{@link #start()}, {@link #end()}). */
    int at(long offset) {
        return ring[(int) (offset & (ring.length - 1))];
    }

    void append(int value) {
        if (end - start == ring.length) {
            grow();
        }
        ring[(int) (end & (ring.length - 1))] = value;
        end++;
    }

    /** Drops the first value held. */
    void trimFirst() {
        start++;
    }

    /** Drops every value; offsets go on from {@link #end()}. */
    void clear() {
        start = end;
    }

    private void grow() {
        int[] bigger = new int[ring.length * 2];
        for (long o = start; o < end; o++) {
            bigger[(int) (o & (bigger.length - 1))] = ring[(int) (o & (ring.length - 1))];
        }
        ring = bigger;
    }
}
