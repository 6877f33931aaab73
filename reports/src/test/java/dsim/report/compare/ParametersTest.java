package dsim.report.compare;

import org.junit.jupiter.api.Test;

import dsim.scenario.ScenarioLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParametersTest {

    private static final List<Parameters.Row> ROWS = Parameters.of(CompareFixture.scenario("5%"));

    private static void assertRow(String section, String key, String value) {
        Parameters.Row want = new Parameters.Row(section, key, value);
        assertTrue(ROWS.contains(want), "no " + want + " in " + ROWS);
    }

    @Test
    void of_fixture_expandsEveryNodeFieldWithUnits() {
        assertRow("producers", "sender.send-to", "receiver");
        assertRow("producers", "sender.messages", "200");
        assertRow("producers", "sender.arrival", "fixed 10ms");
        assertRow("consumers", "receiver.processing", "constant 1ms");
        assertRow("consumers", "receiver.crash", "none");
        assertRow("consumers", "receiver.dedup.window", "forever");
    }

    @Test
    void of_fixture_showsDefaultsTheFileLeftOut() {
        assertRow("network", "default.duplicate", "0%");
        assertRow("network", "default.outages", "none");
        assertRow("retry", "max-attempts", "3");
        assertRow("retry", "multiplier", "2");
        assertRow("limits", "max-events", "100,000,000");
        assertRow("semantics", "", "at-most-once, at-least-once, exactly-once");
    }

    @Test
    void of_costs_areAmountsNotPercentages() {
        assertRow("costs", "duplicate", "1");
        assertRow("costs", "packet", "0.01");
        assertRow("network", "default.loss", "independent 5%");
    }

    private static final String PRESET = """
            producers:
              - { name: p, send-to: q, messages: 10, arrival: { process: fixed, interval: 1s } }
            brokers:
              - { name: q, deliver-to: [c], preset: sqs-fifo%s }
            consumers:
              - { name: c, processing: 1ms }
            """;

    private static List<Parameters.Row> rows(String yaml) throws Exception {
        return Parameters.of(ScenarioLoader.parse("preset.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void of_aPresetWithAnOverride_differsFromThePresetInThatRowAlone() throws Exception {
        List<Parameters.Row> preset = rows(PRESET.formatted(""));
        List<Parameters.Row> overridden = rows(PRESET.formatted(", redelivery-timeout: 45s"));
        assertTrue(preset.contains(new Parameters.Row("brokers", "q.preset", "sqs-fifo")), preset.toString());
        assertTrue(preset.contains(new Parameters.Row("brokers", "q.dedup-window", "5m")), preset.toString());
        assertTrue(preset.contains(new Parameters.Row("brokers", "q.idempotent", "true")), preset.toString());
        List<Parameters.Row> changed = new ArrayList<>(overridden);
        changed.removeAll(preset);
        assertEquals(List.of(new Parameters.Row("brokers", "q.redelivery-timeout", "45s")), changed);
        assertEquals(preset.size(), overridden.size());
    }
}
