package dsim.report.svg;

/**
 * The rectangle a chart draws its data in, in SVG user units; axes sit on its edges.
 *
 * @param left   x of the left edge
 * @param top    y of the top edge
 * @param width  width, &gt; 0
 * @param height height, &gt; 0
 */
public record Plot(double left, double top, double width, double height) {

    /** x of the right edge. */
    public double right() {
        return left + width;
    }

    /** y of the bottom edge. */
    public double bottom() {
        return top + height;
    }
}
