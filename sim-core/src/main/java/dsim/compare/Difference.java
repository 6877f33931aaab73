package dsim.compare;

import dsim.spec.Semantics;
import dsim.stats.Estimate;

/**
 * The paired difference {@code a - b} of one metric over the same seeds, e.g. "at-least-once
 * vs at-most-once: lost -4.9 pp [-5.1, -4.7]".
 *
 * @param a          the semantics measured
 * @param b          the semantics it is compared against
 * @param metric     the metric
 * @param difference mean of a - b per seed, with a paired-t interval
 */
public record Difference(Semantics a, Semantics b, Metric metric, Estimate difference) {

    /** True if the interval excludes zero: the semantics really differ on this metric. */
    public boolean significant() {
        return difference.lower() > 0 || difference.upper() < 0;
    }
}
