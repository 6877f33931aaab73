package dsim.report.compare;

import dsim.compare.Comparison;
import dsim.compare.Grid;
import dsim.compare.Study;

import java.util.List;
import java.util.Objects;

/**
 * Everything a compare report shows.
 *
 * @param comparison the comparison of the scenario as written
 * @param study      the parameter study, or null unless {@code --vary} was given once
 * @param grid       the two-way study, or null unless {@code --vary} was given twice
 * @param command    the exact command line that reproduces the report, e.g.
 *                   {@code dsim compare scenarios/password-reset.yaml --seeds 100 --seed 1}
 * @param version    the dsim version, e.g. {@code 0.1.0}
 * @param replays    messages whose stories the report draws, in order; may be empty
 */
public record ReportInput(Comparison comparison, Study study, Grid grid, String command, String version,
                          List<ReplayFigure> replays) {

    public ReportInput {
        Objects.requireNonNull(comparison, "comparison");
        if (study != null && grid != null) {
            throw new IllegalArgumentException("a report shows a study or a grid, not both");
        }
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(version, "version");
        replays = List.copyOf(replays);
    }

    /** A report without drawn stories. */
    public ReportInput(Comparison comparison, Study study, String command, String version) {
        this(comparison, study, null, command, version, List.of());
    }
}
