package dsim.cli;

import dsim.api.DsimScenario;
import dsim.compare.Comparison;
import dsim.compare.Comparisons;
import dsim.compare.Grid;
import dsim.compare.KeptSeeds;
import dsim.compare.Studies;
import dsim.compare.Study;
import dsim.report.ShellWords;
import dsim.report.compare.ReportFormat;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioOverride;
import dsim.spec.Scenario;
import dsim.sweep.Shard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dsim compare FILE}: every semantics over the same seeds, written up as a report. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run every semantics of a scenario over the same seeds (common random numbers, so the "
                + "differences are the semantics', not luck's) and write report.md, report.html, results.csv "
                + "and results.json with 95%% confidence intervals.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an expect of the scenario was broken in some seed, or a bound over seeds fails on them", "2:bad input or usage",
            "3:some run hit a limit before it finished, or the heap ran out",
            "70:internal error", "74:the summary could not be written to standard output"})
final class CompareCommand implements Callable<Integer>, Reproducible {

    @ParentCommand
    private Main main;

    @Mixin
    private ScenarioWarnings warnings;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML), or - to read it from "
            + "standard input.")
    private Path file;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "100",
            description = "How many seeds (independent replications). Default: ${DEFAULT-VALUE}.")
    private int seeds;

    @Option(names = "--seed", paramLabel = "START", converter = SeedConverter.class,
            description = "First seed; the others follow it. Default: the scenario's seed.")
    private Long firstSeed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the report files; with --shard, for the part file. Default: "
                    + "out/<scenario-name>/, with --shard out/<scenario-name>-parts/.")
    private Path out;

    @Mixin
    private WorkerThreads threads;

    @Option(names = "--vary", paramLabel = "PATH=V1,V2,...",
            description = "Repeat the comparison with one value changed, e.g. network.default.loss=0,1%%,5%%,10%%, "
                    + "and chart lost and duplicated against it. Values are single scalars. Given twice, run "
                    + "every pair of values (a grid) and draw each metric as a heat map.")
    private List<String> vary = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "Run only shard I of N (counted from 0: 0/3, 1/3, 2/3) of the seeds: seed number k, "
                    + "counted from 0, goes to shard k mod N. Writes the runs of those seeds, exactly, to "
                    + "part-I-of-N.jsonl in --out instead of a report; "
                    + "'dsim merge' then makes the report from every shard's part, byte for byte the one a single "
                    + "run writes.")
    private Shard shard;

    @Option(names = "--force", description = "Write into --out even if it holds files dsim did not write. Those "
            + "stay, so the report files are then replaced one at a time rather than as a whole folder: a run stopped "
            + "midway can leave old and new report files side by side.")
    private boolean force;

    private String current;

    /** The files compare writes into --out. */
    static final Set<String> REPORT_FILES = Arrays.stream(ReportFormat.values())
            .map(ReportFormat::fileName).collect(Collectors.toUnmodifiableSet());

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        if (seeds < 1) {
            t.err().println("dsim compare: --seeds must be at least 1, got " + seeds);
            return ExitCode.USAGE;
        }
        int workers = threads.count();
        if (workers < 1) {
            t.err().println("dsim compare: --threads must be at least 1, got " + workers);
            return ExitCode.USAGE;
        }
        DsimScenario loaded = Scenarios.loadOrReport(file, t, warnings);
        if (loaded == null) {
            return ExitCode.USAGE;
        }
        Scenario scenario = loaded.spec();
        VaryKeys keys;
        try {
            keys = VaryKeys.parse(vary);
        } catch (ScenarioException e) {
            e.problems().forEach(t.err()::println);
            return ExitCode.USAGE;
        }
        String refused = keys.refusal();
        if (refused != null) {
            t.err().println("dsim compare: " + refused);
            return ExitCode.USAGE;
        }
        List<Scenario> variants = new ArrayList<>();
        for (List<ScenarioOverride> combination : keys.combinations()) {
            Scenario variant = Scenarios.variantOrReport(loaded, file, combination, t.err());
            if (variant == null) {
                return ExitCode.USAGE;
            }
            variants.add(variant);
        }
        long start = firstSeed != null ? firstSeed : scenario.seed();
        current = command(file.toString(), seeds, start, vary);
        if (shard != null) {
            current += " --shard " + shard;
            return new CompareShard(file, shard, seeds, start, vary, force).run(t, scenario, variants, workers,
                    out != null ? out : Path.of("out", scenario.name() + "-parts"));
        }
        Path outDir = out != null ? out : Path.of("out", scenario.name());
        String refusal = OutputFolder.refusal(outDir, REPORT_FILES, force);
        if (refusal != null) {
            t.err().println("dsim compare: " + refusal);
            return ExitCode.USAGE;
        }
        List<Scenario> swept = new ArrayList<>(List.of(scenario));
        swept.addAll(variants);
        long kept = swept.stream().mapToLong(s -> KeptSeeds.bytes(s, seeds)).sum();
        workers = HeapCheck.workers(swept, file, Math.min(workers, seeds), (long) seeds * swept.size(), kept,
                Runtime.getRuntime().maxMemory(), t.err());
        if (workers == 0) {
            return ExitCode.USAGE;
        }
        // Held from before the first seed until the files are in place: a second compare into
        // this folder is refused now, not overwritten by (or overwriting) this one later.
        try (OutputLock lock = OutputLock.claim(outDir)) {
            return compare(t, scenario, variants, keys, start, workers, outDir);
        } catch (OutputLock.Refusal r) {
            t.err().println("dsim compare: " + r.getMessage());
            return ExitCode.USAGE;
        }
    }

    /** Runs every seed (and every --vary value) and writes the report; the caller holds the folder's lock. */
    private int compare(Terminal t, Scenario scenario, List<Scenario> variants, VaryKeys keys, long start,
                        int workers, Path outDir) {
        int total = seeds * (1 + variants.size());
        Progress progress = Progress.onTerminal(t.err(), "compare " + scenario.name(), total);
        Comparison comparison = Comparisons.compare(scenario, start, seeds, workers, progress);
        IntConsumer afterMain = progress == null ? null : n -> progress.accept(seeds + n);
        Study study = null;
        Grid grid = null;
        if (keys.size() == 1) {
            Grid.Key key = keys.key(0);
            study = Studies.run(key.path(), key.values(), variants, start, seeds, workers, afterMain);
        } else if (keys.size() == 2) {
            grid = Studies.grid(keys.key(0), keys.key(1), variants, start, seeds, workers, afterMain);
        }
        if (progress != null) {
            progress.finish();
        }
        return new CompareOutput("dsim compare", file.toString(), current, outDir).write(t, comparison, study, grid);
    }

    /**
     * The command line that reproduces a report, with the file as the user gave it: also what a
     * merge of the shards of that compare writes into its report.
     */
    static String command(String file, int seeds, long start, List<String> vary) {
        StringBuilder b = new StringBuilder(Launcher.name() + " compare ").append(ShellWords.word(file))
                .append(" --seeds ").append(seeds).append(" --seed ").append(Long.toUnsignedString(start));
        for (String v : vary) {
            b.append(" --vary ").append(ShellWords.word(v));
        }
        return b.toString();
    }

    @Override
    public String reproduceLine() {
        return current;
    }
}
