package dsim.stats;

import dsim.spec.CrashPoint;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClosedFormsTest {

    @Test
    void predict_atMostOnceThroughBroker_multipliesHopSurvival() {
        Scenario s = scenario().viaBroker().loss(0.1).build();
        Prediction p = ClosedForms.predict(s).get(0);
        assertEquals(Semantics.AT_MOST_ONCE, p.semantics());
        assertEquals(1 - 0.9 * 0.9, p.lostShare(), 1e-12);
    }

    @Test
    void predict_atLeastOnceOneHop_givesPToTheKAndDuplicates() {
        Scenario s = scenario().loss(0.2).retry(S, 3).build();
        List<Prediction> ps = ClosedForms.predict(s);
        Prediction alo = ps.get(1);
        assertEquals(Semantics.AT_LEAST_ONCE, alo.semantics());
        assertEquals(0.008, alo.lostShare(), 1e-12);
        // once = sum_j p^(j-1)(1-p)[(1-q) + q p^(k-j)] with p = q = 0.2, k = 3
        double once = 0.8 * (0.8 + 0.2 * 0.04) + 0.2 * 0.8 * (0.8 + 0.2 * 0.2) + 0.04 * 0.8 * (0.8 + 0.2);
        assertEquals(1 - 0.008 - once, alo.duplicatedShare(), 1e-12);
        assertEquals(0, ps.get(2).duplicatedShare());
    }

    @Test
    void predict_acksNeverLost_predictsExactlyNoDuplicates() {
        // Loss only on the way there: a message is processed again only if its ack is lost.
        Scenario s = scenario().retry(S, 8)
                .link("p", "c", new DelaySpec.Constant(10 * MS), new LossSpec.Independent(0.3), 0, List.of()).build();
        Prediction alo = ClosedForms.predict(s).get(1);
        assertEquals(Semantics.AT_LEAST_ONCE, alo.semantics());
        assertEquals(0.0, alo.duplicatedShare(), "not 1e-16: compare printed 0.0000000000000111%");
        assertEquals(StrictMath.pow(0.3, 8), alo.lostShare(), 1e-15);
    }

    @Test
    void predict_crashesOrEarlyTimeouts_predictNothingThatWouldBeWrong() {
        assertTrue(ClosedForms.predict(scenario().loss(0.1).consumerCrash(0.1, CrashPoint.AFTER_PROCESS, S).build()).isEmpty());
        // 10ms each way + 1ms processing cannot beat a 15ms timeout: no retry prediction
        List<Prediction> ps = ClosedForms.predict(scenario().loss(0.1).retry(15 * MS, 3).build());
        assertEquals(1, ps.size());
        assertEquals(Semantics.AT_MOST_ONCE, ps.get(0).semantics());
    }
}
