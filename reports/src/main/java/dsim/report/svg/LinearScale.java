package dsim.report.svg;

import java.util.List;

/** A linear scale from a domain [d0, d1] to a range [r0, r1] (r1 may be below r0, as on a y axis). */
public final class LinearScale implements Scale {

    private final double d0;
    private final double d1;
    private final double r0;
    private final double r1;
    private final int targetTicks;

    /**
     * @param targetTicks about how many tick intervals {@link #ticks} aims for
     * @throws IllegalArgumentException unless d0 &lt; d1 and all are finite
     */
    public LinearScale(double d0, double d1, double r0, double r1, int targetTicks) {
        if (!(d0 < d1) || !Double.isFinite(d0) || !Double.isFinite(d1) || !Double.isFinite(r0) || !Double.isFinite(r1)) {
            throw new IllegalArgumentException("need a finite domain with d0 < d1, got [" + d0 + ", " + d1 + "]");
        }
        this.d0 = d0;
        this.d1 = d1;
        this.r0 = r0;
        this.r1 = r1;
        this.targetTicks = targetTicks;
    }

    /**
     * A scale from 0 to a nice value at or above {@code max} (1 when {@code max} is not
     * positive), so the top tick closes the axis.
     */
    public static LinearScale fromZero(double max, double r0, double r1, int targetTicks) {
        return new LinearScale(0, Ticks.niceCeiling(max, targetTicks), r0, r1, targetTicks);
    }

    @Override
    public double apply(double value) {
        return r0 + (value - d0) / (d1 - d0) * (r1 - r0);
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
        return Ticks.linear(d0, d1, targetTicks);
    }
}
