package dsim.cli;

import dsim.api.DsimScenario;
import dsim.check.Hunt;
import dsim.report.ShellWords;
import dsim.text.Echo;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.Shard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dsim hunt FILE}: runs many seeds and prints every run that breaks the scenario's expect, with its replay line. */
@Command(name = "hunt", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run many seeds of a scenario and check its expect block on each. Every broken run prints one "
                + "line: what broke, the messages involved and why, its trace digest and the 'dsim replay' command "
                + "that tells their story. Ends with how often each semantics broke, with a 95%% exact (Clopper-Pearson) interval.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no run broke an expect", "1:some run broke an expect", "2:bad input or usage",
            "3:some run hit a limit before it finished, or the heap ran out",
            "4:a replay differed from its run (a determinism bug)",
            "70:internal error", "74:the results could not be written to standard output"})
final class HuntCommand implements Callable<Integer>, Reproducible {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Mixin
    private ScenarioWarnings warnings;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML), or - to read it from "
            + "standard input.")
    private Path file;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "1000",
            description = "How many consecutive seeds to run. Default: ${DEFAULT-VALUE}.")
    private int seeds;

    @Option(names = "--seed", paramLabel = "START", converter = SeedConverter.class,
            description = "First seed, decimal or 0x-hex. Default: the scenario's seed.")
    private Long firstSeed;

    @Option(names = "--semantics", paramLabel = "NAME", split = ",", completionCandidates = SemanticsChoice.Names.class,
            description = "Hunt only under this semantics (repeatable, or comma-separated). "
                    + "Default: every semantics of the scenario that has an expect.")
    private List<String> semanticsNames = new ArrayList<>();

    @Mixin
    private WorkerThreads threads;

    @Option(names = "--max-failures", paramLabel = "K", defaultValue = "20",
            description = "Stop after the seed on which the K-th broken run was found. Default: ${DEFAULT-VALUE}.")
    private int maxFailures;

    @Option(names = "--swarm", description = "Swarm testing: per seed, switch each fault knob of the file off, or draw"
            + " it between 0 and the file's value (from the seed, so a replay needs only the seed and --swarm), then"
            + " show per knob how often seeds broke with it on and off: which knobs trigger a failure and which"
            + " suppress it.")
    private boolean swarm;

    @Option(names = "--format", paramLabel = "text|json", converter = OutputFormat.Converter.class,
            completionCandidates = OutputFormat.Names.class, defaultValue = "text",
            description = "Output: text lines (default) or one JSON object on stdout with every broken run and the "
                    + "totals, printed when the hunt ends.")
    private OutputFormat format;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "Run only shard I of N (counted from 0: 0/3, 1/3, 2/3) of the seeds: seed number k, "
                    + "counted from 0, goes to shard k mod N; stop after its own --max-failures-th broken run. Writes "
                    + "the runs of those seeds to part-I-of-N.jsonl in --out instead of printing results; 'dsim merge' "
                    + "then prints, from every shard's part, byte for byte what a single hunt prints.")
    private Shard shard;

    @Option(names = "--out", paramLabel = "DIR",
            description = "With --shard: the folder for the part file. Default: out/<scenario-name>-hunt-parts/.")
    private Path out;

    private String current;

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        int workers = threads.count();
        String bad = seeds < 1 ? "--seeds must be at least 1, got " + seeds
                : workers < 1 ? "--threads must be at least 1, got " + workers
                : maxFailures < 1 ? "--max-failures must be at least 1, got " + maxFailures
                : out != null && shard == null ? "--out is for --shard: a hunt prints its results and writes no file"
                : null;
        if (bad != null) {
            t.err().println("dsim hunt: " + bad);
            return ExitCode.USAGE;
        }
        DsimScenario loaded = Scenarios.loadOrReport(file, t, warnings);
        if (loaded == null) {
            return ExitCode.USAGE;
        }
        Scenario scenario = loaded.spec();
        List<Semantics> chosen = SemanticsChoice.of(scenario, semanticsNames, spec.commandLine());
        // A bound over seeds ("< 0.5% @95%") is no run's to break: dsim check decides it.
        List<Semantics> hunted = chosen.stream().filter(scenario.expect()::containsKey)
                .filter(s -> scenario.expect().get(s).judgesRuns()).toList();
        if (hunted.isEmpty() && chosen.stream().anyMatch(scenario.expect()::containsKey)) {
            t.err().println("dsim hunt: the expect of " + Echo.of(file) + " for " + chosen.stream().map(Semantics::id)
                    .collect(Collectors.joining(", ")) + " bounds only shares over seeds, which no single run breaks:"
                    + " nothing to hunt for; dsim check decides them");
            return ExitCode.USAGE;
        }
        if (hunted.isEmpty()) {
            t.err().println("dsim hunt: " + Echo.of(Scenarios.name(file)) + " has no expect for " + chosen.stream().map(Semantics::id)
                    .collect(Collectors.joining(", ")) + ": nothing to hunt for; add an expect block");
            return ExitCode.USAGE;
        }
        // A hunt keeps no seed's results, only counts: its workers' runs are all it holds.
        int fitting = HeapCheck.workers(List.of(scenario), file, Math.min(workers, seeds), 0, 0,
                Runtime.getRuntime().maxMemory(), t.err());
        if (fitting == 0) {
            return ExitCode.USAGE;
        }
        long first = firstSeed != null ? firstSeed : scenario.seed();
        current = command(file.toString(), first, seeds, swarm);
        if (shard != null) {
            current += " --shard " + shard;
            return new HuntShard(file, shard, seeds, first, chosen, maxFailures, swarm).run(t, scenario, hunted, fitting,
                    out != null ? out : Path.of("out", scenario.name() + "-hunt-parts"));
        }
        HuntReport report = new HuntReport(t, scenario, file.toString(), swarm, format);
        report.header(hunted, chosen.stream().filter(s -> !hunted.contains(s)).toList(), first, seeds);
        Progress progress = Progress.onTerminal(t.err(), "hunt " + scenario.name(), seeds);
        AtomicInteger examined = new AtomicInteger();
        // A Ctrl-C stops the JVM: say what was examined and found before it did.
        Thread interrupted = new Thread(() -> report.interrupted(examined.get(), seeds), "dsim-hunt-interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        Hunt.Result result = Hunt.run(scenario, hunted, first, seeds, fitting, maxFailures, swarm, failure -> {
            if (progress != null) {
                progress.clear();
            }
            report.failure(failure);
        }, done -> {
            examined.accumulateAndGet(done, Math::max);
            if (progress != null) {
                progress.accept(done);
            }
        });
        Runtime.getRuntime().removeShutdownHook(interrupted);
        if (progress != null) {
            progress.finish();
        }
        return report.summary(result, hunted, maxFailures);
    }

    /** The command line that replays a hunt, for bug reports: also a merged hunt's. */
    static String command(String file, long first, int seeds, boolean swarm) {
        return Launcher.name() + " hunt " + ShellWords.word(file) + " --seed " + Long.toUnsignedString(first)
                + " --seeds " + seeds + (swarm ? " --swarm" : "");
    }

    @Override
    public String reproduceLine() {
        return current;
    }
}
