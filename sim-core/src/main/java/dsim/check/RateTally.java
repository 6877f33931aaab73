package dsim.check;

import dsim.run.RunResult;
import dsim.spec.Expectation;
import dsim.spec.Semantics;
import dsim.stats.Estimate;
import dsim.stats.ShareOverSeeds;
import dsim.sweep.SeedRuns;
import java.util.Arrays;

/**
 * The seeds seen so far of one bound over seeds: per seed, how many messages its metric counted
 * and how many were produced. Sixteen bytes a seed; the runs themselves are not kept.
 */
final class RateTally {

    private final Semantics semantics;
    private final Expectation.Statistical expectation;
    private long[] counts = new long[64];
    private long[] produced = new long[64];
    private int seeds;

    RateTally(Semantics semantics, Expectation.Statistical expectation) {
        this.semantics = semantics;
        this.expectation = expectation;
    }

    Semantics semantics() {
        return semantics;
    }

    Expectation.Statistical expectation() {
        return expectation;
    }

    /** Seeds added so far. */
    int seeds() {
        return seeds;
    }

    /** Adds the next seed's run of this tally's semantics. */
    void add(SeedRuns runs) {
        RunResult r = runs.of(semantics);
        if (seeds == counts.length) {
            counts = Arrays.copyOf(counts, seeds * 2);
            produced = Arrays.copyOf(produced, seeds * 2);
        }
        counts[seeds] = ExpectationChecker.metric(expectation.check().metric(), r);
        produced[seeds] = r.produced();
        seeds++;
    }

    /** The share over the seeds added, in percent, with its interval at {@code confidence}. */
    Estimate estimate(double confidence) {
        return ShareOverSeeds.of(counts, produced, seeds, confidence).scaled(100);
    }

    /** The verdict on the seeds added, its interval at {@code confidence}. */
    RateVerdict verdict(double confidence) {
        Estimate e = estimate(confidence);
        return new RateVerdict(semantics, expectation, e, Decision.of(expectation.check(), e), seeds);
    }
}
