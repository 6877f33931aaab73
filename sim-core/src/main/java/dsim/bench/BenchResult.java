package dsim.bench;

import java.util.List;

/**
 * Everything {@code dsim bench} measured.
 *
 * @param hold    the hold model: each engine at each size
 * @param model   the whole model on the built-in scenario
 * @param sweep   a seed sweep with one worker thread and with two
 * @param nodes   the cost of an event at 10 producers and consumers and at 10,000
 * @param partitions the cost of an event on a log of 10 partitions and of 10,000
 * @param replay  a replay of one message of the whole model's run, next to the run
 * @param java    the JVM that ran it, e.g. "17.0.15 (Debian)"
 * @param threads processors available to the JVM
 */
public record BenchResult(List<HoldResult> hold, ModelResult model, SweepResult sweep, NodesResult nodes,
                          PartitionsResult partitions, ReplayResult replay, String java, int threads) {

    public BenchResult {
        hold = List.copyOf(hold);
    }
}
