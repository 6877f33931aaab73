package dsim.benchmarks;

import dsim.engine.EventQueue;
import dsim.random.SplitMixRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One hold step (pop the earliest, push one at now + Exp(1 ms)) with N events pending. */
@State(Scope.Thread)
public class EventQueueBenchmark {

    @Param({"1000", "100000"})
    public int pending;

    private EventQueue queue;
    private long[] gaps;
    private int next;

    @Setup
    public void fill() {
        SplitMixRandom random = new SplitMixRandom(1);
        gaps = new long[1 << 16];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = (long) (-Math.log(1.0 - random.nextDouble()) * 1_000_000);
        }
        queue = new EventQueue(pending);
        for (int i = 0; i < pending; i++) {
            queue.push(gaps[i & (gaps.length - 1)], i);
        }
    }

    @Benchmark
    public int holdStep() {
        long now = queue.peekTime();
        int slot = queue.pop();
        queue.push(now + gaps[next++ & (gaps.length - 1)], slot);
        return slot;
    }
}
