package dsim.report.svg;

import java.util.List;

/** Maps data values to positions along one axis, in SVG user units. */
public interface Scale {

    /** The position of {@code value}; values outside the domain map outside the range. */
    double apply(double value);

    /** The smaller end of the domain. */
    double domainMin();

    /** The larger end of the domain. */
    double domainMax();

    /** Nice tick values inside the domain, in increasing order. */
    List<Double> ticks();

    /** The position of {@code value} clamped into the domain, so marks stay inside the plot. */
    default double clamped(double value) {
        return apply(Math.max(domainMin(), Math.min(domainMax(), value)));
    }
}
