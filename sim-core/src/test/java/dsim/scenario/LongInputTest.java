package dsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.spec.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value, key or argument thousands of characters long is cut in the problem line that echoes it. */
class LongInputTest {

    /** Room for our own words around the echoed parts, each at most {@link Echo#MAX}. */
    private static final int LONGEST_LINE = 600;

    private static List<String> lines(String yaml) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoaderTest.parse("long.yaml", yaml));
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static void assertShort(List<String> lines) {
        for (String line : lines) {
            assertTrue(line.length() <= LONGEST_LINE, line.length() + " characters: " + line);
        }
    }

    @Test
    void deepKeysThousandsOfCharactersLong_pathIsCut_locationStays() {
        StringBuilder yaml = new StringBuilder(ScenarioLoaderTest.BASE).append("network:\n");
        for (int depth = 1; depth <= 55; depth++) {
            yaml.append("  ".repeat(depth)).append("k").append(depth).append("x".repeat(80)).append(":\n");
        }
        yaml.append("  ".repeat(56)).append("v: 1\n");
        List<String> lines = lines(yaml.toString());
        assertShort(lines);
        String deep = lines.stream().filter(l -> l.contains("nested more than")).findFirst().orElseThrow();
        assertTrue(deep.startsWith("long.yaml:61:101: network.k1x"), deep);
        assertTrue(deep.contains(" characters cut)"), deep);
    }

    @Test
    void aNumberThousandsOfDigitsLong_isCutWhereEchoed() {
        List<String> lines = lines(ScenarioLoaderTest.BASE
                + "retry: { timeout: 2s, backoff: { multiplier: 0." + "0".repeat(3000) + "1 } }\n");
        assertShort(lines);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("long.yaml:11:46: retry.backoff.multiplier: "), lines.get(0));
    }

    @Test
    void aDurationThousandsOfDigitsLong_isCutWhereEchoed() {
        List<String> lines = lines(ScenarioLoaderTest.BASE.replace("interval: 1s", "interval: -" + "1".repeat(3000) + "ms"));
        assertShort(lines);
    }

    @Test
    void aVaryPathThousandsOfCharactersLong_isCut() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("long.yaml",
                ScenarioLoaderTest.BASE.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ScenarioOverride.parseVary("network.default." + "l".repeat(3000) + "=1%,2%")));
        List<String> lines = e.problems().stream().map(Problem::toString).toList();
        assertShort(lines);
        assertTrue(lines.get(0).startsWith("--vary network.default.lll"), lines.get(0));
    }

    @Test
    void aDidYouMeanListOfLongNames_isCut() {
        StringBuilder yaml = new StringBuilder("""
                producers:
                  - name: app
                    send-to: nowhere
                    messages: 1
                    arrival: { process: fixed, interval: 1s }
                consumers:
                """);
        for (int i = 0; i < 20; i++) {
            yaml.append("  - name: consumer-").append(i).append("-").append("n".repeat(85)).append('\n');
        }
        List<String> lines = lines(yaml.toString());
        assertShort(lines);
        assertTrue(lines.get(0).startsWith("long.yaml:3:14: producers[0].send-to: unknown node \"nowhere\" (known: "),
                lines.get(0));
    }
}
