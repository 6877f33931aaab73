package dsim.stats;

/**
 * The share of messages that a metric counts (lost, duplicated, ...), over independent seeds,
 * with a confidence interval that stays honest although a seed's messages are not independent.
 *
 * <p>Within a run, messages share their faults: one broker crash redelivers a burst, one outage
 * loses a stretch. An exact binomial interval over every message of every seed would treat a
 * burst of 40 duplicates as 40 independent draws and come out far too narrow. The seeds are
 * what is independent, so the estimate is the mean of the per-seed shares (which, every seed
 * producing the same messages, is the share of all their messages) with a Student-t interval
 * over the seeds: the standard interval for replicated simulation output, which sees each
 * seed's burstiness in the spread of its share. Where the seeds vary little, though, and above
 * all where none saw the event at all, that interval shrinks to nothing, a certainty no sample
 * gives. So it is widened to contain at least the exact (Clopper-Pearson) interval of the
 * pooled messages: the least uncertainty that sampling the messages alone leaves. Both
 * intervals are valid, and the union of valid intervals covers at least as often as either.
 *
 * <p>The t interval leans on the central limit theorem over seeds. A share made of rare, huge
 * bursts (one seed in a hundred losing a tenth of its messages) can be missed by every seed of a
 * small sample, which then looks clean; more seeds per look are the only guard, and no interval
 * without a bound on the bursts does better.
 */
public final class ShareOverSeeds {

    private ShareOverSeeds() {
    }

    /**
     * The share over the first {@code seeds} entries, as a fraction of produced messages.
     *
     * @param counts     per seed, the messages the metric counted; each at most that seed's produced
     * @param produced   per seed, the messages produced
     * @param seeds      how many seeds, at least 1
     * @param confidence the two-sided confidence of the interval, e.g. 0.95
     * @return the mean per-seed share, the interval, and the method: "student-t" where the t interval
     *         already held the exact one, "clopper-pearson" where the exact one held the t interval (it
     *         collapsed), else "student-t+clopper-pearson"
     */
    public static Estimate of(long[] counts, long[] produced, int seeds, double confidence) {
        if (seeds < 1 || seeds > counts.length || seeds > produced.length) {
            throw new IllegalArgumentException("need 1 to " + Math.min(counts.length, produced.length) + " seeds, got "
                    + seeds);
        }
        double[] shares = new double[seeds];
        long k = 0;
        long n = 0;
        for (int i = 0; i < seeds; i++) {
            long counted = Math.min(counts[i], produced[i]);
            shares[i] = produced[i] == 0 ? 0 : (double) counted / produced[i];
            k += counted;
            n += produced[i];
        }
        Estimate t = Intervals.studentT(shares, confidence);
        if (n == 0) {
            return t;
        }
        Estimate exact = Intervals.clopperPearson(k, n, confidence);
        double tLower = Math.max(0, t.lower());
        double tUpper = Math.min(1, t.upper());
        double lower = Math.min(tLower, exact.lower());
        double upper = Math.max(tUpper, exact.upper());
        String method = tLower == lower && tUpper == upper ? "student-t"
                : exact.lower() == lower && exact.upper() == upper ? "clopper-pearson" : "student-t+clopper-pearson";
        return new Estimate(t.value(), lower, upper, method, confidence, seeds);
    }
}
