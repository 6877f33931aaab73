package dsim.report.compare;

import dsim.compare.Metric;
import dsim.report.svg.Palette;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatMapTest {

    private static final Pattern CELL = Pattern.compile("<rect [^>]*fill=\"(#[0-9A-F]{6})\"[^>]*>\\n<title>([^<]*)</title>");

    /** Each cell's tooltip, mapped to its fill. */
    private static Map<String, String> cells(String svg) {
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher m = CELL.matcher(svg);
        while (m.find()) {
            cells.put(m.group(2), m.group(1));
        }
        return cells;
    }

    @Test
    void lost_oneCellPerSemanticsAndPair_darkestWhereMostIsLost() {
        Map<String, String> cells = cells(HeatMap.render(CompareFixture.withGrid().grid(), Metric.LOST));
        assertEquals(3 * 2 * 2, cells.size(), cells.toString());
        String fireAndForget = key(cells, "at-most-once, network.default.loss = 10%, retry.max-attempts = 1");
        String retried = key(cells, "exactly-once, network.default.loss = 1%, retry.max-attempts = 3");
        // At-most-once at 10% loss loses the most of any cell: it takes the full colour.
        assertEquals(Palette.LOST, cells.get(fireAndForget), fireAndForget);
        // Three tries at 1% loss lose nothing in these seeds: the pale zero shade, its interval above zero.
        assertEquals("#F2F2F2", cells.get(retried), retried);
        assertTrue(retried.endsWith(": 0.00% [0.00, " + retried.substring(retried.lastIndexOf(", ") + 2)), retried);
        assertTrue(!retried.endsWith("[0.00, 0.00]"), "a zero is bounded above, not certain: " + retried);
    }

    @Test
    void shade_runsFromThePaleZeroToTheHue() {
        assertArrayEquals(new int[] {0xF2, 0xF2, 0xF2}, HeatMap.shade(Palette.LOST, 0));
        assertArrayEquals(new int[] {0xD5, 0x5E, 0x00}, HeatMap.shade(Palette.LOST, 1));
        assertArrayEquals(new int[] {0xE4, 0xA8, 0x79}, HeatMap.shade(Palette.LOST, 0.5));
    }

    @Test
    void cost_isNullWithoutCosts_andDrawnWithThem() {
        assertTrue(HeatMap.cost(CompareFixture.withGrid().grid()).contains("<title>Cost per 1,000 messages over"));
    }

    private static String key(Map<String, String> cells, String prefix) {
        return cells.keySet().stream().filter(k -> k.startsWith(prefix + ":")).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + prefix + " in " + cells.keySet()));
    }
}
