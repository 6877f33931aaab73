package dsim.model;

import dsim.spec.DedupSpec;

import java.util.Arrays;

/**
 * The consumers' dedup stores under exactly-once: which message ids were processed, and
 * when. A durable store is one database shared by all consumers (it survives crashes); a
 * memory store belongs to one consumer process and a crash empties it. An id older than
 * the store's window is forgotten.
 */
final class DedupStores {

    private static final long ABSENT = Long.MIN_VALUE;
    private final DedupSpec[] specs;
    private final long[] durableCommittedAt;
    private final IntLongMap[] memory;

    DedupStores(DedupSpec[] specs, int messages, boolean active) {
        this.specs = specs;
        boolean anyDurable = false;
        memory = new IntLongMap[specs.length];
        for (int c = 0; c < specs.length; c++) {
            if (specs[c].store() == DedupSpec.Store.DURABLE) {
                anyDurable = true;
            } else if (active) {
                memory[c] = new IntLongMap();
            }
        }
        durableCommittedAt = active && anyDurable ? new long[messages] : new long[0];
        Arrays.fill(durableCommittedAt, ABSENT);
    }

    /** Whether consumer {@code c}'s store still remembers message {@code m} at {@code now}. */
    boolean contains(int c, int m, long now) {
        return lookup(c, m, now) == KNOWN;
    }

    /** What {@link #lookup} finds: the id, an id whose window has passed, or nothing. */
    static final int KNOWN = 0;
    static final int FORGOTTEN = 1;
    static final int UNKNOWN = 2;

    /** Whether consumer {@code c}'s store knows {@code m} now: KNOWN, FORGOTTEN (its window passed) or UNKNOWN. */
    int lookup(int c, int m, long now) {
        long at = memory[c] != null ? memory[c].get(m, ABSENT) : durableCommittedAt[m];
        if (at == ABSENT) {
            return UNKNOWN;
        }
        long window = specs[c].windowNanos();
        return window == 0 || now - at < window ? KNOWN : FORGOTTEN;
    }

    /** Records message {@code m} in consumer {@code c}'s store, atomically with its side effect. */
    void commit(int c, int m, long now) {
        if (memory[c] != null) {
            memory[c].put(m, now);
        } else {
            durableCommittedAt[m] = now;
        }
    }

    /** A crash of consumer {@code c}: its memory store, if it has one, is gone. */
    void crashed(int c) {
        if (memory[c] != null) {
            memory[c].clear();
        }
    }
}
