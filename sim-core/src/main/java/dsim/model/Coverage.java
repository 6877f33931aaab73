package dsim.model;

import dsim.journal.Reason;
import dsim.run.FaultCoverage;
import dsim.spec.CrashPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts what each fault source does in one run: every firing, and which messages it touched.
 * A source is a kind and up to two numbers (two nodes, or a node and a reason), found by a
 * table lookup. Each message keeps one bit per source that touched it (the first
 * 32 sources; 4 bytes a message, allocated at the first firing), so at the end the messages
 * that ended lost or duplicated are counted per source, in memory that does not grow with the
 * number of firings.
 */
final class Coverage {

    /** Kinds of source, in report order. */
    static final int LOSS = 0;
    static final int OUTAGE = 1;
    static final int DUPLICATE = 2;
    static final int POINT_CRASH = 3;
    static final int TIMED_CRASH = 4;
    static final int LOST_IN_CRASH = 5;
    static final int DEDUP_EXPIRED = 6;
    static final int RETRY = 7;
    static final int GAVE_UP = 8;
    static final int REDELIVERY = 9;
    /** A fault of the scenario's script, by its place in it. */
    static final int SCRIPTED = 10;

    private long[] keys = new long[16];
    private long[] fired = new long[16];
    private int count;
    /** Each source's place in keys and fired, by its key: a run of 20,000 links has 40,000 sources. */
    private final LongIntTable index = new LongIntTable();
    /** Per message, a bit per source (of the first 32) that touched it; empty until one does. */
    private int[] touched = new int[0];
    private final int messages;

    Coverage(int messages) {
        this.messages = messages;
    }

    static long key(int kind, int a, int b) {
        return (long) kind << 48 | (long) a << 24 | b;
    }

    /** Source (kind, a, b) fired {@code n} times, on no message in particular. */
    void fired(int kind, int a, int b, long n) {
        if (n > 0) {
            int s = source(kind, a, b); // first: it may grow fired
            fired[s] += n;
        }
    }

    /** Source (kind, a, b) fired, on message {@code m} (-1 for none). */
    void fire(int kind, int a, int b, int m) {
        int s = source(kind, a, b);
        fired[s]++;
        if (m >= 0 && s < Integer.SIZE) {
            if (touched.length == 0) {
                touched = new int[messages];
            }
            touched[m] |= 1 << s;
        }
    }

    /** The place of source (kind, a, b) in keys and fired, added if it is new. */
    private int source(int kind, int a, int b) {
        long k = key(kind, a, b);
        int s = index.get(k);
        if (s < 0) {
            if (count == keys.length) {
                keys = java.util.Arrays.copyOf(keys, count * 2);
                fired = java.util.Arrays.copyOf(fired, count * 2);
            }
            s = count++;
            keys[s] = k;
            index.put(k, s);
        }
        return s;
    }

    /** The counts, each message a source touched judged by {@code processings} (created messages only). */
    FaultCoverage finish(Topology topology, int[] processings, long[] createdAt) {
        long[] bad = new long[count];
        int onMessages = 0;
        for (int m = 0; m < touched.length; m++) {
            int bits = touched[m];
            onMessages |= bits;
            if (bits != 0 && createdAt[m] >= 0 && processings[m] != 1) {
                while (bits != 0) {
                    bad[Integer.numberOfTrailingZeros(bits)]++;
                    bits &= bits - 1;
                }
            }
        }
        // In order of their keys, sorted as plain longs: at 10,000 nodes some 15,000 sources
        // fired, and sorting their records through a comparator took longer than the rest.
        long[] ordered = java.util.Arrays.copyOf(keys, count);
        java.util.Arrays.sort(ordered);
        List<FaultCoverage.Source> out = new ArrayList<>(count);
        for (long k : ordered) {
            int s = index.get(k);
            boolean tracked = s < Integer.SIZE && (onMessages >>> s & 1) != 0;
            out.add(new FaultCoverage.Source(k, name(topology, k), fired[s], tracked ? bad[s] : -1));
        }
        return new FaultCoverage(out);
    }

    /** The source's name, as reports print it and as {@link FaultSources} lists it. */
    static String name(Topology topology, long key) {
        int kind = (int) (key >>> 48);
        int a = (int) (key >>> 24 & 0xFFFFFF);
        int b = (int) (key & 0xFFFFFF);
        String[] n = topology.names;
        return switch (kind) {
            case LOSS -> "loss on " + n[a] + "->" + n[b];
            case OUTAGE -> "outage on " + n[a] + "->" + n[b];
            case DUPLICATE -> "duplication on " + n[a] + "->" + n[b];
            case POINT_CRASH -> "crash of " + n[a] + " " + CrashPoint.values()[b].id();
            case TIMED_CRASH -> "crash in time of " + n[a];
            case LOST_IN_CRASH -> "lost in a crash of " + n[a] + ": " + Reason.values()[b].id();
            case DEDUP_EXPIRED -> FaultCoverage.DEDUP_WINDOW_EXPIRY + " at " + n[a];
            case RETRY -> "retries by " + n[a];
            case GAVE_UP -> "retries exhausted at " + n[a];
            case REDELIVERY -> "redeliveries by " + n[a];
            case SCRIPTED -> "fault " + (a + 1) + " of the script";
            default -> throw new IllegalStateException("unknown fault source kind " + kind);
        };
    }
}
