package dsim.check;

import dsim.run.RunResult;
import dsim.spec.Expectation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.sweep.SeedRuns;
import java.util.ArrayList;
import java.util.List;

/**
 * One check of a scenario's {@code expect} over every seed of a sweep: in how many seeds it
 * held, and the first seed where it did not, so a report can say "held in 74 of 100 seeds"
 * and name the run that replays a failure.
 *
 * @param semantics    the semantics the check is for
 * @param check        the check as the file wrote it
 * @param held         seeds in which it held
 * @param seeds        seeds run
 * @param firstBroken  the first seed (in sweep order) in which it broke; meaningless if it never did
 * @param firstMessage what broke in that seed, e.g. {@code duplicated 3, expected == 0}; null if it never broke
 * @param sometimes    whether it is a {@code sometimes} check, which must hold in some seed rather than every one
 */
public record SeedsHeld(Semantics semantics, Expectation.Check check, int held, int seeds, long firstBroken,
                        String firstMessage, boolean sometimes) {

    /** Whether it held in every seed. */
    public boolean always() {
        return held == seeds;
    }

    /** Whether it is kept: a plain check held in every seed, a sometimes check in at least one. */
    public boolean ok() {
        return sometimes ? held > 0 : always();
    }

    /** Every check of {@code scenario}'s expect, per semantics in the scenario's order, over {@code runs}. */
    public static List<SeedsHeld> of(Scenario scenario, List<SeedRuns> runs) {
        List<SeedsHeld> out = new ArrayList<>();
        for (Semantics s : scenario.semantics()) {
            Expectation e = scenario.expect().get(s);
            if (e == null) {
                continue;
            }
            for (Expectation.Check c : e.checks()) {
                out.add(over(s, c, runs, false));
            }
            for (Expectation.Check c : e.sometimes()) {
                out.add(over(s, c, runs, true));
            }
        }
        return List.copyOf(out);
    }

    /** Check {@code c} of semantics {@code s} over every seed. */
    private static SeedsHeld over(Semantics s, Expectation.Check c, List<SeedRuns> runs, boolean sometimes) {
        int held = 0;
        long first = 0;
        String message = null;
        for (SeedRuns seed : runs) {
            double actual = ExpectationChecker.actual(c, seed.of(s));
            if (c.comparison().holds(actual, c.bound())) {
                held++;
            } else if (message == null) {
                first = seed.seed();
                message = ExpectationChecker.message(c, actual);
            }
        }
        return new SeedsHeld(s, c, held, runs.size(), first, message, sometimes);
    }

    /** Whether some check broke in some seed. */
    public static boolean anyBroken(List<SeedsHeld> checks) {
        return checks.stream().anyMatch(c -> !c.ok());
    }

    /** {@code exactly-once: duplicated == 0 held in 74 of 100 seeds (first broken: seed 45, duplicated 3, expected == 0)}. */
    public String line() {
        String base = semantics.id() + ": " + (sometimes ? "sometimes " : "") + ExpectationChecker.describe(check)
                + " held in " + held + " of " + seeds + (seeds == 1 ? " seed" : " seeds");
        if (sometimes) {
            return held > 0 ? base : base + ": the seeds never met it, so what the scenario claims of it went untested";
        }
        return always() ? base : base + " (first broken: seed " + Long.toUnsignedString(firstBroken) + ", "
                + firstMessage + ")";
    }
}
