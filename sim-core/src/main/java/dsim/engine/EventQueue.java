package dsim.engine;

import java.util.Arrays;

/**
 * A 4-ary min-heap of event slots ordered by (time, insertion sequence), over parallel
 * primitive arrays. Equal times pop in the order they were pushed, so a run never depends
 * on the heap's tie-breaking. A 4-ary heap is shallower than a binary one and its children
 * share a cache line, which makes it faster for the hold pattern of a simulation.
 */
public final class EventQueue {

    private long[] times;
    private long[] seqs;
    private int[] slots;
    private int size;
    private long nextSeq;

    /** An empty queue with room for {@code capacity} events before it grows. */
    public EventQueue(int capacity) {
        int c = Math.max(capacity, 16);
        times = new long[c];
        seqs = new long[c];
        slots = new int[c];
    }

    /** Number of pending events. */
    public int size() {
        return size;
    }

    /** True if nothing is pending. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest pending event; only valid when not empty. */
    public long peekTime() {
        return times[0];
    }

    /** Schedules {@code slot} at {@code time}, after every event already scheduled at that time. */
    public void push(long time, int slot) {
        if (size == times.length) {
            grow();
        }
        long seq = nextSeq++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            if (!before(time, seq, times[parent], seqs[parent])) {
                break;
            }
            times[i] = times[parent];
            seqs[i] = seqs[parent];
            slots[i] = slots[parent];
            i = parent;
        }
        times[i] = time;
        seqs[i] = seq;
        slots[i] = slot;
    }

    /** Removes the earliest event and returns its slot; only valid when not empty. */
    public int pop() {
        int top = slots[0];
        int last = --size;
        if (last > 0) {
            siftDown(times[last], seqs[last], slots[last], last);
        }
        return top;
    }

    private void siftDown(long time, long seq, int slot, int n) {
        int i = 0;
        while (true) {
            int first = (i << 2) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                if (before(times[c], seqs[c], times[best], seqs[best])) {
                    best = c;
                }
            }
            if (!before(times[best], seqs[best], time, seq)) {
                break;
            }
            times[i] = times[best];
            seqs[i] = seqs[best];
            slots[i] = slots[best];
            i = best;
        }
        times[i] = time;
        seqs[i] = seq;
        slots[i] = slot;
    }

    private static boolean before(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }

    private void grow() {
        int c = times.length * 2;
        times = Arrays.copyOf(times, c);
        seqs = Arrays.copyOf(seqs, c);
        slots = Arrays.copyOf(slots, c);
    }
}
