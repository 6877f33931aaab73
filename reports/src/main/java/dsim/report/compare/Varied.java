package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.Grid;
import dsim.compare.Metric;
import dsim.compare.SemanticsSummary;
import dsim.compare.Study;
import dsim.spec.Semantics;
import dsim.stats.Estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A study or a grid as its tables and per-run listings read it: the varied key paths, then
 * one point per value (or pair of values) in the order they ran.
 *
 * @param paths  the varied key paths, one or two
 * @param points the points, in order
 */
record Varied(List<String> paths, List<Point> points) {

    /**
     * One comparison of a study or grid.
     *
     * @param values the value of each varied key, as written, in the order of {@code paths}
     */
    record Point(List<String> values, Comparison comparison) {
    }

    /** What {@code input} varied, or null if it is a plain comparison. */
    static Varied of(ReportInput input) {
        if (input.study() != null) {
            return of(input.study());
        }
        return input.grid() == null ? null : of(input.grid());
    }

    static Varied of(Study study) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < study.values().size(); i++) {
            points.add(new Point(List.of(study.values().get(i)), study.points().get(i)));
        }
        return new Varied(List.of(study.path()), points);
    }

    static Varied of(Grid grid) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < grid.first().values().size(); i++) {
            for (int j = 0; j < grid.second().values().size(); j++) {
                points.add(new Point(List.of(grid.first().values().get(i), grid.second().values().get(j)),
                        grid.at(i, j)));
            }
        }
        return new Varied(List.of(grid.first().path(), grid.second().path()), points);
    }

    /** The semantics every point compares, in report order. */
    List<Semantics> semantics() {
        return points.get(0).comparison().scenario().semantics();
    }

    /** The header of the study's table: the paths, then each semantics' lost and duplicated. */
    List<String> header() {
        List<String> header = new ArrayList<>(paths);
        for (Semantics s : semantics()) {
            header.add(s.id() + " lost");
            header.add(s.id() + " duplicated");
        }
        return header;
    }

    /** The rows under {@link #header()}, one per point, each estimate written by {@code cell}. */
    List<List<String>> rows(BiFunction<Metric, Estimate, String> cell) {
        List<List<String>> rows = new ArrayList<>();
        for (Point p : points) {
            List<String> row = new ArrayList<>(p.values());
            for (Semantics s : semantics()) {
                SemanticsSummary sum = p.comparison().summary(s);
                row.add(sum == null ? "" : cell.apply(Metric.LOST, sum.metric(Metric.LOST)));
                row.add(sum == null ? "" : cell.apply(Metric.DUPLICATED, sum.metric(Metric.DUPLICATED)));
            }
            rows.add(row);
        }
        return rows;
    }
}
