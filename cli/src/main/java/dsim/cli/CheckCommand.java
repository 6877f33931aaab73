package dsim.cli;

import dsim.api.DsimScenario;
import dsim.check.HuntFailure;
import dsim.check.SequentialCheck;
import dsim.report.CheckJson;
import dsim.report.ShellWords;
import dsim.spec.Scenario;
import dsim.text.Echo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dsim check FILE}: runs seeds in batches until every bound over seeds of the scenario's
 * expect ({@code duplicated: "< 0.5% @95%"}) is decided or the seed cap is reached, checking
 * the per-run bounds on every seed it runs.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Decide the bounds over seeds of a scenario's expect, such as duplicated: \"< 0.5%% @95%%\": run "
                + "seeds in batches until the confidence interval of each share lies wholly inside its bound (it "
                + "holds) or wholly outside (it fails), or --max-seeds is reached (it is undecided). Each look's "
                + "interval takes a share of the error the confidence allows, so the looks together keep it. The "
                + "per-run bounds are checked on every seed run, and a run that breaks one prints its replay line. "
                + "Prints each bound's decision, its interval and the seeds it took.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every bound over seeds holds and no run broke a per-run bound",
            "1:a bound over seeds fails, or a run broke a per-run bound", "2:bad input or usage",
            "3:some run hit a limit before it finished, or the heap ran out",
            "4:a replay differed from its run (a determinism bug)",
            "5:a bound over seeds was still undecided at --max-seeds",
            "70:internal error", "74:the results could not be written to standard output"})
final class CheckCommand implements Callable<Integer>, Reproducible {

    @ParentCommand
    private Main main;

    @Mixin
    private ScenarioWarnings warnings;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML), or - to read it from "
            + "standard input.")
    private Path file;

    @Option(names = "--max-seeds", paramLabel = "N", defaultValue = "500",
            description = "The most seeds to run before calling a bound undecided. Default: ${DEFAULT-VALUE}.")
    private int maxSeeds;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "20",
            description = "Seeds per batch; bounds are decided only after a whole batch, so the looks, and the "
                    + "share of the error each may spend, are fixed before any seed runs. Default: ${DEFAULT-VALUE}.")
    private int batch;

    @Option(names = "--seed", paramLabel = "START", converter = SeedConverter.class,
            description = "First seed, decimal or 0x-hex. Default: the scenario's seed.")
    private Long firstSeed;

    @Mixin
    private WorkerThreads threads;

    @Option(names = "--format", paramLabel = "text|json", converter = OutputFormat.Converter.class,
            completionCandidates = OutputFormat.Names.class, defaultValue = "text",
            description = "Output: text lines (default) or one JSON object.")
    private OutputFormat format;

    private String current;

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        int workers = threads.count();
        String bad = maxSeeds < 2 ? "--max-seeds must be at least 2 (an interval over seeds needs two), got " + maxSeeds
                : batch < 2 ? "--batch must be at least 2 (an interval over seeds needs two), got " + batch
                : workers < 1 ? "--threads must be at least 1, got " + workers : null;
        if (bad != null) {
            t.err().println("dsim check: " + bad);
            return ExitCode.USAGE;
        }
        DsimScenario loaded = Scenarios.loadOrReport(file, t, warnings);
        if (loaded == null) {
            return ExitCode.USAGE;
        }
        Scenario scenario = loaded.spec();
        if (scenario.expect().values().stream().allMatch(e -> e.statistical().isEmpty())) {
            t.err().println("dsim check: " + Echo.of(file) + " has no bound over seeds to decide; give one a confidence,"
                    + " e.g. duplicated: \"< 0.5% @95%\" (dsim hunt checks the per-run bounds)");
            return ExitCode.USAGE;
        }
        // A check keeps two numbers per seed and bound, not the runs: its workers' runs are what it holds.
        int fitting = HeapCheck.workers(List.of(scenario), file, Math.min(workers, batch), 0, 0,
                Runtime.getRuntime().maxMemory(), t.err());
        if (fitting == 0) {
            return ExitCode.USAGE;
        }
        SequentialCheck.Plan plan = new SequentialCheck.Plan(firstSeed != null ? firstSeed : scenario.seed(), batch,
                maxSeeds);
        current = Launcher.name() + " check " + ShellWords.word(file.toString()) + " --seed "
                + Long.toUnsignedString(plan.first()) + " --batch " + batch + " --max-seeds " + maxSeeds;
        boolean json = format == OutputFormat.JSON;
        CheckReport report = new CheckReport(t, scenario, file.toString(), plan);
        if (!json) {
            report.header();
        }
        Progress progress = Progress.onTerminal(t.err(), "check " + scenario.name(), maxSeeds);
        List<HuntFailure> broken = new ArrayList<>();
        SequentialCheck.Result result = SequentialCheck.run(scenario, plan, fitting, f -> {
            broken.add(f);
            if (!json) {
                if (progress != null) {
                    progress.clear();
                }
                report.failure(f);
            }
        }, progress);
        if (progress != null) {
            progress.finish();
        }
        int code = report.exitCode(result);
        if (json) {
            t.out().print(CheckJson.render(scenario.name(), plan, result, broken,
                    f -> ReplayCommand.line(file.toString(), f.result().semantics(), f.result().seed(), null), code,
                    CheckReport.meaning(code)));
            t.out().flush();
            return code;
        }
        report.summary(result);
        return code;
    }

    @Override
    public String reproduceLine() {
        return current;
    }
}
