package dsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShrinkCommandTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");

    /** A run whose exactly-once duplicates: its memory dedup store forgets across a consumer crash. */
    @Test
    void shrink_aBrokenExpect_writesAOneFaultScenarioThatReplaysTheFailure(@TempDir Path dir) throws Exception {
        Path file = Files.copy(SCENARIOS.resolve("payments-memory-dedup.yaml"), dir.resolve("pmd.yaml"));
        Cli.Result r = Cli.run("shrink", file.toString(), "--semantics", "exactly-once", "--seed", "44");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("shrink payments-memory-dedup: exactly-once, seed 44: duplicated == 0 broken (duplicated 6, "
                + "expected == 0)", lines.get(0));
        assertTrue(lines.get(2).startsWith("shrunk to 1 fault (1-minimal) and 786 of 2000 messages from checkout"),
                r.out());
        assertEquals("  1. { crash: ledger, at: after-process of checkout-786, down-for: 5s }", lines.get(3));
        assertTrue(r.out().contains("  without the ledger crash after-process of checkout-786: duplicated == 0 holds "
                + "(duplicated 0)"), r.out());
        Path min = dir.resolve("pmd.min.yaml");
        String written = Files.readString(min);
        assertTrue(written.contains("\nseed: 44\nrandom-faults: off\nfaults:\n  - { crash: ledger"), written);
        assertTrue(written.contains("messages: 786"), "the producer's messages cut in place");
        assertTrue(written.startsWith(Files.readString(file).lines().findFirst().orElseThrow()), "the original kept");

        // The written scenario fails on its own, with only its script: replay tells the duplicate's story.
        Cli.Result replay = Cli.run("replay", min.toString(), "--semantics", "exactly-once", "--message",
                "checkout-786");
        assertEquals(1, replay.code(), replay.err());
        assertTrue(replay.out().contains("story of checkout-786: processed twice"), replay.out());
        assertTrue(replay.out().contains("crashed after processing, before acking"), replay.out());
    }

    @Test
    void shrink_aDuplicatedMessage_keepsItsStory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("p.min.yaml");
        Cli.Result r = Cli.run("shrink", SCENARIOS.resolve("payments.yaml").toString(), "--semantics",
                "at-least-once", "--seed", "42", "--message", "checkout-234", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  1. { drop: consumer-ack of checkout-234, link: ledger->gateway }\n"), r.out());
        assertTrue(r.out().contains("checkout-234 is processed once"), r.out());
        assertTrue(r.out().endsWith("--semantics at-least-once --seed 42 --message checkout-234\n"), r.out());
        assertTrue(Files.exists(out));
    }

    /**
     * A lost order of orders-outbox needs its lost publish and a crash, among 1,052 faults that
     * fired; a million events (eight runs of 20,000 orders) are too few to find them, so the shrink
     * stops with a longer script that still loses the order, says it may not be 1-minimal, and
     * lists the first few.
     */
    @Test
    void shrink_stoppedAtMaxEvents_writesAScriptThatStillFailsAndSaysItMayNotBeMinimal(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("oo.min.yaml");
        Cli.Result r = Cli.run("shrink", SCENARIOS.resolve("orders-outbox.yaml").toString(), "--semantics",
                "at-least-once", "--message", "checkout-2632", "--max-events", "1000000", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("1052 faults fired; with random faults off, they alone fail the same way.", lines.get(1));
        assertTrue(lines.get(2).matches("shrunk to \\d+ faults \\(not 1-minimal: stopped at --max-events 1000000\\), in \\d+ runs:"),
                lines.get(2));
        assertTrue(r.out().contains("\n  20. {") && !r.out().contains("\n  21. {"), "the first 20 listed: " + r.out());
        assertTrue(r.out().contains("more, all in " + out + "\n"), r.out());
        assertTrue(r.out().contains("note: the search stopped at its limit of 1000000 events simulated, after "), r.out());
        assertTrue(Files.readString(out).contains("--message checkout-2632 --max-events 1000000\n"), "the command as run");

        Cli.Result replay = Cli.run("replay", out.toString(), "--semantics", "at-least-once", "--message",
                "checkout-2632");
        assertTrue(replay.out().contains("story of checkout-2632: lost"), replay.out());
    }

    @Test
    void shrink_withMaxEventsBelowOne_isAUsageError(@TempDir Path dir) throws Exception {
        Path file = Files.copy(SCENARIOS.resolve("payments.yaml"), dir.resolve("p.yaml"));
        Cli.Result r = Cli.run("shrink", file.toString(), "--semantics", "exactly-once", "--max-events", "0");
        assertEquals(2, r.code());
        assertEquals("dsim shrink: --max-events must be at least 1, got 0", r.err().strip());
        assertFalse(Files.exists(dir.resolve("p.min.yaml")));
    }

    @Test
    void shrink_aRunThatDoesNotFail_exits1AndWritesNothing(@TempDir Path dir) throws Exception {
        Path file = Files.copy(SCENARIOS.resolve("payments.yaml"), dir.resolve("p.yaml"));
        Cli.Result r = Cli.run("shrink", file.toString(), "--semantics", "exactly-once", "--seed", "42");
        assertEquals(1, r.code(), r.err());
        assertEquals("dsim shrink: every expect of exactly-once holds in seed 42: nothing failed; name a lost or "
                + "duplicated message with --message to shrink its story", r.out().strip());
        assertFalse(Files.exists(dir.resolve("p.min.yaml")));
    }

    @Test
    void run_aScriptedFaultThatNeverFires_isReported(@TempDir Path dir) throws Exception {
        Path file = Cli.write(dir, "s.yaml", Cli.TINY + """
                random-faults: off
                faults:
                  - { drop: publish of app-3, link: app->queue }
                  - { drop: publish of app-4, link: app->queue, attempt: 2 }
                """);
        Cli.Result r = Cli.run("run", file.toString(), "--semantics", "at-least-once");
        assertEquals(0, r.code(), r.err());
        assertEquals(file + ": fault 2 never fired under at-least-once: no publish of app-4 (attempt 2) crossed app->queue",
                r.err().strip());
        assertTrue(r.out().contains("at-least-once"), r.out());
    }
}
