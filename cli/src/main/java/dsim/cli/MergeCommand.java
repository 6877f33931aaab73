package dsim.cli;

import dsim.report.part.PartException;
import dsim.report.part.PartHeader;
import dsim.report.part.PartSet;
import dsim.spec.Scenario;
import dsim.text.Echo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dsim merge PART...}: the result of a sharded compare or hunt, from every shard's part,
 * byte for byte what the sweep run on one machine writes and prints.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Merge the part files that 'dsim compare --shard I/N' or 'dsim hunt --shard I/N' wrote, one per "
                + "shard. Checks that they are every shard of one sweep (the same scenario, dsim version and options, "
                + "each shard once, no seed missing or repeated), then writes and prints, from the runs they hold, "
                + "what the compare or hunt run on one machine writes and prints, byte for byte (run it from the "
                + "folder the shards ran in, so the scenario's path it prints reads the same).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:an expect of the scenario was broken in some seed",
            "2:bad input or usage, or parts that are not every shard of one sweep",
            "3:some run hit a limit before it finished, or the heap ran out",
            "4:a hunt's broken run replayed differently here (a determinism bug)",
            "70:internal error", "74:the results could not be written to standard output"})
final class MergeCommand implements Callable<Integer>, Reproducible {

    @ParentCommand
    private Main main;

    @Parameters(index = "0", arity = "1..*", paramLabel = "PART",
            description = "The part files, one per shard, in any order (e.g. parts/part-*-of-3.jsonl).")
    private List<Path> parts = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "For a compare's parts: the folder for the report files. Default: out/<scenario-name>/, "
                    + "as compare's.")
    private Path out;

    @Option(names = "--force", description = "For a compare's parts: write into --out even if it holds files dsim did "
            + "not write, as compare --force does.")
    private boolean force;

    @Option(names = "--format", paramLabel = "text|json", converter = OutputFormat.Converter.class,
            completionCandidates = OutputFormat.Names.class, defaultValue = "text",
            description = "For a hunt's parts: text lines (default) or one JSON object, as hunt --format prints them.")
    private OutputFormat format;

    private String current;

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        PartSet set;
        try {
            set = PartSet.open(parts);
        } catch (PartException e) {
            t.err().println("dsim merge: " + e.getMessage());
            return ExitCode.USAGE;
        }
        PartHeader header = set.header();
        if (!header.version().equals(Version.number())) {
            t.err().println("dsim merge: " + set.name() + ": written by dsim " + header.version()
                    + ", and this is dsim " + Version.number() + ": merge with the dsim that ran the shards");
            return ExitCode.USAGE;
        }
        byte[] text = header.scenarioText().getBytes(StandardCharsets.UTF_8);
        Scenario scenario = Scenarios.parseOrReport(header.scenarioFile(), text, List.of(), t.err());
        if (scenario == null) {
            return ExitCode.USAGE;
        }
        new ScenarioWarnings().report(scenario, t.err()); // as the one-machine run printed them
        try {
            switch (header.command()) {
                case "compare":
                    if (format != OutputFormat.TEXT) {
                        t.err().println("dsim merge: --format is for a hunt's parts: a merged compare writes its "
                                + "report files and prints its summary as compare does");
                        return ExitCode.USAGE;
                    }
                    current = CompareCommand.command(header.scenarioFile(), header.seeds(), header.firstSeed(),
                            set.texts("--vary"));
                    return new CompareMerge(set, text, out, force).run(t, scenario);
                case "hunt":
                    if (out != null) {
                        t.err().println("dsim merge: --out is for a compare's parts: a merged hunt prints its results "
                                + "and writes no file");
                        return ExitCode.USAGE;
                    }
                    current = HuntCommand.command(header.scenarioFile(), header.firstSeed(), header.seeds(),
                            set.flag("--swarm"));
                    return new HuntMerge(set, format).run(t, scenario);
                default:
                    t.err().println("dsim merge: " + set.name() + ": a part of 'dsim "
                            + Echo.of(header.command()) + "', which this dsim cannot merge");
                    return ExitCode.USAGE;
            }
        } catch (PartException e) {
            t.err().println("dsim merge: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    @Override
    public String reproduceLine() {
        return current;
    }
}
