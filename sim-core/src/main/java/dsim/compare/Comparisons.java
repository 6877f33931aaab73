package dsim.compare;

import dsim.run.LatencyHistogram;
import dsim.run.Timeline;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.stats.ClosedForms;
import dsim.stats.Estimate;
import dsim.stats.Intervals;
import dsim.stats.Prediction;
import dsim.sweep.SeedRuns;
import dsim.sweep.SeedSource;
import dsim.sweep.Sweep;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.ToLongFunction;

/** Runs and summarises a comparison of semantics. */
public final class Comparisons {

    /** The confidence level of every interval in a comparison. */
    public static final double CONFIDENCE = 0.95;

    /** Metrics whose paired differences a comparison reports. */
    private static final List<Metric> DIFFERENCE_METRICS =
            List.of(Metric.LOST, Metric.DUPLICATED, Metric.EXTRA_PROCESSINGS, Metric.PACKETS_PER_MESSAGE);

    private Comparisons() {
    }

    /**
     * Runs every semantics of {@code scenario} on seeds firstSeed.. and summarises them. Each
     * seed's runs are kept as the sweep hands them over, without their latency histograms,
     * which are pooled per semantics: see {@link KeptSeeds} for what a seed costs.
     */
    public static Comparison compare(Scenario scenario, long firstSeed, int seeds, int threads, IntConsumer progress) {
        return of(scenario, firstSeed, seeds, onSeed -> Sweep.stream(scenario, scenario.semantics(), firstSeed, seeds,
                threads, onSeed, progress));
    }

    /**
     * Summarises the runs {@code source} hands over: every seed of {@code firstSeed ..
     * firstSeed+seeds-1} in seed order, each with a run of every semantics of {@code scenario},
     * with its latency histogram, timeline and coverage. A sweep run here and the parts of a
     * sharded one read back give the same comparison.
     */
    public static Comparison of(Scenario scenario, long firstSeed, int seeds, SeedSource source) {
        KeptSeeds kept = new KeptSeeds(scenario, seeds);
        source.stream(kept::keep);
        return summarise(scenario, firstSeed, kept);
    }

    private static Comparison summarise(Scenario scenario, long firstSeed, KeptSeeds kept) {
        List<SeedRuns> runs = kept.seeds();
        List<Semantics> semantics = scenario.semantics();
        List<SemanticsSummary> summaries = new ArrayList<>();
        for (Semantics s : semantics) {
            summaries.add(summary(s, runs, scenario, kept.latency(s), kept.sections(s), kept.timeline(s),
                    kept.coverage(s)));
        }
        List<Difference> differences = new ArrayList<>();
        for (int i = 0; i < semantics.size(); i++) {
            for (int j = i + 1; j < semantics.size(); j++) {
                for (Metric m : DIFFERENCE_METRICS) {
                    Estimate d = Intervals.pairedDifference(values(runs, semantics.get(j), m),
                            values(runs, semantics.get(i), m), CONFIDENCE);
                    differences.add(new Difference(semantics.get(j), semantics.get(i), m, d));
                }
            }
        }
        List<PredictionCheck> checks = new ArrayList<>();
        for (Prediction p : ClosedForms.predict(scenario)) {
            // Closed forms hold for independent messages, so pool every message of every seed:
            // an exact interval on the pooled share stays honest where every seed saw zero.
            checks.add(new PredictionCheck(p, pooledPercent(runs, p.semantics(), RunResult::lost),
                    pooledPercent(runs, p.semantics(), RunResult::duplicated)));
        }
        return new Comparison(scenario, firstSeed, runs.size(), CONFIDENCE, runs, summaries, differences, checks,
                Costs.cheapest(summaries));
    }

