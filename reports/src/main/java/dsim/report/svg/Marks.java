package dsim.report.svg;

import java.util.List;

/**
 * The marks charts are made of. Positions come from scales; values outside a scale's domain
 * are clamped to it, so a mark never leaves its plot.
 */
public final class Marks {

    /** Narrowest drawn width of a non-zero segment, so a 0.1% share is still visible. */
    public static final double MIN_VISIBLE = 2;

    private Marks() {
    }

    /**
     * One part of a stacked bar.
     *
     * @param value  its size, in the scale's units (&ge; 0)
     * @param colour fill colour
     * @param label  what it is, shown as a tooltip
     */
    public record Segment(double value, String colour, String label) {
    }

    /**
     * A horizontal bar of {@code segments} laid end to end from the domain's start. A non-zero
     * segment is drawn at least {@link #MIN_VISIBLE} wide, taking the room from the widest one.
     */
    public static void stackedBar(Svg svg, Scale x, double y, double height, List<Segment> segments) {
        double start = x.apply(x.domainMin());
        double[] widths = new double[segments.size()];
        double total = 0;
        int widest = 0;
        for (int i = 0; i < widths.length; i++) {
            Segment s = segments.get(i);
            widths[i] = Math.max(0, x.clamped(x.domainMin() + s.value()) - start);
            total += widths[i];
            widest = widths[i] > widths[widest] ? i : widest;
        }
        for (int i = 0; i < widths.length; i++) {
            if (segments.get(i).value() > 0 && widths[i] < MIN_VISIBLE && i != widest) {
                widths[widest] -= MIN_VISIBLE - widths[i];
                widths[i] = MIN_VISIBLE;
            }
        }
        double at = start;
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] <= 0) {
                continue;
            }
            svg.open("rect", "x", at, "y", y, "width", widths[i], "height", height, "fill", segments.get(i).colour());
            svg.title(segments.get(i).label()).close();
            at += widths[i];
        }
    }

    /** A horizontal interval [lower, upper] at height {@code y}, with end caps {@code cap} high. */
    public static void whiskerHorizontal(Svg svg, Scale x, double y, double lower, double upper, double cap) {
        double x0 = x.clamped(lower);
        double x1 = x.clamped(upper);
        svg.empty("line", "x1", x0, "y1", y, "x2", x1, "y2", y, "stroke", Palette.INK, "stroke-width", 1.5);
        svg.empty("line", "x1", x0, "y1", y - cap / 2, "x2", x0, "y2", y + cap / 2, "stroke", Palette.INK, "stroke-width", 1.5);
        svg.empty("line", "x1", x1, "y1", y - cap / 2, "x2", x1, "y2", y + cap / 2, "stroke", Palette.INK, "stroke-width", 1.5);
    }

    /** A vertical interval [lower, upper] at {@code x}, with end caps {@code cap} wide. */
    public static void whiskerVertical(Svg svg, Scale y, double x, double lower, double upper, double cap) {
        double y0 = y.clamped(lower);
        double y1 = y.clamped(upper);
        svg.empty("line", "x1", x, "y1", y0, "x2", x, "y2", y1, "stroke", Palette.INK, "stroke-width", 1.5);
        svg.empty("line", "x1", x - cap / 2, "y1", y0, "x2", x + cap / 2, "y2", y0, "stroke", Palette.INK, "stroke-width", 1.5);
        svg.empty("line", "x1", x - cap / 2, "y1", y1, "x2", x + cap / 2, "y2", y1, "stroke", Palette.INK, "stroke-width", 1.5);
    }

    /** A vertical bar centred on {@code x} from the domain's start up to {@code value}, with its interval. */
    public static void barWithWhisker(Svg svg, Scale y, double x, double width, double value, double lower,
                                      double upper, String colour) {
        double base = y.apply(y.domainMin());
        double top = y.clamped(value);
        svg.empty("rect", "x", x - width / 2, "y", Math.min(base, top), "width", width,
                "height", Math.abs(base - top), "fill", colour);
        if (upper > lower) {
            whiskerVertical(svg, y, x, lower, upper, width * 0.4);
        }
    }

    /** A polyline through (xs[i], ys[i]) with a dot on each point. */
    public static void line(Svg svg, Scale x, Scale y, double[] xs, double[] ys, String colour) {
        line(svg, x, y, xs, ys, colour, 2.5);
    }

    /**
     * A polyline {@code width} wide with dots on its points. Lines drawn widest first stay
     * visible where they coincide: they show as nested stripes.
     */
    public static void line(Svg svg, Scale x, Scale y, double[] xs, double[] ys, String colour, double width) {
        svg.empty("polyline", "points", points(x, y, xs, ys), "fill", "none", "stroke", colour, "stroke-width", width,
                "stroke-linejoin", "round");
        for (int i = 0; i < xs.length; i++) {
            svg.empty("circle", "cx", x.clamped(xs[i]), "cy", y.clamped(ys[i]), "r", width / 2 + 1.5, "fill", colour);
        }
    }

    /** A step line: horizontal from each point to the next x, then vertical (a CDF's shape). */
    public static void step(Svg svg, Scale x, Scale y, double[] xs, double[] ys, String colour) {
        step(svg, x, y, xs, ys, colour, 2.5);
    }

    /** A step line of the given stroke width. */
    public static void step(Svg svg, Scale x, Scale y, double[] xs, double[] ys, String colour, double width) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                p.append(' ').append(Svg.num(x.clamped(xs[i]))).append(',').append(Svg.num(y.clamped(ys[i - 1])));
            }
            p.append(i > 0 ? " " : "").append(Svg.num(x.clamped(xs[i]))).append(',').append(Svg.num(y.clamped(ys[i])));
        }
        svg.empty("polyline", "points", p.toString(), "fill", "none", "stroke", colour, "stroke-width", width,
                "stroke-linejoin", "round");
    }

    /** A shaded band between lows[i] and highs[i] along xs, translucent so lines behind stay visible. */
    public static void band(Svg svg, Scale x, Scale y, double[] xs, double[] lows, double[] highs, String colour) {
        StringBuilder p = new StringBuilder(points(x, y, xs, highs));
        for (int i = xs.length - 1; i >= 0; i--) {
            p.append(' ').append(Svg.num(x.clamped(xs[i]))).append(',').append(Svg.num(y.clamped(lows[i])));
        }
        svg.empty("polygon", "points", p.toString(), "fill", colour, "fill-opacity", 0.18, "stroke", "none");
    }

    /** A one-row legend from (x, y): a swatch and a label per entry, left to right. */
    public static void legend(Svg svg, double x, double y, List<String> labels, List<String> colours) {
        double at = x;
        for (int i = 0; i < labels.size(); i++) {
            svg.empty("rect", "x", at, "y", y - 10, "width", 12, "height", 12, "fill", colours.get(i));
            svg.text(at + 17, y, labels.get(i));
            at += 17 + Axis.textWidth(labels.get(i), Axis.FONT) + 18;
        }
    }

    private static String points(Scale x, Scale y, double[] xs, double[] ys) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            p.append(i > 0 ? " " : "").append(Svg.num(x.clamped(xs[i]))).append(',').append(Svg.num(y.clamped(ys[i])));
        }
        return p.toString();
    }
}
