package dsim.cli;

import dsim.report.ShellWords;
import dsim.report.catalog.CatalogEntry;
import dsim.report.catalog.CatalogMarkdown;
import dsim.report.catalog.Contrast;
import dsim.report.catalog.Shelf;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.text.Echo;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dsim catalog DIR}: the index of a folder of scenarios, with the figures each gives on its seed, as Markdown. */
@Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a Markdown index of the scenarios in DIR: the claim each proves, the commands to run "
                + "it and the figures it gives on its own seed. The bundled index is made with: "
                + CatalogMarkdown.REGENERATE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad input or usage (nothing is printed)",
            "3:some run hit a limit before it finished, or the heap ran out", "70:internal error",
            "74:the index could not be written to standard output (e.g. a full disk)"})
final class CatalogCommand implements Callable<Integer>, Reproducible {

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder of scenario files (*.yaml).")
    private Path dir;

    private String current;

    @Override
    public Integer call() throws IOException {
        Terminal t = main.terminal();
        if (!Files.isDirectory(dir)) {
            t.err().println("dsim catalog: " + Echo.of(dir) + ": not a folder of scenario files");
            return ExitCode.USAGE;
        }
        List<String> files = Shelf.order(yamlFiles(dir));
        if (files.isEmpty()) {
            t.err().println("dsim catalog: " + Echo.of(dir) + ": no scenario files (*.yaml)");
            return ExitCode.USAGE;
        }
        List<CatalogEntry> entries = new ArrayList<>();
        boolean valid = true;
        for (String name : files) {
            CatalogEntry e = entry(dir.resolve(name), name, t);
            valid &= e != null;
            if (e != null) {
                entries.add(e);
            }
        }
        if (!valid) {
            return ExitCode.USAGE; // every problem is printed; a partial index is not
        }
        current = null;
        t.out().print(CatalogMarkdown.render(entries));
        t.out().flush();
        boolean limit = entries.stream().flatMap(e -> Stream.concat(e.runs().stream(), e.contrastRuns().stream()))
                .anyMatch(r -> r.outcome() != Outcome.COMPLETED);
        return limit ? ExitCode.LIMIT_HIT : ExitCode.OK;
    }

    /** The scenario in {@code file} with its runs and its other side's, or null after printing its problems. */
    private CatalogEntry entry(Path file, String name, Terminal t) throws IOException {
        Scenario scenario = Scenarios.loadOrReport(file, t.err());
        if (scenario == null) {
            return null;
        }
        Contrast contrast = Shelf.contrast(name);
        Scenario other = contrast == null ? null : Scenarios.loadOrReport(file, contrast.overrides(), t.err());
        if (contrast != null && other == null) {
            return null;
        }
        List<Semantics> huntTargets = HuntTargets.in(Files.readString(file));
        return new CatalogEntry(name, scenario, runs(file, scenario), huntTargets, contrast,
                other == null ? List.of() : runs(file, other));
    }

    private List<RunResult> runs(Path file, Scenario scenario) {
        List<RunResult> runs = new ArrayList<>();
        for (Semantics s : scenario.semantics()) {
            current = Launcher.name() + " run " + ShellWords.word(file.toString()) + " --semantics " + s.id();
            runs.add(Simulation.run(scenario, s, scenario.seed(), null));
        }
        return runs;
    }

    private static List<String> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .map(f -> f.getFileName().toString()).toList();
        }
    }

    @Override
    public String reproduceLine() {
        return current;
    }
}
