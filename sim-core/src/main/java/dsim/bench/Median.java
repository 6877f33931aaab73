package dsim.bench;

import java.util.Arrays;

/** The median of timed rounds: the figure to quote, as one slow round (a GC, a noisy neighbour) cannot move it. */
final class Median {

    private Median() {
    }

    /** The median of {@code values} (the mean of the middle two for an even count); the array is not changed. */
    static double of(double[] values) {
        double[] xs = values.clone();
        Arrays.sort(xs);
        int n = xs.length;
        return n % 2 == 1 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
    }
}
