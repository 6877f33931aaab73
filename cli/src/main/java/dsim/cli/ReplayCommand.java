package dsim.cli;

import dsim.api.DsimScenario;
import dsim.report.ShellWords;
import dsim.check.ExpectationChecker;
import dsim.check.Swarm;
import dsim.check.Violation;
import dsim.report.RunTable;
import dsim.report.story.Sequence;
import dsim.report.story.SideBySideSvg;
import dsim.report.story.StoryText;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.text.Echo;
import dsim.spec.Expectation;
import dsim.spec.ProducerSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.story.Cause;
import dsim.story.Explanation;
import dsim.story.Explanations;
import dsim.story.JournalIndex;
import dsim.story.MessageOutcome;
import dsim.story.Recorder;
import dsim.story.Recording;
import dsim.story.RunContext;
import dsim.story.Story;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dsim replay FILE --semantics NAME --seed N}: re-runs one run exactly and tells one message's story. */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Re-run exactly one run (a semantics and a seed) and print its trace digest, then tell one "
                + "message's story: every journal entry that touched it, with simulated time and node, and why it "
                + "ended lost, processed once or duplicated. Without --message, the story of the first message that "
                + "broke an expectation, or a summary if none did. --out also draws the story as a sequence diagram.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an expect of the scenario was broken in this run",
            "2:bad input or usage (e.g. an unknown message id)",
            "3:the run hit a limit before it finished, or the heap ran out", "70:internal error",
            "74:the story could not be written to standard output"})
