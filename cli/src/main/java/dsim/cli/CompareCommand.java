package dsim.cli;

import dsim.api.DsimScenario;
import dsim.check.Decision;
import dsim.check.RateVerdict;
import dsim.check.SeedsHeld;
import dsim.report.ShellWords;
import dsim.compare.Comparison;
import dsim.compare.Comparisons;
import dsim.compare.CoverageTally;
import dsim.compare.SemanticsSummary;
import dsim.compare.Grid;
import dsim.compare.KeptSeeds;
import dsim.compare.PredictionCheck;
import dsim.compare.Studies;
import dsim.compare.Study;
import dsim.report.compare.ReportFormat;
import dsim.report.compare.ReportInput;
import dsim.report.compare.ReportWriter;
import dsim.report.compare.StudyText;
import dsim.report.compare.Verdict;
import dsim.text.Echo;
import dsim.spec.Scenario;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioOverride;
import java.io.IOException;
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
            description = "Folder for the report files. Default: out/<scenario-name>/.")
    private Path out;

    @Mixin
    private WorkerThreads threads;

    @Option(names = "--vary", paramLabel = "PATH=V1,V2,...",
            description = "Repeat the comparison with one value changed, e.g. network.default.loss=0,1%%,5%%,10%%, "
                    + "and chart lost and duplicated against it. Values are single scalars. Given twice, run "
                    + "every pair of values (a grid) and draw each metric as a heat map.")
    private List<String> vary = new ArrayList<>();

    @Option(names = "--force", description = "Write into --out even if it holds files dsim did not write. Those "
            + "stay, so the report files are then replaced one at a time rather than as a whole folder: a run stopped "
            + "midway can leave old and new report files side by side.")
    private boolean force;

    private String current;

    /** The files compare writes into --out. */
    private static final Set<String> REPORT_FILES = Arrays.stream(ReportFormat.values())
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
        List<List<ScenarioOverride>> keys = new ArrayList<>();
        try {
            for (String v : vary) {
                keys.add(ScenarioOverride.parseVary(v));
            }
        } catch (ScenarioException e) {
            e.problems().forEach(t.err()::println);
            return ExitCode.USAGE;
        }
        String refused = varyRefusal(keys);
        if (refused != null) {
            t.err().println("dsim compare: " + refused);
            return ExitCode.USAGE;
        }
        List<Scenario> variants = new ArrayList<>();
        for (List<ScenarioOverride> combination : combinations(keys)) {
            Scenario variant = Scenarios.variantOrReport(loaded, file, combination, t.err());
            if (variant == null) {
                return ExitCode.USAGE;
            }
            variants.add(variant);
        }
        long start = firstSeed != null ? firstSeed : scenario.seed();
        current = command(start);
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
    private int compare(Terminal t, Scenario scenario, List<Scenario> variants, List<List<ScenarioOverride>> keys,
            long start, int workers, Path outDir) {
        int total = seeds * (1 + variants.size());
        Progress progress = Progress.onTerminal(t.err(), "compare " + scenario.name(), total);
        Comparison comparison = Comparisons.compare(scenario, start, seeds, workers, progress);
        IntConsumer afterMain = progress == null ? null : n -> progress.accept(seeds + n);
        Study study = null;
        Grid grid = null;
        if (keys.size() == 1) {
            Grid.Key key = key(keys.get(0));
            study = Studies.run(key.path(), key.values(), variants, start, seeds, workers, afterMain);
        } else if (keys.size() == 2) {
            grid = Studies.grid(key(keys.get(0)), key(keys.get(1)), variants, start, seeds, workers, afterMain);
        }
        if (progress != null) {
            progress.finish();
        }
        List<Path> written;
        try {
            written = ReportWriter.write(outDir, new ReportInput(comparison, study, grid, current, Version.number(),
                    ReportReplays.of(comparison, file.toString())));
        } catch (IOException e) {
            t.err().println("dsim compare: cannot write the report to " + Echo.of(outDir) + ": " + FileErrors.reason(e));
            return ExitCode.USAGE;
        }
        List<SeedsHeld> expectations = SeedsHeld.of(scenario, comparison.runs());
        List<RateVerdict> rates = RateVerdict.of(scenario, comparison.runs());
        if (study != null || grid != null) { // what --vary asked: before the plain comparison's summary
            t.out().print(study != null ? StudyText.render(study) : StudyText.render(grid));
            t.out().println();
        }
        printSummary(t, comparison, expectations, rates, outDir, written);
        if (hitLimit(comparison, study, grid)) {
            return ExitCode.LIMIT_HIT;
        }
        // A bound over seeds that fails on these seeds is broken; one still undecided is for dsim check to decide.
        return SeedsHeld.anyBroken(expectations) || RateVerdict.anyFails(rates) ? ExitCode.EXPECTATION_BROKEN
                : ExitCode.OK;
    }

    private void printSummary(Terminal t, Comparison c, List<SeedsHeld> expectations, List<RateVerdict> rates,
                              Path outDir, List<Path> written) {
        t.out().println("compare " + c.scenario().name() + ": " + Scenarios.count(c.seeds(), "seed")
                + " (" + Long.toUnsignedString(c.firstSeed()) + ".."
                + Long.toUnsignedString(c.firstSeed() + c.seeds() - 1) + ") x "
                + c.summaries().size() + " semantics, " + c.totalEvents() + " events");
        for (String sentence : Verdict.sentences(c)) {
            t.out().println(sentence);
        }
        for (SeedsHeld h : expectations) {
            t.out().println((h.ok() ? t.symbol("\u2713", "ok") : t.symbol("\u2717", "FAIL")) + " " + h.line());
        }
        for (RateVerdict v : rates) {
            t.out().println(t.symbol(v.decision().symbol(), v.decision().ascii()) + " " + v.line());
        }
        if (rates.stream().anyMatch(v -> v.decision() == Decision.UNDECIDED)) {
            t.out().println("  an undecided bound needs more seeds: " + Launcher.name() + " check "
                    + ShellWords.word(file.toString()) + " runs them in batches until it is decided");
        }
        for (SemanticsSummary s : c.summaries()) {
            for (CoverageTally.Row r : s.coverage().neverFired()) {
                t.out().println(t.symbol("\u26a0", "!") + " " + s.semantics().id() + ": " + r.name() + " never fired in "
                        + Scenarios.count(c.seeds(), "seed"));
            }
        }
        SeedsHeld first = expectations.stream().filter(h -> !h.ok() && !h.sometimes()).findFirst().orElse(null);
        if (first != null) {
            t.out().println("replay the first broken run: " + ReplayCommand.line(file.toString(), first.semantics(),
                    first.firstBroken(), null));
        }
        for (PredictionCheck p : c.predictions()) {
            if (!p.agrees()) {
                t.out().println(t.symbol("\u26a0", "!") + " " + p.prediction().semantics().id()
                        + ": the closed form predicts " + String.format(java.util.Locale.ROOT, "%.3g%%",
                        p.predictedLostPercent()) + " lost, outside the simulated interval");
            }
        }
        // Paths as the user named the folder, not absolute ones: they paste into the next command.
        for (Path p : written) {
            t.out().println("wrote " + outDir.resolve(p.getFileName()));
        }
        t.out().println("report: " + outDir.resolve("report.html"));
    }

    private static boolean hitLimit(Comparison c, Study study, Grid grid) {
        List<Comparison> all = new ArrayList<>(List.of(c));
        all.addAll(study != null ? study.points() : grid != null ? grid.points() : List.of());
        return all.stream().flatMap(p -> p.summaries().stream()).anyMatch(s -> s.runsHitLimit() > 0);
    }

    /** Why the --vary options cannot run together, or null if they can. */
    private static String varyRefusal(List<List<ScenarioOverride>> keys) {
        if (keys.size() > 2) {
            return "--vary may be given at most twice (a grid of two keys), got " + keys.size();
        }
        if (keys.size() < 2) {
            return null;
        }
        String first = keys.get(0).get(0).path();
        String second = keys.get(1).get(0).path();
        if (first.equals(second)) {
            return "both --vary options name " + first + "; a grid needs two different keys";
        }
        for (List<ScenarioOverride> key : keys) {
            if (key.size() < 2) {
                return "in a grid each --vary needs at least two values, " + key.get(0).path() + " has one";
            }
        }
        long pairs = (long) keys.get(0).size() * keys.get(1).size();
        if (pairs > ScenarioOverride.MAX_VARIANTS) {
            return "a grid of " + keys.get(0).size() + " x " + keys.get(1).size() + " values runs " + pairs
                    + " comparisons; at most " + ScenarioOverride.MAX_VARIANTS + " are allowed";
        }
        return null;
    }

    /** Every combination of one value per key, the first key's value varying slowest. */
    private static List<List<ScenarioOverride>> combinations(List<List<ScenarioOverride>> keys) {
        List<List<ScenarioOverride>> out = new ArrayList<>(List.of(List.of()));
        for (List<ScenarioOverride> key : keys) {
            List<List<ScenarioOverride>> next = new ArrayList<>();
            for (List<ScenarioOverride> prefix : out) {
                for (ScenarioOverride value : key) {
                    List<ScenarioOverride> combined = new ArrayList<>(prefix);
                    combined.add(value);
                    next.add(combined);
                }
            }
            out = next;
        }
        return keys.isEmpty() ? List.of() : out;
    }

    private static Grid.Key key(List<ScenarioOverride> values) {
        return new Grid.Key(values.get(0).path(), values.stream().map(ScenarioOverride::value).toList());
    }

    /** The command line that reproduces this report, with the file as the user gave it. */
    private String command(long start) {
        StringBuilder b = new StringBuilder(Launcher.name() + " compare ").append(ShellWords.word(file.toString()))
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
