package dsim.engine;

import java.util.Arrays;

/**
 * The pending events, popped in (time, insertion sequence) order: simultaneous events run
 * in the order they were scheduled, so a run never depends on tie-breaking.
 *
 * <p>Fast path: a 4-ary min-heap over one {@code long[]} of packed keys, each the event's
 * time relative to a base (high bits) and a sequence number (low bits), so one comparison
 * orders two events and the heap's four children share a cache line; a parallel
 * {@code int[]} holds the slots (12 bytes an event). With 24 sequence bits the window is
 * 2^39 ns, about nine minutes. Two rare paths keep the packing exact:
 * events further ahead than the time window wait in {@link FarEvents} and move in when the
 * heap empties and the base advances; and before the sequence bits run out, pending events
 * are renumbered by rank, which keeps their order (and so the heap) unchanged.
 *
 * <p>Events {@link #schedule} finds due a tenth of a second or more ahead (a producer's next
 * arrival among thousands of producers, a timeout, a restart) wait in a second heap of the same
 * keys, and each pop takes the smaller of the two heaps' first keys: the order is exactly that
 * of one heap, but the busy heap of packets in flight stays as shallow at 5,000 pending
 * arrivals as at 5.
 */
public final class EventQueue {

    /** Bytes each pending event takes in the queue: its packed key and its slot. */
    public static final int BYTES_PER_EVENT = Long.BYTES + Integer.BYTES;

    private static final int DEFAULT_SEQ_BITS = 24;
    /**
     * Events due this far ahead or more (134 ms: arrivals of slow producers, timeouts, restarts) go
     * in the later heap. Well above a packet's delay or a processing's time, which stay in the busy
     * heap; at 5,000 producers of a message every 10 s, a second would have left a tenth of their
     * arrivals among the packets, deepening every pop.
     */
    private static final long LATER_NANOS = 1L << 27;

    private final int seqBits;
    private final long seqLimit;
    private final long window;
    /** The heap of events due soon. */
    private long[] keys;
    private int[] slots;
    private int size;
    /** The heap of events due later, keyed alike. */
    private long[] laterKeys;
    private int[] laterSlots;
    private int laterSize;
    /** The later heap's first key, or Long.MAX_VALUE while it is empty: one field for pop to compare. */
    private long laterFirst = Long.MAX_VALUE;
    private long base;
    private long nextSeq;
    private long farSeq;
    private final FarEvents far = new FarEvents();

    /** An empty queue with room for {@code capacity} events before it grows. */
    public EventQueue(int capacity) {
        this(capacity, DEFAULT_SEQ_BITS, 63 - DEFAULT_SEQ_BITS);
    }

    /**
     * A queue with {@code seqBits} sequence bits and a time window of 2^{@code windowBits} ns
     * (at most 2^(63 - seqBits), so keys stay positive). Tests use small values to exercise
     * renumbering and the far heap.
     */
    EventQueue(int capacity, int seqBits, int windowBits) {
        this.seqBits = seqBits;
        this.seqLimit = 1L << seqBits;
        this.window = 1L << Math.min(63 - seqBits, windowBits);
        int c = Math.max(capacity, 16);
        keys = new long[c];
        slots = new int[c];
        laterKeys = new long[16];
        laterSlots = new int[16];
    }

    /** Number of pending events. */
    public int size() {
        return size + laterSize + far.size();
    }

    /** True if nothing is pending. */
    public boolean isEmpty() {
        return size == 0 && laterSize == 0 && far.size() == 0;
    }

    /** Time of the earliest pending event; only valid when not empty. */
    public long peekTime() {
        if (size == 0 && laterSize == 0) {
            refill();
        }
        long first = size == 0 ? laterFirst : Math.min(keys[0], laterFirst);
        return base + (first >>> seqBits);
    }

    /**
     * Schedules {@code slot} at {@code time}, {@code now} being the time of the latest pop: in
     * the later heap when it falls due a tenth of a second or more ahead, beside the packets in
     * flight rather than among them. The order of pops is the same either way.
     */
    public void schedule(long now, long time, int slot) {
        if (time - now < LATER_NANOS) {
            push(time, slot);
        } else {
            pushLater(time, slot);
        }
    }

