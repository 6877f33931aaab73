package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.report.svg.Axis;
import dsim.report.svg.LogScale;
import dsim.report.svg.Palette;
import dsim.report.svg.Plot;
import dsim.report.svg.Svg;
import dsim.report.svg.Tick;
import dsim.run.Latency;
import dsim.run.RunResult;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;

import java.util.ArrayList;
import java.util.List;

/**
 * Latency per semantics on a log axis, drawn like a box plot from what each run keeps: its
 * p50, p90, p99, maximum and mean (not every latency, so no full distribution). The box
 * spans p50 to p99 averaged over seeds, a line marks p90, the whisker reaches the slowest
 * message of any seed and a dot marks the mean.
 */
final class LatencyChart {

    private static final double ROW = 64;
    private static final double BOX = 22;

    /**
     * One semantics' latency over seeds, in nanoseconds.
     *
     * @param runs runs that processed at least one message
     */
    record Summary(Semantics semantics, int runs, double p50, double p90, double p99, double max, double mean) {

        static Summary of(Semantics s, List<SeedRuns> seeds) {
            int n = 0;
            double p50 = 0;
            double p90 = 0;
            double p99 = 0;
            double mean = 0;
            double max = 0;
            for (SeedRuns seed : seeds) {
                RunResult r = seed.of(s);
                if (r == null || r.latency().count() == 0) {
                    continue; // nothing processed: no latency to average
                }
                Latency l = r.latency();
                n++;
                p50 += l.p50Nanos();
                p90 += l.p90Nanos();
                p99 += l.p99Nanos();
                mean += l.meanNanos();
                max = Math.max(max, l.maxNanos());
            }
            return n == 0 ? new Summary(s, 0, 0, 0, 0, 0, 0)
                    : new Summary(s, n, p50 / n, p90 / n, p99 / n, max, mean / n);
        }
    }

    private LatencyChart() {
    }

    static String render(Comparison c) {
        List<Summary> rows = new ArrayList<>();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Semantics s : c.scenario().semantics()) {
            Summary sum = Summary.of(s, c.runs());
            rows.add(sum);
            for (double v : new double[] {sum.p50(), sum.mean(), sum.max()}) {
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
        double x50 = x.clamped(s.p50());
        double x90 = x.clamped(s.p90());
        double x99 = x.clamped(s.p99());
        double xMax = x.clamped(s.max());
        svg.empty("line", "x1", x99, "y1", mid, "x2", xMax, "y2", mid, "stroke", Palette.INK, "stroke-width", 1.5);
        svg.empty("line", "x1", xMax, "y1", mid - BOX / 3, "x2", xMax, "y2", mid + BOX / 3, "stroke", Palette.INK,
                "stroke-width", 1.5);
        svg.open("rect", "x", x50, "y", top, "width", Math.max(2, x99 - x50), "height", BOX, "fill", colour,
                "fill-opacity", 0.45, "stroke", colour, "stroke-width", 1.5);
        svg.title("p50 " + Format.duration(s.p50()) + " to p99 " + Format.duration(s.p99())).close();
        svg.empty("line", "x1", x50, "y1", top, "x2", x50, "y2", top + BOX, "stroke", Palette.INK, "stroke-width", 3);
        svg.empty("line", "x1", x90, "y1", top, "x2", x90, "y2", top + BOX, "stroke", Palette.INK, "stroke-width", 1.5,
                "stroke-dasharray", "3 2");
        svg.empty("circle", "cx", x.clamped(s.mean()), "cy", mid, "r", 4, "fill", "#ffffff", "stroke", Palette.INK,
                "stroke-width", 1.5);
        svg.text(plot.left(), top + BOX + 18, "p50 " + Format.duration(s.p50()) + "   \u00b7   p90 "
                + Format.duration(s.p90()) + "   \u00b7   p99 " + Format.duration(s.p99()) + "   \u00b7   max "
                + Format.duration(s.max()) + "   \u00b7   mean " + Format.duration(s.mean())
                + (s.runs() < 2 ? "" : "   (" + s.runs() + " runs)"), "class", "note");
    }
}
