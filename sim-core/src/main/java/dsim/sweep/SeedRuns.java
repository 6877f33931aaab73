package dsim.sweep;

import dsim.run.RunResult;
import dsim.spec.Semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of one seed, one per semantics, in the scenario's semantics order. Every
 * semantics met the same seed, so its faults came from the same streams (common random
 * numbers): differences between them are the semantics', not luck's.
 *
 * @param seed the master seed
 * @param runs one result per semantics
 */
public record SeedRuns(long seed, List<RunResult> runs) {

    public SeedRuns {
        runs = List.copyOf(runs);
    }

    /** These runs without their latency histograms and timelines, for a sweep that pools them as it goes. */
    public SeedRuns withoutHistograms() {
        List<RunResult> slim = new ArrayList<>(runs.size());
        for (RunResult r : runs) {
            slim.add(r.withLatency(r.latency().withoutHistogram()).withoutTimeline().withoutCoverage());
        }
        return new SeedRuns(seed, slim);
    }

    /**
     * These runs without their latency histograms and timelines, their fault coverage whole:
     * everything a hunt reads of a run, and all a sharded hunt's part keeps of it.
     */
    public SeedRuns withoutDistributions() {
        List<RunResult> slim = new ArrayList<>(runs.size());
        for (RunResult r : runs) {
            slim.add(r.withLatency(r.latency().withoutHistogram()).withoutTimeline());
        }
        return new SeedRuns(seed, slim);
    }

    /** The run of {@code semantics}, or null if it was not run. */
    public RunResult of(Semantics semantics) {
        for (RunResult r : runs) {
            if (r.semantics() == semantics) {
                return r;
            }
        }
        return null;
    }
}
