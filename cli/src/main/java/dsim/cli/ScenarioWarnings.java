package dsim.cli;

import dsim.spec.Problem;
import dsim.spec.Scenario;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The {@code --strict} option of the commands that load a scenario (a picocli mixin), and the
 * printing of the scenario's warnings: things legal but probably unintended, such as a delay
 * with an infinite mean. Warnings go to stderr and leave the exit code alone unless
 * {@code --strict} makes them errors.
 */
final class ScenarioWarnings {

    @Option(names = "--strict", description = "Treat the scenario's warnings as errors: print them and exit 2.")
    private boolean strict;

    /**
     * Prints each warning of {@code scenario} to {@code err}; true if the command may go on
     * (no warnings, or not {@code --strict}).
     */
    boolean report(Scenario scenario, PrintWriter err) {
        for (Problem w : scenario.source().warnings()) {
            err.println(strict ? w.toString() : w.asWarning()); // under --strict, an error like any other
        }
        err.flush();
        return !strict || scenario.source().warnings().isEmpty();
    }
}
