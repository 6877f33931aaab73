package dsim.engine;

/**
 * The event loop: pops events in (time, sequence) order and hands each to the handler until
 * no foreground work is left or a limit is hit. Time never goes backwards; nothing here
 * reads the wall clock.
 */
public final class Engine {

    /** How a call to {@link #run} ended. */
    public enum Stop { QUIESCENT, MAX_TIME, MAX_EVENTS, MAX_PENDING }

    private final EventQueue queue;
    private final EventPool pool;
    private long now;
    private long events;
    private long foregroundPending;

    /** An engine sized for about {@code expectedPending} simultaneous events. */
    public Engine(int expectedPending) {
        this.queue = new EventQueue(expectedPending);
        this.pool = new EventPool(expectedPending);
    }

    /** The event payloads, for the handler to read. */
    public EventPool pool() {
        return pool;
    }

    /** Current simulated time in nanoseconds. */
    public long now() {
        return now;
    }

    /** Events executed so far. */
    public long events() {
        return events;
    }

    /** Schedules a foreground event {@code delayNanos} from now; returns its pool slot, valid until it runs. */
    public int schedule(long delayNanos, int kind, int node, int msg, int a, int b, int c, int d, int e, int f) {
        return scheduleAt(now + delayNanos, true, kind, node, msg, a, b, c, d, e, f);
    }

    /** Schedules a background event (one that alone does not keep the run going); returns its pool slot. */
    public int scheduleBackground(long delayNanos, int kind, int node, int msg, int a, int b, int c, int d, int e,
                                  int f) {
        return scheduleAt(now + delayNanos, false, kind, node, msg, a, b, c, d, e, f);
    }

    private int scheduleAt(long time, boolean foreground, int kind, int node, int msg, int a, int b, int c, int d,
                           int e, int f) {
        int slot = pool.allocate(kind, foreground, node, msg, a, b, c, d, e, f);
        if (foreground) {
            foregroundPending++;
        }
        queue.schedule(now, time, slot);
        return slot;
    }

    /**
     * Runs until no foreground event is pending, or the next event lies after
     * {@code maxTimeNanos}, or {@code maxEvents} have run, or more than {@code maxPending} events
     * are scheduled at once (the memory a run holds grows with them).
     */
    public Stop run(EventHandler handler, long maxTimeNanos, long maxEvents, long maxPending) {
        while (foregroundPending > 0) {
            long time = queue.peekTime();
            if (time > maxTimeNanos) {
                now = maxTimeNanos;
                return Stop.MAX_TIME;
            }
            if (events >= maxEvents) {
                return Stop.MAX_EVENTS;
            }
            int slot = queue.pop();
            now = time;
            events++;
            if (pool.isForeground(slot)) {
                foregroundPending--;
            }
            handler.handle(slot, time);
            pool.release(slot);
            if (queue.size() > maxPending) {
                return Stop.MAX_PENDING;
            }
        }
        return Stop.QUIESCENT;
    }
}
