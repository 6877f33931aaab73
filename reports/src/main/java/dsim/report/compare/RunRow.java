package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.run.RunResult;
import dsim.sweep.SeedRuns;

import java.io.IOException;
import java.util.List;

/**
 * One run in the per-seed listings of {@code results.csv} and {@code results.json}.
 *
 * @param variedPath   the varied key path of a study, or the first of a grid; null without either
 * @param variedValue  the value of that key in this run, as written, or null
 * @param variedPath2  the second varied key path of a grid, or null
 * @param variedValue2 the value of that key in this run, or null
 * @param run          the run
 */
record RunRow(String variedPath, String variedValue, String variedPath2, String variedValue2, RunResult run) {

    /** Where the rows go, one at a time: a file being written. */
    @FunctionalInterface
    interface Sink {
        void row(RunRow row) throws IOException;
    }

    /**
     * Hands {@code sink} the rows of a report, one at a time: with a study or grid, every run
     * of every value or pair (in the order they ran, then seed, then semantics); without,
     * every run of the main comparison (seed, then semantics).
     */
    static void each(ReportInput input, Sink sink) throws IOException {
        Varied varied = Varied.of(input);
        if (varied == null) {
            each(List.of(), List.of(), input.comparison(), sink);
            return;
        }
        for (Varied.Point p : varied.points()) {
            each(varied.paths(), p.values(), p.comparison(), sink);
        }
    }

    private static void each(List<String> paths, List<String> values, Comparison c, Sink sink) throws IOException {
        String path = paths.isEmpty() ? null : paths.get(0);
        String value = values.isEmpty() ? null : values.get(0);
        String path2 = paths.size() < 2 ? null : paths.get(1);
        String value2 = values.size() < 2 ? null : values.get(1);
        for (SeedRuns seed : c.runs()) {
            for (var s : c.scenario().semantics()) {
                RunResult r = seed.of(s);
                if (r != null) {
                    sink.row(new RunRow(path, value, path2, value2, r));
                }
            }
        }
    }
}
