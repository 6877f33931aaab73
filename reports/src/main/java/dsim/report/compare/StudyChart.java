package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.Metric;
import dsim.compare.SemanticsSummary;
import dsim.compare.Study;
import dsim.report.svg.Axis;
import dsim.report.svg.LinearScale;
import dsim.report.svg.Marks;
import dsim.report.svg.Palette;
import dsim.report.svg.Plot;
import dsim.report.svg.Svg;
import dsim.report.svg.Tick;
import dsim.report.svg.Ticks;
import dsim.spec.Semantics;
import dsim.stats.Estimate;
import dsim.scenario.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A metric against the varied value of a study: one line per semantics with its 95% band.
 * Values that all read as durations, probabilities, rates or plain numbers sit at their
 * true positions; anything else is spaced evenly in the order given.
 */
final class StudyChart {

    private StudyChart() {
    }

    static String render(Study study, Metric metric) {
        boolean percent = metric.unit().equals("%");
        return render(study, metric.label() + " against " + study.path(), s -> s.metric(metric),
                metric.isShare(), percent ? "%" : "", metric.label() + (percent ? " (% of messages)" : ""));
    }

    /** The expected cost per 1,000 messages against the value, or null without costs. */
    static String cost(Study study) {
        if (study.points().get(0).scenario().costs() == null) {
            return null;
        }
        return render(study, "Cost per 1,000 messages against " + study.path(), SemanticsSummary::costPer1000, false,
                "", "cost per 1,000 messages");
    }

    /**
     * {@code estimate} of each semantics against the value.
     *
     * @param capped whether the values are shares of messages, which cannot pass 100
     * @param suffix after each tick label, e.g. {@code %}
     */
    private static String render(Study study, String title, Function<SemanticsSummary, Estimate> estimate, boolean capped, String suffix, String yTitle) {
        Plot plot = new Plot(80, 40, OutcomeCharts.WIDTH - 120, 240);
        Svg svg = new Svg(OutcomeCharts.WIDTH, plot.bottom() + 60, title);
        List<Semantics> semantics = study.points().get(0).scenario().semantics();
        int n = study.values().size();
        double[] xs = positions(study.values());
        double max = 0;
        for (Comparison point : study.points()) {
            for (SemanticsSummary s : point.summaries()) {
                max = Math.max(max, Math.max(estimate.apply(s).value(), estimate.apply(s).upper()));
            }
        }
        // Room above the top so a line at the maximum, and one at 0 under the axis, both show.
        LinearScale y = LinearScale.fromZero(Math.max(capped ? Math.min(100, max) : max, 1e-9), plot.bottom(),
                plot.top(), 5);
        double span = xs[n - 1] - xs[0];
        double pad = span == 0 ? 1 : span * 0.04;
        LinearScale x = new LinearScale(xs[0] - pad, xs[n - 1] + pad, plot.left(), plot.right(), 6);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ticks.add(new Tick(xs[i], study.values().get(i)));
        }
        Marks.legend(svg, plot.left(), 20, semantics.stream().map(Semantics::id).toList(),
                semantics.stream().map(Palette::of).toList());
        Axis.left(svg, plot, y, Ticks.labelled(y.ticks(), suffix), yTitle);
        Axis.bottom(svg, plot, x, ticks, study.path());
        for (Semantics s : semantics) {
            double[] lower = series(study, s, e -> Math.max(0, e.lower()), estimate);
            double[] upper = series(study, s, e -> e.upper(), estimate);
            Marks.band(svg, x, y, xs, lower, upper, Palette.of(s));
        }
        // Widest first: semantics with equal values (often all at 0%) show as nested stripes.
        for (int i = 0; i < semantics.size(); i++) {
            Semantics s = semantics.get(i);
            double width = 2 + 2.5 * (semantics.size() - 1 - i);
            Marks.line(svg, x, y, xs, series(study, s, e -> e.value(), estimate), Palette.of(s), width);
        }
        return svg.build();
    }

    private static double[] series(Study study, Semantics s, ToDoubleFunction<Estimate> f,
                                   Function<SemanticsSummary, Estimate> estimate) {
        double[] out = new double[study.points().size()];
        for (int i = 0; i < out.length; i++) {
            SemanticsSummary sum = study.points().get(i).summary(s);
            out[i] = sum == null ? 0 : f.applyAsDouble(estimate.apply(sum));
        }
        return out;
    }

    /**
     * Where each value sits on the x axis: its numeric value if every value parses the same
     * way and they strictly increase, else its index.
     */
    static double[] positions(List<String> values) {
        List<ToDoubleFunction<String>> readers = List.of(
                v -> Units.parseDuration(v), Units::parseProbability, Units::parseRate, Double::parseDouble);
        for (ToDoubleFunction<String> reader : readers) {
            double[] xs = tryAll(values, reader);
            if (xs != null) {
                return xs;
            }
        }
        double[] index = new double[values.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return index;
    }

    private static double[] tryAll(List<String> values, ToDoubleFunction<String> reader) {
        double[] xs = new double[values.size()];
        try {
            for (int i = 0; i < xs.length; i++) {
                xs[i] = reader.applyAsDouble(values.get(i));
                if (!Double.isFinite(xs[i]) || i > 0 && xs[i] <= xs[i - 1]) {
                    return null;
                }
            }
        } catch (IllegalArgumentException e) {
            return null; // not this kind of value (NumberFormatException and UnitsException included)
        }
        return xs;
    }
}
