package dsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's own bad input: seeds in every accepted form, junk seeds, and no colour codes. */
class CommandLineInputTest {

    private static final char ESC = '\u001b';

    @TempDir
    Path dir;

    private Cli.Result json(String seed) throws Exception {
        Path file = Cli.write(dir, "tiny.yaml", Cli.TINY);
        return Cli.run("run", file.toString(), "--format", "json", "--seed", seed);
    }

    @Test
    void seed_decimalNegativeAndHex_areOneSeedEach() throws Exception {
        Cli.Result decimal = json("42");
        Cli.Result hex = json("0x2a");
        Cli.Result negative = json("-7");
        Cli.Result unsigned = json("18446744073709551609");

        assertEquals(0, decimal.code(), decimal.err());
        assertTrue(decimal.out().contains("\"seed\": 42,"), decimal.out());
        assertEquals(decimal.out(), hex.out(), "0x2a is 42");
        assertEquals(0, negative.code(), negative.err());
        assertEquals(negative.out(), unsigned.out(), "-7 is 2^64 - 7, the form dsim prints");
    }

    @ParameterizedTest(name = "--seed \"{0}\"")
    @ValueSource(strings = {"seven", "0xZZ", "1.5", "", "0x", "-0x2a", "4 2", "18446744073709551616", "0x1ffffffffffffffff"})
    void seed_junk_oneLineNamingTheOption_exit2(String seed) throws Exception {
        Cli.Result r = json(seed);

        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("dsim run: Invalid value for option '--seed': expected a decimal or 0x-hex"
                + " 64-bit integer, got '" + seed + "'"), r.err());
        assertTrue(r.err().strip().endsWith("Try 'dsim run --help'."), r.err());
    }

    /** No colour yet: whether or not NO_COLOR is set, output to a pipe holds no escape sequence. */
    @Test
    void output_withAndWithoutNoColor_hasNoEscapeByte() throws Exception {
        Path good = Cli.write(dir, "tiny.yaml", Cli.TINY.replace("semantics: [at-most-once, at-least-once, exactly-once]",
                "semantics: [at-most-once, at-least-once, exactly-once]\nexpect:\n  at-most-once: { lost: 0 }"));
        Path bad = Cli.write(dir, "bad.yaml", Cli.TINY.replace("loss: 0.2", "loss: 1.5"));
        for (boolean noColor : new boolean[] {true, false}) {
            String run = inNewJvm(noColor, "run", good.toString());
            String invalid = inNewJvm(noColor, "validate", bad.toString());

            assertTrue(run.contains("FAIL") || run.contains("\u2717"), "expected a broken expect in\n" + run);
            assertTrue(invalid.contains("bad.yaml:"), invalid);
            assertEquals(-1, run.indexOf(ESC), "an escape sequence with NO_COLOR=" + noColor);
            assertEquals(-1, invalid.indexOf(ESC), "an escape sequence with NO_COLOR=" + noColor);
        }
        assertFalse(Cli.run("--help").out().indexOf(ESC) >= 0);
    }

    /** stdout and stderr of dsim in a fresh JVM whose output is a pipe, not a terminal. */
    private static String inNewJvm(boolean noColor, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dsim.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("NO_COLOR");
        if (noColor) {
            pb.environment().put("NO_COLOR", "1");
        }
        Process p = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "dsim did not finish");
        return out.toString(StandardCharsets.UTF_8);
    }
}