    /** Schedules {@code slot} at {@code time} (not before the last time popped), after every event already at that time. */
    public void push(long time, int slot) {
        long offset = time - base;
        if (offset < 0 || offset >= window || nextSeq == seqLimit) {
            pushRarely(time, slot, false); // in the past (refused), beyond the window, or out of numbers
            return;
        }
        long key = (offset << seqBits) | nextSeq++;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            slots = Arrays.copyOf(slots, size * 2);
        }
        // The sift is written out here and in pop, the hot path, rather than called as for the later heap.
        long[] k = keys;
        int[] s = slots;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pk = k[parent];
            if (pk < key) {
                break;
            }
            k[i] = pk;
            s[i] = s[parent];
            i = parent;
        }
        k[i] = key;
        s[i] = slot;
    }

    /**
     * As {@link #push}, for an event due long after the ones in flight: it waits in the later
     * heap, so the heap most pushes and pops go through stays small. The order of pops is the
     * same either way.
     */
    public void pushLater(long time, int slot) {
        long offset = time - base;
        if (offset < 0 || offset >= window || nextSeq == seqLimit) {
            pushRarely(time, slot, true);
            return;
        }
        long key = (offset << seqBits) | nextSeq++;
        if (laterSize == laterKeys.length) {
            laterKeys = Arrays.copyOf(laterKeys, laterSize * 2);
            laterSlots = Arrays.copyOf(laterSlots, laterSize * 2);
        }
        siftUp(laterKeys, laterSlots, laterSize++, key, slot);
        laterFirst = laterKeys[0];
    }

    /** The rare cases of a push: refused if in the past, to the far heap beyond the window, else renumber first. */
    private void pushRarely(long time, int slot, boolean later) {
        long offset = time - base;
        if (offset < 0) {
            throw new IllegalArgumentException("event scheduled in the past: " + time + " < " + base);
        }
        if (offset >= window) {
            far.push(time, farSeq++, slot);
            return;
        }
        renumber();
        if (later) {
            pushLater(time, slot);
        } else {
            push(time, slot);
        }
    }

    /** Removes the earliest event and returns its slot; only valid when not empty. */
    public int pop() {
        if (size == 0 && laterSize == 0) {
            refill();
        }
        if (size == 0 || laterFirst < keys[0]) {
            return popLater();
        }
        long[] k = keys;
        int[] s = slots;
        int top = s[0];
        int n = --size;
        if (n > 0) {
            long key = k[n];
            int slot = s[n];
            int i = 0;
            while (true) {
                int first = 4 * i + 1;
                if (first >= n) {
                    break;
                }
                int best = first;
                long bk = k[first];
                int end = Math.min(first + 4, n);
                for (int c = first + 1; c < end; c++) {
                    long ck = k[c];
                    if (ck < bk) {
                        bk = ck;
                        best = c;
                    }
                }
                if (key < bk) {
                    break;
                }
                k[i] = bk;
                s[i] = s[best];
                i = best;
            }
            k[i] = key;
            s[i] = slot;
        }
        return top;
    }

    private int popLater() {
        int top = laterSlots[0];
        int n = --laterSize;
        if (n > 0) {
            siftDown(laterKeys, laterSlots, n, laterKeys[n], laterSlots[n]);
        }
        laterFirst = n > 0 ? laterKeys[0] : Long.MAX_VALUE;
        return top;
    }

    /** Places (key, slot) at index {@code i}, the end of a 4-ary heap, and moves it up to its place. */
    private static void siftUp(long[] k, int[] s, int i, long key, int slot) {
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pk = k[parent];
            if (pk < key) {
                break;
            }
            k[i] = pk;
            s[i] = s[parent];
            i = parent;
        }
        k[i] = key;
        s[i] = slot;
    }

    /** Places (key, slot) at the root of a 4-ary heap of {@code n} entries and moves it down to its place. */
    private static void siftDown(long[] k, int[] s, int n, long key, int slot) {
        int i = 0;
        while (true) {
            int first = 4 * i + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bk = k[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                long ck = k[c];
                if (ck < bk) {
                    bk = ck;
                    best = c;
                }
            }
            if (key < bk) {
                break;
            }
            k[i] = bk;
            s[i] = s[best];
            i = best;
        }
        k[i] = key;
        s[i] = slot;
    }

    /**
     * Both heaps are empty and far events wait: advance the base to the earliest of them and
     * move in, in order, every far event that now fits the window. Nothing else is pending,
     * so the sequence restarts at 0.
     */
    private void refill() {
        base = far.minTime();
        nextSeq = 0;
        while (far.size() > 0 && far.minTime() - base < window) {
            int slot = far.minSlot();
            long time = far.minTime();
            far.pop();
            push(time, slot);
        }
    }

    /**
     * The sequence bits are exhausted. Usually the oldest pending event was pushed long
     * after the first sequence numbers were handed out: subtracting its number from every
     * pending event frees the rest in one pass. Otherwise give every pending event its rank
     * as its number. Both keep the current order, so the heaps stay valid as they are.
     */
    private void renumber() {
        if (size + laterSize >= seqLimit) {
            throw new IllegalStateException("more than " + seqLimit + " events pending at once");
        }
        long mask = seqLimit - 1;
        long oldest = mask;
        for (int i = 0; i < size; i++) {
            oldest = Math.min(oldest, keys[i] & mask);
        }
        for (int i = 0; i < laterSize; i++) {
            oldest = Math.min(oldest, laterKeys[i] & mask);
        }
        if (oldest >= seqLimit / 2) {
            for (int i = 0; i < size; i++) {
                keys[i] -= oldest;
            }
            for (int i = 0; i < laterSize; i++) {
                laterKeys[i] -= oldest;
            }
            nextSeq -= oldest;
        } else {
            rank();
        }
        laterFirst = laterSize > 0 ? laterKeys[0] : Long.MAX_VALUE;
    }

    private void rank() {
        // Rare (every 2^seqBits pushes), and O(n log n) in the events pending, not in the run.
        long[] sorted = Arrays.copyOf(keys, size + laterSize);
        System.arraycopy(laterKeys, 0, sorted, size, laterSize);
        Arrays.sort(sorted);
        long mask = seqLimit - 1;
        for (int i = 0; i < size; i++) {
            keys[i] = (keys[i] & ~mask) | Arrays.binarySearch(sorted, keys[i]);
        }
        for (int i = 0; i < laterSize; i++) {
            laterKeys[i] = (laterKeys[i] & ~mask) | Arrays.binarySearch(sorted, laterKeys[i]);
        }
        nextSeq = sorted.length;
    }
}
