package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An argument thousands of characters long is cut where an error line echoes it: one readable line, exit 2. */
class LongInputCliTest {

    private static final String LONG = "x".repeat(3000);
    /** Our words around one or two echoed parts of at most 200 characters each. */
    private static final int LONGEST_LINE = 500;

    @TempDir
    Path dir;

    private static void assertOneShortLine(Cli.Result r) {
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().strip().length() <= LONGEST_LINE, r.err().length() + " characters: " + r.err());
        assertTrue(r.err().contains(" characters cut)"), r.err());
    }

    @Test
    void run_longSemanticsName_cut() throws IOException {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result r = Cli.run("run", scenario.toString(), "--semantics", LONG);
        assertOneShortLine(r);
        assertTrue(r.err().startsWith("dsim run: --semantics: 'xxx"), r.err());
        assertTrue(r.err().strip().endsWith("is not a semantics of tiny (known: at-most-once, at-least-once, "
                + "exactly-once). Try 'dsim run --help'."), r.err());
    }

    @Test
    void run_longUnknownOption_cut() {
        Cli.Result r = Cli.run("run", "tiny.yaml", "--" + LONG);
        assertOneShortLine(r);
        assertTrue(r.err().startsWith("dsim run: Unknown option: '--xxx"), r.err());
    }

    @Test
    void run_longSeed_cut() {
        assertOneShortLine(Cli.run("run", "tiny.yaml", "--seed", LONG));
    }

    @Test
    void run_missingScenarioWithALongPath_cut_keepsTheFileName() {
        Cli.Result r = Cli.run("run", dir.resolve(LONG).resolve("payments.yaml").toString());
        assertOneShortLine(r);
        assertTrue(r.err().contains("/payments.yaml"), r.err());
    }

    @Test
    void run_longTracePath_cut() throws IOException {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        assertOneShortLine(Cli.run("run", scenario.toString(), "--trace", dir.resolve(LONG).resolve("t.jsonl").toString()));
    }

    @Test
    void replay_longMessageId_cut() throws IOException {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result r = Cli.run("replay", scenario.toString(), "--semantics", "at-least-once", "--message", LONG);
        assertOneShortLine(r);
        assertTrue(r.err().startsWith("dsim replay: no message 'xxx"), r.err());
    }

    @Test
    void compare_longOut_cut() throws IOException {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path file = Cli.write(dir, "plain", "a file");
        assertOneShortLine(Cli.run("compare", scenario.toString(), "--out", file.resolve(LONG).toString()));
    }

    @Test
    void compare_longVaryValue_cut() throws IOException {
        Path scenario = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result r = Cli.run("compare", scenario.toString(), "--vary", "network.default.loss=1%," + LONG);
        assertOneShortLine(r);
        assertTrue(r.err().startsWith("--vary network.default.loss="), r.err());
    }
}
