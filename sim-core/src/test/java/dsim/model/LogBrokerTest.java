package dsim.model;

import dsim.journal.Reason;
import dsim.journal.TraceEntry;
import dsim.journal.TraceKind;
import dsim.run.RunResult;
import dsim.scenario.ScenarioLoader;
import dsim.simulation.Simulation;
import dsim.spec.Scenario;
import dsim.spec.Semantics;
import dsim.story.Recorder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static dsim.testing.ScenarioBuilder.S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A log broker as its users would check it: order, rebalances after crashes, what a crash loses or repeats. */
class LogBrokerTest {

    private static Scenario parse(String yaml) throws Exception {
        return ScenarioLoader.parse("log.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static List<TraceEntry> journal(Scenario s, Semantics semantics) {
        return Recorder.run(s, semantics, 3).journal();
    }

    @Test
    void aPartition_isProcessedInOffsetOrder_overALossyReorderingLink() throws Exception {
        // Exponential delays reorder packets and 10% of records are lost on the way to the
        // consumer: the log still hands them over in order, each once.
        Scenario s = parse("""
                producers:
                  - { name: p, send-to: log, messages: 2000, arrival: { process: poisson, rate: 200/s } }
                brokers:
                  - { name: log, kind: log, deliver-to: [c], partitions: 1 }
                consumers:
                  - { name: c, processing: 1ms }
                network:
                  default: { delay: { distribution: exponential, mean: 5ms } }
                  links:
                    - { from: log, to: c, delay: { distribution: exponential, mean: 5ms }, loss: 10% }
                """);
        List<TraceEntry> journal = journal(s, Semantics.AT_LEAST_ONCE);
        List<String> stored = journal.stream().filter(e -> e.kind() == TraceKind.STORED)
                .map(TraceEntry::messageId).toList();
        List<String> processed = journal.stream().filter(e -> e.kind() == TraceKind.PROCESSED)
                .map(TraceEntry::messageId).toList();
        assertTrue(journal.stream().anyMatch(e -> e.kind() == TraceKind.DROPPED && e.reason() == Reason.LOSS
                && "c".equals(e.peer())), "some records were lost on the way");
        assertEquals(stored, processed, "processed in the order stored, each once");
    }

    private static final String GROUP = """
            producers:
              - { name: p, send-to: log, messages: 6000, arrival: { process: fixed, interval: 10ms } }
            brokers:
              - { name: log, kind: log, deliver-to: [c1, c2], session-timeout: 3s }
            consumers:
              - name: c1
                processing: 1ms
                commit: { every: 1s }
                crash: { every: 10s, down-for: 8s }
              - { name: c2, processing: 1ms, commit: { every: 1s } }
            """;

    @Test
    void aCrashedConsumersPartition_movesAfterTheSessionTimeout_andComesBackOnRestart() throws Exception {
        List<TraceEntry> journal = journal(parse(GROUP), Semantics.AT_LEAST_ONCE);
        TraceEntry crash = journal.stream().filter(e -> e.kind() == TraceKind.CRASHED).findFirst().orElseThrow();
        List<TraceEntry> moves = journal.stream()
                .filter(e -> e.kind() == TraceKind.ASSIGNED && e.timeNanos() > 0 && e.partition() == 0).toList();
        TraceEntry away = moves.get(0);
        assertEquals("c2", away.peer());
        assertEquals(crash.timeNanos() + 3 * S, away.timeNanos(), "moved when the session expired");
        assertEquals(crash.seq(), away.causedBy());
        TraceEntry lastCommit = journal.stream().filter(e -> e.kind() == TraceKind.COMMITTED && e.partition() == 0
                && e.timeNanos() < crash.timeNanos()).reduce((a, b) -> b).orElseThrow();
        assertEquals(lastCommit.offset(), away.offset(), "c2 reads on from c1's last commit");
        TraceEntry back = moves.get(1);
        assertEquals("c1", back.peer());
        TraceEntry restart = journal.stream().filter(e -> e.kind() == TraceKind.RESTARTED).findFirst().orElseThrow();
        assertEquals(restart.seq(), back.causedBy(), "c1 rejoined and took its partition back");
        assertTrue(journal.stream().anyMatch(e -> e.kind() == TraceKind.COMMITTED && e.messageId() == null
                && "c2".equals(e.peer())), "c2 committed what it processed as it handed the partition back");
    }

    @Test
    void aRebalance_repeatsWhatWasProcessedSinceTheLastCommit_andExactlyOnceAbsorbsIt() throws Exception {
        Scenario s = parse(GROUP);
        RunResult atLeastOnce = Simulation.run(s, Semantics.AT_LEAST_ONCE, 3, null);
        RunResult exactlyOnce = Simulation.run(s, Semantics.EXACTLY_ONCE, 3, null);
        assertEquals(0, atLeastOnce.lost());
        assertTrue(atLeastOnce.duplicated() > 0);
        assertEquals(0, exactlyOnce.lost());
        assertEquals(0, exactlyOnce.duplicated());
        assertEquals(atLeastOnce.extraProcessings(), exactlyOnce.dedupSuppressed(),
                "the dedup store skips exactly what at-least-once repeats");
    }

    @Test
    void recordsSentBeforeACrash_areNotProcessedByTheRestartedConsumer() throws Exception {
        // A second on the wire, a tenth of a second down: records sent before the crash arrive after the restart.
        Scenario s = parse("""
                producers:
                  - { name: p, send-to: log, messages: 2000, arrival: { process: fixed, interval: 10ms } }
                brokers:
                  - { name: log, kind: log, deliver-to: [c], session-timeout: 2s }
                consumers:
                  - { name: c, processing: 1ms, crash: { every: 5s, down-for: 100ms } }
                network:
                  default: { delay: 1s }
                retry: { timeout: 5s }
                """);
        List<TraceEntry> journal = journal(s, Semantics.AT_LEAST_ONCE);
        assertTrue(journal.stream().anyMatch(e -> e.kind() == TraceKind.DROPPED && e.reason() == Reason.STALE_FETCH));
        RunResult r = Simulation.run(s, Semantics.AT_LEAST_ONCE, 3, null);
        assertEquals(r.produced(), r.processedOnce(), "every commit got through before the partition was read again");
    }

    @Test
    void commitBeforeProcessing_losesWhatACrashCatches_andNeverRepeats() throws Exception {
        String yaml = """
                producers:
                  - { name: p, send-to: log, messages: 3000, arrival: { process: poisson, rate: 100/s } }
                brokers:
                  - { name: log, kind: log, deliver-to: [c], session-timeout: 1s }
                consumers:
                  - name: c
                    processing: { distribution: exponential, mean: 8ms }
                    commit: before-process
                    crash: { every: 5s, down-for: 500ms }
                """;
        for (Semantics semantics : List.of(Semantics.AT_MOST_ONCE, Semantics.AT_LEAST_ONCE)) {
            RunResult r = Simulation.run(parse(yaml), semantics, 3, null);
            assertTrue(r.crashes() > 3, semantics + ": " + r.crashes());
            assertTrue(r.lost() > 0, semantics + ": committed, handed off, then the crash");
            assertEquals(0, r.duplicated(), semantics.id());
        }
    }

    @Test
    void aGroupOverManyPartitions_readsEveryRecord_whileItsMembersCrashAndTheirPartitionsMove() throws Exception {
        // Far more partitions than records each, two deliveries of room per consumer: most records
        // wait until their consumer is done with one, and then it must find them among its
        // partitions, which move at every session expiry and every rejoin.
        Scenario s = parse("""
                producers:
                  - { name: p, send-to: log, messages: 4000, arrival: { process: poisson, rate: 400/s } }
                brokers:
                  - { name: log, kind: log, deliver-to: [c1, c2, c3], partitions: 500, session-timeout: 1s }
                consumers:
                  - { name: c1, processing: 4ms, prefetch: 2, commit: { every: 500ms }, crash: { every: 3s, down-for: 2s } }
                  - { name: c2, processing: 4ms, prefetch: 2, commit: { every: 500ms }, crash: { every: 3s, down-for: 2s } }
                  - { name: c3, processing: 4ms, prefetch: 2, commit: { every: 500ms } }
                network:
                  default: { delay: { distribution: exponential, mean: 2ms }, loss: 2% }
                """);
        List<TraceEntry> journal = journal(s, Semantics.AT_LEAST_ONCE);
        assertTrue(journal.stream().filter(e -> e.kind() == TraceKind.ASSIGNED && e.timeNanos() > 0).count() > 500,
                "partitions moved, again and again");
        RunResult r = Simulation.run(s, Semantics.AT_LEAST_ONCE, 3, null);
        assertTrue(r.crashes() > 3, "crashes: " + r.crashes());
        assertEquals(0, r.lost(), "no record was left waiting in a partition");
        assertEquals(r.produced(), r.processedOnce() + r.duplicated());
    }
}
