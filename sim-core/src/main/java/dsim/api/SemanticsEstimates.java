package dsim.api;

import dsim.compare.Metric;
import dsim.compare.SemanticsSummary;
import dsim.spec.Semantics;
import dsim.stats.Estimate;

/**
 * One semantics over every seed of a comparison: each figure is a mean over seeds with its
 * confidence interval. A share that was 0 in every seed gets the exact upper bound over every
 * message of every seed, never a bare [0, 0].
 *
 * @param semantics           the semantics
 * @param lost                messages lost, in percent of produced
 * @param processedOnce       messages processed exactly once, in percent of produced
 * @param duplicated          messages processed twice or more, in percent of produced
 * @param extraProcessings    processings beyond each message's first, in percent of produced
 * @param deadLettered        lost messages in a dead-letter queue, in percent of produced
 * @param packetsPerMessage   packets sent per message produced
 * @param latencyP50Millis    median latency of every message of every seed, in milliseconds
 * @param latencyP99Millis    99th percentile latency of every message of every seed, in milliseconds
 * @param seedsWithLoss       the share (0 to 1) of seeds that lost a message, with its exact interval
 * @param seedsWithDuplicates the share (0 to 1) of seeds that processed a message twice, with its exact interval
 * @param costPer1000         the expected cost per 1,000 messages at the scenario's {@code costs}, or null without them
 * @param runsHitLimit        runs that stopped at a limit with work left
 */
public record SemanticsEstimates(Semantics semantics, Estimate lost, Estimate processedOnce, Estimate duplicated,
                                 Estimate extraProcessings, Estimate deadLettered, Estimate packetsPerMessage,
                                 Estimate latencyP50Millis, Estimate latencyP99Millis, Estimate seedsWithLoss,
                                 Estimate seedsWithDuplicates, Estimate costPer1000, int runsHitLimit) {

    /** The estimates of a comparison's summary of one semantics. */
    static SemanticsEstimates of(SemanticsSummary s) {
        return new SemanticsEstimates(s.semantics(), s.metric(Metric.LOST), s.metric(Metric.PROCESSED_ONCE),
                s.metric(Metric.DUPLICATED), s.metric(Metric.EXTRA_PROCESSINGS), s.metric(Metric.DEAD_LETTERED),
                s.metric(Metric.PACKETS_PER_MESSAGE), s.metric(Metric.LATENCY_P50), s.metric(Metric.LATENCY_P99),
                s.seedsWithLoss(), s.seedsWithDuplicates(), s.costPer1000(), s.runsHitLimit());
    }
}
