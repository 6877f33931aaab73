package dsim.model;

import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.run.Outcome;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.CrashPoint;
import dsim.spec.PoisonSpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.story.Recorder;
import dsim.testing.ScenarioBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Poison messages and the dead-letter queue that catches them. */
class DeadLetterTest {

    /** 2,000 messages through a queue to two consumers, 1% of them poison; nothing else goes wrong. */
    private static ScenarioBuilder poisoned(PoisonSpec.Effect effect, int maxDeliveries) {
        return scenario().messages(2000).every(5 * MS).viaBroker().consumers(2).redeliveryTimeout(2 * S)
                .poison(0.01, effect).maxDeliveries(maxDeliveries).consumerCrash(0, CrashPoint.AFTER_PROCESS, 500 * MS, 0);
    }

    @Test
    void aPoisonMessage_isDeadLetteredAfterExactlyMaxDeliveries_andNeverProcessed() {
        List<TraceEntry> journal = Recorder.run(poisoned(PoisonSpec.Effect.FAIL, 4).build(), Semantics.AT_LEAST_ONCE, 5)
                .journal();
        List<TraceEntry> dead = journal.stream().filter(e -> e.kind() == TraceKind.DEAD_LETTERED).toList();
        assertTrue(dead.size() >= 10, dead.size() + " dead-lettered of about 20 poison messages");
        for (TraceEntry d : dead) {
            long deliveries = journal.stream().filter(e -> d.messageId().equals(e.messageId())
                    && (e.kind() == TraceKind.DELIVERED || e.kind() == TraceKind.REDELIVERED)).count();
            assertEquals(4, d.attempt(), d.messageId());
            assertEquals(4, deliveries, d.messageId() + " was delivered exactly max-deliveries times");
            assertTrue(journal.stream().noneMatch(e -> d.messageId().equals(e.messageId())
                    && e.kind() == TraceKind.PROCESSED), d.messageId() + " was never processed");
        }
    }

    @Test
    void theLost_areThePoisonMessages_allInTheDeadLetterQueue() {
        for (PoisonSpec.Effect effect : PoisonSpec.Effect.values()) {
            for (Semantics semantics : List.of(Semantics.AT_LEAST_ONCE, Semantics.EXACTLY_ONCE)) {
                RunResult r = Simulation.run(poisoned(effect, 3).build(), semantics, 5, null);
                assertEquals(Outcome.COMPLETED, r.outcome(), effect + " " + semantics);
                assertTrue(r.lost() > 5, effect + " " + semantics + ": " + r.lost());
                assertEquals(r.lost(), r.deadLettered(), effect + " " + semantics);
                assertEquals(r.produced(), r.lost() + r.processedOnce() + r.duplicated());
            }
        }
    }

    @Test
    void aPoisonMessageThatCrashesItsConsumer_crashesItOncePerDelivery() {
        RunResult r = Simulation.run(poisoned(PoisonSpec.Effect.CRASH, 3).build(), Semantics.AT_LEAST_ONCE, 5, null);
        assertEquals(3 * r.deadLettered(), r.crashes(), "three deliveries, three crashes, then the dead-letter queue");
    }

    @Test
    void withoutMaxDeliveries_aPoisonMessageComesBackUntilTheRunGivesUp() {
        Scenario s = poisoned(PoisonSpec.Effect.FAIL, 0).limits(10 * 60 * S, 10_000_000).build();
        RunResult r = Simulation.run(s, Semantics.AT_LEAST_ONCE, 5, null);
        assertEquals(Outcome.MAX_TIME, r.outcome());
        assertEquals(0, r.deadLettered());
        assertTrue(r.redeliveries() > 1000, r.redeliveries() + " redeliveries of a few poison messages");
    }

    @Test
    void atMostOnce_losesThePoisonMessages_withoutADeadLetterQueue() {
        RunResult r = Simulation.run(poisoned(PoisonSpec.Effect.FAIL, 3).build(), Semantics.AT_MOST_ONCE, 5, null);
        assertTrue(r.lost() > 5);
        assertEquals(0, r.deadLettered(), "an at-most-once queue forwards once and keeps nothing to dead-letter");
    }
}
