package dsim.run;

import dsim.simulation.Simulation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulation against closed forms, each within a 99.9% confidence interval of a binomial
 * proportion (normal approximation, z = 3.29). A wrong model of loss, retries or
 * duplication lands far outside; chance alone fails one run in a thousand seeds, and the
 * seeds here are fixed.
 */
class ClosedFormTest {

    private static final double Z_999 = 3.2905;
    private static final int N = 20_000;

    private static void assertProportion(double expected, long count, long n, String what) {
        double observed = (double) count / n;
        double halfWidth = Z_999 * Math.sqrt(expected * (1 - expected) / n);
        assertTrue(Math.abs(observed - expected) <= halfWidth,
                () -> String.format(java.util.Locale.ROOT, "%s: observed %.5f, expected %.5f +- %.5f",
                        what, observed, expected, halfWidth));
    }

    @Test
    void atMostOnce_oneLossyHop_losesFractionP() {
        double p = 0.10;
        Scenario s = scenario().messages(N).every(2 * MS).loss(p).build();
        RunResult r = Simulation.run(s, Semantics.AT_MOST_ONCE, 11, null);
        assertProportion(p, r.lost(), r.produced(), "lost");
        assertEquals(0, r.duplicated());
    }

    @Test
    void atMostOnce_twoLossyHopsThroughBroker_losesOneMinusSurvivalOfBoth() {
        double p = 0.05;
        Scenario s = scenario().messages(N).every(2 * MS).viaBroker().loss(p).build();
        RunResult r = Simulation.run(s, Semantics.AT_MOST_ONCE, 12, null);
        assertProportion(1 - (1 - p) * (1 - p), r.lost(), r.produced(), "lost");
    }

    @Test
    void atLeastOnce_lossyHopWithKAttempts_losesPToTheK() {
        double p = 0.30;
        int k = 3;
        Scenario s = scenario().messages(N).every(2 * MS).loss(p).retry(S, k).build();
        RunResult r = Simulation.run(s, Semantics.AT_LEAST_ONCE, 13, null);
        assertProportion(Math.pow(p, k), r.lost(), r.produced(), "lost");
        assertTrue(r.duplicated() > 0, "lost acks must cause duplicates");
    }

    @Test
    void atLeastOnce_singleAttempt_losesLikeAtMostOnce() {
        double p = 0.20;
        Scenario s = scenario().messages(N).every(2 * MS).loss(p).retry(S, 1).build();
        RunResult r = Simulation.run(s, Semantics.AT_LEAST_ONCE, 14, null);
        assertProportion(p, r.lost(), r.produced(), "lost");
        assertEquals(0, r.retries());
    }

    @Test
    void duplicatingHop_duplicatesFractionD_exceptUnderExactlyOnce() {
        double d = 0.05;
        Scenario s = scenario().messages(N).every(2 * MS).duplicate(d).build();
        for (Semantics semantics : new Semantics[] {Semantics.AT_MOST_ONCE, Semantics.AT_LEAST_ONCE}) {
            RunResult r = Simulation.run(s, semantics, 15, null);
            assertProportion(d, r.duplicated(), r.produced(), semantics + " duplicated");
            assertEquals(0, r.lost());
        }
        RunResult eo = Simulation.run(s, Semantics.EXACTLY_ONCE, 15, null);
        assertEquals(0, eo.duplicated());
        assertEquals(0, eo.lost());
        assertTrue(eo.dedupSuppressed() > 0);
    }

    @Test
    void commonRandomNumbers_atMostOnceLosses_areTheFirstAttemptLossesOfAtLeastOnce() {
        // The same message meets the same loss on its first attempt under every semantics:
        // at-least-once with one attempt loses exactly the messages at-most-once loses.
        Scenario s = scenario().messages(5000).every(2 * MS).loss(0.1).retry(S, 1).build();
        RunResult amo = Simulation.run(s, Semantics.AT_MOST_ONCE, 16, null);
        RunResult alo = Simulation.run(s, Semantics.AT_LEAST_ONCE, 16, null);
        assertEquals(amo.lost(), alo.lost());
    }
}
