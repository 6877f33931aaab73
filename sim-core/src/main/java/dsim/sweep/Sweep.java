package dsim.sweep;

import dsim.run.RunResult;
import dsim.run.Simulation;
import dsim.scenario.Scenario;
import dsim.scenario.Semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs every given semantics over seeds {@code first, first+1, ...}. Each run is
 * single-threaded and independent; seeds are spread over a fixed pool of workers and the
 * results are put back in seed order, so any thread count gives the same list.
 */
public final class Sweep {

    private Sweep() {
    }

    /**
     * Runs the sweep.
     *
     * @param scenario  the scenario
     * @param semantics the semantics to run for each seed, in output order
     * @param firstSeed the first master seed
     * @param seeds     how many consecutive seeds, &ge; 1
     * @param threads   worker threads, &ge; 1
     * @param progress  told the number of seeds finished so far (from worker threads), or null
     * @return one entry per seed, in seed order
     */
    public static List<SeedRuns> run(Scenario scenario, List<Semantics> semantics, long firstSeed, int seeds,
                                     int threads, IntConsumer progress) {
        if (seeds < 1 || threads < 1) {
            throw new IllegalArgumentException("seeds and threads must be at least 1");
        }
        SeedRuns[] results = new SeedRuns[seeds];
        AtomicInteger done = new AtomicInteger();
        int workers = Math.min(threads, seeds);
        if (workers == 1) {
            for (int i = 0; i < seeds; i++) {
                results[i] = runSeed(scenario, semantics, firstSeed + i);
                report(progress, done);
            }
            return List.of(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>(seeds);
            for (int i = 0; i < seeds; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    results[index] = runSeed(scenario, semantics, firstSeed + index);
                    report(progress, done);
                }));
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.of(results);
    }

    /** Every semantics on one seed. */
    public static SeedRuns runSeed(Scenario scenario, List<Semantics> semantics, long seed) {
        List<RunResult> runs = new ArrayList<>(semantics.size());
        for (Semantics s : semantics) {
            runs.add(Simulation.run(scenario, s, seed, null));
        }
        return new SeedRuns(seed, runs);
    }

    private static void report(IntConsumer progress, AtomicInteger done) {
        int n = done.incrementAndGet();
        if (progress != null) {
            progress.accept(n);
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dsim-sweep-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
