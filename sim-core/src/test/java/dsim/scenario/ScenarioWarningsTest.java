package dsim.scenario;

import static dsim.scenario.ScenarioLoaderTest.BASE;
import static dsim.scenario.ScenarioLoaderTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dsim.spec.DelaySpec;
import dsim.spec.Problem;
import dsim.spec.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios that are legal but probably not what their author meant: they load, with a warning. */
class ScenarioWarningsTest {

    private static List<String> warnings(String delay) throws ScenarioException {
        Scenario s = parse("w.yaml", BASE + "network:\n  default: { delay: " + delay + " }\n");
        return s.source().warnings().stream().map(Problem::asWarning).toList();
    }

    @Test
    void paretoWithShapeOne_infiniteMean_warns() throws ScenarioException {
        assertEquals(List.of("w.yaml:12:64: warning: network.default.delay.shape: a pareto delay with shape 1 "
                + "(at most 1) has an infinite mean: averages over runs never settle and a few delays are enormous; "
                + "a shape above 1 (e.g. 1.5) keeps a heavy tail with a finite mean"),
                warnings("{ distribution: pareto, scale: 1ms, shape: 1 }"));
        assertEquals(List.of(), warnings("{ distribution: pareto, scale: 1ms, shape: 1.5 }"));
    }

    @Test
    void normalOftenNegative_warnsWithTheMeanItReallyHas() throws ScenarioException {
        // N(5ms, 10ms) clamped at 0 has mean 5 * Phi(0.5) + 10 * phi(0.5) = 6.98ms.
        assertEquals(List.of("w.yaml:12:64: warning: network.default.delay.stddev: this normal delay is negative "
                + "30.9% of the time; a negative draw counts as 0, so its mean is 6.98ms, not 5ms; a lognormal keeps "
                + "delays positive"), warnings("{ distribution: normal, mean: 5ms, stddev: 10ms }"));
        assertEquals(List.of(), warnings("{ distribution: normal, mean: 5ms, stddev: 1ms }"), "negative 3e-7 of the time");
    }

    @Test
    void normalClampedMean_matchesTheClosedForm() {
        DelaySpec.Normal n = new DelaySpec.Normal(5_000_000, 10_000_000);
        assertEquals(0.3085, n.negativeShare(), 1e-4);
        assertEquals(6_978_000, n.clampedMeanNanos(), 1_000);
    }
}
