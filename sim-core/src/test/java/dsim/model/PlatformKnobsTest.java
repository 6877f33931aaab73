package dsim.model;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker settings real platforms choose for their users: producer-retry dedup outside
 * exactly-once, periodic disk syncs, requeue when a consumer's connection closes, and a
 * delivery limit with no dead-letter queue behind it.
 */
class PlatformKnobsTest {

    private static Scenario parse(String yaml) throws Exception {
        return ScenarioLoader.parse("knobs.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Acks lost on the way back make the producer resend messages the broker already stored. */
    private static final String LOST_ACKS = """
            producers:
              - { name: p, send-to: q, messages: 2000, arrival: { process: fixed, interval: 5ms } }
            brokers:
              - { name: q, deliver-to: [c], %s }
            consumers:
              - { name: c, processing: 1ms }
            network:
              links:
                - { from: q, to: p, loss: 20%% }
            retry: { timeout: 100ms, max-attempts: 20 }
            """;

    @Test
    void anIdempotentBroker_dropsProducerRetries_evenUnderAtLeastOnce() throws Exception {
        RunResult plain = Simulation.run(parse(LOST_ACKS.formatted("durable: true")), Semantics.AT_LEAST_ONCE, 7, null);
        RunResult idempotent = Simulation.run(parse(LOST_ACKS.formatted("idempotent: true")),
                Semantics.AT_LEAST_ONCE, 7, null);
        assertTrue(plain.duplicated() > 200, "a plain broker stores every retry: " + plain.duplicated());
        assertEquals(0, idempotent.duplicated(), "an idempotent broker stores each message once");
        assertEquals(0, idempotent.lost());
    }

    @Test
    void anIdempotentBroker_forgetsIdsAfterItsWindow() throws Exception {
        // Every ack is lost and retries come 1s apart: a 500ms window has forgotten the id by then.
        String yaml = LOST_ACKS.replace("loss: 20%%", "loss: 100%%").replace("max-attempts: 20", "max-attempts: 2")
                .replace("timeout: 100ms", "timeout: 1s");
        RunResult r = Simulation.run(parse(yaml.formatted("idempotent: true, dedup-window: 500ms")),
                Semantics.AT_LEAST_ONCE, 7, null);
        assertEquals(r.produced(), r.duplicated(), "each message stored twice: its retry came after the window");
    }

    @Test
    void atMostOnce_isUnchangedByIdempotence_itNeverRetries() throws Exception {
        RunResult r = Simulation.run(parse(LOST_ACKS.formatted("idempotent: true")), Semantics.AT_MOST_ONCE, 7, null);
        assertEquals(0, r.retries());
    }

    /** A broker that crashes every 10s and syncs to disk every 2s, acking each write when it reaches memory. */
    private static final String SYNCS = """
            producers:
              - { name: p, send-to: q, messages: 6000, arrival: { process: fixed, interval: 10ms } }
            brokers:
              - name: q
                deliver-to: [c]
                ack: before-persist
                crash: { every: 10s, down-for: 1s }
                %s
            consumers:
              - { name: c, processing: 50ms, concurrency: 1 }
            retry: { timeout: 500ms, max-attempts: 20 }
            """;

    @Test
    void writesAckedBeforeAPeriodicSync_areLostInACrash_andSyncingEachWriteLosesNone() throws Exception {
        List<TraceEntry> journal = Recorder.run(parse(SYNCS.formatted("sync-interval: 2s")), Semantics.AT_LEAST_ONCE, 3)
                .journal();
        long lostInCrash = journal.stream().filter(e -> e.kind() == TraceKind.LOST_IN_CRASH).count();
        assertTrue(lostInCrash > 50, lostInCrash + " acked writes lost in crashes");
        for (TraceEntry e : journal) {
            if (e.kind() == TraceKind.PERSISTED) {
                assertEquals(0, e.timeNanos() % 2_000_000_000L, "writes reach the disk at the syncs: " + e);
            }
        }
        RunResult periodic = Simulation.run(parse(SYNCS.formatted("sync-interval: 2s")), Semantics.AT_LEAST_ONCE, 3, null);
        RunResult always = Simulation.run(parse(SYNCS.formatted("sync-interval: always")), Semantics.AT_LEAST_ONCE, 3,
                null);
        assertTrue(periodic.lost() > 50, "acked, then lost: " + periodic.lost());
        assertEquals(0, always.lost(), "each write synced before the crash can take it");
    }

    /** A consumer that crashes with about 10 deliveries in hand every 20s, for 5s, with a 10-minute redelivery timeout. */
    private static final String CRASHES = """
            producers:
              - { name: p, send-to: q, messages: 6000, arrival: { process: fixed, interval: 10ms } }
            brokers:
              - { name: q, deliver-to: [c1, c2], redelivery-timeout: 10m, %s }
            consumers:
              - { name: c1, processing: 200ms, concurrency: 20, crash: { every: 20s, down-for: 5s } }
              - { name: c2, processing: 200ms, concurrency: 20 }
            """;

    @Test
    void requeueOnCrash_redeliversAtOnce_insteadOfAfterTheTimeout() throws Exception {
        RunResult waits = Simulation.run(parse(CRASHES.formatted("requeue-on-crash: false")), Semantics.AT_LEAST_ONCE,
                1, null);
        RunResult requeues = Simulation.run(parse(CRASHES.formatted("requeue-on-crash: true")),
                Semantics.AT_LEAST_ONCE, 1, null);
        assertTrue(waits.latency().maxNanos() > 590_000_000_000L, "a crash's deliveries waited 10 minutes: " + waits.latency().maxNanos());
        assertTrue(requeues.latency().maxNanos() < 10_000_000_000L, "requeued at once: " + requeues.latency().maxNanos());
        assertEquals(0, requeues.lost());
        assertTrue(requeues.redeliveries() > 0);
    }

    @Test
    void aRequeuedMessage_goesToALiveConsumer_notBackToTheCrashedOne() throws Exception {
        List<TraceEntry> journal = Recorder.run(parse(CRASHES.formatted("requeue-on-crash: true")),
                Semantics.AT_LEAST_ONCE, 3).journal();
        List<TraceEntry> crashes = journal.stream().filter(e -> e.kind() == TraceKind.CRASHED).toList();
        assertTrue(!crashes.isEmpty());
        for (TraceEntry crash : crashes) {
            long restart = journal.stream().filter(e -> e.kind() == TraceKind.RESTARTED && e.node().equals(crash.node())
                    && e.timeNanos() > crash.timeNanos()).mapToLong(TraceEntry::timeNanos).findFirst().orElse(Long.MAX_VALUE);
            assertTrue(journal.stream().noneMatch(e -> (e.kind() == TraceKind.DELIVERED
                    || e.kind() == TraceKind.REDELIVERED) && crash.node().equals(e.peer())
                    && e.timeNanos() > crash.timeNanos() && e.timeNanos() < restart), "nothing sent to " + crash.node() + " while down");
        }
    }

    @Test
    void aDeliveryLimitWithoutADeadLetterQueue_dropsThePoisonMessage() throws Exception {
        String yaml = """
                producers:
                  - { name: p, send-to: q, messages: 2000, arrival: { process: fixed, interval: 5ms } }
                brokers:
                  - { name: q, deliver-to: [c], redelivery-timeout: 1s, max-deliveries: 3, dead-letter-queue: false }
                consumers:
                  - { name: c, processing: 1ms, poison: 1% }
                """;
        List<TraceEntry> journal = Recorder.run(parse(yaml), Semantics.AT_LEAST_ONCE, 5).journal();
        RunResult r = Simulation.run(parse(yaml), Semantics.AT_LEAST_ONCE, 5, null);
        long discarded = journal.stream().filter(e -> e.kind() == TraceKind.DISCARDED).count();
        assertTrue(r.lost() > 5);
        assertEquals(r.lost(), discarded, "every poison message dropped after its third delivery");
        assertEquals(0, r.deadLettered(), "nothing in a dead-letter queue a person could recover from");
    }
}
