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

    @Test
    void validateStrict_cleanScenario_exit0() throws IOException {
        Cli.Result r = Cli.run("validate", "--strict", Cli.write(dir, "tiny.yaml", Cli.TINY).toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }
}
