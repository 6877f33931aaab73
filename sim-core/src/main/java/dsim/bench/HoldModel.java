package dsim.bench;

import dsim.random.SplitMixRandom;

import java.util.function.Supplier;

/**
 * The classic hold model: N events pending; each step pops the earliest and schedules one
 * more at now + Exp(1 ms). The exponential gaps are drawn once, up front, so the timing
 * measures the queue and not the logarithm. The JMH hold benchmark draws its gaps here too.
 */
public final class HoldModel {

    private static final double MEAN_NANOS = 1_000_000;
    private static final int GAP_COUNT = 1 << 20;

    private HoldModel() {
    }

    /** 2^20 exponential gaps with mean 1 ms, from {@code seed}. */
    public static long[] gaps(long seed) {
        SplitMixRandom random = new SplitMixRandom(seed);
        long[] gaps = new long[GAP_COUNT];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = (long) (-StrictMath.log(1.0 - random.nextDouble()) * MEAN_NANOS);
        }
        return gaps;
    }

    /** Warms a fresh queue, then times {@code steps} hold steps on another; returns events/s. */
    static double eventsPerSecond(Supplier<HoldQueue> engine, int pending, long steps, long[] gaps) {
        // Enough steps for the JIT to compile the loop fully before anything is timed.
        engine.get().hold(pending, Math.max(500_000, 2L * pending), gaps);
        HoldQueue queue = engine.get();
        long start = System.nanoTime();
        long last = queue.hold(pending, steps, gaps);
        long elapsed = System.nanoTime() - start;
        if (last < 0) {
            throw new IllegalStateException("time went negative");
        }
        return (steps + pending) / (elapsed / 1e9);
    }
}
