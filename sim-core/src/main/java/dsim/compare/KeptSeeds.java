package dsim.compare;

import dsim.run.LatencyHistogram;
import dsim.run.RunResult;
import dsim.run.Timeline;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparison keeps of its sweep, seed by seed as the sweep hands them over: every
 * seed's runs without their latency histograms (the reports show each seed's figures but only
 * the pooled latency distribution), and per semantics the histograms added up over all seeds
 * and over each of twenty sections of them.
 * A seed then costs about a kilobyte instead of forty, and the sweep itself holds nothing more.
 */
public final class KeptSeeds {

    /**
     * Heap per kept seed besides its runs: the SeedRuns, its list of runs and a reference in the
     * list of seeds. With {@link #RUN_BYTES}, measured by {@code KeptSeedsTest} on JDK 17 with
     * compressed references: 1,106 bytes per seed of three runs, where they count 1,105, and
     * within 5% for one. With its latency histogram and timeline each run would cost 39 KB more.
     */
    static final long SEED_BYTES = 40;
    /**
     * Heap per kept run: a RunResult (168 bytes), its Drops (40), Latency (64) and digest string (56), and some.
     * A run where deliveries waited for a worker keeps a Queueing of 40 bytes more; one where nothing waited shares one.
     */
    static final long RUN_BYTES = 355;

    /** Sections a comparison's seeds are split into, for the spread of its pooled latency percentiles. */
    static final int SECTIONS = 20;

    private final List<SeedRuns> seeds;
    private final int expectedSeeds;
    private final Map<Semantics, LatencyHistogram> latency = new EnumMap<>(Semantics.class);
    private final Map<Semantics, Timeline> timelines = new EnumMap<>(Semantics.class);
    /** Per semantics, the latencies of each section of consecutive seeds, pooled. */
    private final Map<Semantics, LatencyHistogram[]> sections = new EnumMap<>(Semantics.class);
    /** Per semantics, the fault coverage of every run so far. */
    private final Map<Semantics, CoverageTally.Builder> coverage = new EnumMap<>(Semantics.class);
    private final Scenario scenario;

    /** Nothing kept yet of a sweep over {@code expectedSeeds} seeds. */
    KeptSeeds(Scenario scenario, int expectedSeeds) {
        this.scenario = scenario;
        this.expectedSeeds = expectedSeeds;
        seeds = new ArrayList<>(expectedSeeds);
    }

    /**
     * The heap a comparison of {@code seeds} seeds of {@code scenario} keeps until its report is
     * written, with a fifth more for the collector, as {@link dsim.simulation.Footprint} counts a run.
     */
    public static long bytes(Scenario scenario, long seeds) {
        long held = seeds * perSeed(scenario.semantics().size());
        return held + held / 5;
    }

    /** The bytes one kept seed of {@code runs} runs holds. */
    static long perSeed(int runs) {
        return SEED_BYTES + runs * RUN_BYTES;
    }

    /** Keeps one seed's runs, in seed order; always true: a comparison sweeps every seed. */
    boolean keep(SeedRuns seed) {
        int count = Math.min(SECTIONS, expectedSeeds);
        int section = (int) ((long) seeds.size() * count / Math.max(expectedSeeds, 1));
        for (RunResult r : seed.runs()) {
            latency.merge(r.semantics(), r.latency().histogram(), LatencyHistogram::plus);
            timelines.merge(r.semantics(), r.timeline(), Timeline::plus);
            LatencyHistogram[] mine = sections.computeIfAbsent(r.semantics(), s -> emptySections(count));
            mine[section] = mine[section].plus(r.latency().histogram());
            coverage.computeIfAbsent(r.semantics(), s -> new CoverageTally.Builder(scenario, s)).add(r.coverage());
        }
        seeds.add(seed.withoutHistograms());
        return true;
    }

    /** Every seed kept so far, in seed order; a read-only view. */
    List<SeedRuns> seeds() {
        return Collections.unmodifiableList(seeds);
    }

    private static LatencyHistogram[] emptySections(int count) {
        LatencyHistogram[] empty = new LatencyHistogram[count];
        java.util.Arrays.fill(empty, LatencyHistogram.EMPTY);
        return empty;
    }

    /**
     * The latencies of {@code semantics} in each of up to {@link #SECTIONS} sections of
     * consecutive seeds (seed i of n in section i * sections / n), each pooled.
     */
    List<LatencyHistogram> sections(Semantics semantics) {
        LatencyHistogram[] mine = sections.get(semantics);
        return mine == null ? List.of() : List.of(mine);
    }

    /** The fault coverage of every run of {@code semantics}. */
    CoverageTally coverage(Semantics semantics) {
        CoverageTally.Builder b = coverage.get(semantics);
        return b == null ? new CoverageTally.Builder(scenario, semantics).build() : b.build();
    }

    /** The timelines of every run of {@code semantics}, pooled; none if none ran. */
    Timeline timeline(Semantics semantics) {
        return timelines.getOrDefault(semantics, Timeline.NONE);
    }

    /** The latencies of every run of {@code semantics}, pooled; empty if none ran. */
    LatencyHistogram latency(Semantics semantics) {
        return latency.getOrDefault(semantics, LatencyHistogram.EMPTY);
    }
}
