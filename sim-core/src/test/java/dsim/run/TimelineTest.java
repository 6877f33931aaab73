package dsim.run;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.simulation.Simulation;
import dsim.spec.CrashPoint;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A run's timeline adds up to its outcomes, and runs of one scenario add up to each other. */
class TimelineTest {

    private static final Scenario LOSSY = scenario().messages(3000).every(MS).loss(0.1).retry(S, 3).viaBroker()
            .consumerCrash(0.01, CrashPoint.AFTER_PROCESS, 100 * MS, 0).build();

    @Test
    void aRunsTimeline_countsEveryMessageOnce_andEveryCrash() {
        for (Semantics s : Semantics.values()) {
            RunResult r = Simulation.run(LOSSY, s, 3, null);
            Timeline t = r.timeline();
            assertEquals(r.produced(), Arrays.stream(t.created()).sum(), s.id());
            assertEquals(r.lost(), Arrays.stream(t.lost()).sum(), s.id());
            assertEquals(r.duplicated(), Arrays.stream(t.duplicated()).sum(), s.id());
            assertEquals(r.crashes(), Arrays.stream(t.crashes()).sum(), s.id());
            // 3,000 messages a millisecond apart over 60 buckets: 50 in each.
            assertEquals(50, t.created()[0], s.id());
            assertEquals(3_000_000_000L / Timeline.BUCKETS, t.bucketNanos());
        }
    }

    @Test
    void timelinesOfOneScenario_poolByAddingCounts() {
        Timeline a = Simulation.run(LOSSY, Semantics.AT_LEAST_ONCE, 3, null).timeline();
        Timeline b = Simulation.run(LOSSY, Semantics.AT_LEAST_ONCE, 4, null).timeline();
        Timeline sum = a.plus(b);
        assertEquals(6000, sum.total());
        assertEquals(a.lost()[7] + b.lost()[7], sum.lost()[7]);
        assertTrue(Timeline.NONE.plus(a) == a, "nothing plus a timeline is that timeline");
    }
}
