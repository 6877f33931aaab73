package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dsim check}: bounds over seeds decided batch by batch. The three scenarios copy 0.2%, 3%
 * and 1% of their messages on a link, against a bound of {@code duplicated: "< 1% @95%"}: well
 * below it, well above it, and right at it.
 */
class CheckCommandTest {

    private static final Path DIR = Path.of("src", "test", "resources", "check");
    private static final String BELOW = DIR.resolve("duplicates-below-bound.yaml").toString();
    private static final String ABOVE = DIR.resolve("duplicates-above-bound.yaml").toString();
    private static final String AT = DIR.resolve("duplicates-at-bound.yaml").toString();
    private static final String PAYMENTS = Path.of("..", "scenarios", "payments.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void wellBelowTheBound_holdsAfterOneBatch_exit0() {
        Cli.Result r = Cli.run("check", BELOW, "--max-seeds", "60");

        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("""
                check duplicates-below-bound: batches of 20 seeds from 1, at most 60 (3 looks, each interval spending \
                1/3 of the error its confidence allows)

                \u2713 at-most-once: duplicated < 1% @95% holds: 0.21% of messages over 20 seeds (98.33% interval \
                0.12% to 0.3%)
                \u2713 at-most-once: lost == 0 held in 20 of 20 seeds
                every bound over seeds decided in 20 of at most 60 seeds
                """, r.out());
        assertEquals("", r.err());
    }

