package dsim.bench;

import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;
import dsim.sweep.Sweep;

import java.util.List;

/**
 * A seed sweep as {@code compare} and {@code hunt} run it (every semantics on each seed,
 * seeds spread over worker threads), timed with one thread and with two, in alternating
 * rounds after a warm-up, so the speedup measures the workers and not the JIT's start.
 */
public final class SweepBenchmark {

    private static final int ROUNDS = 3;

    private SweepBenchmark() {
    }

    /** Sweeps the built-in scenario at {@code messages} per run over {@code seeds} seeds. */
    public static SweepResult run(int seeds, long messages) {
        Scenario scenario = ModelBenchmark.scenario(messages);
        List<Semantics> semantics = List.of(Semantics.values());
        List<SeedRuns> reference = Sweep.run(scenario, semantics, 1, seeds, 2, null); // warm-up
        double[] one = new double[ROUNDS];
        double[] two = new double[ROUNDS];
        boolean identical = true;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            identical &= Sweep.run(scenario, semantics, 1, seeds, 1, null).equals(reference);
            one[round] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            identical &= Sweep.run(scenario, semantics, 1, seeds, 2, null).equals(reference);
            two[round] = (System.nanoTime() - start) / 1e9;
        }
        double oneThread = Median.of(one);
        double twoThreads = Median.of(two);
        return new SweepResult(seeds, seeds * semantics.size(), messages, ROUNDS, oneThread, twoThreads,
                oneThread / twoThreads, identical);
    }
}
