package dsim.cli;

import dsim.spec.Scenario;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioLoader;
import dsim.scenario.ScenarioOverride;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Loading a scenario file for a command: the scenario, or its problems printed one per line. */
final class Scenarios {

    private Scenarios() {
    }

    /** The scenario in {@code file}, or null after printing each problem to {@code err}; warnings printed too. */
    static Scenario loadOrReport(Path file, PrintWriter err) {
        return loadOrReport(file, err, new ScenarioWarnings());
    }

    /**
     * The scenario in {@code file}, or null after printing each problem to {@code err}. Its
     * warnings are printed as well, and under {@code --strict} they too make it null.
     */
    static Scenario loadOrReport(Path file, PrintWriter err, ScenarioWarnings warnings) {
        Scenario s = loadOrReport(file, List.of(), err);
        return s == null || warnings.report(s, err) ? s : null;
    }

    /**
     * The scenario in {@code file} with {@code overrides} applied, or null after printing each
     * problem; also null, after one line, if one run of it could not fit in this JVM's heap.
     * Warnings are not printed: a variant of a file repeats the file's own.
     */
    static Scenario loadOrReport(Path file, List<ScenarioOverride> overrides, PrintWriter err) {
        try {
            Scenario s = ScenarioLoader.load(file, overrides);
            return HeapCheck.fits(s, file, Runtime.getRuntime().maxMemory(), err) ? s : null;
        } catch (ScenarioException e) {
            return report(file.toString(), e, err);
        }
    }

    /**
     * The scenario whose file, called {@code fileName}, held {@code bytes} (as a part file of a
     * sharded sweep carries it), with {@code overrides} applied; or null after printing each problem,
     * as {@link #loadOrReport(Path, List, PrintWriter)} does.
     */
    static Scenario parseOrReport(String fileName, byte[] bytes, List<ScenarioOverride> overrides, PrintWriter err) {
        try {
            Scenario s = ScenarioLoader.parse(fileName, bytes, overrides);
            return HeapCheck.fits(s, Path.of(fileName), Runtime.getRuntime().maxMemory(), err) ? s : null;
        } catch (ScenarioException e) {
            return report(fileName, e, err);
        }
    }

    private static Scenario report(String file, ScenarioException e, PrintWriter err) {
        if (e.problems().isEmpty()) {
            err.println(file + ": " + e.getMessage());
        }
        for (var p : e.problems()) {
            err.println(p);
        }
        err.flush();
        return null;
    }

    /** {@code n thing} or {@code n things}. */
    static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
