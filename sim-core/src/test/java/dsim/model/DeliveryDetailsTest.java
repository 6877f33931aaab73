package dsim.model;

import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.AckPoint;
import dsim.spec.CommitPoint;
import dsim.spec.CrashPoint;
import dsim.spec.DedupSpec;
import dsim.spec.DelaySpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import org.junit.jupiter.api.Test;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The details that decide between a duplicate and a loss: when to commit, when to ack, how long to remember. */
class DeliveryDetailsTest {

    private static Scenario kafka(CommitPoint commit) {
        // Instant processing, so a crash catches exactly the delivery it strikes and no other.
        return scenario().messages(5000).every(10 * MS).viaBroker().commit(commit)
                .processing(new DelaySpec.Constant(0))
                .consumerCrash(0.01, CrashPoint.BETWEEN_PROCESS_AND_COMMIT, 100 * MS).build();
    }

    @Test
    void commitAfterProcess_crashInBetween_duplicatesOnePerCrash() {
        RunResult r = Simulation.run(kafka(CommitPoint.AFTER_PROCESS), Semantics.AT_LEAST_ONCE, 3, null);
        assertEquals(0, r.lost());
        assertTrue(r.crashes() > 20, "about 50 crashes: " + r.crashes());
        assertEquals(r.crashes(), r.extraProcessings(), "each crash between processing and commit is one more processing");
    }

    @Test
    void commitBeforeProcess_sameCrashes_becomeLosses() {
        RunResult after = Simulation.run(kafka(CommitPoint.AFTER_PROCESS), Semantics.AT_LEAST_ONCE, 3, null);
        RunResult before = Simulation.run(kafka(CommitPoint.BEFORE_PROCESS), Semantics.AT_LEAST_ONCE, 3, null);
        assertEquals(0, before.duplicated());
        // Each crash loses the delivery it strikes, plus any processing it interrupts at that instant.
        assertTrue(before.lost() >= before.crashes(), before.lost() + " lost, " + before.crashes() + " crashes");
        assertTrue(Math.abs(after.crashes() - before.crashes()) <= 5,
                "common random numbers: mostly the same deliveries crash");
    }

    private static Scenario crashingBroker(AckPoint ack) {
        return scenario().messages(20000).every(MS / 2).viaBroker().persist(ack, 20 * MS)
                .brokerCrash(500 * MS, 50 * MS).build();
    }

    @Test
    void brokerAckedBeforePersisting_losesWhatACrashCatchesOnTheWay() {
        RunResult r = Simulation.run(crashingBroker(AckPoint.BEFORE_PERSIST), Semantics.AT_LEAST_ONCE, 5, null);
        assertTrue(r.lost() > 0, "acked, not yet on disk, then the crash: " + r.lost());
    }

    @Test
    void brokerAckedAfterPersisting_losesNothing() {
        for (Semantics s : new Semantics[] {Semantics.AT_LEAST_ONCE, Semantics.EXACTLY_ONCE}) {
            RunResult r = Simulation.run(crashingBroker(AckPoint.AFTER_PERSIST), s, 5, null);
            assertEquals(0, r.lost(), s.id());
        }
    }

    private static Scenario lateRetries(long windowNanos) {
        // Acks lost 30% of the time, and the producer waits 2s before resending: later than a 1s window.
        return scenario().messages(2000).every(MS).loss(0.3).retry(2 * S, 20)
                .dedup(new DedupSpec(DedupSpec.Store.DURABLE, windowNanos)).build();
    }

    @Test
    void dedupWindow_shorterThanTheRetryDelay_letsRetriesThrough() {
        RunResult shortWindow = Simulation.run(lateRetries(S), Semantics.EXACTLY_ONCE, 8, null);
        RunResult longWindow = Simulation.run(lateRetries(60 * S), Semantics.EXACTLY_ONCE, 8, null);
        assertTrue(shortWindow.duplicated() > 0, "retries arriving after the window are processed again");
        assertEquals(0, longWindow.duplicated());
    }

    @Test
    void brokerDedupWindow_expired_storesTheRetryAgain() {
        Scenario s = scenario().messages(2000).every(MS).viaBroker().loss(0.3).retry(2 * S, 20)
                .brokerDedupWindow(S).dedup(new DedupSpec(DedupSpec.Store.DURABLE, S)).build();
        Scenario remembered = scenario().messages(2000).every(MS).viaBroker().loss(0.3).retry(2 * S, 20).build();
        assertTrue(Simulation.run(s, Semantics.EXACTLY_ONCE, 8, null).duplicated() > 0);
        assertEquals(0, Simulation.run(remembered, Semantics.EXACTLY_ONCE, 8, null).duplicated());
    }
}