    @Test
    void wellAboveTheBound_failsAfterOneBatch_exit1() {
        Cli.Result r = Cli.run(false, "check", ABOVE, "--max-seeds", "60");

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\nFAIL at-most-once: duplicated < 1% @95% fails: 3.06% of messages over 20 seeds"
                + " (98.33% interval 2.77% to 3.36%)\n"), r.out());
        assertTrue(r.out().endsWith("every bound over seeds decided in 20 of at most 60 seeds\n"), r.out());
    }

    @Test
    void atTheBound_reachesTheCapUndecided_exit5() {
        Cli.Result r = Cli.run(false, "check", AT, "--max-seeds", "60");

        assertEquals(5, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\n? at-most-once: duplicated < 1% @95% undecided: 1.01% of messages over 60 seeds"
                + " (98.33% interval 0.91% to 1.11%), which straddles 1%\n"), r.out());
        assertTrue(r.out().contains("ok at-most-once: lost == 0 held in 60 of 60 seeds\n"), r.out());
        assertTrue(r.out().contains("1 bound over seeds still undecided at the cap of 60 seeds"), r.out());
    }

    @Test
    void theSameSeeds_giveTheSameBytes_onOneThreadOrTwo() {
        for (String format : new String[] {"text", "json"}) {
            Cli.Result one = Cli.run("check", AT, "--max-seeds", "40", "--batch", "10", "--threads", "1", "--format",
                    format);
            Cli.Result two = Cli.run("check", AT, "--max-seeds", "40", "--batch", "10", "--threads", "2", "--format",
                    format);

            assertEquals(5, one.code(), one.out());
            assertEquals(one.out(), two.out(), format);
            assertEquals(one.code(), two.code(), format);
        }
    }

    @Test
    void json_isOneObject_withEachBoundsDecisionIntervalAndSeeds() throws Exception {
        Cli.Result r = Cli.run("check", ABOVE, "--format", "json", "--max-seeds", "60");

        assertEquals(1, r.code(), r.out() + r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(20, root.get("seedsRun").asInt());
        assertEquals(3, root.get("looks").asInt());
        JsonNode e = root.get("expectations").get(0);
        assertEquals("at-most-once", e.get("semantics").asText());
        assertEquals("< 1% @95%", e.get("text").asText());
        assertEquals("duplicated", e.get("metric").asText());
        assertEquals("<", e.get("comparison").asText());
        assertEquals(1.0, e.get("bound").asDouble());
        assertEquals(0.95, e.get("confidence").asDouble());
        assertEquals("fails", e.get("decision").asText());
        assertEquals(20, e.get("seedsUsed").asInt());
        assertTrue(e.get("interval").get("lower").asDouble() > 1, e.toString());
        assertEquals(1 - 0.05 / 3, e.get("interval").get("confidence").asDouble(), 1e-9);
        assertEquals("lost == 0", root.get("perRun").get(0).get("check").asText());
        assertEquals(0, root.get("brokenRuns").size());
        assertEquals(1, root.get("exitCode").asInt());
        assertTrue(root.get("exitMeaning").asText().startsWith("a bound over seeds fails"), r.out());
    }

    @Test
    void aBrokenPerRunBound_printsItsReplayLine_exit1() throws Exception {
        // About two extra processings a seed: "< 2" breaks in many of them.
        Path file = Cli.write(dir, "strict.yaml", Files.readString(Path.of(BELOW))
                .replace("{ lost: 0, duplicated:", "{ extra-processings: \"< 2\", duplicated:"));
        Cli.Result r = Cli.run(false, "check", file.toString(), "--max-seeds", "40");

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\nFAIL seed "), r.out());
        assertTrue(r.out().contains("replay: dsim replay " + file + " --semantics at-most-once --seed "), r.out());
        assertTrue(r.out().contains("ok at-most-once: duplicated < 1% @95% holds"), r.out());
        assertTrue(r.out().contains("FAIL at-most-once: extra-processings < 2 held in "), r.out());
    }

    @Test
    void aBundledScenario_isDecided() {
        Cli.Result r = Cli.run(false, "check", PAYMENTS);

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\nok at-least-once: duplicated > 1% @95% holds: "), r.out());
        assertTrue(r.out().endsWith("every bound over seeds decided in 20 of at most 500 seeds\n"), r.out());
    }

    @Test
    void aMalformedConfidence_isOneLineAtItsKey_exit2() throws Exception {
        Path file = Cli.write(dir, "bad.yaml", Files.readString(Path.of(BELOW)).replace("@95%", "@95"));
        Cli.Result r = Cli.run("check", file.toString());

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(file + ":16:40: expect.at-most-once.duplicated: expected a share of messages and a confidence"
                + " like \"< 0.5% @95%\", got \"< 1% @95\"\n", r.err());
    }

    @Test
    void noBoundOverSeeds_orBadCounts_exit2_oneLine() throws Exception {
        Path file = Cli.write(dir, "plain.yaml", Files.readString(Path.of(BELOW)).replace("\"< 1% @95%\"", "\"< 1%\""));
        Cli.Result none = Cli.run("check", file.toString());
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("dsim check: " + file + " has no bound over seeds to decide"), none.err());
        assertEquals(1, none.err().lines().count(), none.err());

        for (String[] args : new String[][] {{"--batch", "1"}, {"--max-seeds", "1"}, {"--threads", "0"}}) {
            Cli.Result r = Cli.run("check", BELOW, args[0], args[1]);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("dsim check: " + args[0] + " must be at least"), r.err());
        }
    }

    @Test
    void compare_reportsTheIntervalAndTheDecision_andFailsOnlyOnAFailedBound() {
        Cli.Result at = Cli.run(false, "compare", AT, "--seeds", "20", "--out", dir.resolve("at").toString());
        assertEquals(0, at.code(), at.out() + at.err());
        assertTrue(at.out().contains("\n? at-most-once: duplicated < 1% @95% undecided: "), at.out());
        assertTrue(at.out().contains("(95% interval "), at.out());
        assertTrue(at.out().contains("  an undecided bound needs more seeds: dsim check " + AT), at.out());

        Cli.Result above = Cli.run(false, "compare", ABOVE, "--seeds", "20", "--out", dir.resolve("above").toString());
        assertEquals(1, above.code(), above.out() + above.err());
        assertTrue(above.out().contains("\nFAIL at-most-once: duplicated < 1% @95% fails: 3.06% of messages over 20"
                + " seeds (95% interval "), above.out());
    }

    @Test
    void help_listsExitCode5_forDsimAndCheck() {
        assertTrue(Cli.run("--help").out().contains("\n  5    a bound over seeds (\"< 0.5% @95%\") was still undecided"),
                Cli.run("--help").out());
        assertTrue(Cli.run("check", "--help").out().contains("\n  5    a bound over seeds was still undecided at"
                + " --max-seeds\n"));
    }

    @Test
    void runAndHunt_leaveABoundOverSeedsToCheck() {
        Cli.Result run = Cli.run(false, "run", ABOVE);
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("\n- at-most-once: duplicated < 1% @95% is a bound over seeds ("), run.out());
        assertTrue(run.out().contains(" in this one): dsim check decides it\n"), run.out());

        Cli.Result hunt = Cli.run(false, "hunt", ABOVE, "--seeds", "5");
        assertEquals(0, hunt.code(), hunt.out() + hunt.err());
        assertTrue(hunt.out().startsWith("hunt duplicates-above-bound: 5 seeds from 1, checking the expect of"
                + " at-most-once\n"), hunt.out());
    }
}
