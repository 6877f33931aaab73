package dsim.shrink;

import dsim.check.ExpectationChecker;
import dsim.check.Violation;
import dsim.model.FaultLog;
import dsim.run.RunResult;
import dsim.spec.Expectation;

/**
 * What a shrink keeps failing: a broken check of the scenario's {@code expect}, or one
 * message's bad outcome (lost, or processed more than once).
 *
 * @param check       the broken check, or null when a message is watched
 * @param messageId   the watched message, or null
 * @param processings how often the watched message was processed in the failing run
 */
record Failure(Expectation.Check check, String messageId, int processings) {

    /** Whether a run shows the same failure. */
    boolean in(RunResult r, FaultLog log) {
        if (messageId != null) {
            int n = log.watchedProcessings();
            return processings == 0 ? n == 0 : n >= 2;
        }
        return !check.comparison().holds(ExpectationChecker.actual(check, r), check.bound());
    }

    /** The failure, e.g. {@code duplicated == 0 broken (duplicated 6)} or {@code checkout-786 processed 2 times}. */
    String describe(RunResult r, FaultLog log) {
        if (messageId != null) {
            return outcome(log.watchedProcessings());
        }
        return ExpectationChecker.describe(check) + " broken (" + ExpectationChecker.message(check,
                ExpectationChecker.actual(check, r)) + ")";
    }

    /** What a run shows instead, e.g. {@code checkout-786 is processed once} or {@code duplicated == 0 holds}. */
    String instead(RunResult r, FaultLog log) {
        if (messageId != null) {
            return messageId + " is " + outcome(log.watchedProcessings()).substring(messageId.length() + 1);
        }
        String actual = ExpectationChecker.message(check, ExpectationChecker.actual(check, r));
        return ExpectationChecker.describe(check) + " holds (" + actual.substring(0, actual.indexOf(", expected")) + ")";
    }

    private String outcome(int n) {
        return messageId + " " + (n == 0 ? "lost" : n == 1 ? "processed once" : "processed " + n + " times");
    }

    /** The first broken check in a run, as the failure to keep, or null if all hold. */
    static Failure firstBroken(Expectation expectation, RunResult r) {
        if (expectation == null) {
            return null;
        }
        for (Violation v : ExpectationChecker.check(expectation, r)) {
            return new Failure(v.check(), null, -1);
        }
        return null;
    }
}
