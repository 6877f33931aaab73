package dsim.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the whole benchmark: the model on a large scenario, a seed sweep on one thread and on
 * two, the cost of an event at few nodes and many and at few partitions and many, a replay of
 * one message, then the hold model at three sizes.
 */
public final class Bench {

    private Bench() {
    }

    /**
     * Runs it.
     *
     * @param quick a smoke-sized run (seconds): fewer rounds, fewer steps, a smaller model
     */
    public static BenchResult run(boolean quick) {
        return run(quick, (done, name) -> { });
    }

    /** What a benchmark under way is measuring: called before each part, with the parts done. */
    public interface Stages {
        /** Part {@code done + 1} of {@link #PARTS}, {@code name}, starts. */
        void starting(int done, String name);
    }

    /** The parts {@link Stages} counts. */
    public static final int PARTS = 6;

    /** Runs it, telling {@code stages} as each part starts. */
    public static BenchResult run(boolean quick, Stages stages) {
        int[] sizes = {1_000, 100_000, 1_000_000};
        int rounds = quick ? 3 : 7;
        long steps = quick ? 1_000_000 : 5_000_000;
        long messages = quick ? 200_000 : 1_000_000;
        // The model first: after the hold model's million-event heaps, the JVM's heap and
        // compiled code are in a state no real run starts from, and the model measures slower.
        stages.starting(0, "the whole model");
        ModelBenchmark.run(messages / 2); // warm the model's code before timing it
        ModelResult model = medianOf(ModelBenchmark.run(messages), ModelBenchmark.run(messages),
                ModelBenchmark.run(messages));
        stages.starting(1, "the seed sweep");
        SweepResult sweep = quick ? SweepBenchmark.run(10, 2_000) : SweepBenchmark.run(100, 5_000);
        stages.starting(2, "the node count");
        NodesResult nodes = NodesBenchmark.run(quick ? 100_000 : 400_000);
        stages.starting(3, "the partition count");
        PartitionsResult partitions = PartitionsBenchmark.run(quick ? 50_000 : 200_000);
        stages.starting(4, "a replay of one message");
        ReplayResult replay = ReplayBenchmark.run(messages);
        stages.starting(5, "the hold model");
        var hold = HoldBenchmark.run(sizes, rounds, steps);
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
        return new BenchResult(hold, model, sweep, nodes, partitions, replay, java,
                Runtime.getRuntime().availableProcessors());
    }

    /** The run whose time is the median of three. */
    private static ModelResult medianOf(ModelResult a, ModelResult b, ModelResult c) {
        List<ModelResult> runs = new ArrayList<>(List.of(a, b, c));
        runs.sort(Comparator.comparingDouble(ModelResult::seconds));
        return runs.get(1);
    }
}
