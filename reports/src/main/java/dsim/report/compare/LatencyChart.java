package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.SemanticsSummary;
import dsim.report.svg.Axis;
import dsim.report.svg.LogScale;
import dsim.report.svg.Palette;
import dsim.report.svg.Plot;
import dsim.report.svg.Svg;
import dsim.report.svg.Tick;
import dsim.run.Latency;
import dsim.run.LatencyHistogram;
import dsim.run.RunResult;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;

import java.util.ArrayList;
import java.util.List;

/**
 * Latency per semantics on a log axis, a box plot of every processed message of every seed
 * pooled (the data of the latency distribution above it): the box holds the middle half
 * (p25 to p75) with the median as a thick line, the whiskers reach p10 and p90, a diamond
 * marks p99, a bar the slowest message of any seed, and a dot the mean.
 */
final class LatencyChart {

    private static final double ROW = 64;
    private static final double BOX = 22;

    /**
     * One semantics' pooled latency, in nanoseconds.
     *
     * @param runs runs that processed at least one message
     */
    record Summary(Semantics semantics, int runs, double p10, double p25, double p50, double p75, double p90,
                   double p99, double max, double mean) {

        static Summary of(SemanticsSummary pooled, List<SeedRuns> seeds) {
            Semantics s = pooled.semantics();
            int n = 0;
            long count = 0;
            double sum = 0;
            double max = 0;
            for (SeedRuns seed : seeds) {
                RunResult r = seed.of(s);
                if (r == null || r.latency().count() == 0) {
                    continue;
                }
                Latency l = r.latency();
                n++;
                count += l.count();
                sum += (double) l.meanNanos() * l.count();
                max = Math.max(max, l.maxNanos());
            }
            LatencyHistogram h = pooled.latency();
            if (n == 0 || h.total() == 0) {
                return new Summary(s, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            }
            return new Summary(s, n, h.quantileNanos(0.10), h.quantileNanos(0.25), h.quantileNanos(0.50),
                    h.quantileNanos(0.75), h.quantileNanos(0.90), h.quantileNanos(0.99), max, sum / count);
        }
    }

    private LatencyChart() {
    }

    static String render(Comparison c) {
        List<Summary> rows = new ArrayList<>();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (SemanticsSummary pooled : c.summaries()) {
            Summary sum = Summary.of(pooled, c.runs());
            rows.add(sum);
            for (double v : new double[] {sum.p10(), sum.mean(), sum.max()}) {
                if (v > 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        Plot plot = new Plot(130, 16, OutcomeCharts.WIDTH - 160, ROW * rows.size());
        Svg svg = new Svg(OutcomeCharts.WIDTH, plot.bottom() + 50, "Latency from creation to first processing");
        if (hi == 0) {
            svg.text(OutcomeCharts.WIDTH / 2, plot.top() + plot.height() / 2,
                    "no message was processed, so there is no latency to show", "text-anchor", "middle", "class", "note");
            return svg.build();
        }
        LogScale x = LogScale.covering(lo, hi, plot.left(), plot.right());
        List<Tick> ticks = new ArrayList<>();
        for (double t : x.ticks()) {
            ticks.add(new Tick(t, Format.duration(t)));
        }
        Axis.bottom(svg, plot, x, ticks, "latency (log scale)");
        for (int i = 0; i < rows.size(); i++) {
            row(svg, x, plot, i, rows.get(i));
        }
        return svg.build();
    }

    private static void row(Svg svg, LogScale x, Plot plot, int i, Summary s) {
        double top = plot.top() + i * ROW + 8;
        double mid = top + BOX / 2;
        svg.text(plot.left() - 10, mid + 4, s.semantics().id(), "text-anchor", "end", "class", "label");
        if (s.runs() == 0) {
            svg.text(plot.left() + 8, mid + 4, "no message processed", "class", "note");
            return;
        }
        String colour = Palette.of(s.semantics());
        double x10 = x.clamped(s.p10());
        double x25 = x.clamped(s.p25());
        double x50 = x.clamped(s.p50());
        double x75 = x.clamped(s.p75());
        double x90 = x.clamped(s.p90());
        double x99 = x.clamped(s.p99());
        double xMax = x.clamped(s.max());
        // Whiskers p10 to p90 with caps; past p90 a thin line on to the slowest message.
        svg.empty("line", "x1", x90, "y1", mid, "x2", xMax, "y2", mid, "stroke", Palette.INK, "stroke-width", 0.75,
                "stroke-dasharray", "2 2");
        svg.empty("line", "x1", x10, "y1", mid, "x2", x90, "y2", mid, "stroke", Palette.INK, "stroke-width", 1.5);
        for (double cap : new double[] {x10, x90}) {
            svg.empty("line", "x1", cap, "y1", mid - BOX / 4, "x2", cap, "y2", mid + BOX / 4, "stroke", Palette.INK,
                    "stroke-width", 1.5);
        }
        svg.empty("line", "x1", xMax, "y1", mid - BOX / 3, "x2", xMax, "y2", mid + BOX / 3, "stroke", Palette.INK,
                "stroke-width", 1.5);
        svg.open("rect", "x", x25, "y", top, "width", Math.max(2, x75 - x25), "height", BOX, "fill", colour,
                "fill-opacity", 0.45, "stroke", colour, "stroke-width", 1.5);
        svg.title("middle half: p25 " + Format.duration(s.p25()) + " to p75 " + Format.duration(s.p75())).close();
        svg.empty("line", "x1", x50, "y1", top, "x2", x50, "y2", top + BOX, "stroke", Palette.INK, "stroke-width", 3);
        double d = 5;
        svg.empty("polygon", "points", (x99 - d) + "," + mid + " " + x99 + "," + (mid - d) + " " + (x99 + d) + ","
                + mid + " " + x99 + "," + (mid + d), "fill", Palette.INK);
        svg.empty("circle", "cx", x.clamped(s.mean()), "cy", mid, "r", 4, "fill", "#ffffff", "stroke", Palette.INK,
                "stroke-width", 1.5);
        svg.text(plot.left(), top + BOX + 18, "p50 " + Format.duration(s.p50()) + "   \u00b7   p90 "
                + Format.duration(s.p90()) + "   \u00b7   p99 " + Format.duration(s.p99()) + "   \u00b7   max "
                + Format.duration(s.max()) + "   \u00b7   mean " + Format.duration(s.mean())
                + (s.runs() < 2 ? "" : "   (" + s.runs() + " runs pooled)"), "class", "note");
    }
}
