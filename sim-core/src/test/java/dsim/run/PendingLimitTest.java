package dsim.run;

import static dsim.testing.ScenarioBuilder.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.simulation.Simulation;
import dsim.spec.DelaySpec;
import dsim.spec.LossSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.testing.ScenarioBuilder;
import org.junit.jupiter.api.Test;

/**
 * A broker that redelivers every second over a link that takes a day piles copies up in
 * flight: memory grows with them long before any other limit. The run stops at
 * {@code limits.max-pending} instead of running out of memory.
 */
class PendingLimitTest {

    @Test
    void redeliveriesPilingUpInFlight_stopAtMaxPending() {
        // A consumer that takes all it is given: the broker redelivers every unacked message each second.
        Scenario s = ScenarioBuilder.scenario().messages(1000).viaBroker().redeliveryTimeout(S).prefetch(1_000_000)
                .network(new DelaySpec.Constant(86_400 * S), LossSpec.NONE, 0)
                .limits(30L * 86_400 * S, 100_000_000, 200_000).build();

        RunResult r = Simulation.run(s, Semantics.AT_LEAST_ONCE, 1, null);

        assertEquals(Outcome.MAX_PENDING, r.outcome());
        assertTrue(r.events() < 1_000_000, "stopped soon after 200,000 pending: " + r.events() + " events");
        assertEquals(r.produced(), r.lost() + r.processedOnce() + r.duplicated());
    }
}
