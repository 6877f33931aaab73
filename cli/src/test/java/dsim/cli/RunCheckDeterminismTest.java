package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dsim run --check-determinism} from the command line: the verdict, its stream, and its memory. */
class RunCheckDeterminismTest {

    /**
     * Both journals of this run take far more than 64 MB; two runs side by side take about 28 MB.
     * Keeping both journals, the check ran out of memory and exited 70.
     */
    @Test
    void runCheckDeterminism_journalsLargerThanTheHeap_exit0_saysSo(@TempDir Path dir) throws Exception {
        Path file = Cli.write(dir, "large.yaml", Cli.keepingUp(Cli.TINY).replace("messages: 20", "messages: 100000")
                .replace("interval: 100ms", "interval: 10ms"));

        Cli.Result r = ChildJvm.run("64m", "run", file.toString(), "--semantics", "exactly-once",
                "--check-determinism");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\n(ok|\u2713) determinism: exactly-once each ran twice with seed 7:"
                + " identical journals and digests\\R"), r.out());
    }

    @Test
    void runCheckDeterminism_twoRunsDoNotFit_refusedUpFrontInOneLine_exit2(@TempDir Path dir) throws Exception {
        Path file = Cli.write(dir, "large.yaml", Cli.keepingUp(Cli.TINY).replace("messages: 20", "messages: 600000")
                .replace("interval: 100ms", "interval: 10ms"));

        Cli.Result r = ChildJvm.run("64m", "run", file.toString(), "--check-determinism");

        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().matches(Pattern.quote(file.toString()) + ": needs about \\d+ MB for 2 runs of 600000"
                + " messages side by side \\(--check-determinism\\) but the JVM may use \\d+ MB;"
                + " raise -Xmx \\(JAVA_OPTS\\) or use fewer messages\\R"), r.err());
    }

    @Tag("engine")
    @Test
    void runCheckDeterminism_bundledScenario_exit0_saysSo() {
        Cli.Result r = Cli.run(false, "run", Path.of("..", "scenarios", "payments.yaml").toString(), "--check-determinism");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\nok determinism: at-most-once, at-least-once, exactly-once each ran twice with "
                + "seed 42: identical journals and digests\n"), r.out());
    }

    @Tag("engine")
    @Test
    void runCheckDeterminism_json_verdictOnStderr_stdoutStaysJson() {
        Cli.Result r = Cli.run(false, "run", Path.of("..", "scenarios", "courier.yaml").toString(), "--format", "json",
                "--check-determinism");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith("["), r.out());
        assertTrue(r.err().startsWith("ok determinism: "), r.err());
    }
}