    private static SemanticsSummary summary(Semantics s, List<SeedRuns> runs, Scenario scenario,
                                            LatencyHistogram latency, List<LatencyHistogram> sections,
                                            Timeline timeline, CoverageTally coverage) {
        Map<Metric, Estimate> metrics = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            metrics.put(m, m.quantile() > 0 ? pooledQuantile(latency, sections, m.quantile())
                    : estimate(runs, s, m));
        }
        int withLoss = 0;
        int withDuplicates = 0;
        int hitLimit = 0;
        for (SeedRuns seed : runs) {
            RunResult r = seed.of(s);
            withLoss += r.lost() > 0 ? 1 : 0;
            withDuplicates += r.duplicated() > 0 ? 1 : 0;
            hitLimit += r.outcome() == Outcome.COMPLETED ? 0 : 1;
        }
        return new SemanticsSummary(s, metrics,
                Intervals.clopperPearson(withLoss, runs.size(), CONFIDENCE),
                Intervals.clopperPearson(withDuplicates, runs.size(), CONFIDENCE),
                Costs.perThousand(scenario, s, runs, CONFIDENCE), hitLimit, latency, timeline, coverage);
    }

    /**
     * The mean of {@code m} over seeds with a Student-t interval: seeds are the independent
     * replications, and a run's messages are not (one outage loses many). But a share (or a
     * count per message) that is 0 in every seed would get the interval [0, 0], a certainty no
     * sample gives: it gets instead the exact (Clopper-Pearson) bound over every message of
     * every seed, and a share that is 100% in every seed the mirror lower bound.
     */
    static Estimate estimate(List<SeedRuns> runs, Semantics s, Metric m) {
        Estimate t = Intervals.studentT(values(runs, s, m), CONFIDENCE);
        // Every seed agreed (the interval collapsed) on none, or on all of them for a share.
        boolean same = t.method().equals("exact") || t.method().equals("single-run");
        boolean none = same && t.value() == 0 && (m.unit().equals("%") || m.isMechanism());
        boolean all = same && t.value() == 100 && m.isShare();
        if (!none && !all) {
            return t;
        }
        long produced = 0;
        for (SeedRuns seed : runs) {
            produced += seed.of(s).produced();
        }
        if (produced == 0) {
            return t;
        }
        return Intervals.clopperPearson(none ? 0 : produced, produced, CONFIDENCE).scaled(100);
    }

    /**
     * The {@code p} quantile of every latency of every seed, in ms: the same data the latency
     * distribution draws, not a mean of per-seed percentiles, which a few slow seeds drag far
     * from what most messages see. Its interval comes from sections of the seeds. NaN (no
     * message processed) reads as 0.
     */
    private static Estimate pooledQuantile(LatencyHistogram all, List<LatencyHistogram> sections, double p) {
        double whole = all.quantileNanos(p);
        if (Double.isNaN(whole)) {
            return new Estimate(0, 0, 0, "none", CONFIDENCE, 0);
        }
        double[] parts = sections.stream().filter(h -> h.total() > 0).mapToDouble(h -> h.quantileNanos(p) / 1e6)
                .toArray();
        return Intervals.sectioning(whole / 1e6, parts, CONFIDENCE);
    }

    /** The share of all messages of all seeds counted by {@code count}, in percent, with an exact interval. */
    private static Estimate pooledPercent(List<SeedRuns> runs, Semantics s, ToLongFunction<RunResult> count) {
        long k = 0;
        long n = 0;
        for (SeedRuns seed : runs) {
            RunResult r = seed.of(s);
            k += count.applyAsLong(r);
            n += r.produced();
        }
        return n == 0 ? new Estimate(0, 0, 0, "none", CONFIDENCE, 0) : Intervals.clopperPearson(k, n, CONFIDENCE).scaled(100);
    }

    /** The metric's value in each seed's run of {@code s}, in seed order. */
    static double[] values(List<SeedRuns> runs, Semantics s, Metric m) {
        double[] xs = new double[runs.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = m.of(runs.get(i).of(s));
        }
        return xs;
    }
}
