package dsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dsim.run.RunResult;
import dsim.spec.Expectation;
import dsim.spec.Expectation.Check;
import dsim.spec.Expectation.Comparison;
import dsim.spec.Expectation.Metric;
import dsim.spec.Semantics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunJsonTest {

    private static final List<String> FIELDS = List.of("scenario", "semantics", "seed", "produced", "lost",
            "processedOnce", "duplicated", "deadLettered", "extraProcessings", "sent", "retries", "redeliveries",
            "packetsPerMessage", "dropped", "linkDuplicates", "dedupSuppressed", "crashes", "gaveUp", "latency",
            "queueing", "events", "simulatedTimeNanos", "simulatedTime", "outcome", "traceDigest");

    private static final Map<Semantics, Expectation> EXPECT = Map.of(
            Semantics.EXACTLY_ONCE, new Expectation(List.of(
                    new Check(Metric.LOST, Comparison.EQ, 0, false, "== 0"),
                    new Check(Metric.DUPLICATED, Comparison.LT, 1, true, "< 1%"))),
            Semantics.AT_LEAST_ONCE, new Expectation(List.of(
                    new Check(Metric.DUPLICATED, Comparison.EQ, 0, false, "== 0"))));

    private static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static List<String> names(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void render_oneObjectPerRun_fieldsInContractOrder() throws Exception {
        JsonNode array = parse(RunJson.render(Fixtures.ALL, Map.of()));
        assertEquals(3, array.size());
        for (JsonNode o : array) {
            assertEquals(FIELDS, names(o));
        }
        assertEquals(List.of("linkLoss", "outage", "nodeDown"), names(array.get(0).get("dropped")));
        assertEquals(List.of("count", "meanNanos", "p50Nanos", "p90Nanos", "p99Nanos", "maxNanos"),
                names(array.get(0).get("latency")));
    }

    @Test
    void render_values_areTheRunsNumbers() throws Exception {
        JsonNode o = parse(RunJson.render(Fixtures.ALL, Map.of())).get(1);
        assertEquals("password-reset", o.get("scenario").asText());
        assertEquals("at-least-once", o.get("semantics").asText());
        assertEquals(42, o.get("seed").asLong());
        assertEquals(130, o.get("duplicated").asLong());
        assertEquals("4.1466", o.get("packetsPerMessage").asText());
        assertEquals(512, o.get("dropped").get("outage").asLong());
        assertEquals(2_100_000_000L, o.get("latency").get("p99Nanos").asLong());
        assertEquals("41m43s", o.get("simulatedTime").asText());
        assertEquals("completed", o.get("outcome").asText());
        assertEquals("0a1b2c3d4e5f6071", o.get("traceDigest").asText());
    }

    @Test
    void render_expectations_onlyWhereTheScenarioHasThem() throws Exception {
        JsonNode array = parse(RunJson.render(Fixtures.ALL, EXPECT));
        assertFalse(array.get(0).has("expectations"));
        JsonNode alo = array.get(1).get("expectations");
        assertEquals(1, alo.size());
        assertEquals("duplicated == 0", alo.get(0).get("check").asText());
        assertEquals(130, alo.get(0).get("actual").asLong());
        assertFalse(alo.get(0).get("ok").asBoolean());
        JsonNode eo = array.get(2).get("expectations");
        assertEquals(List.of("check", "actual", "ok"), names(eo.get(1)));
        assertEquals("duplicated < 1%", eo.get(1).get("check").asText());
        assertTrue(eo.get(1).get("ok").asBoolean());
        assertEquals("expectations", names(array.get(2)).get(FIELDS.size()));
    }

    @Test
    void render_isPrettyStableAndEndsWithNewline() {
        String json = RunJson.render(Fixtures.ALL, EXPECT);
        assertEquals(json, RunJson.render(Fixtures.ALL, EXPECT));
        assertTrue(json.startsWith("[\n  {\n    \"scenario\": \"password-reset\",\n    \"semantics\": \"at-most-once\",\n"),
                json);
        assertTrue(json.endsWith("}\n]\n"));
        assertFalse(json.contains("\r"));
        assertTrue(json.contains("    \"dropped\": {\n      \"linkLoss\": 301,\n"), json);
        assertTrue(json.contains("\"packetsPerMessage\": 2.0024,"), json);
    }

    @Test
    void render_nonAscii_isEscapedSoBytesDoNotDependOnTheCharset() {
        RunResult r = Fixtures.AT_MOST_ONCE;
        RunResult named = new RunResult("caf\u00e9", r.semantics(), r.seed(), r.produced(), r.lost(), r.processedOnce(),
                r.duplicated(), r.extraProcessings(), r.sent(), r.retries(), r.redeliveries(), r.drops(),
                r.linkDuplicates(), r.dedupSuppressed(), r.crashes(), r.gaveUp(), r.deadLettered(), r.latency(), r.queueing(), r.events(),
                r.simulatedTimeNanos(), r.outcome(), r.traceDigest());
        String json = RunJson.render(List.of(named), Map.of());
        assertTrue(json.contains("\"scenario\": \"caf\\u00E9\""), json);
        assertTrue(json.chars().allMatch(c -> c < 128));
    }

    @Test
    void render_seedAbove2To63_isUnsigned() {
        RunResult r = Fixtures.AT_MOST_ONCE;
        RunResult big = new RunResult(r.scenario(), r.semantics(), -1L, r.produced(), r.lost(), r.processedOnce(),
                r.duplicated(), r.extraProcessings(), r.sent(), r.retries(), r.redeliveries(), r.drops(),
                r.linkDuplicates(), r.dedupSuppressed(), r.crashes(), r.gaveUp(), r.deadLettered(), r.latency(), r.queueing(), r.events(),
                r.simulatedTimeNanos(), r.outcome(), r.traceDigest());
        assertTrue(RunJson.render(List.of(big), Map.of()).contains("\"seed\": 18446744073709551615,"));
    }
}
