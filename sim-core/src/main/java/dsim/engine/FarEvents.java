package dsim.engine;

import java.util.Arrays;

/**
 * Events too far in the future for the main heap's time window, in a plain binary heap
 * ordered by (time, sequence). Rarely used: only events more than a window ahead land here,
 * and they move to the main heap when time catches up with them.
 */
final class FarEvents {

    private long[] times = new long[16];
    private long[] seqs = new long[16];
    private int[] slots = new int[16];
    private int size;

    int size() {
        return size;
    }

    long minTime() {
        return times[0];
    }

    int minSlot() {
        return slots[0];
    }

    void push(long time, long seq, int slot) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            seqs = Arrays.copyOf(seqs, size * 2);
            slots = Arrays.copyOf(slots, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (before(times[parent], seqs[parent], time, seq)) {
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

    /** Removes the earliest event. */
    void pop() {
        int n = --size;
        long time = times[n];
        long seq = seqs[n];
        int slot = slots[n];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && before(times[child + 1], seqs[child + 1], times[child], seqs[child])) {
                child++;
            }
            if (before(time, seq, times[child], seqs[child])) {
                break;
            }
            times[i] = times[child];
            seqs[i] = seqs[child];
            slots[i] = slots[child];
            i = child;
        }
        times[i] = time;
        seqs[i] = seq;
        slots[i] = slot;
    }

    private static boolean before(long t1, long s1, long t2, long s2) {
        return t1 < t2 || (t1 == t2 && s1 < s2);
    }
}
