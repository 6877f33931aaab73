package dsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sometimes check fails compare and hunt when no seed met the rare path, and passes once one does. */
class SometimesTest {

    private static final String EXPECT = "expect:\n  at-least-once: { lost: 0, sometimes: { crashes: \"> 0\", "
            + "redeliveries: \">= 1\" } }\n";

    @Test
    void sometimes_aPathMadeImpossible_failsCompareAndHunt(@TempDir Path dir) throws Exception {
        Path file = Cli.write(dir, "never.yaml", Cli.TINY + EXPECT);
        Cli.Result compare = Cli.run(false, "compare", file.toString(), "--seeds", "5", "--out",
                dir.resolve("out").toString());
        assertEquals(1, compare.code(), compare.out() + compare.err());
        assertTrue(compare.out().contains("FAIL at-least-once: sometimes crashes > 0 held in 0 of 5 seeds: the seeds"
                + " never met it, so what the scenario claims of it went untested\n"), compare.out());
        assertTrue(compare.out().contains("ok at-least-once: sometimes redeliveries >= 1 held in 5 of 5 seeds\n"),
                compare.out());
        assertTrue(!compare.out().contains("replay the first broken run"), "no run broke; nothing to replay");

        Cli.Result hunt = Cli.run(false, "hunt", file.toString(), "--seeds", "5", "--semantics", "at-least-once");
        assertEquals(1, hunt.code(), hunt.out() + hunt.err());
        assertTrue(hunt.out().contains("FAIL at-least-once: sometimes crashes > 0 held in 0 of 5 seeds"), hunt.out());
    }

    @Test
    void sometimes_aPathMadePossible_passes(@TempDir Path dir) throws Exception {
        Path file = Cli.write(dir, "sometimes.yaml", Cli.TINY.replace("    processing: { distribution: uniform, min: 1ms,"
                + " max: 5ms }\n", "    processing: { distribution: uniform, min: 1ms, max: 5ms }\n"
                + "    crash: { probability: 0.2, at: before-process, down-for: 1s }\n") + EXPECT);
        Cli.Result compare = Cli.run(false, "compare", file.toString(), "--seeds", "5", "--out",
                dir.resolve("out").toString());
        assertEquals(0, compare.code(), compare.out() + compare.err());
        assertTrue(compare.out().contains("ok at-least-once: sometimes crashes > 0 held in 5 of 5 seeds\n"),
                compare.out());
        Cli.Result hunt = Cli.run(false, "hunt", file.toString(), "--seeds", "5", "--semantics", "at-least-once");
        assertEquals(0, hunt.code(), hunt.out() + hunt.err());
    }
}
