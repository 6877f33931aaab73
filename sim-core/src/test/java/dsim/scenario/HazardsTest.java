package dsim.scenario;

import static dsim.scenario.ScenarioLoaderTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.model.DelaySampler;
import dsim.random.Seeds;
import dsim.spec.DelaySpec;
import dsim.spec.Problem;
import dsim.spec.RetrySpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Settings that silently manufacture duplicates or losses load with a warning at the key that
 * sets them, and only where a semantics the scenario runs can meet them.
 */
class HazardsTest {

    private static final long S = 1_000_000_000L;

    /** A scenario with no hazard; each test below adds one by editing a line. */
    private static final String SAFE = """
            semantics: [at-most-once, at-least-once, exactly-once]
            producers:
              - name: shop
                send-to: queue
                messages: 10
                arrival: { process: fixed, interval: 1s }
            brokers:
              - name: queue
                deliver-to: [worker]
                durable: true
                redelivery-timeout: 30s
                crash: { every: 1h, down-for: 1m }
            consumers:
              - name: worker
                processing: 5ms
                crash: { probability: 0.1%, at: after-process, down-for: 1s }
                dedup: { store: durable, window: 10m }
            network:
              default: { delay: 10ms }
            retry: { timeout: 2s, max-attempts: 5, backoff: { multiplier: 2, max: 1m } }
            """;

    private static List<String> warnings(String yaml) throws ScenarioException {
        return parse("h.yaml", yaml).source().warnings().stream().map(Problem::asWarning).toList();
    }

    /** {@link #SAFE} with each of {@code edits}' pairs (old, new) replaced; fails if an old text is not there. */
    private static String edit(String... edits) {
        String yaml = SAFE;
        for (int i = 0; i < edits.length; i += 2) {
            if (!yaml.contains(edits[i])) {
                throw new IllegalArgumentException("not in the scenario: " + edits[i]);
            }
            yaml = yaml.replace(edits[i], edits[i + 1]);
        }
        return yaml;
    }

    @Test
    void safeScenario_warnsOfNothing() throws ScenarioException {
        assertEquals(List.of(), warnings(SAFE));
    }

    @Test
    void retryTimeout_atOrBelowTheAcksP99_warnsAtTheTimeout() throws ScenarioException {
        // p99 of exponential(500ms) is 500ms * ln 100 = 2.303s; the ack comes back in 10ms.
        String slowPublish = "  default: { delay: 10ms }\n  links: [ { from: shop, to: queue, delay: "
                + "{ distribution: exponential, mean: 500ms } } ]";

        assertEquals(List.of("h.yaml:21:19: warning: retry.timeout: a resend goes out before the first attempt's ack "
                + "can come back (p99 of the round trip from shop to queue is about 2.31s): duplicates with nothing "
                + "lost; use a timeout above it"), warnings(edit("  default: { delay: 10ms }", slowPublish)));
        assertEquals(List.of(), warnings(edit("  default: { delay: 10ms }", slowPublish,
                "timeout: 2s", "timeout: 3s")));
    }

    @Test
    void retryTimeout_straightToAConsumer_countsItsProcessingUnlessItCommitsFirst() throws ScenarioException {
        String direct = edit("send-to: queue", "send-to: worker", "processing: 5ms", "processing: 2s");

        assertEquals(List.of("h.yaml:20:19: warning: retry.timeout: a resend goes out before the first attempt's ack "
                + "can come back (p99 of the round trip from shop to worker and its processing is about 2.02s): "
                + "duplicates with nothing lost; use a timeout above it"), warnings(direct));
        assertEquals(List.of(), warnings(direct.replace("processing: 2s", "processing: 2s\n    commit: before-process")
                .replace("    crash: { probability: 0.1%, at: after-process, down-for: 1s }\n", "")),
                "the ack leaves before the processing");
    }

