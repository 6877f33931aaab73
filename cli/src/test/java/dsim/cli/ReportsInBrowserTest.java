package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports as a reader sees them: each loaded in headless Chromium at 1280 px, with
 * {@code browser/checks.js} run in the page. The page must not scroll sideways, and in every
 * chart no text may be cut by the chart's edge or overlap other text, every chart has a title,
 * and every axis a title and tick labels at both ends. Skips, loudly, where no Chromium is
 * installed ({@code apt-get install chromium}; {@code .ci/run} installs it).
 */
class ReportsInBrowserTest {

    private static final Pattern RESULT = Pattern.compile("<pre id=\"dsim-checks\">(.*?)</pre>", Pattern.DOTALL);
    private static String browser;

    @TempDir
    Path dir;

    @BeforeAll
    static void findBrowser() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String path : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(path, name))) {
                    browser = Path.of(path, name).toString();
                    return;
                }
            }
        }
        System.err.println("*** ReportsInBrowserTest SKIPPED: no chromium on the PATH; install it (apt-get install"
                + " chromium) to check the reports in a real browser ***");
        Assumptions.abort("no chromium on the PATH");
    }

    private static final String SCENARIOS = Path.of("..", "scenarios").toString();

    static Stream<Path> bundled() throws IOException {
        return BundledScenariosTest.scenarios();
    }

    /** Every bundled scenario's report, with its drawn stories, on a few seeds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everyBundledScenariosReport_readsWellAt1280px(Path file) throws Exception {
        Path out = dir.resolve("plain");
        Cli.Result r = Cli.run("compare", file.toString(), "--seeds", "3", "--out", out.toString());
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        assertReadsWell(out.resolve("report.html"), 5);
    }

    @Test
    void aStudyReport_readsWellAt1280px() throws Exception {
        Path out = dir.resolve("study");
        Cli.Result r = Cli.run("compare", SCENARIOS + "/password-reset.yaml", "--seeds", "5", "--out", out.toString(),
                "--vary", "network.default.loss=0,1%,5%,10%");
        assertEquals(0, r.code(), r.err());
        assertReadsWell(out.resolve("report.html"), 7);
    }

    @Test
    void aGridReport_readsWellAt1280px() throws Exception {
        Path out = dir.resolve("grid");
        // A long path on each axis: the rotated title must still fit beside few rows.
        Cli.Result r = Cli.run("compare", SCENARIOS + "/payments.yaml", "--seeds", "3", "--out", out.toString(),
                "--vary", "network.links[checkout->gateway].loss=0,1%,5%,10%,20%",
                "--vary", "consumers[ledger].dedup.window=1m,10m");
        assertEquals(0, r.code(), r.err());
        assertReadsWell(out.resolve("report.html"), 7);
    }

    @Test
    void aReplaysSequenceDiagram_readsWell() throws Exception {
        Path out = dir.resolve("replay");
        Cli.Result r = Cli.run("replay", SCENARIOS + "/payments-memory-dedup.yaml", "--semantics", "exactly-once",
                "--seed", "44", "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertReadsWell(out.resolve("sequence.svg"), 1);
    }

    @Test
    void theChecks_catchWhatTheyLookFor() throws Exception {
        // A chart with a label past its right edge, two labels on top of each other, and an
        // axis with one tick label and no title.
        Path bad = dir.resolve("bad").resolve("bad.svg");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\" width=\"200\""
                + " height=\"100\"><title>bad chart</title><text x=\"150\" y=\"20\">far too long a label</text>"
                + "<text x=\"10\" y=\"60\">one</text><text x=\"12\" y=\"62\">two</text>"
                + "<g class=\"axis\"><text x=\"10\" y=\"90\">0</text></g></svg>");
        List<String> problems = checks(bad);
        assertTrue(problems.stream().anyMatch(l -> l.contains("\"far too long a label\" is clipped")), problems.toString());
        assertTrue(problems.stream().anyMatch(l -> l.contains("\"one\" overlaps \"two\"")), problems.toString());
        assertTrue(problems.contains("bad chart: an axis without a title"), problems.toString());
        assertTrue(problems.stream().anyMatch(l -> l.contains("an axis with 1 tick label(s)")), problems.toString());
    }

    @Test
    void aMessageUnderEverySemantics_readsWell() throws Exception {
        Path out = dir.resolve("side");
        Cli.Result r = Cli.run("replay", SCENARIOS + "/payments.yaml", "--message", "checkout-21", "--out",
                out.toString());
        assertEquals(0, r.code(), r.err());
        assertReadsWell(out.resolve("semantics.svg"), 1);
    }

    /** Loads {@code page} (a report, or an SVG set in a page) with the checks and asserts none failed. */
    private void assertReadsWell(Path page, int charts) throws IOException, InterruptedException {
        List<String> lines = checks(page);
        assertTrue(Integer.parseInt(lines.get(0).replace("charts: ", "")) >= charts, page + ": " + lines.get(0));
        assertEquals(List.of(), lines.subList(1, lines.size()), page + " in a real browser");
    }

    /** The checks' output for {@code page}: "charts: N", then one line per problem. */
    private List<String> checks(Path page) throws IOException, InterruptedException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        String checks;
        try (InputStream in = ReportsInBrowserTest.class.getResourceAsStream("/browser/checks.js")) {
            checks = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String script = "<script>" + checks + "</script>";
        String html = text.contains("</body>") ? text.replace("</body>", script + "</body>")
                : "<!DOCTYPE html><html><body style=\"margin:0\">" + text + script + "</body></html>";
        Path checked = dir.resolve("checked-" + page.getParent().getFileName() + ".html");
        Files.writeString(checked, html, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--window-size=1280,1000", "--dump-dom", checked.toUri().toString()));
        Path dom = dir.resolve("dom.html");
        Process p = new ProcessBuilder(command).redirectOutput(dom.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish");
        }
        Matcher m = RESULT.matcher(Files.readString(dom, StandardCharsets.UTF_8));
        String result = null;
        while (m.find()) {
            result = m.group(1); // the last: the script's own text names the element too
        }
        assertTrue(result != null, "the checks did not run in " + page);
        return result.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").lines().toList();
    }
}
