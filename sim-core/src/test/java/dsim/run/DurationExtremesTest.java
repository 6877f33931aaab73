package dsim.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.simulation.Simulation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dsim.spec.Scenario;
import dsim.scenario.ScenarioException;
import dsim.scenario.ScenarioLoader;
import dsim.spec.Semantics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every duration key at the longest value a scenario may name (and every delay distribution at
 * its most extreme), one at a time, runs under every semantics without overflowing the clock:
 * a legal scenario never ends in an internal error. One step beyond is refused at load.
 */
class DurationExtremesTest {

    private static final String LONGEST = "10000d";

    /** A scenario naming every duration key; each PLACEHOLDER is filled from {@link #ordinary()}. */
    private static final String TEMPLATE = """
            producers:
              - name: p
                send-to: b
                messages: 30
                arrival: { process: fixed, interval: INTERVAL }
              - name: q
                send-to: s
                messages: 30
                arrival: { process: poisson, rate: RATE }
              - name: r
                send-to: log
                messages: 30
                arrival: { process: fixed, interval: INTERVAL }
            brokers:
              - name: b
                deliver-to: [c]
                durable: true
                redelivery-timeout: REDELIVERY_TIMEOUT
                crash: { every: BROKER_EVERY, down-for: BROKER_DOWN_FOR }
                persist-time: PERSIST_TIME
                dedup-window: DEDUP_WINDOW
              - name: log
                kind: log
                deliver-to: [d, e]
                session-timeout: SESSION_TIMEOUT
              - name: s
                deliver-to: [f]
                ack: before-persist
                sync-interval: FSYNC_EVERY
                crash: { every: BROKER_EVERY, down-for: BROKER_DOWN_FOR }
            consumers:
              - name: c
                processing: PROCESSING
                crash: { probability: 0.2, at: after-process, down-for: CONSUMER_DOWN_FOR }
                dedup: { store: durable, window: WINDOW }
              - name: d
                processing: PROCESSING
                commit: { every: COMMIT_EVERY }
                crash: { every: CONSUMER_EVERY, down-for: CONSUMER_DOWN_FOR }
              - name: e
                processing: PROCESSING
              - name: f
                processing: PROCESSING
            network:
              default: { delay: DELAY, loss: 20% }
              links:
                - from: p
                  to: b
                  loss: { model: gilbert-elliott, mean-good: MEAN_GOOD, mean-bad: MEAN_BAD }
                  outages: [ { start: OUTAGE_START, end: OUTAGE_END } ]
            retry: { timeout: TIMEOUT, max-attempts: 6, backoff: { multiplier: MULTIPLIER, max: BACKOFF_MAX, jitter: 0.99 } }
            limits: { max-time: MAX_TIME, max-events: 100000 }
            faults:
              - { delay: publish of p-3, link: p->b, by: HELD_BY }
              - { crash: b, at: CRASH_AT, down-for: HELD_DOWN }
              - { crash: c, at: after-process of p-2, down-for: HELD_DOWN }
              - { outage: q->s, from: CUT_FROM, to: CUT_UNTIL }
            """;

