package dsim.check;

import dsim.run.FaultCoverage;
import dsim.run.RunResult;
import dsim.spec.Expectation;
import dsim.spec.Expectation.Check;
import dsim.text.Durations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Compares a run's tally with what its scenario promised for that semantics. */
public final class ExpectationChecker {

    private ExpectationChecker() {
    }

    /** The broken checks of {@code expectation} in {@code result}, in file order; empty if all hold. */
    public static List<Violation> check(Expectation expectation, RunResult result) {
        List<Violation> violations = new ArrayList<>();
        for (Verdict v : evaluate(expectation, result)) {
            if (!v.ok()) {
                violations.add(new Violation(v.check(), v.actual(), message(v.check(), v.actual())));
            }
        }
        return List.copyOf(violations);
    }

    /** Every check of {@code expectation} judged against {@code result}, in file order. */
    public static List<Verdict> evaluate(Expectation expectation, RunResult result) {
        List<Verdict> verdicts = new ArrayList<>(expectation.checks().size());
        for (Check c : expectation.checks()) {
            double actual = actual(c, result);
            verdicts.add(new Verdict(c, actual, c.comparison().holds(actual, c.bound())));
        }
        return List.copyOf(verdicts);
    }

    /** The value {@code check} compares: the metric's count, or {@code 100 * count / produced} for a percentage. */
    public static double actual(Check check, RunResult result) {
        long count = metric(check.metric(), result);
        if (!check.percent()) {
            return count;
        }
        // Nothing produced means nothing went wrong: 0% rather than NaN, which no comparison holds.
        return result.produced() == 0 ? 0.0 : 100.0 * count / result.produced();
    }

    /** The count a metric names in a run. */
    public static long metric(Expectation.Metric metric, RunResult r) {
        return switch (metric) {
            case LOST -> r.lost();
            case DUPLICATED -> r.duplicated();
            case PROCESSED_ONCE -> r.processedOnce();
            case EXTRA_PROCESSINGS -> r.extraProcessings();
            case RETRIES -> r.retries();
            case REDELIVERIES -> r.redeliveries();
            case DEAD_LETTERED -> r.deadLettered();
            case UNRECOVERABLE -> r.lost() - r.deadLettered();
            case CRASHES -> r.crashes();
            case GAVE_UP -> r.gaveUp();
            case DEDUP_SKIPS -> r.dedupSuppressed();
            case DEDUP_WINDOW_EXPIRED -> r.coverage().firedStartingWith(FaultCoverage.DEDUP_WINDOW_EXPIRY);
            case P99_LATENCY -> r.latency().p99Nanos();
            case MAX_LATENCY -> r.latency().maxNanos();
        };
    }

    /** The check in normal form, e.g. {@code lost == 0} or {@code lost < 1%}. */
    public static String describe(Check check) {
        return check.metric().id() + " " + check.comparison().symbol() + " " + amount(check, check.bound());
    }

    /** A check over seeds in normal form, with its confidence, e.g. {@code duplicated < 0.5% @95%}. */
    public static String describe(Expectation.Statistical statistical) {
        return describe(statistical.check()) + " @" + number(100 * statistical.confidence()) + "%";
    }

    /** The one-line message for a check that did not hold, e.g. {@code lost 3.2%, expected < 1%}. */
    public static String message(Check check, double actual) {
        return check.metric().id() + " " + amount(check, actual) + ", expected "
                + check.comparison().symbol() + " " + amount(check, check.bound());
    }

    /** A value of {@code check}'s metric as messages print it: a duration, a count or a percentage. */
    private static String amount(Check check, double value) {
        return check.metric().isLatency() ? Durations.compact(Math.round(value)) : amount(value, check.percent());
    }

    /** A count or a percentage the way messages print it: whole numbers bare, others to a few digits. */
    public static String amount(double value, boolean percent) {
        return number(value) + (percent ? "%" : "");
    }

    /** Deterministic short decimal: 12, 3.2, 33.33, 0.0042; never scientific notation. */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal d = new BigDecimal(value);
        // Two decimals for ordinary values; two significant digits for tiny ones, so 0.004% never prints as 0%.
        d = Math.abs(value) >= 1 ? d.setScale(2, RoundingMode.HALF_EVEN) : d.round(new MathContext(2, RoundingMode.HALF_EVEN));
        return d.stripTrailingZeros().toPlainString();
    }
}
