package dsim.report.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonResultsTest {

    @Test
    void render_withStudy_hasTheContractFieldsInOrder() throws Exception {
        String json = new JsonResults().render(CompareFixture.withStudy());
        assertTrue(json.endsWith("}\n"));
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("dsim", "scenario", "seeds", "confidence", "semantics", "differences", "predictions",
                "cheapest", "expectations", "statisticalExpectations", "study", "grid", "runs"), fields);
        assertEquals("exactly-once", root.get("cheapest").asText());
        JsonNode lost = root.get("semantics").get(0).get("metrics").get("lost");
        assertEquals("student-t", lost.get("method").asText());
        assertTrue(lost.get("lower").asDouble() <= lost.get("value").asDouble());
        assertEquals(2, root.get("study").get("points").size());
        assertEquals(2 * CompareFixture.SEEDS * 3, root.get("runs").size());
        assertEquals("10%", root.get("runs").get(CompareFixture.SEEDS * 3).get("variedValue").asText());
    }

    @Test
    void render_plain_hasNullStudyAndNullVariedFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonResults().render(CompareFixture.plain()));
        assertTrue(root.get("study").isNull());
        assertTrue(root.get("grid").isNull());
        assertTrue(root.get("runs").get(0).get("variedPath").isNull());
        assertTrue(root.get("runs").get(0).get("variedPath2").isNull());
    }

    @Test
    void render_withGrid_listsEveryPairAndBothValuesOfEachRun() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonResults().render(CompareFixture.withGrid()));
        assertTrue(root.get("study").isNull());
        JsonNode grid = root.get("grid");
        assertEquals("[{\"path\":\"network.default.loss\",\"values\":[\"1%\",\"10%\"]},"
                + "{\"path\":\"retry.max-attempts\",\"values\":[\"1\",\"3\"]}]", grid.get("keys").toString());
        List<String> pairs = new ArrayList<>();
        grid.get("points").forEach(p -> pairs.add(p.get("values").toString()));
        assertEquals(List.of("[\"1%\",\"1\"]", "[\"1%\",\"3\"]", "[\"10%\",\"1\"]", "[\"10%\",\"3\"]"), pairs);
        assertEquals(3, grid.get("points").get(0).get("semantics").size());
        JsonNode runs = root.get("runs");
        assertEquals(4 * CompareFixture.SEEDS * 3, runs.size());
        JsonNode last = runs.get(runs.size() - 1);
        assertEquals("10%", last.get("variedValue").asText());
        assertEquals("retry.max-attempts", last.get("variedPath2").asText());
        assertEquals("3", last.get("variedValue2").asText());
    }

    @Test
    void decimal_nonFinite_isNull() {
        assertNull(JsonResults.decimal(Double.NaN));
        assertNull(JsonResults.decimal(Double.POSITIVE_INFINITY));
    }

    @Test
    void decimal_floatNoise_isRoundedToTwelveDigits() {
        assertEquals(new BigDecimal("0.3"), JsonResults.decimal(0.1 + 0.2));
        assertEquals(new BigDecimal("5"), JsonResults.decimal(5.0));
        assertEquals(BigDecimal.ZERO, JsonResults.decimal(-0.0));
    }
}