    private static Map<String, String> ordinary() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("INTERVAL", "100ms");
        m.put("RATE", "10/s");
        m.put("REDELIVERY_TIMEOUT", "1s");
        m.put("BROKER_EVERY", "10s");
        m.put("BROKER_DOWN_FOR", "1s");
        m.put("PERSIST_TIME", "10ms");
        m.put("DEDUP_WINDOW", "1m");
        m.put("FSYNC_EVERY", "2s");
        m.put("PROCESSING", "1ms");
        m.put("CONSUMER_DOWN_FOR", "1s");
        m.put("SESSION_TIMEOUT", "2s");
        m.put("COMMIT_EVERY", "500ms");
        m.put("CONSUMER_EVERY", "5s");
        m.put("WINDOW", "1m");
        m.put("DELAY", "10ms");
        m.put("MEAN_GOOD", "5s");
        m.put("MEAN_BAD", "1s");
        m.put("OUTAGE_START", "1s");
        m.put("OUTAGE_END", "2s");
        m.put("TIMEOUT", "500ms");
        m.put("MULTIPLIER", "2");
        m.put("BACKOFF_MAX", "1m");
        m.put("MAX_TIME", "30d");
        m.put("HELD_BY", "1s");
        m.put("CRASH_AT", "1500ms");
        m.put("HELD_DOWN", "1s");
        m.put("CUT_FROM", "1s");
        m.put("CUT_UNTIL", "2s");
        return m;
    }

    /** The longest plain durations, then each delay distribution at its extreme, for processing and for links. */
    static Stream<Arguments> extremes() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String key : ordinary().keySet()) {
            if (!Set.of("RATE", "MULTIPLIER", "OUTAGE_START", "TIMEOUT", "CUT_FROM").contains(key)) {
                cases.add(Arguments.of(key, Map.of(key, LONGEST)));
            }
        }
        cases.add(Arguments.of("RATE", Map.of("RATE", "0.000000000000000000000000000001/d")));
        cases.add(Arguments.of("OUTAGE", Map.of("OUTAGE_START", "9999d", "OUTAGE_END", LONGEST)));
        cases.add(Arguments.of("SCRIPTED CUT", Map.of("CUT_FROM", "9999d", "CUT_UNTIL", LONGEST)));
        cases.add(Arguments.of("TIMEOUT", Map.of("TIMEOUT", LONGEST, "BACKOFF_MAX", LONGEST)));
        cases.add(Arguments.of("MULTIPLIER", Map.of("MULTIPLIER", "1e300", "BACKOFF_MAX", LONGEST)));
        Map<String, String> all = new LinkedHashMap<>();
        for (String key : ordinary().keySet()) {
            all.put(key, LONGEST);
        }
        all.putAll(Map.of("RATE", "1/d", "MULTIPLIER", "1e300", "OUTAGE_START", "9999d", "CUT_FROM", "9999d",
                "PROCESSING", "{ distribution: pareto, scale: 10000d, shape: 0.01 }"));
        cases.add(Arguments.of("ALL AT ONCE", all));
        for (String delay : new String[] {
            "{ distribution: constant, value: 10000d }",
            "{ distribution: uniform, min: 0s, max: 10000d }",
            "{ distribution: exponential, mean: 10000d }",
            "{ distribution: normal, mean: 10000d, stddev: 10000d }",
            "{ distribution: lognormal, median: 10000d, sigma: 50 }",
            "{ distribution: pareto, scale: 10000d, shape: 0.01 }"}) {
            cases.add(Arguments.of("PROCESSING " + delay, Map.of("PROCESSING", delay)));
            cases.add(Arguments.of("DELAY " + delay, Map.of("DELAY", delay)));
        }
        return cases.build();
    }

    private static Scenario scenario(Map<String, String> changed) throws ScenarioException {
        Map<String, String> values = ordinary();
        values.putAll(changed);
        String yaml = TEMPLATE;
        for (Map.Entry<String, String> e : values.entrySet()) {
            yaml = yaml.replace(e.getKey(), e.getValue());
        }
        return ScenarioLoader.parse("extreme.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extremes")
    void longestDurations_runUnderEverySemantics_withoutOverflow(String what, Map<String, String> changed)
            throws ScenarioException {
        Scenario s = scenario(changed);
        for (Semantics semantics : Semantics.values()) {
            RunResult r = assertDoesNotThrow(() -> Simulation.run(s, semantics, 5, null), what + " " + semantics);
            assertTrue(r.simulatedTimeNanos() >= 0, what + " " + semantics);
            assertEquals(r.produced(), r.lost() + r.processedOnce() + r.duplicated(), what + " " + semantics);
        }
    }

    @Test
    void aNanosecondBeyondTheLongest_isRefusedAtLoad() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> scenario(Map.of("PERSIST_TIME", "864000000000000001ns")));
        assertEquals("extreme.yaml:20:19: brokers[0].persist-time: expected a duration of at most 10000d "
                + "(about 27 years), got 864000000000000001ns", e.problems().get(0).toString());
    }

    /** Every key the JSON Schema types as a duration is one the template sets, so none is left untried. */
    @Test
    void template_coversEveryDurationKeyOfTheSchema() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("..", "scenarios", "schema", "dsim-scenario.schema.json")
                .toFile());
        Set<String> durationKeys = new TreeSet<>();
        collectDurationKeys(schema, durationKeys);
        Set<String> missing = new TreeSet<>();
        for (String key : durationKeys) {
            boolean delayParameter = Set.of("value", "min", "max", "mean", "stddev", "median", "scale").contains(key);
            if (!delayParameter && !TEMPLATE.contains(key + ":")) {
                missing.add(key);
            }
        }
        assertTrue(durationKeys.size() >= 15, "duration keys found: " + durationKeys);
        assertEquals(Set.of(), missing, "duration keys the template never sets");
    }

    private static void collectDurationKeys(JsonNode node, Set<String> out) {
        JsonNode props = node.get("properties");
        if (props != null && props.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String text = e.getValue().toString();
                if (!e.getValue().has("properties") && text.contains("uration\"")) {
                    out.add(e.getKey());
                }
            }
        }
        node.forEach(child -> collectDurationKeys(child, out));
    }
}
