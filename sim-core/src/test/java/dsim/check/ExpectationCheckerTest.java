package dsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.run.Drops;
import dsim.run.Latency;
import dsim.run.Queueing;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.spec.Expectation;
import dsim.spec.Expectation.Check;
import dsim.spec.Expectation.Comparison;
import dsim.spec.Expectation.Metric;
import dsim.spec.Semantics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationCheckerTest {

    /** 1000 produced: 12 lost, 970 once, 18 duplicated (20 extra), 40 retries, 7 redeliveries. */
    private static RunResult result(long produced, long lost, long once, long duplicated) {
        return new RunResult("s", Semantics.AT_LEAST_ONCE, 42, produced, lost, once, duplicated,
                duplicated + 2, 3000, 40, 7, new Drops(1, 2, 3), 0, 0, 0, 0, 0, Latency.NONE, Queueing.NONE,
                10_000, 1_000_000_000L, Outcome.COMPLETED, "0123456789abcdef");
    }

    private static Check check(Metric m, Comparison c, double bound, boolean percent) {
        return new Check(m, c, bound, percent, c.symbol() + " " + bound);
    }

    @Test
    void check_allHold_noViolations() {
        Expectation e = new Expectation(List.of(
                check(Metric.LOST, Comparison.LE, 12, false),
                check(Metric.PROCESSED_ONCE, Comparison.GT, 0, false)));
        assertTrue(ExpectationChecker.check(e, result(1000, 12, 970, 18)).isEmpty());
    }

    @Test
    void check_lostNotZero_namesCountAndBound() {
        Check lost = check(Metric.LOST, Comparison.EQ, 0, false);
        List<Violation> v = ExpectationChecker.check(new Expectation(List.of(lost)), result(1000, 12, 970, 18));
        assertEquals(1, v.size());
        assertEquals(lost, v.get(0).check());
        assertEquals(12.0, v.get(0).actual());
        assertEquals("lost 12, expected == 0", v.get(0).message());
    }

    @Test
    void check_duplicatedExpectedButNone_saysSo() {
        Expectation e = new Expectation(List.of(check(Metric.DUPLICATED, Comparison.GT, 0, false)));
        List<Violation> v = ExpectationChecker.check(e, result(1000, 12, 988, 0));
        assertEquals("duplicated 0, expected > 0", v.get(0).message());
    }

    @Test
    void check_percentBound_comparesShareOfProduced() {
        Expectation e = new Expectation(List.of(check(Metric.LOST, Comparison.LT, 1, true)));
        List<Violation> v = ExpectationChecker.check(e, result(1000, 32, 950, 18));
        assertEquals(3.2, v.get(0).actual(), 1e-12);
        assertEquals("lost 3.2%, expected < 1%", v.get(0).message());
        assertTrue(ExpectationChecker.check(e, result(1000, 9, 973, 18)).isEmpty());
    }

    @Test
    void check_tinyPercent_neverPrintsAsZero() {
        Expectation e = new Expectation(List.of(check(Metric.LOST, Comparison.EQ, 0, true)));
        List<Violation> v = ExpectationChecker.check(e, result(25_000, 1, 24_999, 0));
        assertEquals("lost 0.004%, expected == 0%", v.get(0).message());
    }

    @Test
    void check_nothingProduced_percentIsZero() {
        Expectation e = new Expectation(List.of(check(Metric.LOST, Comparison.LE, 0, true)));
        assertTrue(ExpectationChecker.check(e, result(0, 0, 0, 0)).isEmpty());
    }

    @Test
    void check_severalBroken_keepsFileOrder() {
        Expectation e = new Expectation(List.of(
                check(Metric.REDELIVERIES, Comparison.LT, 5, false),
                check(Metric.LOST, Comparison.EQ, 0, false),
                check(Metric.RETRIES, Comparison.GE, 10, false),
                check(Metric.EXTRA_PROCESSINGS, Comparison.EQ, 0, false)));
        List<Violation> v = ExpectationChecker.check(e, result(1000, 12, 970, 18));
        assertEquals(List.of("redeliveries 7, expected < 5", "lost 12, expected == 0",
                "extra-processings 20, expected == 0"), v.stream().map(Violation::message).toList());
    }

    @Test
    void evaluate_everyCheck_reportsActualAndOk() {
        Expectation e = new Expectation(List.of(
                check(Metric.LOST, Comparison.EQ, 0, false),
                check(Metric.DUPLICATED, Comparison.LE, 2.5, true)));
        List<Verdict> verdicts = ExpectationChecker.evaluate(e, result(1000, 12, 970, 18));
        assertEquals(2, verdicts.size());
        assertFalse(verdicts.get(0).ok());
        assertEquals(1.8, verdicts.get(1).actual(), 1e-12);
        assertTrue(verdicts.get(1).ok());
    }

    @Test
    void describe_normalForm() {
        assertEquals("lost == 0", ExpectationChecker.describe(check(Metric.LOST, Comparison.EQ, 0, false)));
        assertEquals("processed-once >= 99.5%",
                ExpectationChecker.describe(check(Metric.PROCESSED_ONCE, Comparison.GE, 99.5, true)));
    }

    @Test
    void number_isShortAndPlain() {
        assertEquals("12", ExpectationChecker.number(12));
        assertEquals("33.33", ExpectationChecker.number(100.0 / 3));
        assertEquals("0.0001", ExpectationChecker.number(1e-4));
        assertEquals("-1.5", ExpectationChecker.number(-1.5));
    }
}
