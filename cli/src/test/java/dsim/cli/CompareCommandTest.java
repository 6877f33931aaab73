package dsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
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
