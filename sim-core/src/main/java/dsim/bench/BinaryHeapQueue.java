package dsim.bench;

import java.util.Arrays;

/**
 * The reference a careful engineer writes first: a binary heap over a primitive
 * {@code long[]} of times and an {@code int[]} of ids, ties broken by a sequence number.
 */
final class BinaryHeapQueue implements HoldQueue {

    private long[] times = new long[1024];
    private long[] seqs = new long[1024];
    private int[] ids = new int[1024];
    private int size;
    private long nextSeq;

    void push(long time, int id) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            seqs = Arrays.copyOf(seqs, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        long seq = nextSeq++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (times[parent] < time || (times[parent] == time && seqs[parent] < seq)) {
                break;
            }
            times[i] = times[parent];
            seqs[i] = seqs[parent];
            ids[i] = ids[parent];
            i = parent;
        }
        times[i] = time;
        seqs[i] = seq;
        ids[i] = id;
    }

    long popTime() {
        long top = times[0];
        int n = --size;
        long time = times[n];
        long seq = seqs[n];
        int id = ids[n];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && (times[child + 1] < times[child]
                    || (times[child + 1] == times[child] && seqs[child + 1] < seqs[child]))) {
                child++;
            }
            if (time < times[child] || (time == times[child] && seq < seqs[child])) {
                break;
            }
            times[i] = times[child];
            seqs[i] = seqs[child];
            ids[i] = ids[child];
            i = child;
        }
        times[i] = time;
        seqs[i] = seq;
        ids[i] = id;
        return top;
    }

    @Override
    public long hold(int pending, long steps, long[] gaps) {
        int mask = gaps.length - 1;
        for (int i = 0; i < pending; i++) {
            push(gaps[i & mask], i);
        }
        long now = 0;
        for (long i = 0; i < steps; i++) {
            now = popTime();
            push(now + gaps[(int) (i + pending) & mask], (int) i & 0xFFFFF);
        }
        return now;
    }

    @Override
    public String name() {
        return "binary-heap";
    }
}
