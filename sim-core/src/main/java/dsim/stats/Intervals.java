package dsim.stats;

import dsim.random.SplitMixRandom;
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
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= n;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        if (n == 1 || ss == 0) {
            return new Estimate(mean, mean, mean, n == 1 ? "single-run" : "exact", confidence, n);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(new SplitMixRandom(0), n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double half = t * sd / Math.sqrt(n);
        return new Estimate(mean, mean - half, mean + half, "student-t", confidence, n);
    }

    /**
     * A proportion {@code k / n} with the Wilson score interval, which stays inside [0, 1]
     * and is well-behaved at 0 and n (where Clopper-Pearson's implementation fails).
     */
    public static Estimate wilson(long k, long n, double confidence) {
        if (n <= 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n, n > 0: k=" + k + ", n=" + n);
        }
        double z = z(confidence);
        double p = (double) k / n;
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        double lower = k == 0 ? 0 : Math.max(0, centre - half);
        double upper = k == n ? 1 : Math.min(1, centre + half);
        return new Estimate(p, lower, upper, "wilson", confidence, (int) Math.min(n, Integer.MAX_VALUE));
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
