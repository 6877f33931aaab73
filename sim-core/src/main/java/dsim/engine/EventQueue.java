package dsim.engine;

import java.util.Arrays;

/**
 * A 4-ary min-heap of event slots ordered by (time, insertion sequence). Each entry is two
 * longs side by side in one array: the time, then the sequence number (high 36 bits) packed
 * with the slot (low 28 bits). Equal times pop in the order they were pushed, so a run never
 * depends on the heap's tie-breaking. Sixteen bytes an entry, and a node's four children
 * share one 64-byte cache line, which makes the heap shallow and cheap to sift.
 */
public final class EventQueue {

    /** Slots are the low 28 bits of an entry's second word. */
    public static final int MAX_SLOTS = 1 << 28;
    private static final int SLOT_BITS = 28;
    private static final long SLOT_MASK = MAX_SLOTS - 1;
    /** Sequence numbers use the high 36 bits: about 68 billion events per run. */
    public static final long MAX_EVENTS = 1L << 36;

    private long[] heap; // [2i] = time, [2i + 1] = seq << 28 | slot
    private int size;
    private long nextSeq;

    /** An empty queue with room for {@code capacity} events before it grows. */
    public EventQueue(int capacity) {
        heap = new long[2 * Math.max(capacity, 16)];
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
        return heap[0];
    }

    /** Schedules {@code slot} at {@code time}, after every event already scheduled at that time. */
    public void push(long time, int slot) {
        if (2 * size == heap.length) {
            heap = Arrays.copyOf(heap, heap.length * 2);
        }
        if (nextSeq >= MAX_EVENTS || slot < 0 || slot >= MAX_SLOTS) {
            throw new IllegalStateException("event queue limits exceeded: " + nextSeq + " events, slot " + slot);
        }
        long tag = (nextSeq++ << SLOT_BITS) | slot;
        long[] h = heap;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pt = h[2 * parent];
            if (pt < time || (pt == time && h[2 * parent + 1] < tag)) {
                break;
            }
            h[2 * i] = pt;
            h[2 * i + 1] = h[2 * parent + 1];
            i = parent;
        }
        h[2 * i] = time;
        h[2 * i + 1] = tag;
    }

    /** Removes the earliest event and returns its slot; only valid when not empty. */
    public int pop() {
        long[] h = heap;
        int top = (int) (h[1] & SLOT_MASK);
        int n = --size;
        if (n > 0) {
            siftDown(h, h[2 * n], h[2 * n + 1], n);
        }
        return top;
    }

    private static void siftDown(long[] h, long time, long tag, int n) {
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bt = h[2 * first];
            long bg = h[2 * first + 1];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                long ct = h[2 * c];
                long cg = h[2 * c + 1];
                if (ct < bt || (ct == bt && cg < bg)) {
                    best = c;
                    bt = ct;
                    bg = cg;
                }
            }
            if (time < bt || (time == bt && tag < bg)) {
                break;
            }
            h[2 * i] = bt;
            h[2 * i + 1] = bg;
            i = best;
        }
        h[2 * i] = time;
        h[2 * i + 1] = tag;
    }
}
