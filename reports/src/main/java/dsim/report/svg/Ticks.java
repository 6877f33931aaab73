package dsim.report.svg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** "Nice" tick values: steps of 1, 2 or 5 times a power of ten, and powers of ten on log scales. */
public final class Ticks {

    /** Bound on ticks per axis, so a degenerate range cannot loop for long. */
    private static final int MAX_TICKS = 1000;

    private Ticks() {
    }

    /**
     * The nice step (1, 2 or 5 times a power of ten) that cuts {@code range} into about
     * {@code target} intervals; 1 for an empty or non-finite range.
     */
    public static double step(double range, int target) {
        if (!(range > 0) || !Double.isFinite(range) || target < 1) {
            return 1;
        }
        double rough = range / target;
        double magnitude = StrictMath.pow(10, Math.floor(StrictMath.log10(rough)));
        double residual = rough / magnitude;
        double nice = residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /** Multiples of {@link #step} inside [min, max], both ends included when they are multiples. */
    public static List<Double> linear(double min, double max, int target) {
        double step = step(max - min, target);
        List<Double> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        for (long i = first; ticks.size() < MAX_TICKS; i++) {
            double v = clean(i * step, step);
            if (v > max + step * 1e-9) {
                break;
            }
            ticks.add(v);
        }
        return ticks;
    }

    /** The smallest multiple of the nice step at or above {@code max} (for a domain starting at 0). */
    public static double niceCeiling(double max, int target) {
        if (!(max > 0)) {
            return 1;
        }
        double step = step(max, target);
        return clean(Math.ceil(max / step - 1e-9) * step, step);
    }

    /**
     * Powers of ten inside [min, max] (both &gt; 0); with fewer than three of them, also 2 and
     * 5 times each power, so a short log axis still has labels.
     */
    public static List<Double> log(double min, double max) {
        if (!(min > 0) || !(max >= min)) {
            throw new IllegalArgumentException("log ticks need 0 < min <= max, got " + min + ", " + max);
        }
        int lo = (int) Math.floor(StrictMath.log10(min));
        int hi = (int) Math.ceil(StrictMath.log10(max));
        List<Double> powers = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (int e = lo; e <= hi && all.size() < MAX_TICKS; e++) {
            for (int m : new int[] {1, 2, 5}) {
                double v = new BigDecimal(m).scaleByPowerOfTen(e).doubleValue();
                if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) {
                    all.add(v);
                    if (m == 1) {
                        powers.add(v);
                    }
                }
            }
        }
        return powers.size() >= 3 ? powers : all;
    }

    /**
     * Ticks for {@code values} labelled with one common number of decimals (enough for the
     * finest of them) and {@code suffix}, e.g. 0%, 2.5%, 5%... as {@code 0.0%, 2.5%, 5.0%}.
     */
    public static List<Tick> labelled(List<Double> values, String suffix) {
        int decimals = 0;
        for (double v : values) {
            decimals = Math.max(decimals, decimals(v));
        }
        List<Tick> ticks = new ArrayList<>();
        for (double v : values) {
            String text = new BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString();
            ticks.add(new Tick(v, text + suffix));
        }
        return ticks;
    }

    /** Decimals needed to print multiples of {@code step} exactly, e.g. 0.25 -&gt; 2, 5 -&gt; 0. */
    public static int decimals(double step) {
        BigDecimal d = new BigDecimal(Double.toString(step)).stripTrailingZeros();
        return Math.max(0, d.scale());
    }

    /** {@code v} with the float noise of {@code i * step} removed (0.30000000000000004 -&gt; 0.3). */
    private static double clean(double v, double step) {
        int decimals = Math.min(15, decimals(step) + 1);
        double cleaned = new BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
        return cleaned == 0 ? 0 : cleaned; // no -0
    }
}
