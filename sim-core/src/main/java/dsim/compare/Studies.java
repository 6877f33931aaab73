package dsim.compare;

import dsim.spec.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Runs parameter studies: one full comparison per value (or pair of values) of the varied keys. */
public final class Studies {

    private Studies() {
    }

    /**
     * Compares every scenario variant on the same seeds.
     *
     * @param path      the varied key path
     * @param values    the values as written, one per variant
     * @param variants  the scenario with each value applied, same order
     * @param firstSeed first seed
     * @param seeds     seeds per variant
     * @param threads   worker threads
     * @param progress  told the seeds finished over the whole study so far, or null
     */
    public static Study run(String path, List<String> values, List<Scenario> variants, long firstSeed, int seeds,
                            int threads, IntConsumer progress) {
        return new Study(path, values, compareEach(variants, firstSeed, seeds, threads, progress));
    }

    /**
     * Compares the scenario at every pair of values of two keys on the same seeds.
     *
     * @param variants the scenario with each pair applied, in {@link Grid}'s order (the first
     *                 key's value varying slowest)
     * @see #run
     */
    public static Grid grid(Grid.Key first, Grid.Key second, List<Scenario> variants, long firstSeed, int seeds,
                            int threads, IntConsumer progress) {
        return new Grid(first, second, compareEach(variants, firstSeed, seeds, threads, progress));
    }

    private static List<Comparison> compareEach(List<Scenario> variants, long firstSeed, int seeds, int threads,
                                                IntConsumer progress) {
        List<Comparison> points = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            int before = i * seeds;
            IntConsumer offset = progress == null ? null : n -> progress.accept(before + n);
            points.add(Comparisons.compare(variants.get(i), firstSeed, seeds, threads, offset));
        }
        return points;
    }
}
