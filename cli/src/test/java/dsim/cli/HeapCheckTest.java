package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.scenario.Scenario;
import dsim.scenario.ScenarioLoader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios too large for the heap are refused before they run, in one line with the estimate. */
class HeapCheckTest {

    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    private Path scenario(long messages) throws Exception {
        return Cli.write(dir, "big.yaml", Cli.TINY.replace("messages: 20", "messages: " + messages));
    }

    @Test
    void fits_aHundredMillionMessagesIn4GB_refusedWithTheEstimate() throws Exception {
        Path file = scenario(100_000_000);
        Scenario s = ScenarioLoader.load(file);
        StringWriter err = new StringWriter();

        assertFalse(HeapCheck.fits(s, file, 4 * GIB, new PrintWriter(err)));

        assertEquals(file + ": needs about 5.5 GB for 100000000 messages but the JVM may use 4.0 GB;"
                + " raise -Xmx (JAVA_OPTS) or use fewer messages\n", err.toString());
    }

    @Test
    void fits_aSmallScenario_saysNothing() throws Exception {
        Path file = scenario(20);
        StringWriter err = new StringWriter();

        assertTrue(HeapCheck.fits(ScenarioLoader.load(file), file, 64L << 20, new PrintWriter(err)));

        assertEquals("", err.toString());
    }

    @Test
    void size_readsLikeXmx() {
        assertEquals("4.0 GB", HeapCheck.size(4 * GIB));
        assertEquals("5.2 GB", HeapCheck.size(GIB * 52 / 10));
        assertEquals("900 MB", HeapCheck.size(900L << 20));
        assertEquals("1 MB", HeapCheck.size(1));
    }

    @Test
    void ranOut_namesTheHeapAndSuggestsTwiceIt() {
        assertEquals("dsim: out of memory: the run needed more than the 64 MB of heap this JVM may use;"
                + " run it again with more, e.g. JAVA_OPTS=-Xmx128m", HeapCheck.ranOut(64L << 20));
        assertEquals("2g", HeapCheck.xmx(2 * 768L << 20));
        assertEquals("7g", HeapCheck.xmx(2 * GIB * 13 / 4));
    }

    /** The check sits where every command loads its scenario: a small heap refuses a run, exit 2. */
    @Test
    void run_inAJvmWithASmallHeap_refusesInOneLine_exit2() throws Exception {
        Path file = scenario(2_000_000);
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), "dsim.cli.Main", "run", file.toString()))
                .start();
        String out = read(p.getInputStream());
        String err = read(p.getErrorStream());
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "dsim did not finish");

        assertEquals(2, p.exitValue(), err);
        assertEquals("", out);
        assertTrue(err.matches(java.util.regex.Pattern.quote(file.toString())
                + ": needs about \\d+ MB for 2000000 messages but the JVM may use \\d+ MB;"
                + " raise -Xmx \\(JAVA_OPTS\\) or use fewer messages\\R"), err);
    }

    private static String read(InputStream in) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
