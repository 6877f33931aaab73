package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dsim.simulation.Footprint;
import dsim.spec.Scenario;
import dsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios too large for the heap are refused before they run, in one line with the estimate;
 * a sweep whose worker threads do not all fit runs with fewer, and says so.
 */
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

        assertEquals(file + ": needs about 7.3 GB for 100000000 messages but the JVM may use 4.0 GB;"
                + " raise -Xmx (JAVA_OPTS) or use fewer messages\n", err.toString());
    }

    @Test
    void journalFits_aMillionMessagesIn1GB_refused_pointingAtOneMessagesStory() throws Exception {
        Path file = scenario(1_000_000);
        Scenario s = ScenarioLoader.load(file);
        StringWriter err = new StringWriter();

        assertFalse(HeapCheck.journalFits(s, file, GIB, new PrintWriter(err)));
        assertTrue(HeapCheck.fits(s, file, GIB, new PrintWriter(new StringWriter())), "the run alone fits");
        assertTrue(HeapCheck.journalFits(s, file, 4 * GIB, new PrintWriter(new StringWriter())));

        assertTrue(err.toString().matches(java.util.regex.Pattern.quote(file.toString()) + ": needs about 2\\.\\d GB"
                + " for a run of 1000000 messages and its whole journal \\(replay without --message keeps every entry\\)"
                + " but the JVM may use 1\\.0 GB; name one message with --message ID, which costs about a run, or raise"
                + " -Xmx \\(JAVA_OPTS\\)\\R"), err.toString());
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

        Cli.Result r = ChildJvm.run("64m", "run", file.toString());

        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().matches(Pattern.quote(file.toString())
                + ": needs about \\d+ MB for 2000000 messages but the JVM may use \\d+ MB;"
                + " raise -Xmx \\(JAVA_OPTS\\) or use fewer messages\\R"), r.err());
    }

    @Test
    void workers_allFit_asManyAsWanted_saysNothing() throws Exception {
        Path file = scenario(1000);
        StringWriter err = new StringWriter();

        assertEquals(4, HeapCheck.workers(List.of(ScenarioLoader.load(file)), file, 4, 100, 100_000, 64L << 20,
                new PrintWriter(err)));

        assertEquals("", err.toString());
    }

    @Test
    void workers_twoDoNotFitButOneDoes_one_afterOneWarningLine() throws Exception {
        Path file = scenario(1_000_000);
        Scenario s = ScenarioLoader.load(file);
        long oneRun = Footprint.bytes(s, 1);
        StringWriter err = new StringWriter();

        assertEquals(1, HeapCheck.workers(List.of(s), file, 2, 0, 0, oneRun, new PrintWriter(err)));

        assertEquals(file + ": warning: 2 worker threads need about 172 MB for 2 runs of 1000000 messages at once"
                + " but the JVM may use 94 MB; using 1, which gives the same output, only slower;"
                + " raise -Xmx (JAVA_OPTS) to use them all\n", err.toString());
    }

    @Test
    void workers_theResultsOfManySeedsDoNotFit_refusedWithTheEstimate() throws Exception {
        Path file = scenario(1);
        StringWriter err = new StringWriter();

        assertEquals(0, HeapCheck.workers(List.of(ScenarioLoader.load(file)), file, 2, 2_000_000, 3 * GIB,
                64L << 20, new PrintWriter(err)));

        assertEquals(file + ": needs about 3.0 GB for one run of 1 messages at a time and the results of 2000000 seeds"
                + " but the JVM may use 64 MB; raise -Xmx (JAVA_OPTS) or use fewer seeds\n", err.toString());
    }

    @Test
    void workers_countEachRunAsTheLargestScenarioSwept() throws Exception {
        Scenario small = ScenarioLoader.load(scenario(1000));
        Path file = scenario(1_000_000);
        Scenario large = ScenarioLoader.load(file);

        assertEquals(1, HeapCheck.workers(List.of(small, large), file, 2, 0, 0, Footprint.bytes(large, 1),
                new PrintWriter(new StringWriter())));
    }

    /**
     * One run of this scenario fits in 64 MB, two side by side do not: with --threads 2, compare
     * used to run out of memory (exit 70) where --threads 1 succeeded.
     */
    @Test
    void compare_twoThreadsDoNotFitButOneDoes_sameFilesAndExitCodeAsOneThread() throws Exception {
        Path file = Cli.write(dir, "big.yaml", sixHundredThousandMessages());

        Cli.Result one = ChildJvm.run("64m", "compare", file.toString(), "--seeds", "2", "--threads", "1",
                "--out", dir.resolve("one").toString());
        Cli.Result two = ChildJvm.run("64m", "compare", file.toString(), "--seeds", "2", "--threads", "2",
                "--out", dir.resolve("two").toString());

        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        assertEquals("", one.err());
        assertTrue(two.err().matches(Pattern.quote(file.toString()) + ": warning: 2 worker threads need about \\d+ MB"
                + " for 2 runs of 600000 messages at once and the results of 2 seeds but the JVM may use \\d+ MB;"
                + " using 1, which gives the same output, only slower; raise -Xmx \\(JAVA_OPTS\\) to use them all\\R"),
                two.err());
        for (String f : List.of("report.md", "report.html", "results.csv", "results.json")) {
            assertEquals(Files.readString(dir.resolve("one").resolve(f)), Files.readString(dir.resolve("two").resolve(f)), f);
        }
    }

    @Test
    void hunt_twoThreadsDoNotFitButOneDoes_samePrintoutAndExitCodeAsOneThread() throws Exception {
        Path file = Cli.write(dir, "big.yaml", sixHundredThousandMessages()
                + "expect: { exactly-once: { duplicated: 0 } }\n");

        Cli.Result one = ChildJvm.run("64m", "hunt", file.toString(), "--seeds", "2", "--threads", "1");
        Cli.Result two = ChildJvm.run("64m", "hunt", file.toString(), "--seeds", "2", "--threads", "2");

        assertEquals(0, one.code(), one.err());
        assertEquals(0, two.code(), two.err());
        assertEquals(one.out(), two.out());
        assertEquals(1, two.err().lines().count(), two.err());
        assertTrue(two.err().contains(": warning: 2 worker threads need about "), two.err());
    }

    /** Exactly-once through a durable broker: about 50 MB for one run, 86 MB for two. */
    private static String sixHundredThousandMessages() {
        return Cli.keepingUp(Cli.TINY).replace("messages: 20", "messages: 600000")
                .replace("interval: 100ms", "interval: 10ms")
                .replace("semantics: [at-most-once, at-least-once, exactly-once]", "semantics: [exactly-once]");
    }
}
