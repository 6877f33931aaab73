package dsim.report.compare;

import dsim.compare.Grid;
import dsim.compare.Metric;
import dsim.compare.SemanticsSummary;
import dsim.report.svg.Axis;
import dsim.report.svg.Palette;
import dsim.report.svg.Svg;
import dsim.spec.Semantics;
import dsim.stats.Estimate;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;

/**
 * A metric over a grid's two varied keys: one panel per semantics, side by side, a cell per
 * pair of values (first key across, second key down), shaded from pale (zero) to the metric's
 * colour (the largest value in any panel), so the panels compare at a glance. A cell prints its
 * value where it fits; its tooltip gives the interval.
 */
final class HeatMap {

    private static final double WIDTH = OutcomeCharts.WIDTH;
    private static final double GAP = 18;
    private static final double MIN_ROW = 26;
    private static final double CELL_FONT = 11;
    /** The shade of a zero: not white, so an empty cell still reads as a cell on a white page. */
    private static final int[] ZERO = {0xF2, 0xF2, 0xF2};

    private HeatMap() {
    }

    /** Lost, duplicated or another metric of every semantics over the grid. */
    static String render(Grid grid, Metric metric) {
        boolean percent = metric.unit().equals("%");
        String hue = switch (metric) {
            case LOST -> Palette.LOST;
            case DUPLICATED -> Palette.DUPLICATED;
            default -> Palette.MUTED;
        };
        return render(grid, metric.label() + " over " + grid.first().path() + " and " + grid.second().path(),
                s -> s.metric(metric), v -> Format.num(v) + (percent ? "%" : ""), hue);
    }

    /** The expected cost per 1,000 messages over the grid, or null without costs. */
    static String cost(Grid grid) {
        if (grid.points().get(0).scenario().costs() == null) {
            return null;
        }
        return render(grid, "Cost per 1,000 messages over " + grid.first().path() + " and " + grid.second().path(),
                SemanticsSummary::costPer1000, Format::num, Palette.MUTED);
    }

    private static String render(Grid grid, String title, Function<SemanticsSummary, Estimate> estimate,
                                 DoubleFunction<String> label, String hue) {
        List<Semantics> semantics = grid.points().get(0).scenario().semantics();
        List<String> columns = grid.first().values();
        List<String> rows = grid.second().values();
        double max = 0;
        for (var point : grid.points()) {
            for (SemanticsSummary s : point.summaries()) {
                max = Math.max(max, estimate.apply(s).value());
            }
        }
        double widestRow = rows.stream().mapToDouble(r -> Axis.textWidth(r, Axis.FONT)).max().orElse(0);
        double left = 12 + Axis.TITLE_FONT + 14 + widestRow + 8;
        double top = 44;
        // Tall enough for the rotated title of the second key to fit beside the rows.
        double height = Math.max(rows.size() * MIN_ROW, Axis.textWidth(grid.second().path(), Axis.TITLE_FONT) + 12);
        double bottom = top + height;
        double panel = (WIDTH - 16 - left - GAP * (semantics.size() - 1)) / semantics.size();
        double cellW = panel / columns.size();
        double cellH = height / rows.size();
        double legendY = bottom + 14 + Axis.FONT + Axis.TITLE_FONT + 20;
        Svg svg = new Svg(WIDTH, legendY + 24, title);

        for (int k = 0; k < semantics.size(); k++) {
            Semantics s = semantics.get(k);
            double x0 = left + k * (panel + GAP);
            svg.text(x0 + panel / 2, top - 10, s.id(), "text-anchor", "middle", "class", "label",
                    "fill", Palette.of(s), "font-weight", "bold");
            for (int i = 0; i < columns.size(); i++) {
                for (int j = 0; j < rows.size(); j++) {
                    SemanticsSummary sum = grid.at(i, j).summary(s);
                    if (sum == null) {
                        continue;
                    }
                    Estimate e = estimate.apply(sum);
                    int[] rgb = shade(hue, max == 0 ? 0 : e.value() / max);
                    double x = x0 + i * cellW;
                    double y = top + j * cellH;
                    svg.open("rect", "x", x, "y", y, "width", cellW, "height", cellH, "fill", hex(rgb),
                            "stroke", "#FFFFFF", "stroke-width", 1);
                    svg.title(s.id() + ", " + grid.first().path() + " = " + columns.get(i) + ", "
                            + grid.second().path() + " = " + rows.get(j) + ": " + label.apply(e.value()) + " "
                            + Format.interval(Math.max(0, e.lower()), e.upper()));
                    svg.close();
                    String text = label.apply(e.value());
                    if (Axis.textWidth(text, CELL_FONT) <= cellW - 6 && cellH >= CELL_FONT + 4) {
                        svg.text(x + cellW / 2, y + cellH / 2 + CELL_FONT * 0.35, text, "text-anchor", "middle",
                                "font-size", CELL_FONT, "fill", luminance(rgb) > 0.45 ? Palette.INK : "#FFFFFF");
                    }
                }
            }
        }
        bottomAxis(svg, grid.first(), left, panel, cellW, semantics.size(), bottom);
        leftAxis(svg, grid.second(), left, top, cellH, height, widestRow);
        legend(svg, left, legendY, hue, label.apply(0), label.apply(max));
        return svg.build();
    }

