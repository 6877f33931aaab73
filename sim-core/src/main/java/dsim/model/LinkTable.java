package dsim.model;

import java.util.Arrays;

/**
 * The links a run has used, found by their ends, so memory follows the links used, not the
 * square of the node count, and a lookup costs the same at 10 nodes as at 20,000.
 */
final class LinkTable {

    private final LongIntTable index = new LongIntTable();
    private Link[] links = new Link[16];
    private int size;

    private static long key(int from, int to) {
        return (long) from << 32 | (to & 0xFFFFFFFFL);
    }

    /** The link from {@code from} to {@code to}, or null if none was added. */
    Link get(int from, int to) {
        int i = index.get(key(from, to));
        return i < 0 ? null : links[i];
    }

    /** Adds the link from {@code from} to {@code to}; it must not be there yet. */
    void put(int from, int to, Link link) {
        if (size == links.length) {
            links = Arrays.copyOf(links, size * 2);
        }
        links[size] = link;
        index.put(key(from, to), size++);
    }
}
