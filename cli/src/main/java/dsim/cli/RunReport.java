package dsim.cli;

import dsim.text.Durations;
import dsim.check.ExpectationChecker;
import dsim.check.Verdict;
import dsim.report.RunJson;
import dsim.report.RunTable;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.spec.Expectation;
import dsim.spec.Scenario;
import dsim.scenario.Units;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code dsim run} prints after its runs, and its exit code: the table or the JSON, each
 * expectation judged, each limit hit, and the command that reproduces each failed run.
 */
final class RunReport {

    private final Scenario scenario;
    private final List<RunResult> results;
    private final Function<RunResult, String> replay;

    /**
     * @param scenario the scenario run
     * @param results  its runs, in the order to print
     * @param replay   the command line reproducing a run
     */
    RunReport(Scenario scenario, List<RunResult> results, Function<RunResult, String> replay) {
        this.scenario = scenario;
        this.results = List.copyOf(results);
        this.replay = replay;
    }

    /** Prints the table, one line per check, limit warnings and replay lines; returns the exit code. */
    int printText(Terminal t) {
        PrintWriter out = t.out();
        out.print(RunTable.render(results, scenario.totalMessages()));
        List<String> verdicts = new ArrayList<>();
        for (RunResult r : results) {
            for (Verdict v : verdicts(r)) {
                String semantics = r.semantics().id() + ": ";
                verdicts.add(v.ok()
                        ? t.symbol("\u2713", "ok") + " " + semantics + ExpectationChecker.describe(v.check())
                        : t.symbol("\u2717", "FAIL") + " " + semantics + ExpectationChecker.message(v.check(), v.actual()));
            }
            verdicts.addAll(overSeeds(t, r));
        }
        List<String> notes = new ArrayList<>(limitWarnings());
        notes.addAll(replayLines());
        section(out, verdicts);
        section(out, notes);
        out.flush();
        return exitCode();
    }

    /** Prints only the JSON to stdout, so scripts can parse it; warnings and replay lines go to stderr. */
    int printJson(Terminal t) {
        t.out().print(RunJson.render(results, scenario.expect()));
        t.out().flush();
        limitWarnings().forEach(t.err()::println);
        replayLines().forEach(t.err()::println);
        t.err().flush();
        return exitCode();
    }

    /** 3 if a run hit a limit (its tally is of an unfinished run), else 1 if an expectation broke, else 0. */
    int exitCode() {
        if (results.stream().anyMatch(r -> r.outcome() != Outcome.COMPLETED)) {
            return ExitCode.LIMIT_HIT;
        }
        return results.stream().anyMatch(this::broken) ? ExitCode.EXPECTATION_BROKEN : ExitCode.OK;
    }

    /**
     * A line per bound over seeds of {@code r}'s semantics, which one run cannot judge: its
     * value in this seed, and who decides it.
     */
    private List<String> overSeeds(Terminal t, RunResult r) {
        Expectation e = scenario.expect().get(r.semantics());
        List<String> lines = new ArrayList<>();
        for (Expectation.Statistical s : e == null ? List.<Expectation.Statistical>of() : e.statistical()) {
            lines.add(t.symbol("\u00b7", "-") + " " + r.semantics().id() + ": " + ExpectationChecker.describe(s)
                    + " is a bound over seeds (" + ExpectationChecker.amount(ExpectationChecker.actual(s.check(), r), true)
                    + " in this one): dsim check decides it");
        }
        return lines;
    }

    private List<Verdict> verdicts(RunResult r) {
        Expectation e = scenario.expect().get(r.semantics());
        return e == null ? List.of() : ExpectationChecker.evaluate(e, r);
    }

    private boolean broken(RunResult r) {
        return verdicts(r).stream().anyMatch(v -> !v.ok());
    }

    private List<String> limitWarnings() {
        List<String> lines = new ArrayList<>();
        for (RunResult r : results) {
            String limit = switch (r.outcome()) {
                case COMPLETED -> null;
                case MAX_TIME -> "max-time (" + Durations.exact(scenario.limits().maxTimeNanos()) + ")";
                case MAX_EVENTS -> "max-events (" + scenario.limits().maxEvents() + ")";
                case MAX_PENDING -> "max-pending (" + scenario.limits().maxPending() + " events in flight at once)";
            };
            if (limit == null) {
                continue;
            }
            if (r.outcome() == Outcome.MAX_PENDING) {
                lines.add("! " + r.semantics().id() + " stopped at " + limit + ": work piled up faster than it "
                        + "finished (e.g. redeliveries faster than a slow link delivers); each pending event holds "
                        + "about 44 bytes, so raise limits.max-pending (and -Xmx) only if this is intended");
            } else {
                lines.add("! " + r.semantics().id() + " stopped at " + limit + " with work left; raise limits."
                        + r.outcome().id() + " or check for a run that never ends");
            }
        }
        return lines;
    }

    private List<String> replayLines() {
        List<String> lines = new ArrayList<>();
        for (RunResult r : results) {
            if (broken(r) || r.outcome() != Outcome.COMPLETED) {
                lines.add("reproduce: " + replay.apply(r));
            }
        }
        return lines;
    }

    private static void section(PrintWriter out, List<String> lines) {
        if (!lines.isEmpty()) {
            out.println();
            lines.forEach(out::println);
        }
    }
}
