package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dsim run} failing before any run starts: needs the scenario loader, not the engine. */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void run_badScenario_problemLines_exit2_nothingWritten() throws IOException {
        Path bad = Cli.write(dir, "bad.yaml", Cli.TINY.replace("loss: 0.2", "loss: 1.5"));
        Path trace = dir.resolve("trace.jsonl");
        Cli.Result r = Cli.run("run", bad.toString(), "--trace", trace.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("bad.yaml:"), r.err());
        ValidateCommandTest.assertNoStackTrace(r.err());
        assertFalse(Files.exists(trace));
    }

    @Test
    void run_semanticsNotInScenario_usageErrorNamingTheKnownOnes() throws IOException {
        Path file = Cli.write(dir, "two.yaml",
                Cli.TINY.replace("[at-most-once, at-least-once, exactly-once]", "[at-most-once, at-least-once]"));
        Cli.Result r = Cli.run("run", file.toString(), "--semantics", "exactly-once");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("'exactly-once' is not a semantics of tiny (known: at-most-once, at-least-once)"),
                r.err());
        assertTrue(r.err().strip().endsWith("Try 'dsim run --help'."), r.err());
    }

    @Test
    void run_traceIntoMissingDirectory_oneLine_exit2() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result r = Cli.run("run", file.toString(), "--trace", dir.resolve("no/such/t.jsonl").toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("dsim run: cannot write trace " + dir.resolve("no/such/t.jsonl") + ": no such directory",
                r.err().strip());
    }
}