final class ReplayCommand implements Callable<Integer>, Reproducible {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Mixin
    private ScenarioWarnings warnings;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file (YAML), or - to read it from "
            + "standard input.")
    private Path file;

    @Option(names = "--semantics", paramLabel = "NAME", completionCandidates = SemanticsChoice.Names.class,
            description = "The semantics of the run. Without it, "
            + "--message tells that message's story under every semantics of the scenario, side by side (--out "
            + "draws DIR/semantics.svg).")
    private String semanticsName;

    @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class,
            description = "The run's master seed, decimal or 0x-hex. Default: the scenario's seed.")
    private Long seed;

    @Option(names = "--message", paramLabel = "ID",
            description = "The message whose story to tell, e.g. checkout-417 (a producer's name and a number).")
    private String messageId;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write the story as a sequence diagram: DIR/sequence.svg and DIR/sequence.mmd (Mermaid).")
    private Path out;

    @Option(names = "--force", description = "Write into --out even if it holds files dsim did not write.")
    private boolean force;

    @Option(names = "--swarm", description = "Replay the run as hunt --swarm ran it: the fault knobs the seed drew.")
    private boolean swarm;

    private String current;

    /** The command line that replays a run, optionally with {@code --message}: what hunt prints. */
    static String line(String file, Semantics semantics, long seed, String messageId) {
        return Launcher.name() + " replay " + ShellWords.word(file) + " --semantics " + semantics.id() + " --seed "
                + Long.toUnsignedString(seed) + (messageId == null ? "" : " --message " + ShellWords.word(messageId));
    }

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        DsimScenario loaded = Scenarios.loadOrReport(file, t, warnings);
        if (loaded == null) {
            return ExitCode.USAGE;
        }
        Scenario scenario = loaded.spec();
        if (semanticsName == null) {
            if (messageId == null) {
                t.err().println("dsim replay: pass --semantics NAME to replay one run, or --message ID to see that"
                        + " message under every semantics side by side");
                return ExitCode.USAGE;
            }
            return sideBySide(t, scenario);
        }
        Semantics semantics = SemanticsChoice.of(scenario, List.of(semanticsName), spec.commandLine()).get(0);
        String refusal = out == null ? null : OutputFolder.refusal(out, Set.of("sequence.svg", "sequence.mmd"), force);
        if (refusal != null) {
            t.err().println("dsim replay: " + refusal);
            return ExitCode.USAGE;
        }
        long runSeed = seed != null ? seed : scenario.seed();
        current = line(file.toString(), semantics, runSeed, messageId) + (swarm ? " --swarm" : "");
        if (swarm) {
            scenario = Swarm.draw(scenario, runSeed).scenario();
        }
        if (messageId == null && !HeapCheck.journalFits(scenario, file, Runtime.getRuntime().maxMemory(), t.err())) {
            return ExitCode.USAGE;
        }
        // With --message, keep only that message's story: a million-message run replays in a run's memory.
        Recording run = Recorder.run(scenario, semantics, runSeed, messageId);
        RunResult result = run.result();
        JournalIndex index = JournalIndex.of(run.journal());
        if (messageId != null && !index.contains(messageId)) {
            t.err().println("dsim replay: no message '" + Echo.of(messageId) + "' in this run; ids are a producer's name and a "
                    + "number from 1, e.g. " + scenario.producers().get(0).name() + "-1 (producers: "
                    + scenario.producers().stream().map(ProducerSpec::name).collect(Collectors.joining(", ")) + ")");
            return ExitCode.USAGE;
        }
        PrintWriter o = t.out();
        o.println("replay " + scenario.name() + ", " + semantics.id() + ", seed " + Long.toUnsignedString(runSeed) + ": "
                + result.produced() + " produced, " + result.lost() + " lost, " + result.duplicated() + " duplicated");
        o.println("trace digest " + result.traceDigest());
        Expectation expect = scenario.expect().get(semantics);
        List<Violation> violations = expect == null ? List.of() : ExpectationChecker.check(expect, result);
        violations.forEach(v -> o.println(t.symbol("\u2717", "FAIL") + " " + semantics.id() + ": " + v.message()));
        if (expect != null && violations.isEmpty()) {
            o.println(t.symbol("\u2713", "ok") + " " + semantics.id() + ": every expectation held");
        }
        String id = messageId != null ? messageId : BrokenMessages.first(violations, index);
        // As hunt and compare do: a limit outranks a broken expectation, which outranks success.
        int code = result.outcome() != Outcome.COMPLETED ? ExitCode.LIMIT_HIT
                : violations.isEmpty() ? ExitCode.OK : ExitCode.EXPECTATION_BROKEN;
        if (code == ExitCode.LIMIT_HIT) {
            o.println("! the run stopped at " + result.outcome().id() + " with work left");
        }
        if (id == null) {
            o.println();
            o.print(RunTable.render(List.of(result), scenario.totalMessages()));
            o.flush();
            if (out != null) {
                t.err().println("dsim replay: no message broke an expectation, so there is no story to draw; "
                        + "pass --message ID");
            }
            return code;
        }
        return tell(t, scenario, result, index.story(id), code);
    }

    /** The message under every semantics of the scenario, on the same seed: one line each, and the picture. */
    private int sideBySide(Terminal t, Scenario scenario) {
        String refusal = out == null ? null : OutputFolder.refusal(out, Set.of("semantics.svg"), force);
        if (refusal != null) {
            t.err().println("dsim replay: " + refusal);
            return ExitCode.USAGE;
        }
        long runSeed = seed != null ? seed : scenario.seed();
        current = Launcher.name() + " replay " + ShellWords.word(file.toString()) + " --seed "
                + Long.toUnsignedString(runSeed) + " --message " + ShellWords.word(messageId);
        List<SideBySideSvg.Lane> lanes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        boolean limit = false;
        for (Semantics s : scenario.semantics()) {
            Recording run = Recorder.run(scenario, s, runSeed, messageId);
            JournalIndex index = JournalIndex.of(run.journal());
            if (!index.contains(messageId)) {
                t.err().println("dsim replay: no message '" + Echo.of(messageId) + "' in this run; ids are a producer's"
                        + " name and a number from 1, e.g. " + scenario.producers().get(0).name() + "-1");
                return ExitCode.USAGE;
            }
            limit |= run.result().outcome() != Outcome.COMPLETED;
            Story story = index.story(messageId);
            Explanation why = Explanations.explain(story, RunContext.of(scenario, run.result()));
            lanes.add(new SideBySideSvg.Lane(s, outcome(story, why), story.entries()));
            lines.add(s.id() + ": " + outcome(story, why));
            lines.add("  " + why.text());
        }
        PrintWriter o = t.out();
        o.println("replay " + scenario.name() + ", seed " + Long.toUnsignedString(runSeed) + ": " + messageId
                + " under each semantics, on the same faults");
        lines.forEach(o::println);
        o.flush();
        if (out != null) {
            String svg = SideBySideSvg.render(messageId, scenario.name() + ", seed " + Long.toUnsignedString(runSeed),
                    lanes);
            Path written = out.resolve("semantics.svg");
            try {
                Files.createDirectories(out);
                AtomicFile.write(written, w -> w.write(svg));
            } catch (IOException e) {
                t.err().println("dsim replay: cannot write the picture to " + Echo.of(out) + ": " + FileErrors.reason(e));
                return ExitCode.USAGE;
            }
            o.println();
            o.println("wrote " + written);
            o.flush();
        }
        return limit ? ExitCode.LIMIT_HIT : ExitCode.OK;
    }

    private int tell(Terminal t, Scenario scenario, RunResult result, Story story, int code) {
        Explanation why = Explanations.explain(story, RunContext.of(scenario, result));
        PrintWriter o = t.out();
        o.println();
        o.println("story of " + story.messageId() + ": " + outcome(story, why));
        o.print(StoryText.render(story, why));
        o.flush();
        if (out == null) {
            return code;
        }
        String title = story.messageId() + ": " + outcome(story, why);
        String subtitle = scenario.name() + ", " + result.semantics().id() + ", seed "
                + Long.toUnsignedString(result.seed()) + ", trace digest " + result.traceDigest();
        try {
            List<Path> written = SequenceFiles.write(out, Sequence.of(story, why), title, subtitle, why.text());
            o.println();
            o.println("wrote " + written.stream().map(Path::toString).collect(Collectors.joining(" and ")));
            o.flush();
        } catch (IOException e) {
            t.err().println("dsim replay: cannot write the diagram to " + Echo.of(out) + ": "
                    + FileErrors.reason(e));
            return ExitCode.USAGE;
        }
        return code;
    }

    /** e.g. {@code processed twice (dedup store lost)}, {@code lost (retries exhausted)}, {@code processed once}. */
    static String outcome(Story story, Explanation why) {
        String what = why.outcome() == MessageOutcome.LOST ? "lost"
                : "processed " + MessageOutcome.times(story.processings());
        return why.cause() == Cause.NONE ? what : what + " (" + why.cause().label() + ")";
    }

    @Override
    public String reproduceLine() {
        return current;
    }
}
