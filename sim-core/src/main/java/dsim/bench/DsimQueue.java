package dsim.bench;

import dsim.engine.EventQueue;

/** dsim's own event queue, as the engine uses it. */
final class DsimQueue implements HoldQueue {

    private final EventQueue queue = new EventQueue(1024);

    void push(long time, int id) {
        queue.push(time, id);
    }

    long popTime() {
        long t = queue.peekTime();
        queue.pop();
        return t;
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
        return "dsim";
    }
}