    @Test
    void retryTimeout_throughABrokerThatAcksAfterItsWrite_countsTheWrite() throws ScenarioException {
        String slowWrite = edit("durable: true", "durable: true\n    persist-time: 2s");

        assertEquals(List.of("h.yaml:21:19: warning: retry.timeout: a resend goes out before the first attempt's ack "
                + "can come back (p99 of the round trip from shop to queue and its write to disk is about 2.02s): "
                + "duplicates with nothing lost; use a timeout above it"), warnings(slowWrite));
        assertEquals(List.of(), warnings(slowWrite.replace("persist-time: 2s",
                "persist-time: 2s\n    ack: before-persist").replace("    crash: { every: 1h, down-for: 1m }\n", "")),
                "the ack leaves before the write");
    }

    @Test
    void retryTimeout_twoProducersTooSlow_saysItOnceForTheSlowest() throws ScenarioException {
        String yaml = edit("  - name: shop\n", "  - name: till\n    send-to: queue\n    messages: 10\n"
                        + "    arrival: { process: fixed, interval: 1s }\n  - name: shop\n",
                "  default: { delay: 10ms }",
                "  default: { delay: 1s }\n  links: [ { from: till, to: queue, delay: 2s } ]");

        assertEquals(List.of("h.yaml:25:19: warning: retry.timeout: a resend goes out before the first attempt's ack "
                + "can come back (p99 of the round trip from till to queue is about 3s): duplicates with nothing lost; "
                + "use a timeout above it"), warnings(yaml));
    }

    @Test
    void redeliveryTimeout_atOrBelowTheConsumersP99_warnsAtTheTimeout() throws ScenarioException {
        String slowWorker = edit("processing: 5ms", "processing: { distribution: uniform, min: 1s, max: 40s }");

        assertEquals(List.of("h.yaml:11:25: warning: brokers[0].redelivery-timeout: the broker delivers again what a "
                + "consumer is still processing (p99 of the round trip from queue to worker and its processing is "
                + "about 39.6s): the message is processed twice unless a dedup store catches it; use a "
                + "redelivery-timeout above it"), warnings(slowWorker));
        assertEquals(List.of(), warnings(slowWorker.replace("redelivery-timeout: 30s", "redelivery-timeout: 1m")));
    }

    @Test
    void redeliveryTimeout_leftOut_warnsAtTheBrokerNamingTheDefault() throws ScenarioException {
        String yaml = edit("processing: 5ms", "processing: 40s", "    redelivery-timeout: 30s\n", "");

        assertEquals(List.of("h.yaml:8:5: warning: brokers[0].redelivery-timeout: not set, so 30s: the broker delivers "
                + "again what a consumer is still processing (p99 of the round trip from queue to worker and its "
                + "processing is about 40s): the message is processed twice unless a dedup store catches it; use a "
                + "redelivery-timeout above it"), warnings(yaml));
    }

    @Test
    void consumerDedupWindow_shorterThanTheRetries_warnsAtTheWindow() throws ScenarioException {
        // Waits of 2s, 4s, 8s and 16s: the fifth attempt goes out 30s after the first.
        String direct = edit("send-to: queue", "send-to: worker", "window: 10m", "window: 20s");

        assertEquals(List.of("h.yaml:17:38: warning: consumers[0].dedup.window: a message's last retry can go out 30s "
                + "after its first attempt (retry.timeout, max-attempts and backoff), later than this consumer keeps "
                + "ids (20s): a late retry arrives after its id was forgotten and is processed again, even under "
                + "exactly-once; keep ids longer, or retry for less"), warnings(direct));
        assertEquals(List.of(), warnings(direct.replace("window: 20s", "window: 1m")));
    }

    @Test
    void consumerDedupWindow_behindABrokerThatRemembers_doesNotWarn() throws ScenarioException {
        // The broker drops the late retry: it never reaches the consumer's window.
        assertEquals(List.of(), warnings(edit("window: 10m", "window: 20s")));
    }

