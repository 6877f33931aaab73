package dsim.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * Axes along the edges of a {@link Plot}: a line, tick marks, grid lines across the plot and
 * tick labels, thinned (every other one dropped, repeatedly) until no two labels overlap.
 */
public final class Axis {

    /** Font size of tick labels, in user units; the CSS must agree. */
    public static final double FONT = 12;
    /** Font size of axis titles. */
    public static final double TITLE_FONT = 13;
    /** Minimum space between two labels. */
    private static final double GAP = 6;

    private Axis() {
    }

    /** Estimated width of {@code text} at {@code fontSize} in a sans-serif face (generous, so labels never touch). */
    public static double textWidth(String text, double fontSize) {
        return text.length() * fontSize * 0.62;
    }

    /**
     * The stride (1, 2, 4, ...) at which labels must be kept so that none overlaps the next:
     * labels 0, stride, 2*stride, ... are drawn.
     *
     * @param centres each label's centre along the axis, in order
     * @param sizes   each label's extent along the axis
     */
    public static int labelStride(double[] centres, double[] sizes) {
        int stride = 1;
        while (stride < centres.length && overlaps(centres, sizes, stride)) {
            stride *= 2;
        }
        return stride;
    }

    private static boolean overlaps(double[] centres, double[] sizes, int stride) {
        for (int i = 0; i + stride < centres.length; i += stride) {
            double room = Math.abs(centres[i + stride] - centres[i]);
            if (room < (sizes[i] + sizes[i + stride]) / 2 + GAP) {
                return true;
            }
        }
        return false;
    }

    /** The ticks whose labels survive thinning on a horizontal axis. */
    public static List<Tick> visibleHorizontal(Scale x, List<Tick> ticks) {
        double[] centres = new double[ticks.size()];
        double[] sizes = new double[ticks.size()];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = x.apply(ticks.get(i).value());
            sizes[i] = textWidth(ticks.get(i).label(), FONT);
        }
        return every(ticks, labelStride(centres, sizes));
    }

    /** The ticks whose labels survive thinning on a vertical axis (labels one line high). */
    public static List<Tick> visibleVertical(Scale y, List<Tick> ticks) {
        double[] centres = new double[ticks.size()];
        double[] sizes = new double[ticks.size()];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = y.apply(ticks.get(i).value());
            sizes[i] = FONT;
        }
        return every(ticks, labelStride(centres, sizes));
    }

    private static List<Tick> every(List<Tick> ticks, int stride) {
        List<Tick> kept = new ArrayList<>();
        for (int i = 0; i < ticks.size(); i += stride) {
            kept.add(ticks.get(i));
        }
        return kept;
    }

    /**
     * A categorical x axis on the bottom edge of {@code plot}: the baseline, one label under
     * the centre of each of {@code names}' equal bands (no grid lines: bars stand there), and a
     * title below.
     */
    public static void categories(Svg svg, Plot plot, List<String> names, String title) {
        svg.open("g", "class", "axis");
        svg.empty("line", "x1", plot.left(), "y1", plot.bottom(), "x2", plot.right(), "y2", plot.bottom(),
                "stroke", Palette.INK);
        double band = plot.width() / names.size();
        for (int i = 0; i < names.size(); i++) {
            svg.text(plot.left() + band * (i + 0.5), plot.bottom() + 8 + FONT, names.get(i), "text-anchor", "middle",
                    "class", "label");
        }
        svg.text(plot.left() + plot.width() / 2, plot.bottom() + 16 + FONT + TITLE_FONT, title,
                "text-anchor", "middle", "class", "axis-title");
        svg.close();
    }

    /** An x axis on the bottom edge of {@code plot}, with vertical grid lines and a title below. */
    public static void bottom(Svg svg, Plot plot, Scale x, List<Tick> ticks, String title) {
        svg.open("g", "class", "axis");
        for (Tick t : ticks) {
            double px = x.apply(t.value());
            svg.empty("line", "x1", px, "y1", plot.top(), "x2", px, "y2", plot.bottom(), "stroke", Palette.GRID);
            svg.empty("line", "x1", px, "y1", plot.bottom(), "x2", px, "y2", plot.bottom() + 5, "stroke", Palette.INK);
        }
        for (Tick t : visibleHorizontal(x, ticks)) {
            svg.text(x.apply(t.value()), plot.bottom() + 8 + FONT, t.label(), "text-anchor", "middle");
        }
        svg.empty("line", "x1", plot.left(), "y1", plot.bottom(), "x2", plot.right(), "y2", plot.bottom(),
                "stroke", Palette.INK);
        if (title != null) {
            svg.text(plot.left() + plot.width() / 2, plot.bottom() + 14 + FONT + TITLE_FONT, title,
                    "text-anchor", "middle", "class", "axis-title");
        }
        svg.close();
    }

    /** A y axis on the left edge of {@code plot}, with horizontal grid lines and a rotated title. */
    public static void left(Svg svg, Plot plot, Scale y, List<Tick> ticks, String title) {
        svg.open("g", "class", "axis");
        for (Tick t : ticks) {
            double py = y.apply(t.value());
            svg.empty("line", "x1", plot.left(), "y1", py, "x2", plot.right(), "y2", py, "stroke", Palette.GRID);
            svg.empty("line", "x1", plot.left() - 5, "y1", py, "x2", plot.left(), "y2", py, "stroke", Palette.INK);
        }
        double widest = 0;
        for (Tick t : visibleVertical(y, ticks)) {
            svg.text(plot.left() - 8, y.apply(t.value()) + FONT * 0.35, t.label(), "text-anchor", "end");
            widest = Math.max(widest, textWidth(t.label(), FONT));
        }
        svg.empty("line", "x1", plot.left(), "y1", plot.top(), "x2", plot.left(), "y2", plot.bottom(),
                "stroke", Palette.INK);
        if (title != null) {
            double tx = plot.left() - 14 - widest - TITLE_FONT * 0.3;
            double ty = plot.top() + plot.height() / 2;
            svg.text(tx, ty, title, "text-anchor", "middle", "class", "axis-title",
                    "transform", "rotate(-90 " + Svg.num(tx) + " " + Svg.num(ty) + ")");
        }
        svg.close();
    }
}
