package dsim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the hold model on dsim's queue and the two references, interleaved round by round
 * in one JVM so that JIT state, heap and machine noise hit all three alike.
 */
public final class HoldBenchmark {

    private HoldBenchmark() {
    }

    /**
     * Measures every engine at every size.
     *
     * @param sizes  pending-event counts, e.g. 1,000, 100,000, 1,000,000
     * @param rounds timed rounds per engine and size (the median is reported)
     * @param steps  hold steps per round
     */
    public static List<HoldResult> run(int[] sizes, int rounds, long steps) {
        List<Supplier<HoldQueue>> engines = List.of(DsimQueue::new, BinaryHeapQueue::new, PriorityQueueQueue::new);
        List<HoldResult> out = new ArrayList<>();
        long[] gaps = HoldModel.gaps(1);
        for (int pending : sizes) {
            double[][] perSecond = new double[engines.size()][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int e = 0; e < engines.size(); e++) {
                    perSecond[e][round] = HoldModel.eventsPerSecond(engines.get(e), pending, steps, gaps);
                }
            }
            double binaryMedian = Median.of(perSecond[1]);
            for (int e = 0; e < engines.size(); e++) {
                double[] xs = perSecond[e].clone();
                Arrays.sort(xs);
                double median = Median.of(xs);
                out.add(new HoldResult(pending, engines.get(e).get().name(), xs[0], median, xs[xs.length - 1],
                        median / binaryMedian));
            }
        }
        return out;
    }
}
