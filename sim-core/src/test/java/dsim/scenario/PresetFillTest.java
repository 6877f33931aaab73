package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.preset.Presets;
import dsim.spec.BrokerSpec;
import dsim.spec.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A broker written {@code preset: NAME} is exactly the broker, consumers and retry policy the
 * preset's table in {@code scenarios/presets/README.md} says, written out by hand; a key
 * written beside the preset changes that key and nothing else.
 */
class PresetFillTest {

    private static final Path README = Path.of("..", "scenarios", "presets", "README.md");

    private static Scenario parse(String yaml) throws ScenarioException {
        return ScenarioLoader.parse("preset.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** One row of a preset's knob table: what it sets, the key, the value. */
    private record Row(String sets, String key, String value) {
    }

    /** The knob table under the heading {@code ## name} of the README. */
    private static List<Row> table(String name) throws Exception {
        List<Row> rows = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(README)) {
            if (line.startsWith("## ")) {
                in = line.equals("## " + name);
            } else if (in && line.startsWith("| ") && !line.startsWith("| sets") && !line.startsWith("| ---")) {
                String[] cells = line.split(" \\| ");
                rows.add(new Row(cells[0].substring(2), unquote(cells[1]), unquote(cells[2])));
            }
        }
        assertTrue(!rows.isEmpty(), "no knob table for " + name + " in " + README);
        return rows;
    }

    private static String unquote(String cell) {
        return cell.substring(1, cell.length() - 1);
    }

    private static final String SCENARIO = """
            producers:
              - { name: p, send-to: q, messages: 10, arrival: { process: fixed, interval: 1s } }
            brokers:
              - { name: q, deliver-to: [c]%s }
            consumers:
              - { name: c, processing: 1ms%s }
            %s
            """;

    static List<String> presets() {
        return Presets.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void aPreset_isItsReadmeTable_writtenByHand(String name) throws Exception {
        StringBuilder broker = new StringBuilder();
        StringBuilder consumer = new StringBuilder();
        Map<String, String> retry = new LinkedHashMap<>();
        Map<String, String> backoff = new LinkedHashMap<>();
        for (Row r : table(name)) {
            switch (r.sets()) {
                case "broker" -> broker.append(", ").append(r.key()).append(": ").append(r.value());
                case "consumers" -> consumer.append(", ").append(r.key()).append(": ").append(r.value());
                case "retry" -> (r.key().startsWith("backoff.") ? backoff : retry)
                        .put(r.key().replace("backoff.", ""), r.value());
                default -> throw new AssertionError("unknown target " + r.sets());
            }
        }
        if (!backoff.isEmpty()) {
            retry.put("backoff", flow(backoff));
        }
        Scenario byHand = parse(SCENARIO.formatted(broker, consumer, retry.isEmpty() ? "" : "retry: " + flow(retry)));
        Scenario preset = parse(SCENARIO.formatted(", preset: " + name, "", ""));

        BrokerSpec filled = preset.brokers().get(0);
        assertEquals(name, filled.preset());
        assertEquals(withoutPreset(byHand.brokers().get(0)), withoutPreset(filled));
        assertEquals(byHand.consumers(), preset.consumers());
        assertEquals(byHand.retry(), preset.retry());
    }

    private static String flow(Map<String, String> m) {
        List<String> pairs = new ArrayList<>();
        m.forEach((k, v) -> pairs.add(k + ": " + v));
        return "{ " + String.join(", ", pairs) + " }";
    }

    private static BrokerSpec withoutPreset(BrokerSpec b) {
        return new BrokerSpec(b.name(), b.deliverTo(), b.durable(), b.redeliveryTimeoutNanos(), b.crash(), b.ack(),
                b.persistTimeNanos(), b.dedupWindowNanos(), b.kind(), b.partitions(), b.sessionTimeoutNanos(),
                b.maxDeliveries(), b.idempotent(), b.syncIntervalNanos(), b.requeueOnCrash(), b.deadLetterQueue(), null);
    }

    @Test
    void aKeyWrittenBesideThePreset_changesThatKeyAndNothingElse() throws Exception {
        BrokerSpec preset = parse(SCENARIO.formatted(", preset: sqs-fifo", "", "")).brokers().get(0);
        BrokerSpec overridden = parse(SCENARIO.formatted(", preset: sqs-fifo, redelivery-timeout: 45s", "", ""))
                .brokers().get(0);
        assertEquals(45_000_000_000L, overridden.redeliveryTimeoutNanos());
        assertNotEquals(preset.redeliveryTimeoutNanos(), overridden.redeliveryTimeoutNanos());
        BrokerSpec back = new BrokerSpec(overridden.name(), overridden.deliverTo(), overridden.durable(),
                preset.redeliveryTimeoutNanos(), overridden.crash(), overridden.ack(), overridden.persistTimeNanos(),
                overridden.dedupWindowNanos(), overridden.kind(), overridden.partitions(),
                overridden.sessionTimeoutNanos(), overridden.maxDeliveries(), overridden.idempotent(),
                overridden.syncIntervalNanos(), overridden.requeueOnCrash(), overridden.deadLetterQueue(),
                overridden.preset());
        assertEquals(preset, back);
    }

    @Test
    void aConsumerKeyWritten_winsOverThePresets() throws Exception {
        Scenario s = parse(SCENARIO.formatted(", preset: kafka", ", commit: after-process, prefetch: 7", ""));
        assertEquals(7, s.consumers().get(0).prefetch());
        assertEquals(0, s.consumers().get(0).commit().everyNanos());
    }

    @Test
    void aWrittenRetryPolicy_keepsItsKeys_andTakesThePresetsForTheRest() throws Exception {
        Scenario s = parse(SCENARIO.formatted(", preset: kafka", "", "retry: { timeout: 2s }"));
        assertEquals(2_000_000_000L, s.retry().timeoutNanos());
        assertEquals(4, s.retry().maxAttempts(), "delivery.timeout.ms from the preset");
    }

    @Test
    void aQueueWrittenOnAKafkaPreset_takesNoneOfTheLogsKeys() throws Exception {
        Scenario s = parse(SCENARIO.formatted(", preset: kafka, kind: queue", "", ""));
        assertTrue(!s.brokers().get(0).isLog());
        assertEquals(0, s.consumers().get(0).commit().everyNanos(), "no auto-commit on a queue's consumer");
    }

    @Test
    void anUnknownPreset_isOneLineWithItsPlace_andTheNearestName() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> parse(SCENARIO.formatted(", preset: sqs-ffo", "", "")));
        assertEquals("preset.yaml:4:41: brokers[0].preset: unknown preset \"sqs-ffo\", did you mean \"sqs-fifo\"?",
                e.problems().get(0).toString());
        assertEquals(1, e.problems().size());
    }

    @Test
    void aBrokerWithoutPreset_isUntouched() throws Exception {
        assertNull(parse(SCENARIO.formatted("", "", "")).brokers().get(0).preset());
    }
}
