package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dsim hunt}: finds the seeds that break an expectation, and every line it prints replays. */
@Tag("engine")
class HuntCommandTest {

    private static final String MEMORY_DEDUP = Path.of("..", "scenarios", "payments-memory-dedup.yaml").toString();
    private static final String PAYMENTS = Path.of("..", "scenarios", "payments.yaml").toString();
    private static final Pattern FAILURE = Pattern.compile(
            "FAIL seed (\\d+) exactly-once: duplicated (\\d+), expected == 0; duplicated ([^ ,]+)[^;]*; "
                    + "digest ([0-9a-f]{16}); replay: (dsim replay .*)");

    @TempDir
    Path dir;

    @Test
    void hunt_memoryDedup_findsExactlyOnceFailures_eachReplayReproducesTheDuplicateAndDigest() {
        Cli.Result hunt = Cli.run(false, "hunt", MEMORY_DEDUP, "--semantics", "exactly-once", "--seeds", "60",
                "--max-failures", "4");
        assertEquals(1, hunt.code(), hunt.out() + hunt.err());
        List<Matcher> failures = new ArrayList<>();
        for (String line : hunt.out().lines().toList()) {
            Matcher m = FAILURE.matcher(line);
            if (m.matches()) {
                failures.add(m);
            }
        }
        assertEquals(4, failures.size(), hunt.out());
        for (Matcher m : failures) {
            String[] replay = m.group(5).substring("dsim ".length()).split(" ");
            assertEquals("--message", replay[replay.length - 2], m.group(5));
            assertEquals(m.group(3), replay[replay.length - 1]);
            Cli.Result r = Cli.run(false, replay);
            assertEquals(1, r.code(), "the replayed run breaks the expectation again: " + r.out() + r.err());
            assertTrue(r.out().contains("\ntrace digest " + m.group(4) + "\n"), r.out());
            assertTrue(r.out().contains(", " + m.group(2) + " duplicated\n"), r.out());
            assertTrue(r.out().contains("\nstory of " + m.group(3) + ": processed twice (dedup store lost)\n")
                    || r.out().contains("\nstory of " + m.group(3) + ": processed 3 times (dedup store lost)\n"), r.out());
        }
        assertTrue(hunt.out().contains("\nstopped after 4 failures (--max-failures 4): "), hunt.out());
        assertTrue(hunt.out().contains("  duplicated: "), hunt.out());
        assertTrue(hunt.out().contains("% dedup store lost"), hunt.out());
    }

    @Test
    void hunt_anyThreadCount_identicalOutput() {
        Cli.Result one = Cli.run(false, "hunt", MEMORY_DEDUP, "--seeds", "40", "--threads", "1");
        Cli.Result four = Cli.run(false, "hunt", MEMORY_DEDUP, "--seeds", "40", "--threads", "4");
        assertEquals(one.out(), four.out());
        assertEquals(one.code(), four.code());
    }

    @Test
    void hunt_nothingBreaks_exit0_withAnUpperBound() {
        Cli.Result r = Cli.run(false, "hunt", PAYMENTS, "--seeds", "20", "--semantics", "exactly-once");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("hunt payments: 20 seeds from 42, checking the expect of exactly-once\n\n"
                + "0 of 20 seeds broke exactly-once; 95% upper bound 17%\n"
                + "! exactly-once: retries exhausted at checkout never fired in 20 seeds\n", r.out());
    }

    @Test
    void hunt_noExpect_exit2_oneLine() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        Cli.Result r = Cli.run("hunt", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("has no expect for at-most-once, at-least-once, exactly-once: nothing to hunt for"),
                r.err());
    }

    @Test
    void hunt_badCounts_exit2() {
        assertEquals(2, Cli.run("hunt", PAYMENTS, "--seeds", "0").code());
        assertEquals(2, Cli.run("hunt", PAYMENTS, "--max-failures", "0").code());
    }

    @Test
    void hunt_swarm_findsTheKnobThatTriggersTheFailure_andItsRunsReplay() {
        Cli.Result r = Cli.run(false, "hunt", PAYMENTS.replace("payments.yaml", "payments-memory-dedup.yaml"),
                "--seeds", "300", "--semantics", "exactly-once", "--swarm", "--max-failures", "1000");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("  consumers[ledger].crash.probability    on 22 of 155 (9.1% to 21%)   off 0 of 145 "
                + "(0% to 2.5%)  trigger\n"), r.out());
        assertTrue(!r.out().contains("determinism"), "every failure replays to the hunt's digest: " + r.out());
        String line = r.out().lines().filter(l -> l.startsWith("FAIL seed ")).findFirst().orElseThrow();
        assertTrue(line.contains("; swarm: network.links[checkout->gateway].loss "), line);
        String seed = line.substring("FAIL seed ".length(), line.indexOf(' ', "FAIL seed ".length()));
        String digest = line.substring(line.indexOf("digest ") + 7, line.indexOf("digest ") + 23);
        Cli.Result replay = Cli.run(false, "replay", PAYMENTS.replace("payments.yaml", "payments-memory-dedup.yaml"),
                "--semantics", "exactly-once", "--seed", seed, "--swarm");
        assertTrue(replay.out().contains("trace digest " + digest), replay.out());
    }
}
