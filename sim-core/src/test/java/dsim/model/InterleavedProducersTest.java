package dsim.model;

import dsim.run.RunResult;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioLoader;
import dsim.simulation.Simulation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two producers take turns creating messages, so the model's numbering (by creation) and the
 * ids (producer by producer) differ. A crash of one producer must touch its own messages only,
 * an outbox must still republish every one of them, and what a run reports about messages
 * must name them by id, in id order.
 */
class InterleavedProducersTest {

    private static Scenario scenario(boolean outbox) throws ScenarioException {
        String yaml = """
                version: 1
                name: interleaved
                seed: 1
                semantics: [at-least-once]
                producers:
                  - name: checkout
                    send-to: events
                    messages: 3000
                    arrival: { process: poisson, rate: 20/s }
                    crash: { every: 2s, down-for: 1s }
                    outbox: %s
                  - name: refunds
                    send-to: events
                    messages: 3000
                    arrival: { process: poisson, rate: 20/s }
                brokers:
                  - name: events
                    deliver-to: [warehouse]
                    durable: true
                consumers:
                  - name: warehouse
                    processing: { distribution: constant, value: 1ms }
                network:
                  default: { delay: { distribution: exponential, mean: 2ms } }
                  links:
                    - { from: checkout, to: events, delay: { distribution: exponential, mean: 2ms }, loss: 20%% }
                retry: { timeout: 1s, max-attempts: 3 }
                """.formatted(outbox);
        return ScenarioLoader.parse("interleaved.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCrashingProducerWithoutAnOutbox_losesOnlyItsOwnMessages_listedInIdOrder() throws ScenarioException {
        Scenario s = scenario(false);
        for (long seed = 1; seed <= 5; seed++) {
            FaultLog log = FaultLog.counting().watchingBadMessages();
            RunResult r = Simulation.run(s, Semantics.AT_LEAST_ONCE, seed, null, log);

            assertTrue(r.lost() > 0, "the crashes forget unacked messages, seed " + seed);
            List<String> bad = log.badMessages();
            assertTrue(bad.stream().allMatch(id -> id.startsWith("checkout-")), "refunds never crashes: " + bad);
            List<String> sorted = new ArrayList<>(bad);
            sorted.sort((a, b) -> Integer.compare(sequence(a), sequence(b)));
            assertEquals(sorted, bad, "in id order, not in creation order");
        }
    }

    @Test
    void aCrashingProducerWithAnOutbox_losesNothing() throws ScenarioException {
        Scenario s = scenario(true);
        for (long seed = 1; seed <= 20; seed++) { // a message created at a restart, lost, and due while down again is rare
            RunResult r = Simulation.run(s, Semantics.AT_LEAST_ONCE, seed, null);

            assertEquals(6000, r.produced());
            assertEquals(0, r.lost(), "seed " + seed);
            assertTrue(r.crashes() > 0, "seed " + seed);
        }
    }

    private static int sequence(String id) {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }
}
