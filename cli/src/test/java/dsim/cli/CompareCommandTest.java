package dsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareCommandTest {

    private static final List<String> FILES = List.of("report.md", "report.html", "results.csv", "results.json");

    @Test
    void compare_oneThreadOrTwo_writesIdenticalFiles(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result one = Cli.run("compare", scenario.toString(), "--seeds", "8", "--threads", "1",
                "--out", dir.resolve("one").toString());
        Cli.Result two = Cli.run("compare", scenario.toString(), "--seeds", "8", "--threads", "2",
                "--out", dir.resolve("two").toString());
        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(f)),
                    Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
    }

    @Test
    void compare_summary_endsWithTheReportPath(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = dir.resolve("r");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--seeds", "3", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("compare tiny: 3 seeds (7..9) x 3 semantics"), r.out());
        assertTrue(r.out().strip().endsWith("report: " + out.resolve("report.html")), r.out());
        assertTrue(r.out().contains("at-most-once lost"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("dsim compare " + scenario + " --seeds 3 --seed 7"), "reproduce command in footer");
    }

    @Test
    void compare_anExpectationBrokenInSomeSeeds_saysInHowMany_andExitsOne(@TempDir Path dir) throws Exception {
        // On a 20% lossy link at-least-once loses nothing, but duplicates in some seeds only.
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY + "expect:\n  at-least-once: { lost: 0, duplicated: 0 }\n");
        Path out = dir.resolve("r");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--seeds", "10", "--out", out.toString());

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\u2713 at-least-once: lost == 0 held in 10 of 10 seeds"), r.out());
        String line = r.out().lines().filter(l -> l.startsWith("\u2717 at-least-once: duplicated == 0 held in "))
                .findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(line.matches(".* held in [0-9] of 10 seeds \\(first broken: seed [0-9]+, duplicated [0-9]+, "
                + "expected == 0\\)"), line);
        String seed = line.replaceAll(".*first broken: seed ([0-9]+),.*", "$1");
        assertTrue(r.out().contains("replay the first broken run: dsim replay " + scenario
                + " --semantics at-least-once --seed " + seed), r.out());
        assertTrue(Files.readString(out.resolve("report.html")).contains(line.substring(2)), "the report says it too");
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"firstBrokenSeed\": " + seed));

        Cli.Result replay = Cli.run("replay", scenario.toString(), "--semantics", "at-least-once", "--seed", seed);
        assertEquals(1, replay.code(), "replay exits 1 after a broken expectation: " + replay.out());
    }

    @Test
    void compare_vary_chartsEveryValue(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = dir.resolve("v");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--seeds", "3", "--out", out.toString(),
                "--vary", "network.default.loss=0,10%,30%");
        assertEquals(0, r.code(), r.err());
        String csv = Files.readString(out.resolve("results.csv"));
        for (String v : List.of("0", "10%", "30%")) {
            assertTrue(csv.contains(",network.default.loss," + v + ","), "rows for " + v);
        }
        // The study's table comes first on stdout, one line per value.
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("network.default.loss  ") && lines.get(0).contains("at-least-once lost"),
                r.out());
        assertTrue(lines.get(1).startsWith("0 ") && lines.get(2).startsWith("10% ") && lines.get(3).startsWith("30% "),
                r.out());
    }

    @Test
    void compare_twoVary_runsEveryPairAsAGrid(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = dir.resolve("g");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--seeds", "3", "--out", out.toString(),
                "--vary", "network.default.loss=0,30%", "--vary", "retry.max-attempts=1,8");
        assertEquals(0, r.code(), r.err());
        // The grid's table first: both paths, then one line per pair, the first key's value slowest.
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("network\\.default\\.loss +retry\\.max-attempts +at-most-once lost.*"), r.out());
        assertEquals(List.of("0 1", "0 8", "30% 1", "30% 8"), lines.subList(1, 5).stream()
                .map(l -> String.join(" ", Arrays.asList(l.split(" +")).subList(0, 2))).toList(), r.out());
        // With no loss, no semantics loses; at 30% loss one attempt loses and eight do not.
        String csv = Files.readString(out.resolve("results.csv"));
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",varied_path_2,varied_value_2"), csv);
        assertTrue(csv.contains(",network.default.loss,30%,") && csv.contains(",retry.max-attempts,8\n"), csv);
        JsonNode grid = new ObjectMapper().readTree(out.resolve("results.json").toFile()).get("grid");
        assertEquals("retry.max-attempts", grid.get("keys").get(1).get("path").asText());
        assertEquals(4, grid.get("points").size());
        assertEquals("[\"30%\",\"1\"]", grid.get("points").get(2).get("values").toString());
        double lostOneTry = lost(grid.get("points").get(2), "at-least-once");
        double lostEightTries = lost(grid.get("points").get(3), "at-least-once");
        assertEquals(0, lost(grid.get("points").get(0), "at-least-once"));
        assertTrue(lostOneTry > 10 && lostEightTries < lostOneTry, lostOneTry + " vs " + lostEightTries);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Grid: network.default.loss \u00d7 retry.max-attempts</h2>"), "grid section");
        assertTrue(html.indexOf("<h2>Grid: ") < html.indexOf("<h2>The story</h2>"), "the grid opens the report");
        assertTrue(html.contains("--vary network.default.loss=0,30% --vary retry.max-attempts=1,8"),
                "the reproduce line keeps both");
    }

    private static double lost(JsonNode point, String semantics) {
        for (JsonNode s : point.get("semantics")) {
            if (s.get("semantics").asText().equals(semantics)) {
                return s.get("metrics").get("lost").get("value").asDouble();
            }
        }
        throw new AssertionError("no " + semantics);
    }

    @Test
    void compare_varyMisused_oneLineExit2AndNothingWritten(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = dir.resolve("bad");
        List<List<String>> cases = List.of(
                List.of("--vary", "network.default.loss=0,1%", "--vary", "retry.max-attempts=1,2",
                        "--vary", "retry.timeout=1s,2s"),
                List.of("--vary", "network.default.loss=0,1%", "--vary", "network.default.loss=5%,10%"),
                List.of("--vary", "network.default.loss=0,1%", "--vary", "retry.max-attempts=3"));
        List<String> expected = List.of(
                "dsim compare: --vary may be given at most twice (a grid of two keys), got 3",
                "dsim compare: both --vary options name network.default.loss; a grid needs two different keys",
                "dsim compare: in a grid each --vary needs at least two values, retry.max-attempts has one");
        for (int i = 0; i < cases.size(); i++) {
            List<String> args = new ArrayList<>(List.of("compare", scenario.toString(), "--out", out.toString()));
            args.addAll(cases.get(i));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(2, r.code(), r.err());
            assertEquals(expected.get(i), r.err().strip());
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void compare_varyUnknownKey_oneLineExit2AndNothingWritten(@TempDir Path dir) throws Exception {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path out = dir.resolve("bad");
        Cli.Result r = Cli.run("compare", scenario.toString(), "--out", out.toString(),
                "--vary", "network.default.lose=1%,2%");
        assertEquals(2, r.code());
        assertEquals("--vary network.default.lose=1%: network.default.lose: unknown key \"lose\", did you mean \"loss\"?",
                r.err().strip());
        assertFalse(Files.exists(out));
    }

    @Test
    void compare_zeroSeeds_isAUsageError() {
        Cli.Result r = Cli.run("compare", "whatever.yaml", "--seeds", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--seeds must be at least 1"), r.err());
    }
}
