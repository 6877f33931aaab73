package dsim.cli;

import dsim.api.DsimScenario;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dsim validate FILE...}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check scenario files without running them: one ok line per good file, and every problem "
                + "of each bad one with its line, column and key.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "2:at least one file has problems (or, with --strict, warnings)",
            "74:the ok lines could not be written to standard output"})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private ScenarioWarnings warnings;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML); - reads one from standard "
            + "input.")
    private List<Path> files;

    @Override
    public Integer call() {
        Terminal t = main.terminal();
        if (files.stream().filter(Scenarios::isStandardInput).count() > 1) {
            t.err().println("dsim validate: - (standard input) may be given once: it holds one scenario");
            return ExitCode.USAGE;
        }
        boolean allGood = true;
        for (Path file : files) {
            DsimScenario s = Scenarios.checkOrReport(file, t, warnings);
            if (s == null) {
                allGood = false;
                continue;
            }
            t.out().println("ok: " + s.fileName() + " (" + Scenarios.count(s.producers().size(), "producer") + ", "
                    + Scenarios.count(s.brokers().size(), "broker") + ", "
                    + Scenarios.count(s.consumers().size(), "consumer") + ", "
                    + Scenarios.count(s.messages(), "message") + ")");
        }
        t.out().flush();
        return allGood ? ExitCode.OK : ExitCode.USAGE;
    }
}
