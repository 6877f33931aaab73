package dsim.compare;

import dsim.spec.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Runs a parameter study: one full comparison per value of the varied key. */
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
        List<Comparison> points = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            int before = i * seeds;
            IntConsumer offset = progress == null ? null : n -> progress.accept(before + n);
            points.add(Comparisons.compare(variants.get(i), firstSeed, seeds, threads, offset));
        }
        return new Study(path, values, points);
    }
}
