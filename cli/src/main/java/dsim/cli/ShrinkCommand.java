package dsim.cli;

import dsim.api.DsimScenario;
import dsim.report.ShellWords;
import dsim.scenario.ScenarioText;
import dsim.shrink.ShrinkException;
import dsim.shrink.Shrinker;
import dsim.shrink.Shrunk;
import dsim.spec.Scenario;
import dsim.spec.ScriptedFault;
import dsim.spec.Semantics;
import dsim.text.Echo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dsim shrink FILE --semantics S --seed N}: a failing run cut down to the few faults it needs. */
@Command(name = "shrink", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Shrink a failing run to the faults it needs. The faults that fired in the run become a fault "
                + "script with random faults off; delta debugging cuts the script to a 1-minimal set (removing any "
                + "one fault makes the run pass) and each producer's messages to as few as still fail. Then each "
                + "fault is taken out in turn, to say what the run shows without it. Writes FILE.min.yaml: the "
                + "scenario with its seed, random-faults: off and the faults, ready to replay. The search stops once "
                + "it has simulated --max-events events, with the fewest faults that still fail, and says they may "
                + "not be 1-minimal.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shrunk, and the scenario written", "1:the run does not fail as asked, or its faults alone "
                + "do not make it fail: nothing written", "2:bad input or usage", "70:internal error",
            "74:the result could not be written to standard output"})
