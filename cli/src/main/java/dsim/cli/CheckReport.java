package dsim.cli;

import dsim.check.Decision;
import dsim.check.HuntFailure;
import dsim.check.RateVerdict;
import dsim.check.SeedsHeld;
import dsim.check.SequentialCheck;
import dsim.report.ShellWords;
import dsim.spec.Scenario;
import java.io.PrintWriter;

/**
 * What {@code dsim check} prints as text: the plan, a line per run that broke a per-run bound
 * (as hunt prints it, with its replay line), then each bound over seeds with its decision,
 * interval and seeds, each per-run bound with the seeds it held in, and how it ended.
 */
final class CheckReport {

    /** Broken runs told in full, each replayed to explain it; the rest are counted. */
    static final int FAILURES_SHOWN = 10;

    private final Terminal t;
    private final Scenario scenario;
    private final String file;
    private final SequentialCheck.Plan plan;
    private final HuntReport runs;
    private int failures;

    CheckReport(Terminal t, Scenario scenario, String file, SequentialCheck.Plan plan) {
        this.t = t;
        this.scenario = scenario;
        this.file = file;
        this.plan = plan;
        this.runs = new HuntReport(t, scenario, file, false, OutputFormat.TEXT); // check --format json renders its own
    }

    void header() {
        t.out().println("check " + scenario.name() + ": batches of " + plan.batch() + " seeds from "
                + Long.toUnsignedString(plan.first()) + ", at most " + plan.maxSeeds() + " ("
                + Scenarios.count(plan.looks(), "look") + ", each interval spending 1/" + plan.looks()
                + " of the error its confidence allows)");
        t.out().flush();
    }

    /** A run that broke a per-run bound: told in full while few, else counted. */
    void failure(HuntFailure f) {
        if (failures++ < FAILURES_SHOWN) {
            runs.failure(f);
        }
    }

    /** 4 if a replay differed, 3 if a run hit a limit, 1 if anything failed, 5 if a bound is undecided, else 0. */
    int exitCode(SequentialCheck.Result r) {
        if (!runs.replayDifferences().isEmpty()) {
            return ExitCode.NONDETERMINISTIC;
        }
        if (r.perRun().hitLimit()) {
            return ExitCode.LIMIT_HIT;
        }
        if (RateVerdict.anyFails(r.verdicts()) || SeedsHeld.anyBroken(r.perRunHeld()) || r.perRun().sometimesNeverMet()) {
            return ExitCode.EXPECTATION_BROKEN;
        }
        return r.undecided() ? ExitCode.UNDECIDED : ExitCode.OK;
    }

    /** What {@code code} means at the end of a check, for scripts reading its JSON. */
    static String meaning(int code) {
        return switch (code) {
            case ExitCode.OK -> "every bound over seeds holds, and every per-run bound held in every seed run";
            case ExitCode.EXPECTATION_BROKEN -> "a bound over seeds fails, a run broke a per-run bound, or a sometimes"
                    + " bound was met in no seed";
            case ExitCode.LIMIT_HIT -> "some run stopped at a limit before it finished";
            case ExitCode.NONDETERMINISTIC -> "a replay differed from its run (a determinism bug)";
            case ExitCode.UNDECIDED -> "a bound over seeds was still undecided at the seed cap";
            default -> "exit code " + code;
        };
    }

    void summary(SequentialCheck.Result r) {
        PrintWriter out = t.out();
        if (failures > FAILURES_SHOWN) {
            out.println("... and " + (failures - FAILURES_SHOWN) + " more broken runs; " + Launcher.name() + " hunt "
                    + ShellWords.word(file) + " --seed " + Long.toUnsignedString(plan.first()) + " --seeds "
                    + r.seedsRun() + " lists them");
        }
        out.println();
        for (RateVerdict v : r.verdicts()) {
            out.println(t.symbol(v.decision().symbol(), v.decision().ascii()) + " " + v.line());
        }
        for (SeedsHeld h : r.perRunHeld()) {
            out.println((h.ok() ? t.symbol("\u2713", "ok") : t.symbol("\u2717", "FAIL")) + " " + h.line());
        }
        for (SeedsHeld h : r.perRun().sometimes()) {
            out.println((h.ok() ? t.symbol("\u2713", "ok") : t.symbol("\u2717", "FAIL")) + " " + h.line());
        }
        for (String differs : runs.replayDifferences()) {
            out.println(t.symbol("\u2717", "FAIL") + " determinism: replaying " + differs);
        }
        long undecided = r.verdicts().stream().filter(v -> v.decision() == Decision.UNDECIDED).count();
        out.println(undecided == 0
                ? "every bound over seeds decided in " + r.seedsRun() + " of at most " + plan.maxSeeds() + " seeds"
                : undecided + (undecided == 1 ? " bound" : " bounds") + " over seeds still undecided at the cap of "
                        + plan.maxSeeds() + " seeds: the share is too close to its bound to tell apart in so few;"
                        + " a higher --max-seeds runs more");
        out.flush();
    }
}
