package dsim.cli;

import dsim.check.Hunt;
import dsim.report.part.PartException;
import dsim.report.part.PartHeader;
import dsim.report.part.PartSet;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dsim merge} of a sharded hunt's parts: the hunt's search over the seeds as the parts hold
 * them, in seed order, stopping where the one-machine hunt stops, and its lines, each broken run
 * replayed here to explain it, as the one-machine hunt does.
 *
 * @param set    the parts, checked to be every shard of one sweep
 * @param format text lines, or one JSON object, as hunt --format prints them
 */
record HuntMerge(PartSet set, OutputFormat format) {

    /** Merges and prints the hunt's lines; the exit code. */
    int run(Terminal t, Scenario scenario) throws PartException {
        PartHeader h = set.header();
        List<Semantics> chosen = new ArrayList<>();
        for (String id : set.texts("--semantics")) {
            Semantics s = Semantics.fromId(id);
            if (s == null || !scenario.semantics().contains(s) || chosen.contains(s)) {
                throw new PartException(set.name() + ": --semantics " + id + " is no semantics of the scenario it "
                        + "carries: the part was edited or damaged");
            }
            chosen.add(s);
        }
        // As hunt chose them: a bound over seeds is no run's to break.
        List<Semantics> hunted = chosen.stream().filter(scenario.expect()::containsKey)
                .filter(s -> scenario.expect().get(s).judgesRuns()).toList();
        int max = set.count("--max-failures");
        boolean swarm = set.flag("--swarm");
        if (hunted.isEmpty() || max < 1) {
            throw new PartException(set.name() + ": names nothing to hunt for: the part was edited or damaged");
        }
        // A dry run over the parts first: a seed missing from them shows before any line is printed.
        try (PartSet.Pass pass = set.read()) {
            Hunt.of(scenario, hunted, h.seeds(), max, swarm, pass.point(0, hunted), failure -> { });
            pass.finish(hunted);
        }
        HuntReport report = new HuntReport(t, scenario, h.scenarioFile(), swarm, format);
        report.header(hunted, chosen.stream().filter(s -> !hunted.contains(s)).toList(), h.firstSeed(), h.seeds());
        Hunt.Result result;
        try (PartSet.Pass pass = set.read()) {
            result = Hunt.of(scenario, hunted, h.seeds(), max, swarm, pass.point(0, hunted), report::failure);
        }
        return report.summary(result, hunted, max);
    }
}
