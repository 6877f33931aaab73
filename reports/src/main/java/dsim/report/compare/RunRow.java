package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.Study;
import dsim.run.RunResult;
import dsim.sweep.SeedRuns;

import java.util.ArrayList;
import java.util.List;

/**
 * One run in the per-seed listings of {@code results.csv} and {@code results.json}.
 *
 * @param variedPath  the study's varied key path, or null without a study
 * @param variedValue the value of that key in this run, as written, or null
 * @param run         the run
 */
record RunRow(String variedPath, String variedValue, RunResult run) {

    /**
     * The rows of a report: with a study, every run of every value (value order, then seed,
     * then semantics); without, every run of the main comparison (seed, then semantics).
     */
    static List<RunRow> of(ReportInput input) {
        List<RunRow> rows = new ArrayList<>();
        Study study = input.study();
        if (study == null) {
            add(rows, null, null, input.comparison());
        } else {
            for (int i = 0; i < study.values().size(); i++) {
                add(rows, study.path(), study.values().get(i), study.points().get(i));
            }
        }
        return rows;
    }

    private static void add(List<RunRow> rows, String path, String value, Comparison c) {
        for (SeedRuns seed : c.runs()) {
            for (var s : c.scenario().semantics()) {
                RunResult r = seed.of(s);
                if (r != null) {
                    rows.add(new RunRow(path, value, r));
                }
            }
        }
    }
}
