package dsim.bench;

import java.util.PriorityQueue;

/** The obvious design: {@link PriorityQueue} of small event records. */
final class PriorityQueueQueue implements HoldQueue {

    private record Event(long time, long seq, int id) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private long nextSeq;

    void push(long time, int id) {
        queue.add(new Event(time, nextSeq++, id));
    }

    long popTime() {
        return queue.poll().time;
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
        return "priority-queue";
    }
}