final class ShrinkCommand implements Callable<Integer>, Reproducible {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Mixin
    private ScenarioWarnings warnings;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML), or - to read it from "
            + "standard input (then --out is needed).")
    private Path file;

    @Option(names = "--semantics", paramLabel = "NAME", completionCandidates = SemanticsChoice.Names.class,
            required = true, description = "The semantics of the run.")
    private String semanticsName;

    @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class,
            description = "The run's master seed, decimal or 0x-hex. Default: the scenario's seed.")
    private Long seed;

    @Option(names = "--message", paramLabel = "ID", description = "Keep this message's bad outcome (lost, or "
            + "processed more than once) rather than the first broken expect, e.g. checkout-786.")
    private String messageId;

    @Option(names = "--max-events", paramLabel = "N", description = "The most events the search may simulate, over "
            + "all its runs (a minute or two by default). A run that fired tens of thousands of faults can keep ddmin "
            + "busy for hours; at the limit it stops with the fewest faults found that still fail, which may not all "
            + "be needed. Default: ${DEFAULT-VALUE}.")
    private long maxEvents = Shrinker.DEFAULT_MAX_EVENTS;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the shrunk scenario. Default: FILE "
            + "with .min.yaml for its extension, beside it.")
    private Path out;

    private String current;

    /** The most faults printed; a longer list is cut after these, and the file holds every one. */
    private static final int MOST_LISTED = 20;

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        if (out == null && Scenarios.isStandardInput(file)) {
            t.err().println("dsim shrink: - reads the scenario from standard input, so there is no FILE.min.yaml beside "
                    + "it; name the file for the shrunk scenario with --out FILE");
            return ExitCode.USAGE;
        }
        if (maxEvents < 1) {
            t.err().println("dsim shrink: --max-events must be at least 1, got " + maxEvents);
            return ExitCode.USAGE;
        }
        DsimScenario loaded = Scenarios.loadOrReport(file, t, warnings);
        if (loaded == null) {
            return ExitCode.USAGE;
        }
        Scenario scenario = loaded.spec();
        Semantics semantics = SemanticsChoice.of(scenario, List.of(semanticsName), spec.commandLine()).get(0);
        long runSeed = seed != null ? seed : scenario.seed();
        current = Launcher.name() + " shrink " + ShellWords.word(file.toString()) + " --semantics " + semantics.id()
                + " --seed " + Long.toUnsignedString(runSeed)
                + (messageId == null ? "" : " --message " + ShellWords.word(messageId))
                + (maxEvents == Shrinker.DEFAULT_MAX_EVENTS ? "" : " --max-events " + maxEvents);
        String text = loaded.yaml();
        Shrunk shrunk;
        try {
            shrunk = Shrinker.shrink(scenario, semantics, runSeed, messageId, maxEvents);
        } catch (ShrinkException e) {
            t.out().println("dsim shrink: " + e.getMessage());
            return ExitCode.EXPECTATION_BROKEN;
        }
        Path target = out != null ? out : defaultOut(file);
        String written = ScenarioText.rewrite(text, Set.of("seed", "random-faults", "faults"), shrunk.messages(),
                appended(shrunk, semantics, runSeed));
        if (written == null) {
            t.err().println("dsim shrink: " + Echo.of(loaded.fileName()) + " is not a block mapping of keys at column 1, which "
                    + "shrink rewrites; the faults were:");
            shrunk.faults().forEach(f -> t.err().println("  - " + f.yaml()));
            return ExitCode.USAGE;
        }
        try {
            AtomicFile.write(target, w -> w.write(written));
        } catch (IOException e) {
            t.err().println("dsim shrink: cannot write " + Echo.of(target) + ": " + FileErrors.reason(e));
            return ExitCode.USAGE;
        }
        print(t, scenario, semantics, runSeed, shrunk, target);
        return ExitCode.OK;
    }

    private void print(Terminal t, Scenario scenario, Semantics semantics, long runSeed, Shrunk s, Path target) {
        t.out().println("shrink " + scenario.name() + ": " + semantics.id() + ", seed " + Long.toUnsignedString(runSeed)
                + ": " + s.failure());
        t.out().println(s.fired() + " faults fired; with random faults off, they alone fail the same way.");
        StringBuilder fewer = new StringBuilder();
        for (int p = 0; p < s.messages().size(); p++) {
            if (!s.messages().get(p).equals(s.original().get(p))) {
                fewer.append(fewer.length() == 0 ? " and " : ", ").append(s.messages().get(p)).append(" of ")
                        .append(s.original().get(p)).append(" messages from ").append(scenario.producers().get(p).name());
            }
        }
        t.out().println("shrunk to " + Scenarios.count(s.faults().size(), "fault")
                + (s.oneMinimal() ? " (1-minimal)" : " (not 1-minimal: stopped at --max-events " + maxEvents + ")") + fewer
                + ", in " + s.runs() + " runs:");
        // A search stopped short may hold thousands: the file has them all, the terminal the first few.
        int shown = Math.min(s.faults().size(), MOST_LISTED);
        for (int i = 0; i < shown; i++) {
            t.out().println("  " + (i + 1) + ". " + s.faults().get(i).yaml());
        }
        if (shown < s.faults().size()) {
            t.out().println("  ... and " + (s.faults().size() - shown) + " more, all in " + target);
        }
        if (s.oneMinimal()) {
            t.out().println("why: " + s.needs());
        } else {
            t.out().println("note: " + s.needs() + "; a larger --max-events searches further");
        }
        s.why().forEach(line -> t.out().println("  " + line));
        t.out().println("wrote " + target);
        t.out().println("replay it: " + ReplayCommand.line(target.toString(), semantics, runSeed, messageId));
    }

    /** What follows the original's lines: a comment saying where it came from, the seed, and the script. */
    private String appended(Shrunk s, Semantics semantics, long runSeed) {
        StringBuilder b = new StringBuilder("\n# Shrunk by: ").append(current).append('\n')
                .append("# It fails: ").append(s.failure()).append("; ").append(s.needs()).append(".\n")
                .append("seed: ").append(Long.toUnsignedString(runSeed)).append('\n')
                .append("random-faults: off\n")
                .append("faults:").append(s.faults().isEmpty() ? " []" : "").append('\n');
        for (ScriptedFault f : s.faults()) {
            b.append("  - ").append(f.yaml()).append('\n');
        }
        return b.toString();
    }

    /** {@code payments.yaml} becomes {@code payments.min.yaml}, beside it. */
    static Path defaultOut(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + ".min.yaml");
    }

    @Override
    public String reproduceLine() {
        return current;
    }
}
