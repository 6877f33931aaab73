package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.Metric;
import dsim.compare.SemanticsSummary;
import dsim.report.svg.Axis;
import dsim.report.svg.LinearScale;
import dsim.report.svg.Marks;
import dsim.report.svg.Palette;
import dsim.report.svg.Plot;
import dsim.report.svg.Svg;
import dsim.report.svg.Ticks;
import dsim.stats.Estimate;

import java.util.List;

/** What happened to the messages: a stacked bar of all outcomes per semantics, and a zoom on the rare ones. */
final class OutcomeCharts {

    static final double WIDTH = 900;
    private static final double ROW = 70;
    private static final double BAR = 24;
    private static final List<String> OUTCOMES = List.of("lost", "processed once", "duplicated");
    private static final List<String> OUTCOME_COLOURS = List.of(Palette.LOST, Palette.ONCE, Palette.DUPLICATED);

    private OutcomeCharts() {
    }

    /** One horizontal bar per semantics splitting 100% of produced messages into lost, once and duplicated. */
    static String stacked(Comparison c) {
        List<SemanticsSummary> sums = c.summaries();
        Plot plot = new Plot(130, 40, WIDTH - 160, ROW * sums.size());
        Svg svg = new Svg(WIDTH, plot.bottom() + 50, "Outcome of every message, per semantics");
        LinearScale x = new LinearScale(0, 100, plot.left(), plot.right(), 10);
        Marks.legend(svg, plot.left(), 20, OUTCOMES, OUTCOME_COLOURS);
        Axis.bottom(svg, plot, x, Ticks.labelled(x.ticks(), "%"), "share of produced messages (%)");
        for (int i = 0; i < sums.size(); i++) {
            SemanticsSummary s = sums.get(i);
            Estimate lost = s.metric(Metric.LOST);
            Estimate once = s.metric(Metric.PROCESSED_ONCE);
            Estimate dup = s.metric(Metric.DUPLICATED);
            double top = plot.top() + i * ROW + 8;
            double mid = top + BAR / 2;
            svg.text(plot.left() - 10, mid + 4, s.semantics().id(), "text-anchor", "end", "class", "label");
            Marks.stackedBar(svg, x, top, BAR, List.of(
                    new Marks.Segment(lost.value(), Palette.LOST, "lost " + Format.percent(lost.value())),
                    new Marks.Segment(once.value(), Palette.ONCE, "processed once " + Format.percent(once.value())),
                    new Marks.Segment(dup.value(), Palette.DUPLICATED, "duplicated " + Format.percent(dup.value()))));
            if (lost.upper() > lost.lower()) {
                Marks.whiskerHorizontal(svg, x, mid, lost.lower(), lost.upper(), BAR * 0.6);
            }
            if (dup.upper() > dup.lower()) {
                Marks.whiskerHorizontal(svg, x, mid, 100 - dup.upper(), 100 - dup.lower(), BAR * 0.6);
            }
            svg.text(plot.left(), top + BAR + 18, "lost " + Format.shareOrNone(Metric.LOST, lost)
                    + "   \u00b7   processed once " + Format.percent(once.value())
                    + "   \u00b7   duplicated " + Format.shareOrNone(Metric.DUPLICATED, dup), "class", "note");
        }
        return svg.build();
    }

    /** Lost and duplicated per semantics as bars with 95% whiskers, on an axis scaled to them. */
    static String zoomed(Comparison c) {
        List<SemanticsSummary> sums = c.summaries();
        Plot plot = new Plot(80, 40, WIDTH - 110, 240);
        Svg svg = new Svg(WIDTH, plot.bottom() + 60, "Lost and duplicated messages, per semantics");
        double max = 0;
        for (SemanticsSummary s : sums) {
            max = Math.max(max, Math.max(s.metric(Metric.LOST).upper(), s.metric(Metric.DUPLICATED).upper()));
        }
        LinearScale y = LinearScale.fromZero(Math.min(100, max), plot.bottom(), plot.top(), 5);
        Marks.legend(svg, plot.left(), 20, List.of("lost", "duplicated"), List.of(Palette.LOST, Palette.DUPLICATED));
        Axis.left(svg, plot, y, Ticks.labelled(y.ticks(), "%"), "% of produced messages");
        Axis.categories(svg, plot, sums.stream().map(s -> s.semantics().id()).toList(), "semantics");
        double band = plot.width() / sums.size();
        for (int i = 0; i < sums.size(); i++) {
            SemanticsSummary s = sums.get(i);
            double centre = plot.left() + band * (i + 0.5);
            bar(svg, y, centre - 24, s.metric(Metric.LOST), Palette.LOST);
            bar(svg, y, centre + 24, s.metric(Metric.DUPLICATED), Palette.DUPLICATED);
        }
        if (max == 0) {
            svg.text(plot.left() + plot.width() / 2, plot.top() + plot.height() / 2,
                    "no message was lost or duplicated in any seed", "text-anchor", "middle", "class", "note");
        }
        return svg.build();
    }

    private static void bar(Svg svg, LinearScale y, double x, Estimate e, String colour) {
        double lower = Math.max(0, e.lower());
        Marks.barWithWhisker(svg, y, x, 40, e.value(), lower, e.upper(), colour);
        double top = y.clamped(Math.max(e.value(), e.upper()));
        svg.text(x, top - 6, Format.percent(e.value()), "text-anchor", "middle", "class", "value");
    }
}
