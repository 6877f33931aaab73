package dsim.report.svg;

import java.util.List;

/** A base-10 logarithmic scale from a positive domain [d0, d1] to a range [r0, r1]. */
public final class LogScale implements Scale {

    private final double d0;
    private final double d1;
    private final double r0;
    private final double r1;

    /** @throws IllegalArgumentException unless 0 &lt; d0 &lt; d1, finite */
    public LogScale(double d0, double d1, double r0, double r1) {
        if (!(d0 > 0) || !(d0 < d1) || !Double.isFinite(d1)) {
            throw new IllegalArgumentException("need 0 < d0 < d1, got [" + d0 + ", " + d1 + "]");
        }
        this.d0 = d0;
        this.d1 = d1;
        this.r0 = r0;
        this.r1 = r1;
    }

    /**
     * A scale covering [min, max] widened to whole powers of ten (at least one decade), so the
     * ends carry ticks; {@code min} must be positive.
     */
    public static LogScale covering(double min, double max, double r0, double r1) {
        double lo = StrictMath.pow(10, Math.floor(StrictMath.log10(min)));
        double hi = StrictMath.pow(10, Math.ceil(StrictMath.log10(Math.max(min, max))));
        if (hi <= lo) {
            hi = lo * 10;
        }
        return new LogScale(lo, hi, r0, r1);
    }

    /** Values at or below 0 have no position on a log axis: they map to the domain's start. */
    @Override
    public double apply(double value) {
        double v = value > 0 ? value : d0;
        return r0 + (StrictMath.log10(v) - StrictMath.log10(d0)) / (StrictMath.log10(d1) - StrictMath.log10(d0)) * (r1 - r0);
    }

    @Override
    public double domainMin() {
        return d0;
    }

    @Override
    public double domainMax() {
        return d1;
    }

    @Override
    public List<Double> ticks() {
        return Ticks.log(d0, d1);
    }
}
