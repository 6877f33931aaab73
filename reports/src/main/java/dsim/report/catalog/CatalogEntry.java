package dsim.report.catalog;

import dsim.run.RunResult;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import java.util.List;

/**
 * One scenario as the catalog shows it: its runs on its own seed and, for a lesson that
 * compares two settings, the runs of the other side.
 *
 * @param file         the file name, e.g. {@code orders.yaml}
 * @param scenario     the scenario as the file says it
 * @param runs         one run per semantics of the scenario, on its seed, in its order
 * @param huntTargets  the semantics whose expectations the scenario means to break now and then
 * @param contrast     the other side of its lesson, or null
 * @param contrastRuns the runs of the other side on the same seed (empty without a contrast)
 */
public record CatalogEntry(String file, Scenario scenario, List<RunResult> runs, List<Semantics> huntTargets,
                           Contrast contrast, List<RunResult> contrastRuns) {

    public CatalogEntry {
        runs = List.copyOf(runs);
        huntTargets = List.copyOf(huntTargets);
        contrastRuns = List.copyOf(contrastRuns);
    }

    /** The file name without {@code .yaml}: the section's heading and anchor. */
    public String baseName() {
        return file.endsWith(".yaml") ? file.substring(0, file.length() - ".yaml".length()) : file;
    }
}
