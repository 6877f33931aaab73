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

/** One bar per semantics with its 95% whisker, for a metric such as packets per message. */
final class BarCharts {

    private BarCharts() {
    }

    /** Bars of {@code metric}'s mean per semantics, from zero, labelled with the value. */
    static String of(Comparison c, Metric metric, String title, String yTitle) {
        List<SemanticsSummary> sums = c.summaries();
        Plot plot = new Plot(80, 20, OutcomeCharts.WIDTH - 110, 220);
        Svg svg = new Svg(OutcomeCharts.WIDTH, plot.bottom() + 50, title);
        double max = 0;
        for (SemanticsSummary s : sums) {
            max = Math.max(max, Math.max(s.metric(metric).value(), s.metric(metric).upper()));
        }
        // Room above the tallest bar for its label.
        LinearScale y = LinearScale.fromZero(max * 1.12, plot.bottom(), plot.top(), 5);
        Axis.left(svg, plot, y, Ticks.labelled(y.ticks(), ""), yTitle);
        Axis.categories(svg, plot, sums.stream().map(s -> s.semantics().id()).toList(), "semantics");
        double band = plot.width() / sums.size();
        for (int i = 0; i < sums.size(); i++) {
            SemanticsSummary s = sums.get(i);
            Estimate e = s.metric(metric);
            double centre = plot.left() + band * (i + 0.5);
            Marks.barWithWhisker(svg, y, centre, Math.min(90, band * 0.5), e.value(), Math.max(0, e.lower()), e.upper(),
                    Palette.of(s.semantics()));
            svg.text(centre, y.clamped(Math.max(e.value(), e.upper())) - 6, Format.value(metric, e.value()),
                    "text-anchor", "middle", "class", "value");
        }
        return svg.build();
    }
}
