package dsim.cli;

import dsim.bench.Bench;
import dsim.bench.BenchResult;
import dsim.report.BenchReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dsim bench}: how fast this machine runs dsim's event queue and model. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measure this machine: the whole model on a built-in scenario of a million messages, next to "
                + "a lean model of the same scenario written by hand (no journal, plain arrays); a "
                + "100-seed sweep, as compare and hunt run it, on one worker thread and on two; the cost of an event "
                + "at 10 and at 10,000 producers and consumers, and of the lean model's; a replay of one message of the million next to the "
                + "run; then the hold model on dsim's event queue next to a "
                + "primitive binary heap and java.util.PriorityQueue (interleaved in one JVM). Its rounds are counted, "
                + "not timed: on an idle 2-core machine it took 127 s (--quick: 25 s); a slower or busy one takes "
                + "longer, several minutes where other work shares the cores.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "70:internal error", "74:the figures could not be written to standard output"})
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Option(names = "--format", paramLabel = "text|json", converter = OutputFormat.Converter.class,
            completionCandidates = OutputFormat.Names.class,
            defaultValue = "text", description = "Output: a text table (default) or JSON.")
    private OutputFormat format;

    @Option(names = "--quick", description = "A smaller, faster run: fewer rounds, a 200,000-message model and a 10-seed sweep.")
    private boolean quick;

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        t.err().println("dsim bench: measuring" + (quick ? " (quick)" : "") + "...");
        Progress progress = Progress.onTerminal(t.err(), "bench", Bench.PARTS);
        BenchResult r = Bench.run(quick, (done, name) -> {
            if (progress != null) {
                progress.stage(done, name);
            }
        });
        if (progress != null) {
            progress.finish();
        }
        t.out().print(format == OutputFormat.JSON ? BenchReport.json(r) : BenchReport.text(r));
        return ExitCode.OK;
    }
}
