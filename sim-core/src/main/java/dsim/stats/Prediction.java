package dsim.stats;

import dsim.spec.Semantics;

/**
 * What a closed form predicts for one semantics, as shares of produced messages.
 *
 * @param semantics       the semantics it is for
 * @param lostShare       predicted lost / produced
 * @param duplicatedShare predicted duplicated / produced
 * @param formula         the formula in words, e.g. "1 - (1 - 0.05)(1 - 0.05): two lossy hops, sent once"
 */
public record Prediction(Semantics semantics, double lostShare, double duplicatedShare, String formula) {
}
