package dsim.cli;

import dsim.api.DsimScenario;
import dsim.check.DeterminismCheck;
import dsim.model.FaultLog;
import dsim.report.ShellWords;
import dsim.report.TraceWriter;
import dsim.run.RunResult;
import dsim.text.Echo;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dsim run FILE}: runs a scenario under its semantics with one seed and prints the tally. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run a scenario once per semantics with one seed and print what happened to the messages. "
                + "Each expect of the scenario is checked; a failure prints the command that reproduces it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an expect was broken", "2:bad input or usage",
            "3:a run hit a limit before it finished, or the heap ran out",
            "4:--check-determinism found two runs of the seed that differ", "70:internal error",
            "74:the results could not be written to standard output"})
final class RunCommand implements Callable<Integer>, Reproducible {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Mixin
    private ScenarioWarnings warnings;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML), or - to read it from "
            + "standard input.")
    private Path file;

    @Option(names = "--semantics", paramLabel = "NAME", split = ",", completionCandidates = SemanticsChoice.Names.class,
            description = "Run only this semantics (repeatable, or comma-separated); "
                    + "it must be in the scenario's list. Default: all of them.")
    private List<String> semanticsNames = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class,
            description = "Master seed, decimal or 0x-hex. Default: the scenario's seed.")
    private Long seed;

    @Option(names = "--format", paramLabel = "text|json", converter = OutputFormat.Converter.class,
            completionCandidates = OutputFormat.Names.class,
            defaultValue = "text", description = "Output: a text table (default) or a JSON array, one object per run.")
    private OutputFormat format;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Also write every event of the runs to FILE as JSON Lines. "
                    + "With several semantics all runs go into this one file, in run order, "
                    + "and each line carries \"semantics\". A new file, or one holding an earlier dsim trace, is "
                    + "written atomically: complete or untouched. A pipe, a terminal, /dev/stdout or another device is "
                    + "written into directly. Any other file, and the scenario file being run, is refused "
                    + "unless --force.")
    private Path trace;

    @Option(names = "--force",
            description = "Let --trace replace a file that holds something other than a dsim trace, even the "
                    + "scenario file being run, or write onto a disk device.")
    private boolean force;

    @Option(names = "--check-determinism",
            description = "Also run each semantics twice more with the seed, side by side, and compare the two "
                    + "journals entry by entry as they are written; exit 4 and name the first diverging entry if "
                    + "they differ.")
    private boolean checkDeterminism;

    /** The run in progress, for the internal-error message. */
    private String current;

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        DsimScenario loaded = Scenarios.loadOrReport(file, t, warnings);
        if (loaded == null) {
            return ExitCode.USAGE;
        }
        Scenario scenario = loaded.spec();
        if (checkDeterminism && !HeapCheck.twoFit(scenario, file, Runtime.getRuntime().maxMemory(), t.err())) {
            return ExitCode.USAGE;
        }
        List<Semantics> chosen = SemanticsChoice.of(scenario, semanticsNames, spec.commandLine());
        String refusal = trace == null ? null : TraceTarget.refusal(trace, file, force);
        if (refusal != null) {
            t.err().println("dsim run: " + refusal);
            return ExitCode.USAGE;
        }
        long masterSeed = seed != null ? seed : scenario.seed();
        List<RunResult> results;
        if (trace == null) {
            results = runAll(loaded, chosen, masterSeed, null);
        } else {
            try {
                results = runTraced(t, loaded, chosen, masterSeed);
            } catch (IOException | UncheckedIOException e) {
                t.err().println("dsim run: cannot write trace " + Echo.of(trace) + ": " + FileErrors.reason(e));
                return ExitCode.USAGE;
            }
        }
        current = null;
        NeverFired.report(t.err(), loaded.fileName(), scenario, neverFired);
        RunReport report = new RunReport(scenario, results, r -> replay(r.semantics(), r.seed()));
        int code = format == OutputFormat.JSON ? report.printJson(t) : report.printText(t);
        if (checkDeterminism) {
            // JSON keeps stdout parseable: the verdict goes to stderr there.
            code = DeterminismReport.report(t, format == OutputFormat.JSON ? t.err() : t.out(),
                    DeterminismCheck.check(scenario, chosen, masterSeed), chosen, masterSeed, code);
        }
        return code;
    }

    /** Which of the script's faults never fired, per semantics run. */
    private final NeverFired neverFired = new NeverFired();

    @Override
    public String reproduceLine() {
        return current;
    }

    private List<RunResult> runAll(DsimScenario scenario, List<Semantics> chosen, long masterSeed, Writer traceOut) {
        List<RunResult> results = new ArrayList<>();
        for (Semantics s : chosen) {
            current = replay(s, masterSeed);
            TraceWriter sink = traceOut == null ? null : new TraceWriter(traceOut, chosen.size() > 1 ? s : null);
            FaultLog faults = FaultLog.counting();
            results.add(scenario.simulate(s, masterSeed, sink, faults));
            neverFired.add(s, faults);
            if (sink != null) {
                try {
                    sink.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return results;
    }

    private List<RunResult> runTraced(Terminal t, DsimScenario scenario, List<Semantics> chosen, long masterSeed)
            throws IOException {
        List<RunResult> results = new ArrayList<>();
        TraceTarget.write(trace, t, out -> results.addAll(runAll(scenario, chosen, masterSeed, out)));
        return results;
    }

    private String replay(Semantics s, long runSeed) {
        return Launcher.name() + " run " + ShellWords.word(file.toString()) + " --semantics " + s.id() + " --seed " + Long.toUnsignedString(runSeed);
    }
}