    @Test
    void sqsFifosDeduplicationInterval_shorterThanTheRetries_isNamed_evenUnderAtLeastOnceAlone()
            throws ScenarioException {
        String fifo = edit("semantics: [at-most-once, at-least-once, exactly-once]", "semantics: [at-least-once]",
                "durable: true", "preset: sqs-fifo",
                "max-attempts: 5, backoff: { multiplier: 2, max: 1m }", "max-attempts: 10, backoff: { multiplier: 2, max: 2m }");

        assertEquals(List.of("h.yaml:10:13: warning: brokers[0].dedup-window: a message's last retry can go out 8m06s "
                + "after its first attempt (retry.timeout, max-attempts and backoff), later than sqs-fifo's "
                + "deduplication interval (5m00s): a late retry is stored and delivered again, and only a consumer's "
                + "dedup store stops a second processing; keep ids longer, or retry for less"), warnings(fifo));
        assertEquals(List.of(), warnings(fifo.replace("max-attempts: 10", "max-attempts: 8")), "the last retry at 4m06s");
        assertEquals(List.of(), warnings(fifo.replace("preset: sqs-fifo", "preset: sqs-standard")),
                "a standard queue drops no retry, so it has no interval to outlast");
    }

    @Test
    void aPresetWhoseWindowTheFileChanged_isNotNamedForIt() throws ScenarioException {
        // Kafka keeps ids for ever; a file that shortens the window gets the plain warning.
        String kafka = edit("durable: true", "preset: kafka\n    kind: queue\n    dedup-window: 20s",
                "semantics: [at-most-once, at-least-once, exactly-once]", "semantics: [at-least-once]");
        List<String> warnings = warnings(kafka);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("later than this broker keeps ids (20s)")),
                warnings.toString());
    }

    @Test
    void jetStreamsSyncInterval_onABrokerThatCrashes_warnsToSyncAlways() throws ScenarioException {
        String jetstream = edit("durable: true", "preset: nats-jetstream");

        assertEquals(List.of("h.yaml:10:13: warning: brokers[0].sync-interval: JetStream acknowledges before fsync: a "
                + "crash loses every message acked since the last sync (every 2m00s) and not yet delivered, and no "
                + "producer resends what was acked: losses even under at-least-once and exactly-once; set "
                + "sync-interval: always (the server's sync_interval: always) to stop losing acked messages on a "
                + "crash"), warnings(jetstream));
        assertEquals(List.of(), warnings(jetstream.replace("preset: nats-jetstream",
                "preset: nats-jetstream\n    sync-interval: always")));
        assertEquals(List.of(), warnings(jetstream.replace("    crash: { every: 1h, down-for: 1m }\n", "")));
    }

    @Test
    void ackBeforeASlowWrite_onABrokerThatCrashes_warnsAtTheAck() throws ScenarioException {
        String early = edit("durable: true", "durable: true\n    ack: before-persist\n    persist-time: 1s");

        assertEquals(List.of("h.yaml:11:10: warning: brokers[0].ack: acks before the write reaches the disk: a crash "
                + "loses every message acked in the 1s its write takes, and no producer resends what was acked: losses "
                + "even under at-least-once and exactly-once; use ack: after-persist"), warnings(early));
    }

    @Test
    void brokerDedupWindow_shorterThanTheRetries_warnsAtTheWindow() throws ScenarioException {
        String forgetful = edit("durable: true", "durable: true\n    dedup-window: 20s");

        assertEquals(List.of("h.yaml:11:19: warning: brokers[0].dedup-window: a message's last retry can go out 30s "
                + "after its first attempt (retry.timeout, max-attempts and backoff), later than this broker keeps ids "
                + "(20s): a late retry is stored and delivered again, and only a consumer's dedup store stops a second "
                + "processing; keep ids longer, or retry for less"), warnings(forgetful));
        assertEquals(List.of(), warnings(forgetful.replace("max-attempts: 5", "max-attempts: 4")),
                "the last retry at 14s");
    }

    @Test
    void dedupWindows_retriesThatNeverStop_warnAtBoth() throws ScenarioException {
        List<String> shown = warnings(edit("durable: true", "durable: true\n    dedup-window: 1d",
                "window: 10m", "window: 1d", "max-attempts: 5", "max-attempts: 0"));

        assertEquals(2, shown.size(), shown.toString());
        assertEquals(List.of(true, true),
                shown.stream().map(w -> w.contains("retries never stop (retry.max-attempts: 0)")).toList());
    }

    @Test
    void memoryDedupStore_onAConsumerThatCrashes_warnsAtTheStore() throws ScenarioException {
        String memory = edit("store: durable", "store: memory");

        assertEquals(List.of("h.yaml:17:21: warning: consumers[0].dedup.store: a crash empties a dedup store kept in "
                + "memory, so a message processed before the crash and delivered again after it is processed twice, "
                + "even under exactly-once; use store: durable"), warnings(memory));
        assertEquals(List.of(), warnings(memory.replace(
                "    crash: { probability: 0.1%, at: after-process, down-for: 1s }\n", "")), "it never crashes");
    }

    @Test
    void nonDurableBroker_thatCrashes_warnsAtDurable() throws ScenarioException {
        String forgetful = edit("durable: true", "durable: false");

        assertEquals(List.of("h.yaml:10:14: warning: brokers[0].durable: a crash loses every message this broker "
                + "holds, acked or not, and no producer resends what was acked: losses even under at-least-once and "
                + "exactly-once; use durable: true"), warnings(forgetful));
        assertEquals(List.of(), warnings(forgetful.replace("    crash: { every: 1h, down-for: 1m }\n", "")),
                "it never crashes");
    }

    @Test
    void commitEvery_noSoonerThanTheRedeliveryTimeout_warnsAtTheInterval() throws ScenarioException {
        String slow = edit("    dedup: { store: durable, window: 10m }", "    dedup: { store: durable, window: 10m }\n"
                + "    commit: { every: 30s }");

        assertEquals(List.of("h.yaml:18:22: warning: consumers[0].commit.every: commits every 30s, no sooner than queue"
                + " delivers again what is not acked (redelivery-timeout 30s): what waits for the next commit is"
                + " processed twice; commit more often than the timeout"), warnings(slow));
        assertEquals(List.of(), warnings(slow.replace("every: 30s", "every: 29s")));
    }

    @Test
    void logReplay_reachingPastTheDedupWindow_warnsAtTheWindow() throws ScenarioException {
        String log = edit("    deliver-to: [worker]", "    kind: log\n    deliver-to: [worker]\n    session-timeout: 10s",
                "    redelivery-timeout: 30s\n", "",
                "    dedup: { store: durable, window: 10m }", "    dedup: { store: durable, window: 14s }\n"
                + "    commit: { every: 5s }");

        assertEquals(List.of("h.yaml:18:38: warning: consumers[0].dedup.window: after a crash queue hands out again"
                + " records processed up to 5s before it (commit.every), a session timeout (10s) later, when this"
                + " window (14s) may have forgotten them: processed twice even under exactly-once; keep ids longer"
                + " than 15s"), warnings(log));
        assertEquals(List.of(), warnings(log.replace("window: 14s", "window: 16s")));
    }

    @Test
    void commitBeforeProcessing_onAConsumerThatCrashes_warnsAtTheCommit() throws ScenarioException {
        String early = edit("    dedup: { store: durable, window: 10m }", "    dedup: { store: durable, window: 10m }\n"
                + "    commit: before-process");

        assertEquals(List.of("h.yaml:18:13: warning: consumers[0].commit: commits each message before processing it,"
                + " and it crashes: what it committed but had not processed is lost, even under at-least-once and"
                + " exactly-once; commit after-process"), warnings(early));
        assertEquals(List.of(), warnings(early.replace(
                "    crash: { probability: 0.1%, at: after-process, down-for: 1s }\n", "")), "it never crashes");
    }

    @Test
    void poison_onAQueueWithoutMaxDeliveries_warnsAtThePoison() throws ScenarioException {
        String poison = edit("    processing: 5ms", "    processing: 5ms\n    poison: 1%");

        assertEquals(List.of("h.yaml:16:13: warning: consumers[0].poison: queue delivers a poison message again for"
                + " ever: the run ends only at a limit; set max-deliveries on queue to move it to a dead-letter queue"),
                warnings(poison));
        assertEquals(List.of(), warnings(poison.replace("    durable: true", "    durable: true\n    max-deliveries: 5")));
    }

    @Test
    void producerCrash_withoutAnOutbox_warnsAtTheCrash() throws ScenarioException {
        String crashing = edit("    arrival: { process: fixed, interval: 1s }",
                "    arrival: { process: fixed, interval: 1s }\n    crash: { every: 1h, down-for: 1m }");

        assertEquals(List.of("h.yaml:7:12: warning: producers[0].crash: a crash forgets every message not yet acked,"
                + " and one whose publish was lost is never sent again: losses even under at-least-once and"
                + " exactly-once; outbox: true keeps them"), warnings(crashing));
        assertEquals(List.of(), warnings(crashing.replace("interval: 1s }", "interval: 1s }\n    outbox: true")));
    }

    @Test
    void everyHazard_underAtMostOnceOnly_warnsOfNothing() throws ScenarioException {
        // Nothing resends, redelivers or deduplicates: no timeout, window or store can matter.
        String all = edit("[at-most-once, at-least-once, exactly-once]", "[at-most-once]",
                "durable: true", "durable: false\n    dedup-window: 1ms",
                "redelivery-timeout: 30s", "redelivery-timeout: 1ms",
                "store: durable, window: 10m", "store: memory, window: 1ms",
                "timeout: 2s", "timeout: 1ms");

        assertEquals(List.of(), warnings(all));
        assertEquals(6, warnings(all.replace("[at-most-once]", "[at-most-once, exactly-once]")).size(),
                "the same file under exactly-once: timeout, redelivery, both windows, store, durable");
    }

    @Test
    void exactlyOnceHazards_underAtLeastOnce_warnOfNothing() throws ScenarioException {
        // At-least-once keeps no dedup store and drops no retries: windows and stores play no part.
        assertEquals(List.of(), warnings(edit("[at-most-once, at-least-once, exactly-once]", "[at-least-once]",
                "durable: true", "durable: true\n    dedup-window: 1s",
                "store: durable, window: 10m", "store: memory, window: 1s")));
    }

    @Test
    void p99Nanos_eachDistribution_matchesTheSampledTail() {
        List<DelaySpec> delays = List.of(new DelaySpec.Constant(7_000_000), new DelaySpec.Uniform(1_000_000, 5_000_000),
                new DelaySpec.Exponential(20_000_000), new DelaySpec.Normal(5_000_000, 10_000_000),
                new DelaySpec.LogNormal(10_000_000, 0.5), new DelaySpec.Pareto(1_000_000, 1.5));
        for (DelaySpec d : delays) {
            DelaySampler sampler = new DelaySampler(d, Seeds.stream(11, "p99"));
            long[] xs = new long[1_000_000];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = sampler.sample(i, 7);
            }
            Arrays.sort(xs);
            assertEquals(xs[989_999], Hazards.p99Nanos(d), 0.02 * xs[989_999] + 1, d.toString());
        }
    }

    @Test
    void retryHorizon_cappedBackoffWithJitter_isTheLatestLastResend() {
        // Waits 2, 4, 8, 16, 32, then the 1m cap twice: 182s, each up to 10% longer.
        assertEquals(200.2 * S, Hazards.retryHorizonNanos(new RetrySpec(2 * S, 8, 2, 60 * S, 0.1)), 1e3);
        assertEquals(0, Hazards.retryHorizonNanos(new RetrySpec(2 * S, 1, 2, 60 * S, 0)), "one attempt, no retry");
        assertEquals(Double.POSITIVE_INFINITY, Hazards.retryHorizonNanos(new RetrySpec(2 * S, 0, 2, 60 * S, 0)),
                "attempts unbounded");
    }
}
