package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.report.svg.Axis;
import dsim.report.svg.LinearScale;
import dsim.report.svg.LogScale;
import dsim.report.svg.Marks;
import dsim.report.svg.Palette;
import dsim.report.svg.Plot;
import dsim.report.svg.Svg;
import dsim.report.svg.Tick;
import dsim.report.svg.Ticks;
import dsim.run.LatencyHistogram;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;

import java.util.ArrayList;
import java.util.List;

/**
 * The latency distribution per semantics as a CDF: the share of produced messages first
 * processed within each time, from the histogram the comparison pooled over all seeds.
 * Measured against produced messages, so a curve that levels off below 100% shows the lost ones.
 */
final class LatencyCdfChart {

    private static final double HEIGHT = 300;

    private LatencyCdfChart() {
    }

    /** One semantics' pooled histogram and how many messages were produced in all. */
    private record Pooled(Semantics semantics, LatencyHistogram histogram, long produced) {

        static Pooled of(Semantics s, Comparison c) {
            long produced = 0;
            for (SeedRuns seed : c.runs()) {
                produced += seed.of(s).produced();
            }
            return new Pooled(s, c.summary(s).latency(), produced);
        }
    }

    static String render(Comparison c) {
        List<Pooled> rows = new ArrayList<>();
        int first = LatencyHistogram.BUCKETS;
        int last = -1;
        for (Semantics s : c.scenario().semantics()) {
            Pooled p = Pooled.of(s, c);
            rows.add(p);
            for (int i = 0; i < LatencyHistogram.BUCKETS; i++) {
                if (p.histogram().count(i) > 0) {
                    first = Math.min(first, i);
                    last = Math.max(last, i);
                }
            }
        }
        Plot plot = new Plot(70, 36, OutcomeCharts.WIDTH - 100, HEIGHT);
        Svg svg = new Svg(OutcomeCharts.WIDTH, plot.bottom() + 50, "Share of messages processed within a time");
        if (last < 0) {
            svg.text(OutcomeCharts.WIDTH / 2, plot.top() + HEIGHT / 2,
                    "no message was processed, so there is no latency to show", "text-anchor", "middle", "class", "note");
            return svg.build();
        }
        double lo = LatencyHistogram.upperNanos(Math.max(first - 1, 0));
        double hi = LatencyHistogram.upperNanos(last);
        LogScale x = LogScale.covering(lo, hi, plot.left(), plot.right());
        LinearScale y = new LinearScale(0, 100, plot.bottom(), plot.top(), 5);
        List<Tick> xTicks = new ArrayList<>();
        for (double t : x.ticks()) {
            xTicks.add(new Tick(t, Format.duration(t)));
        }
        Axis.bottom(svg, plot, x, xTicks, "time from creation to first processing (log scale)");
        Axis.left(svg, plot, y, Ticks.labelled(y.ticks(), "%"), "% of produced messages");
        List<String> labels = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Pooled p = rows.get(i);
            // Curves often coincide: draw each narrower than the one before, so all stay visible.
            curve(svg, x, y, p, first, last, 2.5 + 3.0 * (rows.size() - 1 - i));
            labels.add(p.semantics().id());
            colours.add(Palette.of(p.semantics()));
        }
        Marks.legend(svg, plot.left(), 16, labels, colours);
        return svg.build();
    }

    private static void curve(Svg svg, LogScale x, LinearScale y, Pooled p, int first, int last, double width) {
        if (p.produced() == 0) {
            return;
        }
        int n = last - first + 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        xs[0] = LatencyHistogram.upperNanos(Math.max(first - 1, 0));
        ys[0] = 0;
        long cumulative = 0;
        for (int i = first; i <= last; i++) {
            cumulative += p.histogram().count(i);
            xs[i - first + 1] = LatencyHistogram.upperNanos(i);
            ys[i - first + 1] = 100.0 * cumulative / p.produced();
        }
        Marks.step(svg, x, y, xs, ys, Palette.of(p.semantics()), width);
    }
}
