package dsim.model;

import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.run.RunResult;
import dsim.simulation.Simulation;
import dsim.spec.CrashPoint;
import dsim.spec.DelaySpec;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.story.Recorder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dsim.testing.ScenarioBuilder.MS;
import static dsim.testing.ScenarioBuilder.S;
import static dsim.testing.ScenarioBuilder.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A consumer that crashes at times of its own ({@code crash.every}), whatever it is doing. */
class TimedConsumerCrashTest {

    /** 60 s of deliveries, each taking 20-40 ms on one of 4 workers; a crash about every 5 s, down for 1 s. */
    private static Scenario crashingInTime() {
        return scenario().messages(6000).every(10 * MS).viaBroker().concurrency(4)
                .processing(new DelaySpec.Uniform(20 * MS, 40 * MS))
                .consumerCrash(0, CrashPoint.AFTER_PROCESS, S, 5 * S).build();
    }

    private static List<Long> crashTimesBefore(long end, Semantics semantics) {
        return Recorder.run(crashingInTime(), semantics, 11).journal().stream()
                .filter(e -> e.kind() == TraceKind.CRASHED && e.timeNanos() < end)
                .peek(e -> assertEquals(Reason.CONSUMER_CRASH, e.reason()))
                .map(TraceEntry::timeNanos)
                .toList();
    }

    @Test
    void crashTimes_areTheSameUnderEverySemantics() {
        List<Long> atMostOnce = crashTimesBefore(55 * S, Semantics.AT_MOST_ONCE);
        // A renewal process with a 6 s mean cycle: about 9 crashes in 55 s.
        assertTrue(atMostOnce.size() >= 3 && atMostOnce.size() <= 20, atMostOnce.toString());
        assertEquals(atMostOnce, crashTimesBefore(55 * S, Semantics.AT_LEAST_ONCE));
        assertEquals(atMostOnce, crashTimesBefore(55 * S, Semantics.EXACTLY_ONCE));
    }

    @Test
    void nextCrash_comesNoSoonerThanTheRestart() {
        List<TraceEntry> journal = Recorder.run(crashingInTime(), Semantics.AT_LEAST_ONCE, 11).journal();
        long restartedAt = -1;
        for (TraceEntry e : journal) {
            if (e.kind() == TraceKind.RESTARTED) {
                restartedAt = e.timeNanos();
            } else if (e.kind() == TraceKind.CRASHED) {
                assertTrue(e.timeNanos() > restartedAt, "a crash at " + e.timeNanos() + " while still down");
                restartedAt = Long.MAX_VALUE;
            }
        }
    }

    @Test
    void atMostOnce_losesTheWorkInProgress_atLeastOnce_redeliversIt() {
        RunResult atMostOnce = run(Semantics.AT_MOST_ONCE);
        RunResult atLeastOnce = run(Semantics.AT_LEAST_ONCE);
        assertTrue(atMostOnce.crashes() > 0);
        // Each crash aborts up to 4 deliveries in progress and drops the queue, then a second of
        // deliveries (about 100) meets a consumer that is down.
        assertTrue(atMostOnce.lost() >= atMostOnce.crashes(), atMostOnce.lost() + " lost");
        assertEquals(0, atLeastOnce.lost());
        assertEquals(atLeastOnce.produced(), atLeastOnce.processedOnce() + atLeastOnce.duplicated());
    }

    private static RunResult run(Semantics semantics) {
        return Simulation.run(crashingInTime(), semantics, 11, null);
    }
}
