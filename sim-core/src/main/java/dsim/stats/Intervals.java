package dsim.stats;

import dsim.random.SplitMixRandom;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Confidence intervals. Distributions are built with our own generator: commons-math3's
 * convenience constructors seed one from the clock, and nothing here samples anyway.
 */
public final class Intervals {

    private Intervals() {
    }

    /**
     * The mean of independent replications with a Student-t interval, the standard method
     * for discrete-event simulation output. With one replication, or when all agree, the
     * interval collapses to the mean.
     */
    public static Estimate studentT(double[] xs, double confidence) {
        int n = xs.length;
        if (n == 0) {
            throw new IllegalArgumentException("no replications");
        }
        double mean = mean(xs);
        double half = n == 1 ? 0 : tHalfWidth(xs, mean, confidence);
        if (half == 0) {
            return new Estimate(mean, mean, mean, n == 1 ? "single-run" : "exact", confidence, n);
        }
        return new Estimate(mean, mean - half, mean + half, "student-t", confidence, n);
    }

    private static double mean(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        return mean / xs.length;
    }

    /** Half the Student-t interval of the mean of {@code xs} (at least two), whose mean is {@code mean}; 0 if all agree. */
    private static double tHalfWidth(double[] xs, double mean, double confidence) {
        int n = xs.length;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        if (ss == 0) {
            return 0;
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(new SplitMixRandom(0), n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return t * sd / Math.sqrt(n);
    }

    /**
     * A proportion {@code k / n} with the exact (Clopper-Pearson) interval: the set of true
     * proportions under which seeing {@code k} or more, and {@code k} or fewer, is at least
     * half the missing confidence likely. It never claims more than the counts support, and at
     * {@code k = 0} its upper end is the honest bound on what was never seen,
     * {@code 1 - (alpha/2)^(1/n)} (about 3.7/n at 95%). The ends at 0 and n use that closed form;
     * the others the beta quantiles.
     */
    public static Estimate clopperPearson(long k, long n, double confidence) {
        if (n <= 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n, n > 0: k=" + k + ", n=" + n);
        }
        double tail = (1 - confidence) / 2;
        double lower = k == 0 ? 0 : k == n ? StrictMath.pow(tail, 1.0 / n)
                : beta(k, n - k + 1).inverseCumulativeProbability(tail);
        double upper = k == n ? 1 : k == 0 ? 1 - StrictMath.pow(tail, 1.0 / n)
                : beta(k + 1, n - k).inverseCumulativeProbability(1 - tail);
        return new Estimate((double) k / n, lower, upper, "clopper-pearson", confidence,
                (int) Math.min(n, Integer.MAX_VALUE));
    }

    private static BetaDistribution beta(double a, double b) {
        return new BetaDistribution(new SplitMixRandom(0), a, b, 1e-12);
    }

    /**
     * An estimate made from all the data, {@code whole}, with its interval from the same
     * estimate made on each of {@code sections} disjoint groups of replications: the sectioning
     * method (Asmussen and Glynn), for statistics such as a pooled quantile that are not a mean
     * of per-replication values. The interval is {@code whole} plus or minus t times the
     * sections' standard deviation over root k. With fewer than two sections it collapses.
     */
    public static Estimate sectioning(double whole, double[] sections, double confidence) {
        int k = sections.length;
        if (k < 2) {
            return new Estimate(whole, whole, whole, "single-run", confidence, k);
        }
        double half = tHalfWidth(sections, mean(sections), confidence);
        return new Estimate(whole, whole - half, whole + half, "sectioning", confidence, k);
    }

    /**
     * The mean of per-replication differences {@code a[i] - b[i]} with a t interval. Under
     * common random numbers the pairs are positively correlated, which makes this interval
     * much tighter than comparing two separate intervals.
     */
    public static Estimate pairedDifference(double[] a, double[] b, double confidence) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples differ in length");
        }
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        Estimate e = studentT(d, confidence);
        String method = e.method().equals("student-t") ? "paired-t" : e.method();
        return new Estimate(e.value(), e.lower(), e.upper(), method, confidence, e.n());
    }

    /** The two-sided standard normal quantile for {@code confidence}. */
    public static double z(double confidence) {
        return new NormalDistribution(new SplitMixRandom(0), 0, 1)
                .inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }
}
