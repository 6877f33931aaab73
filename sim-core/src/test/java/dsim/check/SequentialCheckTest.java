package dsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.scenario.ScenarioLoader;
import dsim.spec.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounds over seeds decided batch by batch, without a command line. */
class SequentialCheckTest {

    /** A link that copies a share of the messages, each copy processed again: the duplicated share is that share. */
    private static final String YAML = """
                name: copies
                semantics: [at-most-once]
                producers:
                  - name: app
                    send-to: worker
                    messages: 1000
                    arrival: { process: fixed, interval: 10ms }
                consumers:
                  - name: worker
                network:
                  default: { delay: 1ms, duplicate: DUP }
                expect:
                  at-most-once: { lost: 0, duplicated: "BOUND" }
                """;

    private static Scenario copying(String duplicate, String bound) throws Exception {
        String yaml = YAML.replace("DUP", duplicate).replace("BOUND", bound);
        return ScenarioLoader.parse("copies.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static SequentialCheck.Result check(Scenario s, int batch, int max, int threads) {
        return SequentialCheck.run(s, new SequentialCheck.Plan(1, batch, max), threads, f -> { }, null);
    }

    @Test
    void plan_splitsTheConfidenceOverItsLooks() {
        SequentialCheck.Plan plan = new SequentialCheck.Plan(1, 20, 500);
        assertEquals(25, plan.looks());
        assertEquals(0.998, plan.lookConfidence(0.95), 1e-12);
        assertEquals(3, new SequentialCheck.Plan(1, 20, 41).looks(), "a short last batch is a look too");
        assertEquals(1, new SequentialCheck.Plan(1, 20, 7).looks());
    }

    @Test
    void wellBelowTheBound_holdsAfterTheFirstBatch() throws Exception {
        SequentialCheck.Result r = check(copying("0.2%", "< 1% @95%"), 10, 200, 1);

        RateVerdict v = r.verdicts().get(0);
        assertEquals(Decision.HOLDS, v.decision(), v.line());
        assertEquals(10, v.seeds());
        assertEquals(10, r.seedsRun());
        assertEquals(0.95 + 0.05 * 19 / 20, v.interval().confidence(), 1e-12);
        assertTrue(v.interval().upper() < 1, v.line());
    }

    @Test
    void wellAboveTheBound_failsAfterTheFirstBatch() throws Exception {
        SequentialCheck.Result r = check(copying("3%", "< 1% @95%"), 10, 200, 1);

        assertEquals(Decision.FAILS, r.verdicts().get(0).decision(), r.verdicts().get(0).line());
        assertEquals(10, r.seedsRun());
    }

    @Test
    void atTheBound_isUndecidedAtTheCap_andEveryRunBoundHeld() throws Exception {
        SequentialCheck.Result r = check(copying("1%", "< 1% @95%"), 10, 40, 1);

        RateVerdict v = r.verdicts().get(0);
        assertEquals(Decision.UNDECIDED, v.decision(), v.line());
        assertEquals(40, v.seeds());
        assertEquals(40, r.seedsRun());
        assertTrue(r.undecided());
        assertEquals(1, r.perRunHeld().size());
        assertTrue(r.perRunHeld().get(0).always(), r.perRunHeld().get(0).line());
        assertEquals(0, r.perRun().failures());
    }

    @Test
    void aBrokenRunBound_isFoundOnEverySeedRun_inSeedOrder() throws Exception {
        Scenario s = ScenarioLoader.parse("copies.yaml", YAML.replace("DUP", "1%")
                .replace("{ lost: 0, duplicated: \"BOUND\" }", "{ duplicated: \"< 5% @95%\", extra-processings: \"< 9\" }")
                .getBytes(StandardCharsets.UTF_8));
        List<Long> seeds = new ArrayList<>();
        SequentialCheck.Result r = SequentialCheck.run(s, new SequentialCheck.Plan(1, 10, 100), 2,
                f -> seeds.add(f.result().seed()), null);

        assertEquals(10, r.seedsRun(), "the bound over seeds holds at the first look");
        assertEquals(r.perRun().failures(), seeds.size());
        assertTrue(!seeds.isEmpty(), "about 10 extra processings a seed break < 9 often");
        assertEquals(seeds.stream().sorted().toList(), seeds);
        SeedsHeld held = r.perRunHeld().get(0);
        assertEquals(10 - seeds.size(), held.held());
        assertEquals((long) seeds.get(0), held.firstBroken());
    }

    @Test
    void theResult_isTheSameForAnyThreadCount() throws Exception {
        Scenario s = copying("1%", "< 1% @95%");

        assertEquals(check(s, 10, 30, 1), check(s, 10, 30, 2));
    }
}
