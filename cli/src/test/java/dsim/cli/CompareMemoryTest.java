package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code compare} holds per seed decides how many seeds a heap can take, not the report. */
class CompareMemoryTest {

    /** One message straight to a consumer: a run costs next to nothing, so the seeds are all there is. */
    static final String ONE_MESSAGE = """
            name: one
            description: One message straight to a consumer over a lossy link.
            producers:
              - name: p
                send-to: c
                messages: 1
                arrival: { process: fixed, interval: 10ms }
            consumers:
              - name: c
                processing: 1ms
            network:
              default: { delay: 5ms, loss: 1% }
            """;

    @TempDir
    Path dir;

    /** It used to sweep until it ran out of memory and exit 70. */
    @Test
    void compare_twoMillionSeedsInA64MbHeap_refusedUpFrontInOneLine_exit2() throws Exception {
        Path file = Cli.write(dir, "one.yaml", ONE_MESSAGE);
        Path out = dir.resolve("out");

        Cli.Result r = ChildJvm.run("64m", "compare", file.toString(), "--seeds", "2000000", "--out", out.toString());

        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().matches(Pattern.quote(file.toString()) + ": needs about 2.\\d GB for one run of 1 messages"
                + " at a time and the results of 2000000 seeds but the JVM may use \\d+ MB;"
                + " raise -Xmx \\(JAVA_OPTS\\) or use fewer seeds\\R"), r.err());
        assertFalse(Files.exists(out));
    }

    /** Kept whole with their histograms and rendered as JSON trees, 10,000 seeds took over 200 MB. */
    @Test
    void compare_tenThousandSeedsInA48MbHeap_writesTheWholeReport() throws Exception {
        Path file = Cli.write(dir, "one.yaml", ONE_MESSAGE);
        Path out = dir.resolve("out");

        Cli.Result r = ChildJvm.run("48m", "compare", file.toString(), "--seeds", "10000", "--threads", "2",
                "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("compare one: 10000 seeds (1..10000) x 3 semantics"), r.out());
        assertEquals(1 + 3 * 10_000, Files.readAllLines(out.resolve("results.csv")).size());
    }
}
