package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.SemanticsSummary;
import dsim.report.svg.Axis;
import dsim.report.svg.LinearScale;
import dsim.report.svg.Marks;
import dsim.report.svg.Palette;
import dsim.report.svg.Plot;
import dsim.report.svg.Svg;
import dsim.report.svg.Tick;
import dsim.report.svg.Ticks;
import dsim.run.Timeline;
import dsim.spec.LinkOverride;
import dsim.spec.OutageSpec;
import dsim.text.Durations;
import java.util.ArrayList;
import java.util.List;

/**
 * Where in the run the losses and duplicates happen: per semantics, of the messages created
 * in each stretch of the run, pooled over every seed, the share lost (vermillion) and the
 * share processed more than once (blue), with the scenario's link outages shaded across all
 * panels, and grey where nodes crashed (darker where more crashes fell, over all seeds).
 * Shares, not counts, so a small loss shows.
 */
final class TimelineChart {

    private static final double PANEL = 90;
    private static final double GAP = 44;

    private TimelineChart() {
    }

    static String render(Comparison c) {
        List<SemanticsSummary> sums = c.summaries();
        Timeline first = sums.get(0).timeline();
        double top = 44;
        double height = top + sums.size() * (PANEL + GAP) + 40;
        Svg svg = new Svg(OutcomeCharts.WIDTH, height, "Messages by creation time, and how they ended");
        Marks.legend(svg, 80, 20, List.of("lost", "duplicated"), List.of(Palette.LOST, Palette.DUPLICATED));
        double max = 0;
        int last = -1;
        for (SemanticsSummary s : sums) {
            Timeline t = s.timeline();
            for (int i = 0; i < Timeline.BUCKETS; i++) {
                if (t.created()[i] > 0) {
                    last = Math.max(last, i);
                    max = Math.max(max, 100.0 * Math.max(t.lost()[i], t.duplicated()[i]) / t.created()[i]);
                }
            }
        }
        if (last < 0) {
            svg.text(OutcomeCharts.WIDTH / 2.0, height / 2, "no message was created", "text-anchor", "middle",
                    "class", "note");
            return svg.build();
        }
        double span = (double) first.bucketNanos() * (last + 1);
        for (int p = 0; p < sums.size(); p++) {
            Plot plot = new Plot(80, top + 16 + p * (PANEL + GAP), OutcomeCharts.WIDTH - 110, PANEL);
            LinearScale x = new LinearScale(0, span, plot.left(), plot.right(), 6);
            LinearScale y = LinearScale.fromZero(Math.max(1, Math.min(100, max)), plot.bottom(), plot.top(), 2);
            outages(svg, c, x, plot);
            crashes(svg, sums.get(p).timeline(), x, plot, last);
            Axis.left(svg, plot, y, Ticks.labelled(y.ticks(), "%"), "% of them");
            svg.text(plot.left(), plot.top() - 8, sums.get(p).semantics().id() + ": of the messages created then",
                    "class", "label");
            bars(svg, sums.get(p).timeline(), x, y, last);
            if (p == sums.size() - 1) {
                List<Tick> ticks = new ArrayList<>();
                for (double t : x.ticks()) {
                    ticks.add(new Tick(t, t == 0 ? "0s" : Durations.compact(Math.round(t))));
                }
                Axis.bottom(svg, plot, x, ticks, "time the messages were created");
            } else {
                svg.empty("line", "x1", plot.left(), "y1", plot.bottom(), "x2", plot.right(), "y2", plot.bottom(),
                        "stroke", Palette.INK);
            }
        }
        return svg.build();
    }

    private static void bars(Svg svg, Timeline t, LinearScale x, LinearScale y, int last) {
        double w = t.bucketNanos();
        for (int i = 0; i <= last; i++) {
            if (t.created()[i] == 0) {
                continue;
            }
            double x0 = x.apply(i * w) + 0.5;
            double half = Math.max(0.5, (x.apply((i + 1) * w) - x.apply(i * w) - 1) / 2);
            bar(svg, x0, half, y, 100.0 * t.lost()[i] / t.created()[i], Palette.LOST);
            bar(svg, x0 + half, half, y, 100.0 * t.duplicated()[i] / t.created()[i], Palette.DUPLICATED);
        }
    }

    private static void bar(Svg svg, double x0, double width, LinearScale y, double percent, String colour) {
        if (percent <= 0) {
            return;
        }
        double top = y.clamped(percent);
        svg.empty("rect", "x", x0, "y", top, "width", width, "height", Math.max(0.5, y.apply(0) - top),
                "fill", colour);
    }

    /** Grey where crashes fell, darker where more did: the crashes of every seed, pooled. */
    private static void crashes(Svg svg, Timeline t, LinearScale x, Plot plot, int last) {
        long most = 0;
        for (int i = 0; i <= last; i++) {
            most = Math.max(most, t.crashes()[i]);
        }
        double w = t.bucketNanos();
        for (int i = 0; i <= last && most > 0; i++) {
            if (t.crashes()[i] > 0) {
                double x0 = x.apply(i * w);
                svg.empty("rect", "x", x0, "y", plot.top(), "width", Math.max(0.5, x.apply((i + 1) * w) - x0),
                        "height", plot.height(), "fill", Palette.INK,
                        "fill-opacity", 0.04 + 0.14 * t.crashes()[i] / most);
            }
        }
    }

    /** The scenario's outage windows, shaded: the same in every seed. */
    private static void outages(Svg svg, Comparison c, LinearScale x, Plot plot) {
        List<OutageSpec> all = new ArrayList<>(c.scenario().network().defaultLink().outages());
        for (LinkOverride o : c.scenario().network().links()) {
            all.addAll(o.link().outages());
        }
        for (OutageSpec o : all) {
            double x0 = x.clamped(o.startNanos());
            double x1 = x.clamped(o.endNanos());
            if (x1 > x0) {
                svg.empty("rect", "x", x0, "y", plot.top(), "width", x1 - x0, "height", plot.height(),
                        "fill", Palette.LOST, "fill-opacity", 0.08);
            }
        }
    }
}
