package dsim.compare;

import dsim.run.LatencyHistogram;
import dsim.run.Timeline;
import dsim.spec.Semantics;
import dsim.stats.Estimate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One semantics over all seeds of a comparison.
 *
 * @param semantics           the semantics
 * @param metrics             mean of each metric over seeds with a Student-t interval, in metric order
 * @param seedsWithLoss       share of seeds in which at least one message was lost (Clopper-Pearson)
 * @param seedsWithDuplicates share of seeds in which at least one message was processed twice (Clopper-Pearson)
 * @param costPer1000         expected cost per 1,000 messages (Student-t), or null without {@code costs}
 * @param runsHitLimit        runs that stopped at a limit instead of completing
 * @param latency             every latency of every seed's run, pooled: the distribution over all seeds
 * @param timeline            every seed's timeline, pooled: when messages were created and how they ended
 * @param coverage            every seed's fault coverage, summed: what each fault source did
 */
public record SemanticsSummary(Semantics semantics, Map<Metric, Estimate> metrics, Estimate seedsWithLoss,
                               Estimate seedsWithDuplicates, Estimate costPer1000, int runsHitLimit,
                               LatencyHistogram latency, Timeline timeline, CoverageTally coverage) {

    public SemanticsSummary {
        metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
    }

    /** The estimate of {@code metric}. */
    public Estimate metric(Metric metric) {
        return metrics.get(metric);
    }
}
