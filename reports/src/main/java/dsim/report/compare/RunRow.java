package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.Study;
import dsim.run.RunResult;
import dsim.sweep.SeedRuns;

import java.io.IOException;

/**
 * One run in the per-seed listings of {@code results.csv} and {@code results.json}.
 *
 * @param variedPath  the study's varied key path, or null without a study
 * @param variedValue the value of that key in this run, as written, or null
 * @param run         the run
 */
record RunRow(String variedPath, String variedValue, RunResult run) {

    /** Where the rows go, one at a time: a file being written. */
    @FunctionalInterface
    interface Sink {
        void row(RunRow row) throws IOException;
    }

    /**
     * Hands {@code sink} the rows of a report, one at a time: with a study, every run of every
     * value (value order, then seed, then semantics); without, every run of the main
     * comparison (seed, then semantics).
     */
    static void each(ReportInput input, Sink sink) throws IOException {
        Study study = input.study();
        if (study == null) {
            each(null, null, input.comparison(), sink);
        } else {
            for (int i = 0; i < study.values().size(); i++) {
                each(study.path(), study.values().get(i), study.points().get(i), sink);
            }
        }
    }

    private static void each(String path, String value, Comparison c, Sink sink) throws IOException {
        for (SeedRuns seed : c.runs()) {
            for (var s : c.scenario().semantics()) {
                RunResult r = seed.of(s);
                if (r != null) {
                    sink.row(new RunRow(path, value, r));
                }
            }
        }
    }
}
