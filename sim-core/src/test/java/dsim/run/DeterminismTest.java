package dsim.run;

import dsim.simulation.Simulation;
import dsim.spec.CrashPoint;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DeterminismTest {

    private static Scenario busy() {
        return scenario().messages(3000).poisson(200).viaBroker().consumers(2).brokerDurable(false)
                .brokerCrash(5 * S, 500 * MS)
                .network(new DelaySpec.Exponential(5 * MS), new LossSpec.GilbertElliott(300 * MS, 30 * MS, 1, 0.01), 0.01)
                .processing(new DelaySpec.LogNormal(2 * MS, 0.5))
                .consumerCrash(0.01, CrashPoint.AFTER_PROCESS, S)
                .build();
    }

    private static List<String> trace(Scenario s, Semantics semantics, long seed) {
        List<String> lines = new ArrayList<>();
        Simulation.run(s, semantics, seed, e -> lines.add(e.toString()));
        return lines;
    }

    @Test
    void run_sameSeedTwice_givesEqualResultsAndDigests() {
        for (Semantics semantics : Semantics.values()) {
            RunResult first = Simulation.run(busy(), semantics, 42, null);
            RunResult second = Simulation.run(busy(), semantics, 42, null);
            assertEquals(first, second);
        }
    }

    @Test
    void run_sameSeedTwice_givesIdenticalTraces() {
        assertEquals(trace(busy(), Semantics.AT_LEAST_ONCE, 7), trace(busy(), Semantics.AT_LEAST_ONCE, 7));
    }

    @Test
    void run_withOrWithoutSink_givesTheSameResult() {
        RunResult silent = Simulation.run(busy(), Semantics.EXACTLY_ONCE, 9, null);
        RunResult traced = Simulation.run(busy(), Semantics.EXACTLY_ONCE, 9, e -> { });
        assertEquals(silent, traced);
    }

    @Test
    void run_differentSeed_givesDifferentDigest() {
        RunResult a = Simulation.run(busy(), Semantics.AT_LEAST_ONCE, 1, null);
        RunResult b = Simulation.run(busy(), Semantics.AT_LEAST_ONCE, 2, null);
        assertNotEquals(a.traceDigest(), b.traceDigest());
    }

    @Test
    void run_digest_isSixteenHexDigits() {
        String digest = Simulation.run(busy(), Semantics.AT_MOST_ONCE, 3, null).traceDigest();
        assertEquals(16, digest.length());
        assertEquals(digest, digest.replaceAll("[^0-9a-f]", ""));
    }
}
