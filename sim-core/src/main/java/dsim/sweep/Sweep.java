package dsim.sweep;

import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Runs every given semantics over seeds {@code first, first+1, ...}. Each run is
 * single-threaded and independent; seeds are spread over a fixed pool of workers and handed
 * back in seed order, so any thread count gives the same sequence.
 */
public final class Sweep {

    private Sweep() {
    }

    /**
     * Runs the sweep and hands each seed's runs to {@code onSeed} as soon as the seeds before it
     * are done. Memory does not grow with the number of seeds: only what {@code onSeed} keeps.
     *
     * @param scenario  the scenario
     * @param semantics the semantics to run for each seed, in output order
     * @param firstSeed the first master seed
     * @param seeds     how many consecutive seeds, &ge; 1
     * @param threads   worker threads, &ge; 1
     * @param onSeed    told each seed's runs in seed order, on the calling thread; false stops the sweep there
     * @param progress  told the number of seeds finished so far (from worker threads), or null
     * @return how many seeds {@code onSeed} was told: {@code seeds}, unless it stopped the sweep
     */
    public static int stream(Scenario scenario, List<Semantics> semantics, long firstSeed, int seeds, int threads,
                             Predicate<SeedRuns> onSeed, IntConsumer progress) {
        return stream(seed -> scenario, semantics, firstSeed, seeds, Shard.WHOLE, threads, onSeed, progress);
    }

    /**
     * As {@link #stream}, each seed running the scenario {@code scenarioOf} gives for it (swarm
     * testing draws one per seed).
     */
    public static int stream(LongFunction<Scenario> scenarioOf, List<Semantics> semantics,
                             long firstSeed, int seeds, int threads, Predicate<SeedRuns> onSeed, IntConsumer progress) {
        return stream(scenarioOf, semantics, firstSeed, seeds, Shard.WHOLE, threads, onSeed, progress);
    }

    /**
     * As {@link #stream}, only the seeds of {@code shard}: of seeds {@code firstSeed ..
     * firstSeed+seeds-1}, every {@code shard.count()}-th from the {@code shard.index()}-th, in
     * seed order. A shard may get no seed at all (more shards than seeds).
     *
     * @param progress told the number of this shard's seeds finished so far, or null
     * @return how many seeds {@code onSeed} was told
     */
    public static int stream(LongFunction<Scenario> scenarioOf, List<Semantics> semantics,
                             long firstSeed, int seeds, Shard shard, int threads, Predicate<SeedRuns> onSeed,
                             IntConsumer progress) {
        if (seeds < 1 || threads < 1) {
            throw new IllegalArgumentException("seeds and threads must be at least 1");
        }
        return OrderedWorkers.run(shard.size(seeds), threads, k -> {
            long seed = firstSeed + shard.seedIndex(k);
            return runSeed(scenarioOf.apply(seed), semantics, seed);
        }, onSeed, progress);
    }

    /**
     * Runs the sweep and keeps every seed's runs.
     *
     * @return one entry per seed, in seed order
     * @see #stream
     */
    public static List<SeedRuns> run(Scenario scenario, List<Semantics> semantics, long firstSeed, int seeds,
                                     int threads, IntConsumer progress) {
        List<SeedRuns> results = new ArrayList<>(seeds);
        stream(scenario, semantics, firstSeed, seeds, threads, results::add, progress);
        return List.copyOf(results);
    }

    /** Every semantics on one seed. */
    public static SeedRuns runSeed(Scenario scenario, List<Semantics> semantics, long seed) {
        List<RunResult> runs = new ArrayList<>(semantics.size());
        for (Semantics s : semantics) {
            runs.add(Simulation.run(scenario, s, seed, null));
        }
        return new SeedRuns(seed, runs);
    }
}
