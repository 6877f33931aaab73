package dsim.stats;

/**
 * A point estimate with its confidence interval.
 *
 * @param value      the estimate (a mean or a proportion)
 * @param lower      lower end of the interval
 * @param upper      upper end of the interval
 * @param method     how the interval was computed: "student-t", "clopper-pearson", "paired-t", or
 *                   "exact" where every replication agreed
 * @param confidence the confidence level, e.g. 0.95
 * @param n          replications the estimate rests on; for a proportion, its trials (seeds, or the
 *                   messages of every seed pooled), capped at the largest int
 */
public record Estimate(double value, double lower, double upper, String method, double confidence, int n) {

    /** Half the interval's width. */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    /** Whether {@code x} lies inside the interval (inclusive). */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    /** This estimate scaled by {@code factor} (e.g. a share to a percentage). */
    public Estimate scaled(double factor) {
        return new Estimate(value * factor, lower * factor, upper * factor, method, confidence, n);
    }
}
