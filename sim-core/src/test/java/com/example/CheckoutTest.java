package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.api.ComparisonResult;
import dsim.api.DsimScenario;
import dsim.api.Run;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

/** Our checkout's delivery guarantee, held against a lossy network and a crashing ledger. */
class CheckoutTest {

    // A file works as well: DsimScenario.load(Path.of("src/test/resources/checkout.yaml"))
    static final DsimScenario CHECKOUT = DsimScenario.fromYaml("checkout.yaml", """
            name: checkout
            semantics: [at-least-once, exactly-once]
            producers:
              - name: shop
                send-to: payments
                messages: 1000
                arrival: { process: poisson, rate: 50/s }
            brokers:
              - name: payments
                deliver-to: [ledger]
                redelivery-timeout: 5s
            consumers:
              - name: ledger
                processing: { distribution: uniform, min: 1ms, max: 5ms }
                crash: { probability: 1%, at: after-process, down-for: 2s }
            network:
              default: { delay: 5ms, loss: 1% }
            expect:
              at-least-once: { lost: 0 }
              exactly-once: { lost: 0, duplicated: 0 }
            """);

    @Test
    void exactlyOnce_chargesEveryOrderOnce() {
        Run run = CHECKOUT.run(Semantics.EXACTLY_ONCE, 42);

        assertEquals(run.produced(), run.processedOnce());
        assertTrue(run.expectationsHeld(), run.broken().toString());
    }

    @Test
    void atLeastOnce_chargesTwiceWhatTheLedgerCrashedOnBeforeAcking() {
        ComparisonResult c = CHECKOUT.compare(1, 20);

        assertTrue(c.of(Semantics.AT_LEAST_ONCE).duplicated().lower() > 0, "duplicates, beyond chance");
        assertTrue(c.expectationsHeld(), c.expectations().toString());
    }

    @Test
    void withoutLossOrCrashes_atLeastOnceChargesEveryOrderOnce() {
        DsimScenario calm = CHECKOUT.with("network.default.loss", "0")
                .with("consumers[ledger].crash.probability", "0");

        assertEquals(1000, calm.run(Semantics.AT_LEAST_ONCE, 42).processedOnce());
    }
}
