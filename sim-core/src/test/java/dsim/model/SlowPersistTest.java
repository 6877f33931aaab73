package dsim.model;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.spec.PacketKind;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.spec.AckPoint;
import dsim.spec.RetrySpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.story.Recorder;
import dsim.story.Recording;
import dsim.testing.ScenarioBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A durable broker that acks after a slow write, a producer that retries during the write,
 * and crashes: the idempotent broker must not ack a retry before the copy it already holds
 * is on disk, or a crash in between loses a message the producer was told was safe.
 */
class SlowPersistTest {

    private static Scenario slowWrites() {
        return ScenarioBuilder.scenario().messages(3000).poisson(5).viaBroker()
                .persist(AckPoint.AFTER_PERSIST, 2 * S).redeliveryTimeout(30 * S)
                .brokerCrash(60 * S, 5 * S).retry(new RetrySpec(500 * MS, 20, 2, 60 * S, 0)).build();
    }

    @Test
    void exactlyOnce_retriesDuringASlowWrite_loseNothingInCrashes() {
        Scenario s = slowWrites();
        for (long seed = 1; seed <= 5; seed++) {
            RunResult atLeastOnce = Simulation.run(s, Semantics.AT_LEAST_ONCE, seed, null);
            RunResult exactlyOnce = Simulation.run(s, Semantics.EXACTLY_ONCE, seed, null);
            assertTrue(exactlyOnce.crashes() > 0, "the broker crashes on seed " + seed);
            assertEquals(0, atLeastOnce.lost(), "at-least-once, seed " + seed);
            assertEquals(0, exactlyOnce.lost(), "exactly-once, seed " + seed);
            assertEquals(0, exactlyOnce.duplicated(), "exactly-once, seed " + seed);
        }
    }

    @Test
    void exactlyOnce_retryOfAMessageBeingWritten_isAckedOnlyOnceOnDisk() {
        // Retries at 0.45s, 0.9s, 1.35s and 1.8s reach the broker while attempt 1 is written (0.01s to 2.01s).
        Scenario s = ScenarioBuilder.scenario().messages(1).viaBroker()
                .persist(AckPoint.AFTER_PERSIST, 2 * S).retry(450 * MS, 20).build();
        List<TraceEntry> journal = Recorder.run(s, Semantics.EXACTLY_ONCE, 1).journal();

        long heldBack = journal.stream().filter(e -> e.kind() == TraceKind.DEDUPLICATED_AT_BROKER).count();
        long persistedAt = first(journal, TraceKind.PERSISTED).timeNanos();
        List<TraceEntry> acks = journal.stream()
                .filter(e -> e.kind() == TraceKind.SENT && e.packet() == PacketKind.PUBLISH_ACK).toList();

        assertEquals(4, heldBack, "retries held back during the write");
        assertEquals(1, acks.size(), "one ack, for the whole write: " + acks);
        assertEquals(persistedAt, acks.get(0).timeNanos(), "the ack leaves when the copy is on disk");
        assertEquals(first(journal, TraceKind.RETRIED).attempt() + heldBack - 1, acks.get(0).attempt(),
                "it answers the latest retry, the one the producer waits for");
    }

    @Test
    void atLeastOnce_everyRetryStoredWhileWriting_isItsOwnCopy() {
        Scenario s = ScenarioBuilder.scenario().messages(1).viaBroker()
                .persist(AckPoint.AFTER_PERSIST, 2 * S).retry(500 * MS, 20).build();
        Recording r = Recorder.run(s, Semantics.AT_LEAST_ONCE, 1);

        long stored = r.journal().stream().filter(e -> e.kind() == TraceKind.STORED).count();
        assertTrue(stored >= 4, "attempt 1 and the retries during its write: " + stored);
        RunResult result = r.result();
        assertEquals(stored, result.processedOnce() + result.duplicated() + result.extraProcessings(),
                "each stored copy is delivered and processed");
    }

    @Test
    void trace_saysStoredInMemory_untilTheWriteEnds() {
        Scenario s = ScenarioBuilder.scenario().messages(1).viaBroker()
                .persist(AckPoint.AFTER_PERSIST, 2 * S).build();
        List<TraceEntry> journal = Recorder.run(s, Semantics.AT_LEAST_ONCE, 1).journal();

        assertEquals("in memory; on disk in 2s", first(journal, TraceKind.STORED).detail());
        assertEquals("on disk", first(journal, TraceKind.PERSISTED).detail());
    }

    private static TraceEntry first(List<TraceEntry> journal, TraceKind kind) {
        return journal.stream().filter(e -> e.kind() == kind).findFirst().orElseThrow();
    }
}
