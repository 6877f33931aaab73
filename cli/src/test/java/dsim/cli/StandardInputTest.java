package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FILE of {@code -} reads the scenario from standard input, wherever a command takes one:
 * problems name it {@code <stdin>}, and the command lines printed for it name it {@code -},
 * after a note that they need the same scenario piped in again.
 */
class StandardInputTest {

    @TempDir
    Path dir;

    /** TINY with an expectation at-most-once breaks on seed 7, so failures print command lines. */
    private static final String BREAKING = Cli.TINY + "expect:\n  at-most-once: { lost: 0 }\n";

    @Test
    void run_fromStandardInput_printsWhatTheFileGives() throws IOException {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);

        Cli.Result piped = Cli.runWithInput(Cli.TINY, "run", "-", "--format", "json");

        assertEquals(0, piped.code(), piped.err());
        assertEquals(Cli.run("run", file.toString(), "--format", "json").out(), piped.out());
        assertEquals(1, piped.err().lines().count(), piped.err());
        assertTrue(piped.err().startsWith("<stdin>: note: read from standard input (sha256 "), piped.err());
    }

    @Test
    void run_brokenExpectation_reproduceLineNamesTheDash() {
        Cli.Result r = Cli.runWithInput(BREAKING, "run", "-", "--semantics", "at-most-once");

        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("reproduce: dsim run - --semantics at-most-once --seed 7"), r.out());
        assertTrue(r.err().contains("need the same scenario on their standard input"), r.err());
    }

    @Test
    void badScenario_problemsNameStdin_exit2() {
        Cli.Result r = Cli.runWithInput(Cli.TINY.replace("messages: 20", "messages: twenty"), "run", "-");

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("<stdin>:8:15: producers[0].messages: "), r.err());
    }

    @Test
    void emptyInput_oneLine_exit2() {
        Cli.Result r = Cli.runWithInput("", "hunt", "-");

        assertEquals(2, r.code());
        assertEquals("<stdin>:1:1: (root): the file is empty: expected a scenario with producers and consumers\n",
                r.err());
    }

    @Test
    void validate_readsOneScenarioFromStandardInput_andRefusesTwo() {
        Cli.Result ok = Cli.runWithInput(Cli.TINY, "validate", "-");
        Cli.Result twice = Cli.runWithInput(Cli.TINY, "validate", "-", "-");

        assertEquals(0, ok.code(), ok.err());
        assertEquals("ok: <stdin> (1 producer, 1 broker, 1 consumer, 20 messages)\n", ok.out());
        assertEquals("", ok.err(), "validate prints no command lines, so no note");
        assertEquals(2, twice.code());
        assertEquals("dsim validate: - (standard input) may be given once: it holds one scenario\n", twice.err());
    }

    @Test
    void check_fromStandardInput_decidesAsFromTheFile() throws IOException {
        Path file = Path.of("src", "test", "resources", "check", "duplicates-below-bound.yaml");
        String text = Files.readString(file);

        Cli.Result piped = Cli.runWithInput(text, "check", "-", "--format", "json", "--max-seeds", "40");
        Cli.Result fromFile = Cli.run("check", file.toString(), "--format", "json", "--max-seeds", "40");

        assertEquals(0, piped.code(), piped.err());
        assertEquals(fromFile.out(), piped.out());
    }

    @Test
    void hunt_replayLinesNameTheDash() {
        Cli.Result r = Cli.runWithInput(BREAKING, "hunt", "-", "--seeds", "3", "--threads", "1");

        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("replay: dsim replay - --semantics at-most-once --seed 7"), r.out());
    }

    @Test
    void replay_fromStandardInput() {
        Cli.Result r = Cli.runWithInput(BREAKING, "replay", "-", "--semantics", "at-most-once", "--seed", "7");

        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("replay tiny, at-most-once, seed 7: "), r.out());
    }

    @Test
    void compare_fromStandardInput_writesTheReport() {
        Path out = dir.resolve("report");

        Cli.Result r = Cli.runWithInput(Cli.TINY, "compare", "-", "--seeds", "3", "--threads", "1", "--out",
                out.toString(), "--vary", "network.default.loss=0,10%");

        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("report.html")));
    }

    @Test
    void shrink_fromStandardInput_needsOut() throws IOException {
        Cli.Result refused = Cli.runWithInput(BREAKING, "shrink", "-", "--semantics", "at-most-once");
        Path target = dir.resolve("tiny.min.yaml");
        Cli.Result shrunk = Cli.runWithInput(BREAKING, "shrink", "-", "--semantics", "at-most-once", "--out",
                target.toString());

        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("dsim shrink: - reads the scenario from standard input"), refused.err());
        assertFalse(refused.err().contains("\n\tat "), "no stack trace");
        assertEquals(0, shrunk.code(), shrunk.err());
        assertTrue(Files.readString(target).startsWith(BREAKING.substring(0, 40)), "the piped text, rewritten");
    }
}
