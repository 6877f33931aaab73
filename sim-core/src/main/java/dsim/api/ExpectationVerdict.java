package dsim.api;

import dsim.check.ExpectationChecker;
import dsim.check.Verdict;
import dsim.spec.Semantics;

/**
 * One check of a scenario's {@code expect} judged against one run, held or broken.
 *
 * @param semantics the semantics whose expectation it is
 * @param check     the check in normal form, e.g. {@code lost == 0} or {@code lost < 1%}
 * @param actual    the metric's value in the run: a count, a percentage of produced (for a
 *                  percentage check) or nanoseconds (for a latency)
 * @param held      whether the check held
 * @param message   the check if it held; else what broke, e.g. {@code lost 3, expected == 0}
 */
public record ExpectationVerdict(Semantics semantics, String check, double actual, boolean held, String message) {

    /** The verdict of one judged check. */
    static ExpectationVerdict of(Semantics semantics, Verdict v) {
        return new ExpectationVerdict(semantics, ExpectationChecker.describe(v.check()), v.actual(), v.ok(),
                v.ok() ? ExpectationChecker.describe(v.check()) : ExpectationChecker.message(v.check(), v.actual()));
    }

    /** {@code exactly-once: lost == 0 held}, or {@code exactly-once: lost 3, expected == 0}. */
    @Override
    public String toString() {
        return semantics.id() + ": " + message + (held ? " held" : "");
    }
}
