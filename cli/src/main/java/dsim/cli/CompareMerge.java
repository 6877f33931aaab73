package dsim.cli;

import dsim.compare.Comparison;
import dsim.compare.Comparisons;
import dsim.compare.Grid;
import dsim.compare.KeptSeeds;
import dsim.compare.Study;
import dsim.report.part.PartException;
import dsim.report.part.PartHeader;
import dsim.report.part.PartSet;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioOverride;
import dsim.spec.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dsim merge} of a sharded compare's parts: every scenario the compare swept (the file's,
 * then each --vary value's) summarised from its seeds as the parts hold them, by the summary a
 * one-machine compare makes of its sweep, then the same report files and summary.
 *
 * @param set   the parts, checked to be every shard of one sweep
 * @param text  the scenario file's bytes, as the parts carry them
 * @param out   --out, or null for compare's default
 * @param force --force
 */
record CompareMerge(PartSet set, byte[] text, Path out, boolean force) {

    /** Merges, writes the report and prints the summary; the exit code. */
    int run(Terminal t, Scenario scenario) throws PartException {
        PartHeader h = set.header();
        VaryKeys keys;
        try {
            keys = VaryKeys.parse(set.texts("--vary"));
        } catch (ScenarioException e) {
            e.problems().forEach(t.err()::println);
            return ExitCode.USAGE;
        }
        String refused = keys.refusal();
        List<Scenario> variants = new ArrayList<>();
        for (List<ScenarioOverride> combination : refused != null ? List.<List<ScenarioOverride>>of()
                : keys.combinations()) {
            Scenario variant = Scenarios.parseOrReport(h.scenarioFile(), text, combination, t.err());
            if (variant == null) {
                return ExitCode.USAGE;
            }
            variants.add(variant);
        }
        if (refused != null || 1 + variants.size() != h.points()) {
            t.err().println("dsim merge: " + set.name() + ": its --vary options make " + (1 + variants.size())
                    + " scenarios, and it holds seeds of " + h.points() + ": the part was edited or damaged");
            return ExitCode.USAGE;
        }
        Path outDir = out != null ? out : Path.of("out", scenario.name());
        String refusal = OutputFolder.refusal(outDir, CompareCommand.REPORT_FILES, force);
        if (refusal != null) {
            t.err().println("dsim merge: " + refusal);
            return ExitCode.USAGE;
        }
        List<Scenario> swept = new ArrayList<>(List.of(scenario));
        swept.addAll(variants);
        long kept = swept.stream().mapToLong(s -> KeptSeeds.bytes(s, h.seeds())).sum();
        Path file = Path.of(h.scenarioFile());
        if (HeapCheck.workers(swept, file, 1, (long) h.seeds() * swept.size(), kept, Runtime.getRuntime().maxMemory(),
                t.err()) == 0) {
            return ExitCode.USAGE;
        }
        try (OutputLock lock = OutputLock.claim(outDir)) {
            Comparison comparison;
            List<Comparison> points = new ArrayList<>();
            try (PartSet.Pass pass = set.read()) {
                comparison = Comparisons.of(scenario, h.firstSeed(), h.seeds(), pass.point(0, scenario.semantics()));
                for (int i = 0; i < variants.size(); i++) {
                    Scenario v = variants.get(i);
                    points.add(Comparisons.of(v, h.firstSeed(), h.seeds(), pass.point(i + 1, v.semantics())));
                }
                pass.finish(List.of());
            }
            Study study = keys.size() == 1 ? new Study(keys.key(0).path(), keys.key(0).values(), points) : null;
            Grid grid = keys.size() == 2 ? new Grid(keys.key(0), keys.key(1), points) : null;
            String command = CompareCommand.command(h.scenarioFile(), h.seeds(), h.firstSeed(), set.texts("--vary"));
            return new CompareOutput("dsim merge", h.scenarioFile(), command, outDir).write(t, comparison, study, grid);
        } catch (OutputLock.Refusal r) {
            t.err().println("dsim merge: " + r.getMessage());
            return ExitCode.USAGE;
        }
    }
}