    /** The first key's values under every panel's columns, thinned until none touch; one title for all. */
    private static void bottomAxis(Svg svg, Grid.Key key, double left, double panel, double cellW, int panels,
                                   double bottom) {
        int n = key.values().size();
        int stride = stride(n, cellW, i -> Axis.textWidth(key.values().get(i), Axis.FONT));
        svg.open("g", "class", "axis");
        for (int k = 0; k < panels; k++) {
            double x0 = left + k * (panel + GAP);
            for (int i = 0; i < n; i += stride) {
                svg.text(x0 + (i + 0.5) * cellW, bottom + 8 + Axis.FONT, key.values().get(i), "text-anchor", "middle");
            }
        }
        double right = left + panels * panel + (panels - 1) * GAP;
        svg.text((left + right) / 2, bottom + 14 + Axis.FONT + Axis.TITLE_FONT, key.path(), "text-anchor", "middle",
                "class", "axis-title");
        svg.close();
    }

    /** The second key's values beside the first panel's rows, and its title turned upright. */
    private static void leftAxis(Svg svg, Grid.Key key, double left, double top, double cellH, double height,
                                 double widest) {
        int n = key.values().size();
        int stride = stride(n, cellH, j -> Axis.FONT);
        svg.open("g", "class", "axis");
        for (int j = 0; j < n; j += stride) {
            svg.text(left - 8, top + (j + 0.5) * cellH + Axis.FONT * 0.35, key.values().get(j), "text-anchor", "end");
        }
        double tx = left - 14 - widest - Axis.TITLE_FONT * 0.3;
        double ty = top + height / 2;
        svg.text(tx, ty, key.path(), "text-anchor", "middle", "class", "axis-title",
                "transform", "rotate(-90 " + Svg.num(tx) + " " + Svg.num(ty) + ")");
        svg.close();
    }

    /** Which of {@code n} labels, one per cell of {@code cell} units, to draw so that none touch. */
    private static int stride(int n, double cell, IntToDoubleFunction size) {
        double[] centres = new double[n];
        double[] sizes = new double[n];
        for (int i = 0; i < n; i++) {
            centres[i] = (i + 0.5) * cell;
            sizes[i] = size.applyAsDouble(i);
        }
        return Axis.labelStride(centres, sizes);
    }

    /** Five steps of the shading, from zero to the largest value, labelled at both ends. */
    private static void legend(Svg svg, double left, double y, String hue, String low, String high) {
        double x = left + Axis.textWidth(low, Axis.FONT) + 12;
        svg.text(left, y + 10, low, "class", "label");
        for (int i = 0; i < 5; i++) {
            svg.empty("rect", "x", x + i * 22, "y", y, "width", 22, "height", 12, "fill", hex(shade(hue, i / 4.0)));
        }
        svg.text(x + 5 * 22 + 6, y + 10, high + " (largest in any panel)", "class", "label");
    }

    /** The colour {@code t} of the way (0 to 1) from the zero shade to {@code hue}. */
    static int[] shade(String hue, double t) {
        double f = Math.max(0, Math.min(1, t));
        int[] rgb = new int[3];
        for (int c = 0; c < 3; c++) {
            int to = Integer.parseInt(hue.substring(1 + 2 * c, 3 + 2 * c), 16);
            rgb[c] = (int) Math.round(ZERO[c] + (to - ZERO[c]) * f);
        }
        return rgb;
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }

    /** Relative luminance (WCAG), 0 for black to 1 for white: which text colour reads on the shade. */
    private static double luminance(int[] rgb) {
        double l = 0;
        double[] weight = {0.2126, 0.7152, 0.0722};
        for (int c = 0; c < 3; c++) {
            double v = rgb[c] / 255.0;
            l += weight[c] * (v <= 0.04045 ? v / 12.92 : StrictMath.pow((v + 0.055) / 1.055, 2.4));
        }
        return l;
    }
}
