package dsim.compare;

import dsim.stats.Estimate;
import dsim.stats.Prediction;

/**
 * A closed-form prediction next to the simulated value, in percent of produced messages.
 * The simulated values pool every message of every seed (the closed forms assume
 * independent messages) with exact (Clopper-Pearson) intervals.
 *
 * @param prediction          the prediction (shares in [0, 1])
 * @param simulatedLost       simulated lost %, pooled over all messages of all seeds
 * @param simulatedDuplicated simulated duplicated %, pooled over all messages of all seeds
 */
public record PredictionCheck(Prediction prediction, Estimate simulatedLost, Estimate simulatedDuplicated) {

    /** Predicted lost, in percent. */
    public double predictedLostPercent() {
        return 100 * prediction.lostShare();
    }

    /** Predicted duplicated, in percent. */
    public double predictedDuplicatedPercent() {
        return 100 * prediction.duplicatedShare();
    }

    /** True if both predictions fall inside the simulated intervals. */
    public boolean agrees() {
        return within(simulatedLost, predictedLostPercent()) && within(simulatedDuplicated, predictedDuplicatedPercent());
    }

    /** Inside the interval, allowing for rounding when the interval has collapsed to a point. */
    private static boolean within(Estimate e, double x) {
        double slack = 1e-9 * Math.max(1, Math.abs(x));
        return x >= e.lower() - slack && x <= e.upper() + slack;
    }
}
