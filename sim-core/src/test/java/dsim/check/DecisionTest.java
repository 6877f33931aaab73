package dsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dsim.spec.Expectation.Check;
import dsim.spec.Expectation.Comparison;
import dsim.spec.Expectation.Metric;
import dsim.stats.Estimate;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static Decision decide(Comparison cmp, double lower, double upper) {
        return Decision.of(new Check(Metric.DUPLICATED, cmp, 1, true, "x"), new Estimate(0, lower, upper, "t", 0.95, 9));
    }

    @Test
    void anIntervalWhollyInside_holds_whollyOutside_fails_across_isUndecided() {
        assertEquals(Decision.HOLDS, decide(Comparison.LT, 0.2, 0.9));
        assertEquals(Decision.FAILS, decide(Comparison.LT, 1.0, 1.5));
        assertEquals(Decision.UNDECIDED, decide(Comparison.LT, 0.8, 1.2));
        assertEquals(Decision.UNDECIDED, decide(Comparison.LT, 0.8, 1.0), "its upper end is on the bound");
        assertEquals(Decision.HOLDS, decide(Comparison.LE, 0.8, 1.0));
        assertEquals(Decision.HOLDS, decide(Comparison.GT, 1.1, 2));
        assertEquals(Decision.FAILS, decide(Comparison.GT, 0, 1.0));
        assertEquals(Decision.HOLDS, decide(Comparison.GE, 1.0, 2));
        assertEquals(Decision.FAILS, decide(Comparison.GE, 0, 0.99));
    }
}
