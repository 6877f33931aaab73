package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Warnings go to stderr and leave the exit code alone; {@code --strict} makes them errors. */
class StrictWarningsTest {

    @TempDir
    Path dir;

    private Path infiniteMean() throws IOException {
        return Cli.write(dir, "heavy.yaml", Cli.TINY.replace("processing: { distribution: uniform, min: 1ms, max: 5ms }",
                "processing: { distribution: pareto, scale: 1ms, shape: 0.8 }"));
    }

    @Test
    void run_scenarioWithAWarning_printsItAndRuns() throws IOException {
        Cli.Result r = Cli.run("run", infiniteMean().toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("heavy.yaml:17:60: warning: consumers[0].processing.shape: a pareto delay"), r.err());
        assertTrue(r.out().contains("scenario tiny"), r.out());
    }

    @Test
    void runStrict_scenarioWithAWarning_exit2_runsNothing() throws IOException {
        Cli.Result r = Cli.run("run", infiniteMean().toString(), "--strict");

        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("heavy.yaml:17:60: consumers[0].processing.shape: a pareto delay")
                || r.err().contains("/heavy.yaml:17:60: consumers[0].processing.shape: a pareto delay"), r.err());
        assertFalse(r.err().contains("warning:"), "under --strict it is an error");
        assertEquals("", r.out());
    }

    /** TINY's publish and its ack take 10ms each way: a 20ms timeout resends before the ack can be back. */
    private Path hastyRetry() throws IOException {
        return Cli.write(dir, "hasty.yaml", Cli.TINY.replace("timeout: 2s", "timeout: 20ms"));
    }

    @Test
    void validate_scenarioWithAHazard_exit0_printsTheWarningAtTheKey() throws IOException {
        Cli.Result r = Cli.run("validate", hastyRetry().toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("hasty.yaml:20:19: warning: retry.timeout: a resend goes out before the first "
                + "attempt's ack can come back (p99 of the round trip from app to queue is about 20ms): duplicates "
                + "with nothing lost; use a timeout above it\n"), r.err());
        assertTrue(r.out().startsWith("ok: "), r.out());
    }

    @Test
    void validateStrict_scenarioWithAHazard_exit2() throws IOException {
        Cli.Result r = Cli.run("validate", "--strict", hastyRetry().toString());

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("hasty.yaml:20:19: retry.timeout: a resend goes out before"), r.err());
        assertFalse(r.err().contains("warning:"), "under --strict it is an error");
        assertEquals("", r.out());
    }

    @Test
    void validateStrict_cleanScenario_exit0() throws IOException {
        Cli.Result r = Cli.run("validate", "--strict", Cli.write(dir, "tiny.yaml", Cli.TINY).toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }
}
