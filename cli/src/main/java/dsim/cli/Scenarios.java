package dsim.cli;

import dsim.api.DsimScenario;
import dsim.api.InvalidScenarioException;
import dsim.spec.Scenario;
import dsim.scenario.ScenarioOverride;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Loading a scenario file for a command, through dsim's library API ({@link DsimScenario}):
 * the scenario, or its problems printed one per line. A FILE of {@code -} is read from
 * standard input, and messages name it {@code <stdin>}.
 */
final class Scenarios {

    /** The FILE argument that stands for standard input. */
    static final String STANDARD_INPUT = "-";

    private Scenarios() {
    }

    /**
     * The scenario in {@code file}, or null after printing each problem to {@code t}'s err; also
     * null, after one line, if one run of it could not fit in this JVM's heap. Its warnings are
     * printed as well, and under {@code --strict} they too make it null. A scenario read from
     * standard input gets a note: the command lines printed for it name it {@code -}.
     */
    static DsimScenario loadOrReport(Path file, Terminal t, ScenarioWarnings warnings) {
        DsimScenario s = checkOrReport(file, t, warnings);
        if (s != null && isStandardInput(file)) {
            t.err().println(s.fileName() + ": note: read from standard input (sha256 " + s.sha256().substring(0, 16)
                    + "); the command lines printed for it name it '-' and need the same scenario on their standard"
                    + " input");
            t.err().flush();
        }
        return s;
    }

    /** As {@link #loadOrReport(Path, Terminal, ScenarioWarnings)}, for a command that prints no command lines. */
    static DsimScenario checkOrReport(Path file, Terminal t, ScenarioWarnings warnings) {
        DsimScenario s = load(file, t.in(), t.err());
        return s != null && fits(s.spec(), file, t.err()) && warnings.report(s.spec(), t.err()) ? s : null;
    }

    /** The scenario in {@code file}, or null after printing each problem to {@code err}; warnings printed too. */
    static Scenario loadOrReport(Path file, PrintWriter err) {
        DsimScenario s = load(file, InputStream.nullInputStream(), err);
        return s != null && fits(s.spec(), file, err) && new ScenarioWarnings().report(s.spec(), err) ? s.spec() : null;
    }

    /**
     * The scenario in {@code file} with {@code overrides} applied, or null after printing each
     * problem; also null, after one line, if one run of it could not fit in this JVM's heap.
     * Warnings are not printed: a variant of a file repeats the file's own.
     */
    static Scenario loadOrReport(Path file, List<ScenarioOverride> overrides, PrintWriter err) {
        DsimScenario s = load(file, InputStream.nullInputStream(), err);
        return s == null ? null : variantOrReport(s, file, overrides, err);
    }

    /**
     * {@code base} with {@code overrides} applied, or null after printing each problem; also null,
     * after one line, if one run of it could not fit in this JVM's heap. Warnings are not printed:
     * a variant of a file repeats the file's own.
     */
    static Scenario variantOrReport(DsimScenario base, Path file, List<ScenarioOverride> overrides, PrintWriter err) {
        try {
            Scenario s = overrides.isEmpty() ? base.spec() : base.withOverrides(overrides).spec();
            return fits(s, file, err) ? s : null;
        } catch (InvalidScenarioException e) {
            return report(e, err);
        }
    }

    /** Whether the FILE argument {@code file} means standard input. */
    static boolean isStandardInput(Path file) {
        return file.toString().equals(STANDARD_INPUT);
    }

    /** How messages name the FILE argument {@code file}: its path, or {@code <stdin>}. */
    static String name(Path file) {
        return isStandardInput(file) ? DsimScenario.STANDARD_INPUT : file.toString();
    }

    /** The scenario in {@code file} (or on {@code in}), or null after printing each problem. */
    private static DsimScenario load(Path file, InputStream in, PrintWriter err) {
        try {
            return isStandardInput(file) ? DsimScenario.read(DsimScenario.STANDARD_INPUT, in) : DsimScenario.load(file);
        } catch (InvalidScenarioException e) {
            return report(e, err);
        }
    }

    private static <T> T report(InvalidScenarioException e, PrintWriter err) {
        e.problems().forEach(err::println);
        err.flush();
        return null;
    }

    private static boolean fits(Scenario s, Path file, PrintWriter err) {
        return HeapCheck.fits(s, file, Runtime.getRuntime().maxMemory(), err);
    }

    /**
     * The scenario whose file, called {@code fileName}, held {@code bytes} (as a part file of a
     * sharded sweep carries it), with {@code overrides} applied; or null after printing each problem,
     * as {@link #loadOrReport(Path, List, PrintWriter)} does.
     */
    static Scenario parseOrReport(String fileName, byte[] bytes, List<ScenarioOverride> overrides, PrintWriter err) {
        DsimScenario base;
        try {
            base = DsimScenario.fromYaml(fileName, new String(bytes, StandardCharsets.UTF_8));
        } catch (InvalidScenarioException e) {
            return report(e, err);
        }
        return variantOrReport(base, Path.of(fileName), overrides, err);
    }

    /** {@code n thing} or {@code n things}. */
    static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
