package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Needs the scenario loader (not the engine). */
class ValidateCommandTest {

    @TempDir
    Path dir;

    static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat "), err);
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void validate_goodFile_okLine_exit0() throws IOException {
        Path good = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result r = Cli.run("validate", good.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("ok: " + good + " (1 producer, 1 broker, 1 consumer, 20 messages)\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void validate_badFile_problemLines_exit2() throws IOException {
        Path bad = Cli.write(dir, "bad.yaml", Cli.TINY.replace("loss: 0.2", "loss: 1.5"));
        Cli.Result r = Cli.run("validate", bad.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().lines().findAny().isPresent(), "no problem printed");
        r.err().lines().forEach(line -> assertTrue(line.matches(".*bad\\.yaml:\\d+:\\d+: .+"), line));
        assertTrue(r.err().contains("network.default.loss"), r.err());
        assertNoStackTrace(r.err());
    }

    @Test
    void validate_goodAndBad_reportsBoth_exit2() throws IOException {
        Path good = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Path bad = Cli.write(dir, "typo.yaml", Cli.TINY.replace("send-to:", "sendto:"));
        Cli.Result r = Cli.run("validate", bad.toString(), good.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().startsWith("ok: " + good), r.out());
        assertTrue(r.err().contains("typo.yaml:"), r.err());
        assertNoStackTrace(r.err());
    }

    @Test
    void validate_missingFile_exit2_noStackTrace() {
        Cli.Result r = Cli.run("validate", dir.resolve("absent.yaml").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("absent.yaml"), r.err());
        assertNoStackTrace(r.err());
    }
}
